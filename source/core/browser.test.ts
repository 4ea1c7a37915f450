import {describe, expect, test} from 'vitest';
import {type Extent, fit, initialState, maxScroll, reduce} from './browser.js';

const extent: Extent = {
	sections: 7,
	pageHeight: 10,
	sectionLines: (section) => (section === 0 ? 35 : 5),
	overlayLines: 25,
};

describe('reduce', () => {
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
		let state = reduce({...initialState(0), scroll: 7}, {type: 'help'}, extent);
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
