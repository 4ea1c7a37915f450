// Reading as a pager reader expects: pages that flow from section to section, the outline, the
// references as a list of links to pick, a row shown marked, a search that says when it wraps.
import {describe, expect, test} from 'vitest';
import type {LineHit} from './search.js';
import {type BrowserState, type Extent, type OutlineMatches, reduce, initialState as start} from './state.js';

const order = ['a', 'b'];
const at = (section = 0, scroll = 0): BrowserState => ({...start({section, order}), scroll});
const hits: LineHit[] = [
	{section: 0, line: 2, start: 0, end: 1, subject: undefined},
	{section: 2, line: 1, start: 0, end: 1, subject: undefined},
];
// Three sections of 35, 5 and 25 lines, a page of 10.
const lengths = [35, 5, 25];
const extent: Extent = {
	sections: 3,
	pageHeight: 10,
	sectionLines: (section) => lengths[section] ?? 0,
	overlayLines: 0,
	referenceLine: () => undefined,
	hits: (query) => (query === 'x' ? hits : []),
	headingLine: (section, heading) => (section === 0 ? [12, 20, 40][heading] : undefined),
};

describe('pages flow from section to section', () => {
	test('a page down scrolls; at the end of a section it goes on to the top of the next', () => {
		expect(reduce(at(0, 0), {type: 'page', pages: 1}, extent)).toMatchObject({section: 0, scroll: 10});
		// 35 lines: the last page starts at line 25; a page from 20 stops there.
		expect(reduce(at(0, 20), {type: 'page', pages: 1}, extent)).toMatchObject({section: 0, scroll: 25});
		expect(reduce(at(0, 25), {type: 'page', pages: 1}, extent)).toMatchObject({section: 1, scroll: 0});
		// A section shorter than the page is at its end already.
		expect(reduce(at(1, 0), {type: 'page', pages: 1}, extent)).toMatchObject({section: 2, scroll: 0});
	});

	test('a page up at the top of a section goes back to the end of the one before', () => {
		expect(reduce(at(2, 4), {type: 'page', pages: -1}, extent)).toMatchObject({section: 2, scroll: 0});
		expect(reduce(at(2, 0), {type: 'page', pages: -1}, extent)).toMatchObject({section: 1, scroll: 0});
		expect(reduce(at(1, 0), {type: 'page', pages: -1}, extent)).toMatchObject({section: 0, scroll: 25});
	});

	test('at the very end it says so and stays; at the very top it stays', () => {
		const end = reduce(at(2, 15), {type: 'page', pages: 1}, extent);
		expect(end).toMatchObject({section: 2, scroll: 15, notice: 'the end: no section after this one'});
		const top = at(0, 0);
		expect(reduce(top, {type: 'page', pages: -1}, extent)).toMatchObject({section: 0, scroll: 0});
	});

	test('half a page is half the page (at least a line), and flows the same way', () => {
		expect(reduce(at(0, 0), {type: 'page', pages: 0.5}, extent)).toMatchObject({scroll: 5});
		expect(reduce(at(0, 7), {type: 'page', pages: -0.5}, extent)).toMatchObject({scroll: 2});
		expect(reduce(at(0, 25), {type: 'page', pages: 0.5}, extent)).toMatchObject({section: 1, scroll: 0});
		const tiny = {...extent, pageHeight: 1};
		expect(reduce(at(0, 3), {type: 'page', pages: 0.5}, tiny)).toMatchObject({scroll: 4});
	});

	test('lines do not flow: a line down at the end of a section stays', () => {
		expect(reduce(at(0, 25), {type: 'scroll', lines: 1}, extent)).toMatchObject({section: 0, scroll: 25});
	});

	test('in an overlay a page only scrolls it', () => {
		const help = {...at(0, 25), overlay: 'help' as const};
		expect(reduce(help, {type: 'page', pages: 1}, {...extent, overlayLines: 30})).toMatchObject({
			section: 0,
			overlayScroll: 10,
		});
	});
});

describe('going to a heading', () => {
	test('the section opens with the heading at the top of the page, kept in range', () => {
		expect(reduce(at(2, 3), {type: 'goHeading', section: 0, heading: 1}, extent)).toMatchObject({
			section: 0,
			scroll: 20,
		});
		expect(reduce(at(2), {type: 'goHeading', section: 0, heading: 2}, extent)).toMatchObject({section: 0, scroll: 25});
		expect(reduce(at(0, 9), {type: 'goHeading', section: 2}, extent)).toMatchObject({section: 2, scroll: 0});
		// A heading the section cannot place: its top.
		expect(reduce(at(0, 9), {type: 'goHeading', section: 1, heading: 0}, extent)).toMatchObject({
			section: 1,
			scroll: 0,
		});
	});
});

describe('the outline', () => {
	// Six headings; the filter keeps those whose title holds its letters (a stand-in for fuzzy).
	const titles = ['Summary', 'Setup', 'Speed', 'Architecture', 'Cost', 'Security'];
	const targets = titles.map((_, index) => ({section: Math.min(2, index >> 1), ...(index % 2 ? {heading: 0} : {})}));
	const matches = (filter: string): OutlineMatches => {
		const kept = titles.flatMap((title, index) => (title.toLowerCase().includes(filter) ? [index] : []));
		return {targets: kept.map((index) => targets[index] as (typeof targets)[number]), best: kept.length > 1 ? 1 : 0};
	};
	const outlined: Extent = {...extent, pageHeight: 3, overlayLines: 6, outline: {matches, here: () => 4}};
	const open = () => reduce(at(0), {type: 'open', overlay: 'outline'}, outlined);

	test('opens on the heading the reader is at, a third of the way down', () => {
		expect(open()).toMatchObject({overlay: 'outline', cursor: 4, overlayScroll: 3, filter: ''});
	});

	test('↑↓ move the choice and keep it on the page; Home and End go to either end', () => {
		let state = reduce(open(), {type: 'cursor', by: -1}, outlined);
		expect(state).toMatchObject({cursor: 3, overlayScroll: 3});
		state = reduce(state, {type: 'cursor', by: -1}, outlined);
		expect(state).toMatchObject({cursor: 2, overlayScroll: 2});
		expect(reduce(state, {type: 'top'}, outlined)).toMatchObject({cursor: 0, overlayScroll: 0});
		expect(reduce(state, {type: 'bottom'}, outlined)).toMatchObject({cursor: 5, overlayScroll: 3});
		expect(reduce(state, {type: 'page', pages: 1}, outlined)).toMatchObject({cursor: 5});
		expect(reduce(state, {type: 'cursor', by: 99}, outlined)).toMatchObject({cursor: 5});
	});

	test('typing filters and chooses the best match; Backspace takes a character off', () => {
		let state = reduce(open(), {type: 'filterType', text: 's'}, outlined);
		// s: Summary, Setup, Speed, Cost, Security; the best is the second of them.
		expect(state).toMatchObject({filter: 's', cursor: 1});
		state = reduce(state, {type: 'filterType', text: 'e'}, outlined);
		expect(state).toMatchObject({filter: 'se', cursor: 1});
		state = reduce(state, {type: 'filterErase'}, outlined);
		expect(state).toMatchObject({filter: 's'});
		const none = reduce(state, {type: 'filterType', text: 'zz'}, outlined);
		expect(none).toMatchObject({filter: 'szz', cursor: 0});
		expect(reduce(none, {type: 'pickHeading'}, outlined)).toBe(none);
	});

	test('Enter goes to the heading chosen and closes; Esc closes where the reader was', () => {
		const chosen = reduce(reduce(open(), {type: 'top'}, outlined), {type: 'cursor', by: 1}, outlined);
		expect(reduce(chosen, {type: 'pickHeading'}, outlined)).toMatchObject({
			overlay: undefined,
			section: 0,
			scroll: 12,
			filter: '',
		});
		const filtered = reduce(open(), {type: 'filterType', text: 'cost'}, outlined);
		expect(reduce(filtered, {type: 'pickHeading'}, outlined)).toMatchObject({
			overlay: undefined,
			section: 2,
			scroll: 0,
		});
		expect(reduce(filtered, {type: 'close'}, outlined)).toMatchObject({overlay: undefined, section: 0, filter: ''});
	});
});

describe('the references as a list of links', () => {
	const items = [
		{start: 3, end: 6, url: 'https://a.example'},
		{start: 6, end: 8, url: undefined},
		{start: 12, end: 14, url: 'https://b.example'},
		{start: 20, end: 23, url: 'https://a.example'},
	];
	const references: Extent = {
		...extent,
		pageHeight: 8,
		overlayLines: 25,
		items,
		referenceLine: (id) => [3, 6][id - 1],
		linkItem: (url) => (url === 'https://b.example' ? 2 : undefined),
	};
	const open = () => reduce(at(0), {type: 'open', overlay: 'references'}, references);

	test('↑↓ pick the next or previous one and keep it whole on the page', () => {
		let state = reduce(open(), {type: 'cursor', by: 1}, references);
		expect(state).toMatchObject({cursor: 1, overlayScroll: 0});
		state = reduce(state, {type: 'cursor', by: 1}, references);
		expect(state).toMatchObject({cursor: 2, overlayScroll: 6});
		state = reduce(state, {type: 'cursor', by: 1}, references);
		expect(state).toMatchObject({cursor: 3, overlayScroll: 15});
		expect(reduce(state, {type: 'cursor', by: 1}, references)).toMatchObject({cursor: 3});
		expect(reduce(state, {type: 'cursor', by: -3}, references)).toMatchObject({cursor: 0, overlayScroll: 3});
	});

	test('a number picks its reference; a click on a link in the text picks that link', () => {
		expect(reduce(open(), {type: 'reference', id: 2}, references)).toMatchObject({reference: 2, cursor: 1});
		expect(reduce(open(), {type: 'pickLink', url: 'https://b.example'}, references)).toMatchObject({cursor: 2});
		const state = open();
		expect(reduce(state, {type: 'pickLink', url: 'https://nowhere.example'}, references)).toEqual(state);
	});

	test("opening and copying are the shell's to do: the state stays", () => {
		const state = open();
		for (const type of ['openLink', 'copyLink', 'copySection'] as const)
			expect(reduce(state, {type}, references)).toBe(state);
	});
});

describe('a marked row', () => {
	const rows: Extent = {...extent, rowPlace: (_section, row) => ({start: 20 + row, end: 22 + row, header: 17})};

	test('showRow opens the section at the row, marked until the next key', () => {
		const shown = reduce({...at(2), overlay: 'info'}, {type: 'showRow', section: 0, row: 1}, rows);
		expect(shown).toMatchObject({overlay: undefined, section: 0, scroll: 17, mark: {section: 0, row: 1}});
		expect(reduce(shown, {type: 'scroll', lines: 1}, rows).mark).toBeUndefined();
		expect(reduce(shown, {type: 'notice', text: 'opened'}, rows)).toMatchObject({mark: undefined, notice: 'opened'});
	});
});

describe('what the reader is told', () => {
	test('a search that wraps says so, both ways', () => {
		let state = reduce(at(0), {type: 'searchOpen'}, extent);
		state = reduce(reduce(state, {type: 'searchType', text: 'x'}, extent), {type: 'searchDone'}, extent);
		const second = reduce(state, {type: 'hit', by: 1}, extent);
		expect(second).toMatchObject({search: {current: 1}, notice: undefined});
		expect(reduce(second, {type: 'hit', by: 1}, extent)).toMatchObject({
			search: {current: 0},
			notice: 'search hit the end, continuing from the top',
		});
		expect(reduce(state, {type: 'hit', by: -1}, extent)).toMatchObject({
			search: {current: 1},
			notice: 'search hit the top, continuing from the bottom',
		});
	});

	test('d in a document without subjects says why it does nothing', () => {
		const none = start({order: []});
		const pressed = reduce(none, {type: 'differences'}, extent);
		expect(pressed.differences).toBe(false);
		expect(pressed.notice).toMatch(/^d compares subjects, and this document names none/);
	});
});
