// The footer and the marks of a search, frame by frame: what the reader sees while typing a search,
// after it, with rows hidden, and where the hits are marked. The comparison is made for these
// tests (three sections, two subjects), so that each count and place below can be checked by
// reading it; the bundled comparison's footers are pinned apart, in testdata/footers.golden.
// Each test builds its own cache.
import {describe, expect, test} from 'vitest';
import {type Line, lineText, Role} from '../layout/styled.js';
import {bundledDocument, documentOf, small} from '../test-support/fixtures.js';
import {expectGolden} from '../test-support/golden.js';
import {frame, LayoutCache} from './screen.js';
import {type BrowserState, type SearchState, initialState as start} from './state.js';

// Summary: two lines of "Ant" and thirty numbered sentences of prose (16 lines at 80 columns, so a
// page of 10 shows 63%), then a table whose Licence row is the same for both subjects.
// Performance: short, so its position is "All"; its Price row is the same for both.
// Developer experience: a title too long for a footer 20 columns wide.
const filler = Array.from({length: 30}, (_, index) => `A sentence ${index + 1} of the prose.`).join(' ');
const document = documentOf(
	small(
		[
			{id: 'ant', name: 'Ant'},
			{id: 'bee', name: 'Bee'},
		],
		[
			{
				title: 'Summary',
				body: `Ant and Bee compared, Ant first. ${filler}`,
				rows: [
					{criterion: 'Standing', cells: {ant: 'Ant leads on raw speed', bee: 'Bee leads on reach'}},
					{criterion: 'Licence', cells: {ant: 'Open source', bee: 'Open source'}},
				],
			},
			{
				title: 'Performance',
				body: 'What each costs.',
				rows: [
					{criterion: 'Price', cells: {ant: 'Free', bee: 'Free'}},
					{criterion: 'Support', cells: {ant: 'Paid', bee: 'Community'}},
				],
			},
			{
				title: 'Developer experience',
				body: 'Pick Ant for speed.',
				rows: [{criterion: 'Tools', cells: {ant: 'Few', bee: 'Many, built for speed'}}],
			},
		],
		'Ant vs Bee',
	),
);

function shown(columns: number, rows: number, changes: Partial<BrowserState> = {}, of = document) {
	const state: BrowserState = {...start({order: of.comparison.subjects.map((subject) => subject.id)}), ...changes};
	return frame({cache: new LayoutCache(of), state, size: {columns, rows}, ascii: false});
}

const footerOf = (columns: number, rows: number, changes: Partial<BrowserState> = {}) =>
	lineText(shown(columns, rows, changes).lines.at(-1) ?? []);

const search = (query: string, editing: boolean, current = 0, scope?: 'evidence'): SearchState => ({
	query,
	editing,
	current,
	origin: {section: 0, scroll: 0},
	...(scope ? {scope} : {}),
});

/** A line with its search marks: [match] and {current}. */
const marked = (line: Line) =>
	line
		.map((piece) =>
			piece.role & Role.current ? `{${piece.text}}` : piece.role & Role.match ? `[${piece.text}]` : piece.text,
		)
		.join('');

const hints = '←→ section  / search  ? help  q quit  c subjects  o outline';

describe('the footer while a search is typed', () => {
	test('the query, a cursor and the count of matches, in place of the hints', () => {
		// "speed": a cell of Summary, the prose and a cell of Developer experience.
		expect(footerOf(80, 14, {search: search('speed', true)})).toBe(
			'/speed█  3 matches                                              Summary 1/3  63%',
		);
		expect(footerOf(80, 14, {search: search('leads on', true)})).toBe(
			'/leads on█  2 matches                                           Summary 1/3  63%',
		);
		expect(footerOf(80, 14, {search: search('reach', true)})).toBe(
			'/reach█  1 match                                                Summary 1/3  63%',
		);
	});

	test('nothing typed yet: no count; nothing found: says so', () => {
		expect(footerOf(80, 14, {search: search('', true)})).toBe(
			'/█                                                              Summary 1/3  63%',
		);
		expect(footerOf(80, 14, {search: search('zzzz', true)})).toBe(
			'/zzzz█  no matches                                              Summary 1/3  63%',
		);
	});

	test('the query is strong, the cursor and the count muted', () => {
		const footer = shown(80, 14, {search: search('speed', true)}).lines.at(-1) ?? [];
		expect(footer.slice(0, 3)).toEqual([
			{text: '/speed', role: Role.strong},
			{text: '█', role: Role.muted},
			{text: '  3 matches', role: Role.muted},
		]);
	});
});

describe('the footer after a search', () => {
	test('which hit of how many, and where it is: the section and the subject or prose', () => {
		expect(footerOf(80, 14, {search: search('speed', false, 0)})).toBe(
			'1/3 Summary › Ant  n/N next/prev                                Summary 1/3  63%',
		);
		expect(footerOf(80, 14, {search: search('speed', false, 1)})).toBe(
			'2/3 Developer experience › prose  n/N next/prev                 Summary 1/3  63%',
		);
		expect(footerOf(80, 14, {search: search('speed', false, 2)})).toBe(
			'3/3 Developer experience › Bee  n/N next/prev                   Summary 1/3  63%',
		);
	});

	test("a hit in a row's criterion is placed there, not in prose", () => {
		expect(footerOf(80, 14, {search: search('standing', false, 0)})).toBe(
			'1/1 Summary › criterion  n/N next/prev                          Summary 1/3  63%',
		);
	});

	test('a current hit past the last is the last', () => {
		expect(footerOf(80, 14, {search: search('leads on', false, 7)})).toBe(
			'2/2 Summary › Bee  n/N next/prev                                Summary 1/3  63%',
		);
	});

	test('nothing found: no matches for the query', () => {
		expect(footerOf(80, 14, {search: search('zzzz', false)})).toBe(
			'no matches for "zzzz"                                           Summary 1/3  63%',
		);
	});

	test("the evidence view's search while browsing is not shown, nor the sections' in an overlay", () => {
		expect(footerOf(80, 14, {search: search('speed', false, 0, 'evidence')})).toBe(`${hints}     Summary 1/3  63%`);
		const info = footerOf(80, 14, {overlay: 'info', search: search('speed', false)});
		expect(info).toBe('Esc close  ↑↓ scroll                                                   Info  All');
	});

	test('in the evidence view: which hit of how many, or none', () => {
		const evidence = {overlay: 'evidence', section: 0} as const;
		// The view names each subject twice (its counts, the matrix's header): a current hit past
		// the last is the last.
		expect(footerOf(80, 24, {...evidence, search: search('ant', false, 5, 'evidence')})).toBe(
			'2/2  n/N next/prev                                                 Evidence  All',
		);
		expect(footerOf(80, 24, {...evidence, search: search('standing', false, 3, 'evidence')})).toBe(
			'1/1  n/N next/prev                                                 Evidence  All',
		);
		// Cells are not in the view: their text finds nothing there.
		expect(footerOf(80, 24, {...evidence, search: search('reach', false, 0, 'evidence')})).toBe(
			'no matches for "reach"                                             Evidence  All',
		);
		expect(footerOf(80, 24, {...evidence, search: search('stand', true, 0, 'evidence')})).toBe(
			'/stand█  1 match                                                   Evidence  All',
		);
	});

	test('a notice replaces the hints and the search', () => {
		expect(footerOf(80, 14, {notice: 'no section 9', search: search('speed', false)})).toBe(
			'no section 9                                                    Summary 1/3  63%',
		);
	});
});

describe('rows hidden by differences only', () => {
	test('the footer says how many rows the view hides', () => {
		expect(footerOf(80, 24, {differences: true})).toBe(
			'←→ section  / search  ? help  q quit  c subjects  1 row hidden  Summary 1/3  All',
		);
		// One subject shown: no row differs, both go.
		expect(footerOf(80, 24, {section: 1, differences: true, hidden: ['ant']})).toBe(
			'←→ section  / search  ? help  q quit         2 rows hidden  Performance 2/3  All',
		);
	});

	test('not with every row shown, nor over an overlay', () => {
		expect(footerOf(80, 24, {section: 1})).toBe(
			'←→ section  / search  ? help  q quit  c subjects            Performance 2/3  All',
		);
		expect(footerOf(80, 24, {section: 1, differences: true, overlay: 'info'})).toBe(
			'Esc close  ↑↓ scroll                                                   Info  All',
		);
	});
});

describe('the footer when space is short', () => {
	test('hints are dropped from the least important until the position fits', () => {
		// The position is 16 columns; the hints before it 59 with "o outline", 48 without.
		expect(footerOf(80, 14)).toBe(`${hints}     Summary 1/3  63%`);
		expect(footerOf(77, 14)).toBe(`${hints}  Summary 1/3  59%`);
		expect(footerOf(76, 14)).toBe('←→ section  / search  ? help  q quit  c subjects            Summary 1/3  59%');
		expect(footerOf(66, 14)).toBe('←→ section  / search  ? help  q quit  c subjects  Summary 1/3  53%');
		expect(footerOf(65, 14)).toBe('←→ section  / search  ? help  q quit             Summary 1/3  53%');
		expect(footerOf(40, 14)).toBe('←→ section  / search    Summary 1/3  33%');
		expect(footerOf(30, 14)).toBe('←→ section    Summary 1/3  24%');
		expect(footerOf(25, 14)).toBe('         Summary 1/3  22%');
	});

	test('with no hint left, one space before the position is enough', () => {
		expect(footerOf(21, 14, {section: 1})).toBe(' Performance 2/3  All');
		// A notice and the position: two spaces between them, else one, else the line is cut.
		const notice = (length: number) => ({notice: 'x'.repeat(length)});
		expect(footerOf(40, 14, notice(22))).toBe(`${'x'.repeat(22)}  Summary 1/3  33%`);
		expect(footerOf(40, 14, notice(23))).toBe(`${'x'.repeat(23)} Summary 1/3  33%`);
		expect(footerOf(40, 14, notice(24))).toBe(`${'x'.repeat(24)} Summary 1/3  3…`);
		expect(footerOf(21, 14, {search: search('zzzz', false)})).toBe('no matches for "zzzz…');
	});

	test('a position as wide as the terminal or wider is all there is, cut with an ellipsis', () => {
		expect(footerOf(20, 14, {section: 1})).toBe('Performance 2/3  All');
		expect(footerOf(20, 14, {section: 2})).toBe('Developer experienc…');
	});
});

describe('search marks in the pane', () => {
	const paneOf = (result: ReturnType<typeof shown>) =>
		result.lines.slice(result.lines.length - 1 - result.extent.pageHeight, -1).map(marked);

	test('the current hit in braces, the others as matches, two on one line, on the top line too', () => {
		expect(paneOf(shown(80, 8, {search: search('ant', false, 1)}))[0]).toBe(
			'[Ant] and Bee compared, {Ant} first. A sentence 1 of the prose. A sentence 2 of the',
		);
	});

	test('the current hit elsewhere: the hits on the page are matches', () => {
		// The fourth hit of "ant" is the table's header, below the page.
		expect(paneOf(shown(80, 8, {search: search('ant', false, 3)}))[0]).toBe(
			'[Ant] and Bee compared, [Ant] first. A sentence 1 of the prose. A sentence 2 of the',
		);
	});

	test('a hit the width broke over two lines, not current, is a match on both', () => {
		const pane = paneOf(shown(80, 14, {search: search('a sentence 20', false, 0)}));
		expect(pane.slice(6, 8)).toEqual([
			'17 of the prose. A sentence 18 of the prose. A sentence 19 of the prose. {A}',
			'{sentence 20} of the prose. A sentence 21 of the prose. A sentence 22 of the',
		]);
		const notCurrent = paneOf(shown(80, 14, {search: search('a sentence 2', false, 0)}));
		expect(notCurrent[0]).toBe('Ant and Bee compared, Ant first. A sentence 1 of the prose. {A sentence 2} of the');
		expect(notCurrent.slice(6, 8)).toEqual([
			'17 of the prose. A sentence 18 of the prose. A sentence 19 of the prose. [A]',
			'[sentence 2]0 of the prose. [A sentence 2]1 of the prose. [A sentence 2]2 of the',
		]);
	});

	test('a current hit past the last is the last, marked on each of its lines', () => {
		const pane = paneOf(shown(40, 14, {scroll: 30, search: search('leads on r', false, 7)}));
		expect(pane.slice(4, 9)).toEqual([
			'         │ Ant            │ Bee',
			'─────────┼────────────────┼─────────────',
			'Standing │ Ant [leads on]   │ Bee {leads on}',
			'         │ [r]aw speed      │ {r}each',
			'─────────┼────────────────┼─────────────',
		]);
	});

	test('hits below the page are not marked, nor hits of other sections', () => {
		// "speed": a cell of Summary below the page, and two hits in Developer experience.
		const pane = paneOf(shown(80, 8, {search: search('speed', false, 1)}));
		expect(pane).toEqual([
			'Ant and Bee compared, Ant first. A sentence 1 of the prose. A sentence 2 of the',
			'prose. A sentence 3 of the prose. A sentence 4 of the prose. A sentence 5 of the',
			'prose. A sentence 6 of the prose. A sentence 7 of the prose. A sentence 8 of the',
			'prose. A sentence 9 of the prose. A sentence 10 of the prose. A sentence 11 of',
			'the prose. A sentence 12 of the prose. A sentence 13 of the prose. A sentence 14',
		]);
		expect(paneOf(shown(80, 8, {section: 2, search: search('speed', false, 1)}))[0]).toBe('Pick Ant for {speed}.');
	});
});

test("the bundled comparison's footers: browsing, searching, rows hidden, at several widths", () => {
	const bundled = bundledDocument();
	const footers = [
		['80×14', footerOfBundled(bundled, 80, 14)],
		['76×14', footerOfBundled(bundled, 76, 14)],
		['40×14', footerOfBundled(bundled, 40, 14)],
		['80×14 /fastapi', footerOfBundled(bundled, 80, 14, {search: search('fastapi', true)})],
		['80×14 fastapi 16th hit', footerOfBundled(bundled, 80, 14, {search: search('fastapi', false, 15)})],
		['80×24 Cost, differences', footerOfBundled(bundled, 80, 24, {section: 4, differences: true})],
	];
	expectGolden(footers.map(([what, footer]) => `${what}\n${footer}`).join('\n'), golden);
});

const golden = new URL('testdata/footers.golden', import.meta.url);
function footerOfBundled(of: typeof document, columns: number, rows: number, changes: Partial<BrowserState> = {}) {
	return lineText(shown(columns, rows, changes, of).lines.at(-1) ?? []);
}
