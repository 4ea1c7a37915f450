import {describe, expect, test} from 'vitest';
import type {LineHit} from './search.js';
import {type BrowserState, type Extent, fit, maxScroll, reduce, initialState as start} from './state.js';

const order = ['a', 'b', 'c'];
const initialState = (section = 0): BrowserState => start({section, order});
const hitsOf: Record<string, LineHit[]> = {
	x: [
		{section: 0, line: 2, start: 0, end: 1, subject: undefined},
		{section: 0, line: 30, start: 4, end: 5, subject: 'a'},
		{section: 3, line: 1, start: 0, end: 1, subject: 'b'},
	],
};
const extent: Extent = {
	sections: 7,
	pageHeight: 10,
	sectionLines: (section) => (section === 0 ? 35 : 5),
	overlayLines: 25,
	referenceLine: (id) => (id <= 4 ? id * 3 : undefined),
	hits: (query) => hitsOf[query] ?? [],
};

describe('reduce', () => {
	test('M turns the mouse off and on, saying what it means; it starts on unless asked', () => {
		expect(initialState(0).mouse).toBe(true);
		expect(start({order, mouse: false}).mouse).toBe(false);
		const off = reduce(initialState(0), {type: 'mouse'}, extent);
		expect(off.mouse).toBe(false);
		expect(off.notice).toBe('mouse off: the terminal selects text; M takes it back');
		const on = reduce(off, {type: 'mouse'}, extent);
		expect(on.mouse).toBe(true);
		expect(on.notice).toBe('mouse on: the wheel scrolls, a click opens');
	});

	test('suspend and quit leave the state as it is, for the caller to act on', () => {
		const state = {...initialState(2), scroll: 3};
		expect(reduce(state, {type: 'suspend'}, extent)).toBe(state);
		expect(reduce(state, {type: 'quit', code: 0}, extent)).toBe(state);
	});

	test('next and previous move between sections and wrap around, resetting the scroll', () => {
		const scrolled = {...initialState(0), scroll: 4};
		expect(reduce(scrolled, {type: 'next'}, extent)).toEqual({...initialState(1)});
		expect(reduce(initialState(6), {type: 'next'}, extent).section).toBe(0);
		expect(reduce(initialState(0), {type: 'previous'}, extent).section).toBe(6);
	});

	test('jump goes to a section that exists and ignores one that does not', () => {
		expect(reduce(initialState(0), {type: 'jump', index: 4}, extent).section).toBe(4);
		const state = initialState(2);
		expect(reduce(state, {type: 'jump', index: 8}, extent)).toBe(state);
	});

	test('scrolling stays between the top and the last full page', () => {
		let state = initialState(0);
		state = reduce(state, {type: 'scroll', lines: 3}, extent);
		expect(state.scroll).toBe(3);
		state = reduce(state, {type: 'page', pages: 1}, extent);
		expect(state.scroll).toBe(13);
		state = reduce(state, {type: 'page', pages: 5}, extent);
		expect(state.scroll).toBe(25);
		state = reduce(state, {type: 'scroll', lines: -100}, extent);
		expect(state.scroll).toBe(0);
		expect(reduce(state, {type: 'bottom'}, extent).scroll).toBe(25);
		expect(reduce({...state, scroll: 20}, {type: 'top'}, extent).scroll).toBe(0);
	});

	test('a section shorter than the page does not scroll', () => {
		expect(reduce(initialState(1), {type: 'page', pages: 1}, extent).scroll).toBe(0);
	});

	test('help opens and closes; while open, scrolling moves the help and keeps the section where it was', () => {
		let state = reduce({...initialState(0), scroll: 7}, {type: 'open', overlay: 'help'}, extent);
		expect(state.overlay).toBe('help');
		state = reduce(state, {type: 'bottom'}, extent);
		expect(state).toMatchObject({overlayScroll: 15, scroll: 7});
		state = reduce(state, {type: 'close'}, extent);
		expect(state).toEqual({...initialState(0), scroll: 7});
	});

	test('quit changes nothing (the caller ends the program)', () => {
		const state = initialState(3);
		expect(reduce(state, {type: 'quit', code: 0}, extent)).toBe(state);
	});
});

describe('fit and maxScroll', () => {
	test('a resize that makes the text shorter pulls the scroll back in range', () => {
		expect(fit({...initialState(0), scroll: 30}, extent).scroll).toBe(25);
		const state = {...initialState(0), scroll: 3};
		expect(fit(state, extent)).toBe(state);
	});
	test('maxScroll', () => {
		expect(maxScroll(35, 10)).toBe(25);
		expect(maxScroll(5, 10)).toBe(0);
		expect(maxScroll(5, 0)).toBe(4);
	});
});

describe('search', () => {
	test('typing searches as you type and brings the first hit at or after the start into view', () => {
		let state = reduce({...initialState(0), scroll: 5}, {type: 'searchOpen'}, extent);
		expect(state.search).toMatchObject({query: '', editing: true});
		state = reduce(state, {type: 'searchType', text: 'x'}, extent);
		expect(state.search?.current).toBe(1);
		expect(state).toMatchObject({section: 0, scroll: 25});
		state = reduce(state, {type: 'searchDone'}, extent);
		expect(state.search?.editing).toBe(false);
	});

	test('n and N go to the next and previous hit across sections, wrapping around', () => {
		let state = reduce(initialState(0), {type: 'searchOpen'}, extent);
		state = reduce(state, {type: 'searchType', text: 'x'}, extent);
		state = reduce(state, {type: 'searchDone'}, extent);
		expect(state.search?.current).toBe(0);
		state = reduce(state, {type: 'hit', by: 1}, extent);
		state = reduce(state, {type: 'hit', by: 1}, extent);
		expect(state).toMatchObject({section: 3, search: {current: 2}});
		state = reduce(state, {type: 'hit', by: 1}, extent);
		expect(state).toMatchObject({section: 0, search: {current: 0}});
		state = reduce(state, {type: 'hit', by: -1}, extent);
		expect(state).toMatchObject({section: 3, search: {current: 2}});
	});

	test('Esc while typing goes back to where the search began; after Enter it only clears', () => {
		let state = reduce({...initialState(0), scroll: 5}, {type: 'searchOpen'}, extent);
		state = reduce(state, {type: 'searchType', text: 'x'}, extent);
		expect(reduce(state, {type: 'searchCancel'}, extent)).toMatchObject({section: 0, scroll: 5, search: undefined});
		state = reduce(state, {type: 'searchDone'}, extent);
		expect(reduce(state, {type: 'searchCancel'}, extent)).toMatchObject({scroll: 25, search: undefined});
	});

	test('Backspace erases; no hits leaves the reader where they were and n says so', () => {
		let state = reduce(initialState(2), {type: 'searchOpen'}, extent);
		state = reduce(state, {type: 'searchType', text: 'y'}, extent);
		expect(state.section).toBe(2);
		state = reduce(state, {type: 'searchErase'}, extent);
		expect(state.search?.query).toBe('');
		state = reduce(reduce(state, {type: 'searchType', text: 'q'}, extent), {type: 'searchDone'}, extent);
		expect(reduce(state, {type: 'hit', by: 1}, extent).notice).toBe('no matches for "q"');
		expect(reduce(initialState(0), {type: 'hit', by: 1}, extent).notice).toBe('no search: press / to search');
	});
});

describe('subjects and differences', () => {
	test('the picker hides and shows subjects, but never the last one', () => {
		let state = reduce(initialState(0), {type: 'open', overlay: 'columns'}, extent);
		state = reduce(state, {type: 'toggleSubject'}, extent);
		expect(state.hidden).toEqual(['a']);
		state = reduce(reduce(state, {type: 'cursor', by: 1}, extent), {type: 'toggleSubject'}, extent);
		expect(state.hidden).toEqual(['a', 'b']);
		state = reduce(reduce(state, {type: 'cursor', by: 1}, extent), {type: 'toggleSubject'}, extent);
		expect(state.hidden).toEqual(['a', 'b']);
		expect(state.notice).toBe('one subject always stays shown');
		state = reduce(reduce(state, {type: 'cursor', by: -2}, extent), {type: 'toggleSubject'}, extent);
		expect(state).toMatchObject({hidden: ['b'], notice: undefined});
	});

	test('the picker moves subjects to reorder the columns', () => {
		let state = reduce(initialState(0), {type: 'moveSubject', by: 1}, extent);
		expect(state).toMatchObject({order: ['b', 'a', 'c'], cursor: 1});
		state = reduce(state, {type: 'moveSubject', by: 1}, extent);
		expect(state).toMatchObject({order: ['b', 'c', 'a'], cursor: 2});
		expect(reduce(state, {type: 'moveSubject', by: 1}, extent)).toBe(state);
	});

	test('d toggles differences only', () => {
		expect(reduce(initialState(0), {type: 'differences'}, extent).differences).toBe(true);
	});

	test('a reference number picks it and scrolls the list to it', () => {
		let state = reduce(initialState(0), {type: 'open', overlay: 'references'}, extent);
		state = reduce(state, {type: 'reference', id: 4}, extent);
		expect(state).toMatchObject({reference: 4, overlayScroll: 12});
		expect(reduce(state, {type: 'reference', id: 1}, extent)).toMatchObject({reference: 1, overlayScroll: 3});
		expect(reduce(state, {type: 'reference', id: 9}, extent).notice).toBe('no reference 9');
	});
});
