// The frame's parts and the cache behind them: the section bar at every width, lines cut with an
// ellipsis, the ASCII frame, a terminal too small, what a click near an edge does, and the layouts
// the cache keeps. Each test builds its own cache, so each is credited with what it runs.
import {describe, expect, test} from 'vitest';
import {lineText, Role, span} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {defaultView, type View} from '../model/view.js';
import {bundledComparison, documentOf, small, tiny} from '../test-support/fixtures.js';
import {citationAt, ellipsize, frame, LayoutCache, sectionBar, viewOf} from './screen.js';
import {type BrowserState, initialState as start} from './state.js';

const comparison = bundledComparison();
/** Three subjects and one section: the subjects picker's own comparison. */
const three = small(
	[
		{id: 'ant', name: 'Ant'},
		{id: 'bee', name: 'Bee'},
		{id: 'cat', name: 'Cat'},
	],
	[{title: 'Only', body: 'Prose.'}],
	'Ant vs Bee vs Cat',
);
function shown(columns: number, rows: number, changes: Partial<BrowserState> = {}, ascii = false, of = comparison) {
	const state: BrowserState = {...start({order: of.subjects.map((subject) => subject.id)}), ...changes};
	return frame({cache: new LayoutCache(documentOf(of)), state, size: {columns, rows}, ascii});
}
const textOf = (columns: number, rows: number, changes: Partial<BrowserState> = {}, ascii = false) =>
	shown(columns, rows, changes, ascii).lines.map(lineText);

describe('the section bar', () => {
	const titles = ['A', 'B', 'C', 'D', 'E'];
	const bars = (current: number, widths: readonly number[]) =>
		widths.map((width) => `${width} ${lineText(sectionBar(titles, current, width, false))}`);

	test('around the middle item: it grows on both sides while the arrows fit', () => {
		expect(bars(2, [4, 5, 7, 8, 12, 13, 15, 16, 17, 18, 20, 21, 23, 24])).toEqual([
			'4 ‹ ▶…',
			'5 ‹ ▶3…',
			'7 ‹ ▶3 C…',
			'8 ‹ ▶3 C ›',
			'12 ‹ ▶3 C ›',
			'13 ‹ ▶3 C  4 D ›',
			'15 ‹ ▶3 C  4 D ›',
			'16 ‹ ▶3 C  4 D  5 E',
			'17 ‹ ▶3 C  4 D  5 E',
			'18 ‹  2 B ▶3 C  4 D ›',
			'20 ‹  2 B ▶3 C  4 D ›',
			'21 ‹  2 B ▶3 C  4 D  5 E',
			'23 ‹  2 B ▶3 C  4 D  5 E',
			'24  1 A  2 B ▶3 C  4 D  5 E',
		]);
	});

	test('at either end: one arrow, on the side with more', () => {
		expect(bars(0, [5, 6, 10, 11, 15, 16, 20, 21, 23, 24])).toEqual([
			'5 ▶1 A…',
			'6 ▶1 A ›',
			'10 ▶1 A ›',
			'11 ▶1 A  2 B ›',
			'15 ▶1 A  2 B ›',
			'16 ▶1 A  2 B  3 C ›',
			'20 ▶1 A  2 B  3 C ›',
			'21 ▶1 A  2 B  3 C  4 D ›',
			'23 ▶1 A  2 B  3 C  4 D ›',
			'24 ▶1 A  2 B  3 C  4 D  5 E',
		]);
		expect(bars(4, [6, 10, 11, 15, 16, 20, 21, 23, 24])).toEqual([
			'6 ‹ ▶5 E',
			'10 ‹ ▶5 E',
			'11 ‹  4 D ▶5 E',
			'15 ‹  4 D ▶5 E',
			'16 ‹  3 C  4 D ▶5 E',
			'20 ‹  3 C  4 D ▶5 E',
			'21 ‹  2 B  3 C  4 D ▶5 E',
			'23 ‹  2 B  3 C  4 D ▶5 E',
			'24  1 A  2 B  3 C  4 D ▶5 E',
		]);
	});

	test('in ASCII the arrows are < and >', () => {
		expect(lineText(sectionBar(titles, 2, 13, true))).toBe('< >3 C  4 D >');
	});

	test('the arrows are muted; the items between them as they are', () => {
		expect(sectionBar(titles, 2, 13, false)).toEqual([
			{text: '‹ ', role: Role.muted},
			{text: '▶3 C', role: Role.selected},
			{text: ' ', role: Role.none},
			{text: ' 4 D', role: Role.none},
			{text: ' ›', role: Role.muted},
		]);
	});

	test('in a frame, a click on the ASCII arrows moves by one section', () => {
		const result = shown(40, 14, {section: 2}, true);
		const bar = lineText(result.lines[2] ?? []);
		expect(bar).toBe('<  2 Architecture >3 Performance >');
		expect(result.click(0, 2)).toEqual([{type: 'previous'}]);
		expect(result.click(1, 2)).toEqual([{type: 'previous'}]);
		expect(result.click(2, 2)).toEqual([{type: 'jump', index: 1}]);
		expect(result.click(18, 2)).toEqual([{type: 'jump', index: 2}]);
		expect(result.click(32, 2)).toEqual([{type: 'next'}]);
		expect(result.click(33, 2)).toEqual([{type: 'next'}]);
		expect(result.click(34, 2)).toEqual([]);
	});
});

describe('ellipsize', () => {
	const line = [span('abc'), span('def', Role.strong)];
	test('a line that fits is kept', () => {
		expect(ellipsize(line, 6)).toBe(line);
	});
	test('a line too wide ends in a muted ellipsis', () => {
		expect(ellipsize(line, 5)).toEqual([span('abc'), span('d', Role.strong), span('…', Role.muted)]);
		expect(lineText(ellipsize(line, 2))).toBe('a…');
	});
	test('one column or none: no room for an ellipsis, the line is only cut', () => {
		expect(lineText(ellipsize(line, 1))).toBe('a');
		expect(lineText(ellipsize(line, 0))).toBe('');
	});
});

describe('the frame', () => {
	test('in ASCII the rule under the bar is dashes', () => {
		expect(textOf(30, 12, {}, true).slice(0, 4)).toEqual([
			'FastAPI vs Litestar vs Django…',
			'2026-04-11 · machine-generated',
			'>1 Summary  2 Architecture >',
			'------------------------------',
		]);
	});

	test('a short overlay is padded to the full page, the footer on the last line', () => {
		expect(shown(40, 16, {overlay: 'subjects'}, false, three).lines.map(lineText)).toEqual([
			'Ant vs Bee vs Cat',
			'▶1 Only',
			'────────────────────────────────────────',
			'Subjects',
			'',
			'▶ [x] Ant',
			'  [x] Bee',
			'  [x] Cat',
			'',
			'Every table and chart shows the checked',
			'subjects, in this order.',
			'',
			'',
			'',
			'',
			'Space show/hide            Subjects  All',
		]);
	});

	test('a page exactly as long as the text shows All', () => {
		const lines = new LayoutCache(documentOf(comparison)).lines(1, 80, defaultView(comparison), false).length;
		// The title with the source beside it, the bar, the rule and the footer around the page.
		expect(textOf(80, lines + 4, {section: 1}).at(-1)).toMatch(/ Architecture 2\/7 {2}All$/);
		expect(textOf(80, lines + 3, {section: 1}).at(-1)).toMatch(/ Architecture 2\/7 {2}98%$/);
	});

	test('the evidence view in ASCII points at the picked row with ">"', () => {
		const lines = textOf(80, 24, {overlay: 'evidence'}, true);
		expect(lines[14]).toMatch(/^> Standing +\* \[3\]/);
	});

	test('the evidence view of a comparison without tables has no row to mark', () => {
		const none: Comparison = {
			...comparison,
			sections: comparison.sections.map((section) => ({...section, table: undefined})),
		};
		const lines = shown(40, 14, {overlay: 'evidence'}, false, none).lines.map(lineText);
		expect(lines.slice(4, 12)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited   ○ uncited   · not stated',
			'',
			'FastAPI       ● 0  ○ 0  · 0  ░░░░░░    -',
			'Litestar      ● 0  ○ 0  · 0  ░░░░░░    -',
			'Django Ninja  ● 0  ○ 0  · 0  ░░░░░░    -',
		]);
	});

	test('the sizes the reducer gets: no overlay lines, no reference lines and no rows while browsing', () => {
		const {extent} = shown(80, 24);
		expect(extent.overlayLines).toBe(0);
		expect(extent.referenceLine(1)).toBeUndefined();
		expect(extent.targets).toEqual([]);
		const references = shown(80, 24, {overlay: 'references'}).extent;
		expect(references.referenceLine(1)).toBe(3);
		expect(references.overlayLines).toBe(22);
	});

	test('a terminal with no row or no column to draw in gets no lines', () => {
		expect(textOf(19, 0)).toEqual([]);
		expect(textOf(19, 1)).toEqual([]);
		expect(textOf(0, 10)).toEqual([]);
		expect(textOf(19, 2)).toEqual(['Terminal too small:']);
	});
});

describe('a click near the edges', () => {
	// Claims a line each with a blank line between them, each citing [1] at columns 8 to 10 (to the tenth): at 60×16 the
	// title, the bar and the rule are above a page of 12 lines, the footer below it.
	const claims = {
		...small(
			[{id: 'ant', name: 'Ant'}],
			[
				{title: 'Claims', body: Array.from({length: 20}, (_, index) => `Claim ${index + 1} [1].`).join('\n\n')},
				{title: 'Short', body: 'One line.'},
			],
			'Cites',
		),
		references: [{id: 1, title: 'A source', url: 'https://example.org/'}],
	};
	const at = (changes: Partial<BrowserState>, columns = 60, rows = 16) => shown(columns, rows, changes, false, claims);
	const cites = [
		{type: 'open', overlay: 'references'},
		{type: 'reference', id: 1},
	];

	test('on the first and the last line of the page', () => {
		const first = at({scroll: 0});
		expect(lineText(first.lines[3] ?? [])).toBe('Claim 1 [1].');
		expect(first.click(9, 3)).toEqual(cites);
		// Scrolled by one, the last line of the page (row 14) is the seventh claim.
		const last = at({scroll: 1});
		expect(lineText(last.lines[14] ?? [])).toBe('Claim 7 [1].');
		expect(last.click(9, 14)).toEqual(cites);
		expect(last.click(7, 14)).toEqual([]);
		expect(last.click(11, 14)).toEqual([]);
	});

	test('above the page or on the footer: nothing, whatever the text scrolled out of view there', () => {
		// Scrolled by one, the first claim is just above the page, where the rule is.
		expect(at({scroll: 1}).click(9, 2)).toEqual([]);
		// Not scrolled, the seventh claim is just below the page, under the footer.
		const top = at({scroll: 0});
		expect(lineText(top.lines[14] ?? [])).toBe('');
		expect(top.click(9, 15)).toEqual([]);
	});

	test('below the end of a short section: nothing', () => {
		const result = at({section: 1}, 80, 60);
		expect(lineText(result.lines[3] ?? [])).toBe('One line.');
		expect(lineText(result.lines[57] ?? [])).toBe('');
		expect(result.click(3, 57)).toEqual([]);
	});

	test('in the subjects picker: the box is columns 2 to 4; off the screen, nothing', () => {
		// 80×24: the pane starts on row 3 (below the title, the bar and the rule); the subjects on
		// rows 5, 6 and 7.
		const result = shown(80, 24, {overlay: 'subjects', cursor: 1}, false, three);
		expect(lineText(result.lines[5] ?? [])).toBe('  [x] Ant');
		const first = {type: 'cursor', by: -1};
		expect(result.click(8, 5)).toEqual([first]);
		expect(result.click(1, 5)).toEqual([first]);
		expect(result.click(2, 5)).toEqual([first, {type: 'toggleSubject'}]);
		expect(result.click(4, 5)).toEqual([first, {type: 'toggleSubject'}]);
		expect(result.click(5, 5)).toEqual([first]);
		expect(result.click(8, 7)).toEqual([{type: 'cursor', by: 1}]);
		expect(result.click(-1, 5)).toEqual([]);
		expect(result.click(80, 5)).toEqual([]);
		// The heading and the blank line under it.
		expect(result.click(8, 3)).toEqual([]);
		expect(result.click(8, 4)).toEqual([]);
	});

	test('in the references list: the heading and the blank line after the last reference pick nothing', () => {
		const result = shown(100, 40, {overlay: 'references'});
		const lines = result.lines.map(lineText);
		const hint = lines.findIndex((line) => line.startsWith('↑↓ pick'));
		expect(lines[hint - 1]).toBe('');
		expect(result.click(3, hint - 1)).toEqual([]);
		expect(result.click(3, hint - 2)).toEqual([{type: 'reference', id: 4}]);
		for (const row of [3, 4, 5]) expect(result.click(3, row)).toEqual([]);
		expect(result.click(3, 6)).toEqual([{type: 'reference', id: 1}]);
	});

	test('a [n] that is not a citation opens nothing', () => {
		expect(citationAt([span('see [2] here')], 5)).toBeUndefined();
		expect(citationAt([span('see '), span('[2]', Role.ref)], 5)).toBe(2);
	});
});

describe('the view of a state', () => {
	test('shown subjects in their order; hidden ones and unknown ids left out', () => {
		const state = {
			...start({order: ['django-ninja', 'gone', 'fastapi', 'litestar'], hidden: ['fastapi']}),
			differences: true,
		};
		const view = viewOf(comparison, state);
		expect(view.subjects.map((subject) => subject.id)).toEqual(['django-ninja', 'litestar']);
		expect(view.differencesOnly).toBe(true);
	});

	test('a hidden subject leaves the table', () => {
		const header = (hidden: string[]) =>
			textOf(120, 60, {section: 1, hidden})
				.find((line) => line.includes('│ FastAPI'))
				?.replace(/ +/g, ' ');
		expect(header(['litestar'])).toBe(' │ FastAPI │ Django Ninja');
		expect(header([])).toBe(' │ FastAPI │ Litestar │ Django Ninja');
	});
});

describe('the layout cache', () => {
	const view = defaultView(comparison);

	test('a section at a width and view is laid out once and kept', () => {
		const cache = new LayoutCache(documentOf(comparison));
		const lines = cache.lines(0, 80, view, false);
		expect(cache.lines(0, 80, view, false)).toBe(lines);
		expect(cache.lines(0, 81, view, false)).not.toBe(lines);
		expect(cache.lines(99, 80, view, false)).toEqual([]);
	});

	test('a few layouts of every section are kept; past that the least recently used goes', () => {
		// Seven sections: 28 layouts are kept.
		const cache = new LayoutCache(documentOf(comparison));
		const first = cache.lines(0, 30, view, false);
		const second = cache.lines(0, 31, view, false);
		for (let width = 32; width < 58; width++) cache.lines(0, width, view, false);
		// 28 kept; using the first makes the second the least recently used.
		expect(cache.lines(0, 30, view, false)).toBe(first);
		cache.lines(0, 58, view, false);
		expect(cache.lines(0, 30, view, false)).toBe(first);
		expect(cache.lines(0, 31, view, false)).not.toBe(second);
	});

	test('the 29th layout pushes out the oldest', () => {
		const cache = new LayoutCache(documentOf(comparison));
		const first = cache.lines(0, 30, view, false);
		for (let width = 31; width < 59; width++) cache.lines(0, width, view, false);
		expect(cache.lines(0, 30, view, false)).not.toBe(first);
	});

	test('another order of the subjects is another layout', () => {
		const cache = new LayoutCache(documentOf(comparison));
		const reversed: View = {...view, subjects: [...view.subjects].reverse()};
		const header = (lines: ReturnType<typeof cache.lines>) =>
			lines.map(lineText).find((line) => line.includes('FastAPI') && line.includes('Litestar'));
		expect(header(cache.lines(1, 120, view, false))).toMatch(/FastAPI.*Litestar.*Django Ninja/);
		expect(header(cache.lines(1, 120, reversed, false))).toMatch(/Django Ninja.*Litestar.*FastAPI/);
	});

	test('subjects a and b are not subject ab', () => {
		const three = tiny(
			[
				{id: 'a', name: 'Alpha'},
				{id: 'b', name: 'Beta'},
				{id: 'ab', name: 'Gamma'},
			],
			[{a: 'one', b: 'two', ab: 'three'}],
		);
		const cache = new LayoutCache(documentOf(three));
		const [a, b, ab] = three.subjects as [
			Comparison['subjects'][number],
			Comparison['subjects'][number],
			Comparison['subjects'][number],
		];
		const text = (subjects: View['subjects']) =>
			cache.lines(0, 60, {subjects, differencesOnly: false}, false).map(lineText).join('\n');
		expect(text([a, b])).toContain('Alpha');
		expect(text([ab])).not.toContain('Alpha');
		expect(text([ab])).toContain('Gamma');
	});

	test('the hits of a query are found once; another query finds its own', () => {
		const cache = new LayoutCache(documentOf(comparison));
		const hits = cache.hits('fastapi', 80, view, false);
		expect(hits).toHaveLength(28);
		expect(cache.hits('fastapi', 80, view, false)).toBe(hits);
		expect(cache.hits('traditional frameworks', 80, view, false)).toHaveLength(2);
		expect(cache.hits('fastapi', 60, view, false)).toHaveLength(28);
		expect(cache.hits('fastapi', 80, view, false)).toEqual(hits);
	});

	test('the evidence view and its hits are built once per width and view', () => {
		const cache = new LayoutCache(documentOf(comparison));
		const layout = cache.evidence(80, view, false);
		expect(cache.evidence(80, view, false)).toBe(layout);
		expect(cache.evidence(60, view, false)).not.toBe(layout);
		const hits = cache.evidenceHits('fastapi', 60, view, false);
		expect(hits).toHaveLength(2);
		expect(cache.evidenceHits('fastapi', 60, view, false)).toBe(hits);
		expect(cache.evidenceHits('familiarity', 60, view, false)).toHaveLength(1);
	});

	test("the comparison's evidence and what each reference backs are worked out once", () => {
		const cache = new LayoutCache(documentOf(comparison));
		const whole = cache.whole();
		expect(cache.whole()).toBe(whole);
		expect(whole.uses.get(1)?.claims).toBe(11);
	});
});
