// The footer and the marks of a search, frame by frame: what the reader sees while typing a search,
// after it, with rows hidden, and where the hits are marked. Each test builds its own cache.
import {describe, expect, test} from 'vitest';
import {type Line, lineText, Role} from '../layout/styled.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {frame, LayoutCache} from './screen.js';
import {type BrowserState, type SearchState, initialState as start} from './state.js';

const document = bundledDocument();
const order = document.comparison.subjects.map((subject) => subject.id);

function shown(columns: number, rows: number, changes: Partial<BrowserState> = {}, ascii = false) {
	const state: BrowserState = {...start({order}), ...changes};
	return frame({cache: new LayoutCache(document), state, size: {columns, rows}, ascii});
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

describe('the footer while a search is typed', () => {
	test('the query, a cursor and the count of matches, in place of the hints', () => {
		expect(footerOf(80, 14, {search: search('fastapi', true)})).toBe(
			'/fastapi█  28 matches                                           Summary 1/7  31%',
		);
		expect(footerOf(80, 14, {search: search('traditional frameworks', true)})).toBe(
			'/traditional frameworks█  2 matches                             Summary 1/7  31%',
		);
		expect(footerOf(80, 14, {search: search('2026 the source recommends', true)})).toBe(
			'/2026 the source recommends█  1 match                           Summary 1/7  31%',
		);
	});

	test('nothing typed yet: no count; nothing found: says so', () => {
		expect(footerOf(80, 14, {search: search('', true)})).toBe(
			'/█                                                              Summary 1/7  31%',
		);
		expect(footerOf(80, 14, {search: search('zzzz', true)})).toBe(
			'/zzzz█  no matches                                              Summary 1/7  31%',
		);
	});

	test('the query is strong, the cursor and the count muted', () => {
		const footer = shown(80, 14, {search: search('fastapi', true)}).lines.at(-1) ?? [];
		expect(footer.slice(0, 3)).toEqual([
			{text: '/fastapi', role: Role.strong},
			{text: '█', role: Role.muted},
			{text: '  28 matches', role: Role.muted},
		]);
	});
});

describe('the footer after a search', () => {
	test('which hit of how many, and where it is: the section and the subject or prose', () => {
		expect(footerOf(80, 14, {search: search('fastapi', false, 1)})).toBe(
			'2/28 Summary › prose  n/N next/prev                             Summary 1/7  31%',
		);
		expect(footerOf(80, 14, {search: search('fastapi', false, 15)})).toBe(
			'16/28 Developer experience › Django Ninja  n/N next/prev        Summary 1/7  31%',
		);
	});

	test("a hit in a row's criterion is placed there, not in prose", () => {
		expect(footerOf(80, 14, {search: search('standing', false, 0)})).toBe(
			'1/1 Summary › criterion  n/N next/prev                          Summary 1/7  31%',
		);
	});

	test('a current hit past the last is the last', () => {
		expect(footerOf(80, 14, {search: search('traditional frameworks', false, 7)})).toBe(
			'2/2 Summary › FastAPI  n/N next/prev                            Summary 1/7  31%',
		);
	});

	test('nothing found: no matches for the query', () => {
		expect(footerOf(80, 14, {search: search('zzzz', false)})).toBe(
			'no matches for "zzzz"                                           Summary 1/7  31%',
		);
	});

	test("the evidence view's search while browsing is not shown, nor the sections' in an overlay", () => {
		const hints = '←→ section  / search  ? help  q quit  c subjects  o outline     Summary 1/7  31%';
		expect(footerOf(80, 14, {search: search('fastapi', false, 0, 'evidence')})).toBe(hints);
		const info = footerOf(80, 14, {overlay: 'info', search: search('fastapi', false)});
		expect(info).toBe('Esc close  ↑↓ scroll                                                   Info  50%');
	});

	test('in the evidence view: which hit of how many, or none', () => {
		const evidence = {overlay: 'evidence', section: 0} as const;
		// A current hit past the last is the last.
		expect(footerOf(80, 24, {...evidence, search: search('fastapi', false, 5, 'evidence')})).toBe(
			'2/2  n/N next/prev                                                 Evidence  43%',
		);
		expect(footerOf(80, 24, {...evidence, search: search('familiarity', false, 3, 'evidence')})).toMatch(
			/^1\/1 {2}n\/N next\/prev +Evidence {2}\d+%$/,
		);
		expect(footerOf(80, 24, {...evidence, search: search('zzzz', false, 0, 'evidence')})).toMatch(
			/^no matches for "zzzz" +Evidence {2}\d+%$/,
		);
		expect(footerOf(80, 24, {...evidence, search: search('fam', true, 0, 'evidence')})).toMatch(
			/^\/fam█ {2}1 match +Evidence {2}\d+%$/,
		);
	});

	test('a notice replaces the hints and the search', () => {
		expect(footerOf(80, 14, {notice: 'no section 9', search: search('fastapi', false)})).toBe(
			'no section 9                                                    Summary 1/7  31%',
		);
	});
});

describe('rows hidden by differences only', () => {
	test('the footer says how many rows the view hides', () => {
		expect(footerOf(80, 24, {section: 4, differences: true})).toBe(
			'←→ section  / search  ? help  q quit  c subjects     1 row hidden  Cost 5/7  59%',
		);
		expect(footerOf(80, 24, {section: 1, differences: true, hidden: ['litestar', 'fastapi']})).toBe(
			'←→ section  / search  ? help  q quit        6 rows hidden  Architecture 2/7  All',
		);
	});

	test('not with every row shown, nor over an overlay', () => {
		expect(footerOf(80, 24, {section: 4})).toBe(
			'←→ section  / search  ? help  q quit  c subjects  o outline        Cost 5/7  57%',
		);
		expect(footerOf(80, 24, {section: 4, differences: true, overlay: 'info'})).toBe(
			'Esc close  ↑↓ scroll                                                   Info  All',
		);
	});
});

describe('the footer when space is short', () => {
	test('hints are dropped from the least important until the position fits', () => {
		expect(footerOf(80, 14)).toBe('←→ section  / search  ? help  q quit  c subjects  o outline     Summary 1/7  31%');
		expect(footerOf(77, 14)).toBe('←→ section  / search  ? help  q quit  c subjects  o outline  Summary 1/7  29%');
		expect(footerOf(76, 14)).toBe('←→ section  / search  ? help  q quit  c subjects            Summary 1/7  29%');
		expect(footerOf(40, 14)).toBe('←→ section  / search    Summary 1/7  21%');
		expect(footerOf(30, 14)).toBe('←→ section    Summary 1/7  16%');
		expect(footerOf(25, 14)).toBe('         Summary 1/7  13%');
	});

	test('with no hint left, one space before the position is enough', () => {
		expect(footerOf(21, 14, {section: 1})).toBe(' Architecture 2/7  9%');
		// A notice and the position: two spaces between them, else one, else the line is cut.
		const notice = (length: number) => ({notice: 'x'.repeat(length)});
		expect(footerOf(40, 14, notice(22))).toBe(`${'x'.repeat(22)}  Summary 1/7  21%`);
		expect(footerOf(40, 14, notice(23))).toBe(`${'x'.repeat(23)} Summary 1/7  21%`);
		expect(footerOf(40, 14, notice(24))).toBe(`${'x'.repeat(24)} Summary 1/7  2…`);
		expect(footerOf(21, 14, {search: search('zzzz', false)})).toBe('no matches for "zzzz…');
	});

	test('a position as wide as the terminal or wider is all there is, cut with an ellipsis', () => {
		expect(footerOf(20, 14, {section: 1})).toBe('Architecture 2/7  9%');
		expect(footerOf(20, 14, {section: 3})).toBe('Developer experienc…');
	});
});

describe('search marks in the pane', () => {
	const paneOf = (result: ReturnType<typeof shown>) =>
		result.lines.slice(result.lines.length - 1 - result.extent.pageHeight, -1).map(marked);

	test('the current hit in braces, the others as matches, a hit on the top line too', () => {
		const pane = paneOf(shown(80, 16, {section: 2, scroll: 0, search: search('fastapi', false, 9)}));
		expect(pane).toEqual([
			'In the benchmark the source cites, [FastAPI] serves 1,200 concurrent requests per',
			'second where Django manages 600 [1], and it is expected to beat synchronous',
			'frameworks consistently. No throughput figure is given for Litestar, nor for',
			'Django Ninja itself.',
			'',
			'Integrations cost speed too. The 2025 MLflow vulnerability did not touch {FastAPI}',
			'directly, but in affected systems the extra MLflow security checks raised',
			'average response times by 15% [4]. VentureBeat reports that disciplined AI',
			'development, secure API design included, lifts developer productivity by 30%',
			'[2]: skipping security work can cancel out what a fast framework gains.',
			'',
			'In the end the model decides more than the framework: how efficient the ML model',
		]);
	});

	test('the current hit elsewhere: both hits on the page are matches', () => {
		const pane = paneOf(shown(80, 16, {section: 2, scroll: 0, search: search('fastapi', false, 0)}));
		expect(pane[0]).toBe('In the benchmark the source cites, [FastAPI] serves 1,200 concurrent requests per');
		expect(pane[5]).toBe('Integrations cost speed too. The 2025 MLflow vulnerability did not touch [FastAPI]');
	});

	test('a hit the width broke over two lines, not current, is a match on both', () => {
		const pane = paneOf(shown(60, 16, {section: 2, search: search('1,200 concurrent', false, 1)}));
		expect(pane.slice(0, 2)).toEqual([
			'In the benchmark the source cites, FastAPI serves [1,200]',
			'[concurrent] requests per second where Django manages 600 [1],',
		]);
	});

	test('two hits on one line of a scrolled page are both marked', () => {
		const pane = paneOf(shown(80, 16, {section: 2, scroll: 0, search: search('the', false, 0)}));
		expect(pane[0]).toBe('In [the] benchmark [the] source cites, FastAPI serves 1,200 concurrent requests per');
	});

	test('a current hit past the last is the last, marked on each of its lines', () => {
		const pane = paneOf(shown(80, 14, {scroll: 21, search: search('traditional frameworks', false, 7)}));
		expect(pane.slice(3, 6)).toEqual([
			'Development │ Up to 40% against    │ not stated in the   │ not stated in the',
			'time saved  │ {traditional}          │ source              │ source',
			'            │ {frameworks} [1]       │                     │ ',
		]);
	});

	test('hits below the page are not marked, nor hits of other sections', () => {
		const pane = shown(80, 8, {section: 2, search: search('fastapi', false, 8)})
			.lines.slice(2, -1)
			.map(marked);
		expect(pane).toEqual([
			'In the benchmark the source cites, {FastAPI} serves 1,200 concurrent requests per',
			'second where Django manages 600 [1], and it is expected to beat synchronous',
			'frameworks consistently. No throughput figure is given for Litestar, nor for',
			'Django Ninja itself.',
			'',
		]);
	});
});
