import {describe, expect, test} from 'vitest';
import {emptyDecision} from '../model/decision.js';
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

	describe('digits: section numbers past 9', () => {
		const fourteen: Extent = {...extent, sections: 14};
		const type = (keys: string, within = fourteen, from = initialState(2)) =>
			[...keys].reduce((state, key) => reduce(state, {type: 'digit', digit: Number(key)}, within), from);

		test('with fewer than ten sections a digit goes at once; a section that does not exist is named', () => {
			expect(type('5', extent)).toMatchObject({section: 4, digits: undefined});
			expect(type('9', extent)).toMatchObject({section: 2, digits: undefined, notice: 'no section 9'});
		});

		test('with 14 sections, 1 then 2 is section 12', () => {
			expect(type('1')).toMatchObject({section: 2, digits: '1'});
			expect(type('12')).toMatchObject({section: 11, digits: undefined, scroll: 0});
			expect(type('14')).toMatchObject({section: 13, digits: undefined});
			expect(type('15')).toMatchObject({section: 2, digits: undefined, notice: 'no section 15'});
		});

		test('a digit that cannot start a longer number goes at once (4 of 14); a lone 1 goes when the pause ends', () => {
			expect(type('4')).toMatchObject({section: 3, digits: undefined});
			expect(reduce(type('1'), {type: 'digitsDone'}, fourteen)).toMatchObject({section: 0, digits: undefined});
			const idle = initialState(2);
			expect(reduce(idle, {type: 'digitsDone'}, fourteen)).toBe(idle);
		});

		test('any other key first settles the digits: 1 then j goes to section 1, then scrolls', () => {
			const state = reduce(type('1'), {type: 'scroll', lines: 1}, fourteen);
			expect(state).toMatchObject({section: 0, digits: undefined, scroll: 1});
		});

		test('0 starts no number; after a 1 it makes 10; 100 sections wait for a third digit', () => {
			expect(type('0')).toMatchObject({section: 2, digits: undefined});
			expect(type('10')).toMatchObject({section: 9, digits: undefined});
			const hundred = {...extent, sections: 100};
			expect(type('10', hundred)).toMatchObject({section: 2, digits: '10'});
			expect(type('100', hundred)).toMatchObject({section: 99, digits: undefined});
			expect(type('99', hundred)).toMatchObject({section: 98, digits: undefined});
		});
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
		let state = reduce(initialState(0), {type: 'open', overlay: 'subjects'}, extent);
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

	test('d toggles differences only: on, then off again', () => {
		const on = reduce(initialState(0), {type: 'differences'}, extent);
		expect(on.differences).toBe(true);
		expect(reduce(on, {type: 'differences'}, extent).differences).toBe(false);
	});

	test('a reference number picks it and scrolls the list to it', () => {
		let state = reduce(initialState(0), {type: 'open', overlay: 'references'}, extent);
		state = reduce(state, {type: 'reference', id: 4}, extent);
		expect(state).toMatchObject({reference: 4, overlayScroll: 12});
		expect(reduce(state, {type: 'reference', id: 1}, extent)).toMatchObject({reference: 1, overlayScroll: 3});
		expect(reduce(state, {type: 'reference', id: 9}, extent).notice).toBe('no reference 9');
	});
});

describe('the evidence view', () => {
	// Rows of the view start at these lines of it; the view is 40 lines, the page 10.
	const targets = [12, 13, 15, 16, 20, 30, 35].map((line, index) => ({
		line,
		section: index < 4 ? 0 : 3,
		row: index % 4,
	}));
	const evidence: Extent = {
		...extent,
		overlayLines: 40,
		targets,
		rowLine: (section, row) => (section === 0 ? 10 + row * 4 : 2),
		// Section 0's table: its header at line 8, each row 2 lines, 4 lines apart.
		rowPlace: (section, row) =>
			section === 0 ? {start: 10 + row * 4, end: 12 + row * 4, header: 8} : {start: 2, end: 3, header: 0},
		hits: (query) =>
			query === 'x'
				? [
						{section: 0, line: 3, start: 0, end: 1, subject: undefined},
						{section: 0, line: 31, start: 0, end: 1, subject: undefined},
					]
				: [],
	};
	const open = (state = initialState(2)) => reduce(state, {type: 'open', overlay: 'evidence'}, evidence);

	test('opens on the first row; the cursor moves row by row and the view follows it', () => {
		let state = open();
		expect(state).toMatchObject({overlay: 'evidence', cursor: 0, overlayScroll: 0});
		// The first row is below the first page: the first key brings it into view, the next moves on.
		state = reduce(state, {type: 'cursor', by: 1}, evidence);
		expect(state).toMatchObject({cursor: 0, overlayScroll: 3});
		state = reduce(state, {type: 'cursor', by: 4}, evidence);
		// Line 20 is below a page of 10 from the top: the view scrolls until it is the last line shown.
		expect(state).toMatchObject({cursor: 4, overlayScroll: 11});
		state = reduce(state, {type: 'cursor', by: 100}, evidence);
		expect(state).toMatchObject({cursor: 6, overlayScroll: 26});
		state = reduce(state, {type: 'cursor', by: -6}, evidence);
		expect(state).toMatchObject({cursor: 0, overlayScroll: 12});
	});

	test('paging, top and bottom scroll the view and take the cursor along', () => {
		let state = reduce(open(), {type: 'page', pages: 2}, evidence);
		expect(state).toMatchObject({overlayScroll: 20, cursor: 4});
		state = reduce(state, {type: 'page', pages: -1}, evidence);
		expect(state).toMatchObject({overlayScroll: 10, cursor: 3});
		state = reduce(state, {type: 'bottom'}, evidence);
		expect(state).toMatchObject({overlayScroll: 30, cursor: 6});
		state = reduce(state, {type: 'top'}, evidence);
		expect(state).toMatchObject({overlayScroll: 0, cursor: 0});
	});

	test('Enter opens the row in its section, marked, its table header on the page, and closes the view', () => {
		let state = reduce({...open(), cursor: 0}, {type: 'openRow'}, evidence);
		// Row 0 of section 0 (lines 10 and 11) fits on a page from its table's header (line 8).
		expect(state).toMatchObject({overlay: undefined, section: 0, scroll: 8, mark: {section: 0, row: 0}});
		state = reduce({...open(), cursor: 2}, {type: 'openRow'}, evidence);
		// Row 2 is at line 18, too far below the header for both: a third of the way down.
		expect(state).toMatchObject({overlay: undefined, section: 0, scroll: 15, mark: {section: 0, row: 2}});
		// The mark goes with the next key.
		expect(reduce(state, {type: 'scroll', lines: 1}, evidence).mark).toBeUndefined();
		state = reduce({...open(), cursor: 5}, {type: 'openRow'}, evidence);
		// A short section does not scroll.
		expect(state).toMatchObject({overlay: undefined, section: 3, scroll: 0, mark: {section: 3, row: 1}});
		// A row the section cannot place opens the section at its top, unmarked.
		const unplaced = reduce({...open(), cursor: 2}, {type: 'openRow'}, {...evidence, rowPlace: () => undefined});
		expect(unplaced).toMatchObject({overlay: undefined, section: 0, scroll: 0, mark: undefined});
	});

	test('a search of the view picks the row of each hit; Esc while typing goes back; closing drops it', () => {
		let state = reduce(open(), {type: 'searchOpen'}, evidence);
		expect(state.search).toMatchObject({scope: 'evidence', origin: {scroll: 0, cursor: 0}});
		state = reduce(state, {type: 'searchType', text: 'x'}, evidence);
		// The first hit at or after the top of the view is above the rows: the cursor stays.
		expect(state).toMatchObject({overlay: 'evidence', section: 2, cursor: 0, overlayScroll: 0, search: {current: 0}});
		state = reduce(reduce(state, {type: 'searchDone'}, evidence), {type: 'hit', by: 1}, evidence);
		// The hit at line 31 is in the row starting at line 30, which is picked and scrolled to.
		expect(state).toMatchObject({cursor: 5, overlayScroll: 28, search: {current: 1}});
		const typing = reduce(reduce(open(), {type: 'searchOpen'}, evidence), {type: 'searchType', text: 'x'}, evidence);
		expect(reduce(typing, {type: 'hit', by: 1}, evidence)).toMatchObject({cursor: 5});
		const back = reduce(reduce(typing, {type: 'hit', by: 1}, evidence), {type: 'searchCancel'}, evidence);
		expect(back).toMatchObject({cursor: 0, overlayScroll: 0, search: undefined, overlay: 'evidence'});
		expect(reduce(state, {type: 'close'}, evidence)).toMatchObject({overlay: undefined, search: undefined, section: 2});
	});

	test("the sections' search stays while the view is open, but n there does not follow it", () => {
		let state = reduce(initialState(0), {type: 'searchOpen'}, extent);
		state = reduce(reduce(state, {type: 'searchType', text: 'x'}, extent), {type: 'searchDone'}, extent);
		state = open(state);
		expect(reduce(state, {type: 'hit', by: 1}, evidence).notice).toBe('no search: press / to search');
		state = reduce(state, {type: 'close'}, evidence);
		expect(state.search?.query).toBe('x');
		expect(state.search?.scope).toBeUndefined();
	});

	test('a resize that stacks or unstacks the view keeps the cursor on a row', () => {
		const state = {...open(), cursor: 20};
		expect(fit(state, evidence).cursor).toBe(6);
	});

	test('--evidence starts with the view open', () => {
		expect(start({order, overlay: 'evidence'}).overlay).toBe('evidence');
	});
});

describe('edges the tests above do not reach', () => {
	const hit = (section: number, line: number): LineHit => ({section, line, start: 0, end: 1, subject: undefined});
	const searching = (state: BrowserState, text: string, within: Extent) =>
		reduce(reduce(state, {type: 'searchOpen'}, within), {type: 'searchType', text}, within);

	test('the state at start: the first section, nothing open, all subjects shown, differences off', () => {
		expect(start({order})).toStrictEqual({
			section: 0,
			scroll: 0,
			overlay: undefined,
			overlayScroll: 0,
			search: undefined,
			order,
			hidden: [],
			cursor: 0,
			differences: false,
			reference: undefined,
			notice: undefined,
			mouse: true,
			digits: undefined,
			filter: '',
			mark: undefined,
			pans: {},
			stackTables: false,
			decision: emptyDecision,
			matrix: {row: 0, column: 0, scroll: 0},
		});
	});

	test('with one section, next, previous and its own digit change nothing, the scroll included', () => {
		const one: Extent = {...extent, sections: 1};
		const state = {...initialState(0), scroll: 5};
		expect(reduce(state, {type: 'next'}, one)).toBe(state);
		expect(reduce(state, {type: 'previous'}, one)).toBe(state);
		expect(reduce(state, {type: 'digit', digit: 1}, one)).toBe(state);
	});

	test('previous from a middle section goes to the one before it; jump past the last changes nothing', () => {
		expect(reduce(initialState(3), {type: 'previous'}, extent).section).toBe(2);
		const state = initialState(3);
		expect(reduce(state, {type: 'jump', index: 7}, extent)).toBe(state);
	});

	test('keys that only mean something in the evidence view change nothing elsewhere', () => {
		const state = initialState(2);
		expect(reduce(state, {type: 'openRow'}, extent)).toBe(state);
		expect(reduce(state, {type: 'pickRow', index: 1}, extent)).toBe(state);
		expect(reduce(state, {type: 'pick'} as never, extent)).toBe(state);
	});

	test('the picker: the cursor stops at the last subject; a subject moves up, but not above the first', () => {
		expect(reduce(initialState(0), {type: 'cursor', by: 100}, extent).cursor).toBe(2);
		const second = {...initialState(0), cursor: 1};
		expect(reduce(second, {type: 'moveSubject', by: -1}, extent)).toMatchObject({order: ['b', 'a', 'c'], cursor: 0});
		const first = initialState(0);
		expect(reduce(first, {type: 'moveSubject', by: -1}, extent)).toBe(first);
		const none = start({order: []});
		expect(reduce(none, {type: 'toggleSubject'}, extent)).toBe(none);
		expect(reduce(none, {type: 'moveSubject', by: 1}, extent)).toBe(none);
	});

	test('a reference already on the page does not scroll the list; one just below it does', () => {
		const references: Extent = {...extent, overlayLines: 40, referenceLine: (id) => id};
		const state = {...reduce(initialState(0), {type: 'open', overlay: 'references'}, references), overlayScroll: 12};
		expect(reduce(state, {type: 'reference', id: 15}, references)).toMatchObject({reference: 15, overlayScroll: 12});
		expect(reduce(state, {type: 'reference', id: 21}, references)).toMatchObject({reference: 21, overlayScroll: 12});
		expect(reduce(state, {type: 'reference', id: 22}, references)).toMatchObject({reference: 22, overlayScroll: 22});
	});

	test('search keys without a search change nothing; Enter on an empty search closes it', () => {
		const state = initialState(2);
		for (const command of [
			{type: 'searchType', text: 'a'},
			{type: 'searchErase'},
			{type: 'searchDone'},
			{type: 'searchCancel'},
		] as const)
			expect(reduce(state, command, extent)).toBe(state);
		const empty = reduce(state, {type: 'searchOpen'}, extent);
		expect(reduce(empty, {type: 'searchDone'}, extent)).toStrictEqual(state);
	});

	test('typing adds to the query and Backspace takes off its last character, a whole emoji included', () => {
		let state = searching(initialState(2), 'a', extent);
		state = reduce(state, {type: 'searchType', text: 'b😀'}, extent);
		expect(state.search?.query).toBe('ab😀');
		state = reduce(state, {type: 'searchErase'}, extent);
		expect(state.search?.query).toBe('ab');
		state = reduce(state, {type: 'searchErase'}, extent);
		expect(state.search?.query).toBe('a');
	});

	describe('which hit a search starts from, and how far it scrolls to show it', () => {
		const at: Record<string, LineHit[]> = {
			top: [hit(0, 4)],
			bottom: [hit(0, 13)],
			below: [hit(0, 14)],
			far: [hit(0, 20)],
			above: [hit(0, 2)],
			same: [hit(0, 2), hit(0, 4)],
			later: [hit(0, 2), hit(3, 1)],
		};
		const sections: Extent = {...extent, hits: (query) => at[query] ?? []};
		const from = {...initialState(0), scroll: 4};

		test('a hit on the page leaves the page as it is; one off it sits a third of the way down', () => {
			expect(searching(from, 'top', sections)).toMatchObject({section: 0, scroll: 4});
			expect(searching(from, 'bottom', sections)).toMatchObject({section: 0, scroll: 4});
			expect(searching(from, 'below', sections)).toMatchObject({section: 0, scroll: 11});
			expect(searching(from, 'far', sections)).toMatchObject({section: 0, scroll: 17});
			// No hit at or after the start: the first of all, above the page.
			expect(searching(from, 'above', sections)).toMatchObject({section: 0, scroll: 0, search: {current: 0}});
		});

		test('the first hit is the one at the start line, or in a later section, never one in an earlier', () => {
			expect(searching(from, 'same', sections).search?.current).toBe(1);
			expect(searching({...from, scroll: 30}, 'later', sections)).toMatchObject({section: 3, search: {current: 1}});
			expect(searching(initialState(3), 'later', sections)).toMatchObject({section: 3, search: {current: 1}});
			expect(searching({...initialState(5), scroll: 0}, 'later', sections)).toMatchObject({
				section: 0,
				search: {current: 0},
			});
		});

		test('erasing to no hits goes back to where the search began', () => {
			const moved = searching(from, 'later', sections);
			expect(moved).toMatchObject({section: 3, scroll: 0});
			expect(reduce(moved, {type: 'searchType', text: 'zz'}, sections)).toMatchObject({section: 0, scroll: 4});
		});
	});

	describe('the evidence view', () => {
		// Rows of the view start at these lines of it; the view is 40 lines, the page 10.
		const targets = [12, 13, 15, 16, 20, 30, 35].map((line, index) => ({
			line,
			section: index < 4 ? 0 : 3,
			row: index % 4,
		}));
		const at: Record<string, LineHit[]> = {
			top: [hit(0, 12)],
			mid: [hit(0, 20)],
			last: [hit(0, 21)],
			below: [hit(0, 22)],
			end: [hit(0, 31)],
		};
		const evidence: Extent = {
			...extent,
			overlayLines: 40,
			targets,
			rowLine: (section, row) => (section === 0 ? 10 + row * 4 : 2),
			// Section 0's table: its header at line 8, each row 2 lines, 4 lines apart.
			rowPlace: (section, row) =>
				section === 0 ? {start: 10 + row * 4, end: 12 + row * 4, header: 8} : {start: 2, end: 3, header: 0},
			hits: (query) => at[query] ?? [],
		};
		const open = (state = initialState(2)) => reduce(state, {type: 'open', overlay: 'evidence'}, evidence);
		const at12 = (cursor = 0) => ({...open(), overlayScroll: 12, cursor});

		test('scrolling keeps a picked row that is on the page, even on its top line', () => {
			expect(reduce({...open(), overlayScroll: 2}, {type: 'scroll', lines: 10}, evidence)).toMatchObject({
				overlayScroll: 12,
				cursor: 0,
			});
		});

		test('a page that left the picked row above picks its first row; one with no rows keeps the row', () => {
			expect(reduce(open(), {type: 'scroll', lines: 13}, evidence)).toMatchObject({overlayScroll: 13, cursor: 1});
			const down = {...open(), overlayScroll: 11, cursor: 4};
			expect(reduce(down, {type: 'scroll', lines: -11}, evidence)).toMatchObject({overlayScroll: 0, cursor: 4});
			// Up past it: the last row of the page.
			expect(reduce(down, {type: 'scroll', lines: -6}, evidence)).toMatchObject({overlayScroll: 5, cursor: 1});
		});

		test('scrolling another overlay never moves its cursor', () => {
			const picker = {...initialState(0), overlay: 'subjects' as const, cursor: 2};
			expect(reduce(picker, {type: 'scroll', lines: 5}, evidence)).toMatchObject({cursor: 2, overlayScroll: 5});
		});

		test('the cursor moves on from a row on the page, from its top line to its bottom one', () => {
			expect(reduce(at12(0), {type: 'cursor', by: 1}, evidence)).toMatchObject({cursor: 1, overlayScroll: 12});
			expect(reduce(at12(4), {type: 'cursor', by: -1}, evidence)).toMatchObject({cursor: 3, overlayScroll: 12});
			// Row 0 at line 12 is just below a page from line 2, and above one from line 20: it is brought in first.
			expect(reduce({...open(), overlayScroll: 2}, {type: 'cursor', by: 1}, evidence)).toMatchObject({
				cursor: 0,
				overlayScroll: 3,
			});
			expect(reduce({...open(), overlayScroll: 20}, {type: 'cursor', by: 1}, evidence)).toMatchObject({
				cursor: 0,
				overlayScroll: 12,
			});
		});

		test('a cursor left past the rows (before a resize fits it) moves from where it is', () => {
			expect(reduce({...open(), cursor: 10}, {type: 'cursor', by: -5}, evidence).cursor).toBe(5);
		});

		test('the first row near the top of the view scrolls it to the very top', () => {
			const near: Extent = {...evidence, targets: [3, 6, 25].map((line, row) => ({line, section: 0, row}))};
			expect(reduce({...open(), overlayScroll: 15, cursor: 2}, {type: 'pickRow', index: 0}, near)).toMatchObject({
				cursor: 0,
				overlayScroll: 0,
			});
			expect(reduce({...open(), overlayScroll: 15, cursor: 2}, {type: 'pickRow', index: 1}, near)).toMatchObject({
				cursor: 1,
				overlayScroll: 6,
			});
			const onPageEdge: Extent = {...evidence, targets: [10, 25].map((line, row) => ({line, section: 0, row}))};
			expect(reduce({...open(), overlayScroll: 15, cursor: 1}, {type: 'pickRow', index: 0}, onPageEdge)).toMatchObject({
				cursor: 0,
				overlayScroll: 10,
			});
		});

		test('a view with no rows: keys that move or open the picked row change nothing', () => {
			for (const rows of [
				{...evidence, targets: undefined},
				{...evidence, targets: []},
			]) {
				const state = {...open(), cursor: 0};
				expect(reduce(state, {type: 'cursor', by: 1}, rows)).toBe(state);
				expect(reduce(state, {type: 'pickRow', index: 1}, rows)).toBe(state);
				expect(reduce(state, {type: 'openRow'}, rows)).toBe(state);
				expect(reduce(state, {type: 'scroll', lines: 5}, rows)).toStrictEqual({...state, overlayScroll: 5});
			}
		});

		test('scrolling keeps a cursor left past the rows (before a resize fits it) where it is', () => {
			expect(reduce({...open(), cursor: 10}, {type: 'scroll', lines: 12}, evidence)).toMatchObject({
				cursor: 10,
				overlayScroll: 12,
			});
		});

		test('Enter without row lines opens the section at its top', () => {
			const noLines: Extent = {...evidence, rowLine: undefined, rowPlace: undefined};
			expect(reduce({...open(), cursor: 2}, {type: 'openRow'}, noLines)).toMatchObject({section: 0, scroll: 0});
		});

		test("Enter drops the view's search and keeps the sections'", () => {
			const viewSearch = searching(open(), 'top', evidence);
			expect(reduce(viewSearch, {type: 'openRow'}, evidence).search).toBeUndefined();
			const sectionSearch = open(searching(initialState(0), 'x', extent));
			expect(reduce(sectionSearch, {type: 'openRow'}, evidence).search).toMatchObject({query: 'x'});
			expect(reduce(sectionSearch, {type: 'searchCancel'}, evidence)).toBe(sectionSearch);
		});

		test('a hit on the page leaves the view where it is; one off it sits a third of the way down', () => {
			expect(searching(at12(), 'top', evidence)).toMatchObject({overlayScroll: 12, cursor: 0});
			expect(searching(at12(), 'mid', evidence)).toMatchObject({overlayScroll: 12, cursor: 4});
			expect(searching(at12(), 'last', evidence)).toMatchObject({overlayScroll: 12, cursor: 4});
			expect(searching(at12(), 'below', evidence)).toMatchObject({overlayScroll: 19, cursor: 4});
		});

		test('erasing to no hits, or Esc, goes back to the row picked when the search began', () => {
			const moved = searching(at12(2), 'end', evidence);
			expect(moved).toMatchObject({overlayScroll: 28, cursor: 5});
			expect(reduce(moved, {type: 'searchErase'}, evidence)).toMatchObject({overlayScroll: 12, cursor: 2});
			expect(reduce(moved, {type: 'searchCancel'}, evidence)).toMatchObject({
				overlayScroll: 12,
				cursor: 2,
				search: undefined,
			});
		});
	});

	test('fit pulls the overlay back in range, and the cursor only in the evidence view', () => {
		expect(fit({...initialState(0), overlay: 'help', overlayScroll: 30}, extent).overlayScroll).toBe(15);
		const picker = {...initialState(0), overlay: 'subjects' as const, cursor: 2};
		expect(fit(picker, {...extent, targets: []})).toBe(picker);
		expect(fit(picker, {...extent, targets: [{line: 0, section: 0, row: 0}]})).toBe(picker);
		const empty = {...initialState(0), overlay: 'evidence' as const, cursor: 3};
		expect(fit(empty, {...extent, targets: []})).toBe(empty);
	});
});

const hit = (line: number): LineHit => ({section: 0, line, start: 0, end: 1, subject: undefined});

test('a search of the evidence view whose only hit is above the page scrolls up to it', () => {
	// The view is 40 lines, the page 10, its rows start at lines 12 and 30; the only hit is at line 3.
	const evidence: Extent = {
		sections: 7,
		pageHeight: 10,
		sectionLines: () => 5,
		overlayLines: 40,
		referenceLine: () => undefined,
		hits: (query) => (query === 'x' ? [hit(3)] : []),
		targets: [
			{line: 12, section: 0, row: 0},
			{line: 30, section: 0, row: 1},
		],
	};
	const opened = reduce(start({order: ['a', 'b']}), {type: 'open', overlay: 'evidence'}, evidence);
	const scrolled = {...opened, overlayScroll: 12};
	const searching = reduce(reduce(scrolled, {type: 'searchOpen'}, evidence), {type: 'searchType', text: 'x'}, evidence);
	// No hit at or below the top line: the search wraps to the hit above, a third of a page down.
	expect(searching).toMatchObject({overlayScroll: 0, cursor: 0, search: {query: 'x', current: 0}});
});
