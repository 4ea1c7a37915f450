// The decision matrix's pane at every height, its scrolling and its note editor, piece by piece:
// the reducer on a matrix of known lines, the pane's lines exactly.
import {describe, expect, test} from 'vitest';
import {lineText, Role} from '../layout/styled.js';
import {emptyDecision, matrixRows, noteLimit, withNote, withScore, withWeight} from '../model/decision.js';
import type {Comparison} from '../model/schema.js';
import {defaultView} from '../model/view.js';
import {documentOf} from '../test-support/fixtures.js';
import {
	type DecisionExtent,
	decisionPane,
	decisionView,
	fitMatrix,
	initialMatrix,
	type MatrixState,
} from './decision-view.js';
import {type BrowserState, type Extent, initialState, reduce} from './state.js';

/** Three sections of 3, 3 and 2 rows: the matrix's lines are a title, three rows, a title... */
const comparison: Comparison = {
	title: 'Three',
	subjects: [
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
	],
	sections: [1, 2, 3].map((section) => ({
		id: `s${section}`,
		title: `Part ${section}`,
		table: {
			rows: Array.from({length: section === 3 ? 2 : 3}, (_, row) => ({
				criterion: `Row ${section}.${row + 1}`,
				cells: {a: `a${section}${row + 1}`, b: row === 0 ? null : `b${section}${row + 1}`},
			})),
		},
	})),
};
const document = documentOf(comparison);
const view = defaultView(comparison);
const rows = matrixRows(comparison, view, comparison.sections);
// Titles at lines 0, 4 and 8.
const rowLines = [1, 2, 3, 5, 6, 7, 9, 10];

function extentOf(page: number, matrix: Partial<DecisionExtent> = {}): Extent {
	return {
		sections: 3,
		pageHeight: page,
		sectionLines: () => 40,
		overlayLines: 0,
		referenceLine: () => undefined,
		hits: () => [],
		targets: [],
		rowLine: () => 12,
		// Every row stands at lines 12 to 13 of its section, under a header at line 10.
		rowPlace: () => ({start: 12, end: 13, header: 10}),
		decision: {rows, subjects: comparison.subjects, rowLines, lines: 11, page, ...matrix},
	};
}

function at(matrix: Partial<MatrixState>, overrides: Partial<BrowserState> = {}): BrowserState {
	return {
		...initialState({order: ['a', 'b']}),
		overlay: 'decision',
		matrix: {...initialMatrix, ...matrix},
		...overrides,
	};
}

const step = (state: BrowserState, command: Parameters<typeof reduce>[1], page = 3) =>
	reduce(state, command, extentOf(page));

describe('moving in the matrix', () => {
	test('down the rows, the page follows; up again, a section’s title is brought back with its first row', () => {
		let state = at({});
		const rowsOf = [] as [number, number][];
		for (let index = 0; index < 7; index++) {
			state = step(state, {type: 'cursor', by: 1});
			rowsOf.push([state.matrix.row, state.matrix.scroll]);
		}
		// Row 3 is line 5: the page of 3 lines shows 3 to 5. The last row (line 10) shows 8 to 10.
		expect(rowsOf).toEqual([
			[1, 0],
			[2, 1],
			[3, 3],
			[4, 4],
			[5, 5],
			[6, 7],
			[7, 8],
		]);
		const up = [] as [number, number][];
		for (let index = 0; index < 7; index++) {
			state = step(state, {type: 'cursor', by: -1});
			up.push([state.matrix.row, state.matrix.scroll]);
		}
		// Row 5 (line 7) is on the page; row 4 (line 6) too... row 3 (line 5) needs its title (line 4).
		expect(up).toEqual([
			[6, 8],
			[5, 7],
			[4, 6],
			[3, 4],
			[2, 3],
			[1, 2],
			[0, 0],
		]);
	});

	test('the first row shows from the top; a row below the last page cannot scroll past the end', () => {
		expect(step(at({row: 5, scroll: 6}), {type: 'cursor', by: -9}).matrix).toMatchObject({row: 0, scroll: 0});
		expect(step(at({}), {type: 'cursor', by: 99}).matrix).toMatchObject({row: 7, scroll: 8});
		// A page taller than the matrix: it never scrolls.
		expect(step(at({}), {type: 'cursor', by: 99}, 20).matrix).toMatchObject({row: 7, scroll: 0});
		// A page of nothing counts as one line.
		expect(step(at({}), {type: 'cursor', by: 2}, 0).matrix).toMatchObject({row: 2, scroll: 3});
	});

	test('PgDn and PgUp: a page less a line of the matrix, landing on a row', () => {
		// From row 0 (line 1), a page of 4 moves 3 lines: to line 4, a title; the row before it.
		expect(step(at({}), {type: 'page', pages: 1}, 4).matrix).toMatchObject({row: 2});
		expect(step(at({}), {type: 'page', pages: 2}, 4).matrix).toMatchObject({row: 5});
		expect(step(at({row: 7, scroll: 7}), {type: 'page', pages: -1}, 4).matrix).toMatchObject({row: 5});
		expect(step(at({row: 7, scroll: 7}), {type: 'page', pages: -9}, 4).matrix).toMatchObject({row: 0, scroll: 0});
		expect(step(at({row: 0}), {type: 'page', pages: -1}, 4).matrix).toMatchObject({row: 0});
		// One line high: a page is one line.
		expect(step(at({}), {type: 'page', pages: 1}, 1).matrix).toMatchObject({row: 1});
	});

	test('top and bottom', () => {
		expect(step(at({row: 5, scroll: 6}), {type: 'top'}).matrix).toMatchObject({row: 0, scroll: 0});
		expect(step(at({}), {type: 'bottom'}).matrix).toMatchObject({row: 7, scroll: 8});
		expect(step(at({}), {type: 'bottom'}, 20).matrix).toMatchObject({row: 7, scroll: 0});
	});

	test('the wheel scrolls the page; a cursor the page left behind comes onto it', () => {
		expect(step(at({}), {type: 'scroll', lines: 3}).matrix).toMatchObject({scroll: 3, row: 2});
		expect(step(at({row: 2, scroll: 1}), {type: 'scroll', lines: 1}).matrix).toMatchObject({scroll: 2, row: 2});
		expect(step(at({row: 7, scroll: 8}), {type: 'scroll', lines: -6}).matrix).toMatchObject({scroll: 2, row: 2});
		expect(step(at({row: 7, scroll: 8}), {type: 'scroll', lines: -99}).matrix).toMatchObject({scroll: 0, row: 1});
		expect(step(at({}), {type: 'scroll', lines: 99}).matrix).toMatchObject({scroll: 8, row: 6});
		// A page of titles only: the cursor stays.
		const titles = reduce(at({row: 3, scroll: 0}), {type: 'scroll', lines: 4}, extentOf(1));
		expect(titles.matrix).toMatchObject({scroll: 4, row: 3});
		const empty = reduce(at({row: 1}), {type: 'scroll', lines: 1}, extentOf(1, {rowLines: [], lines: 3}));
		expect(empty.matrix).toMatchObject({row: 1, scroll: 1});
	});

	test('columns stop at the first and last subject; a click picks a cell within range', () => {
		expect(step(at({}), {type: 'column', by: -1}).matrix.column).toBe(0);
		expect(step(at({}), {type: 'column', by: 5}).matrix.column).toBe(1);
		expect(step(at({}), {type: 'pickCell', row: 99, column: 99}).matrix).toMatchObject({row: 7, column: 1, scroll: 8});
		expect(step(at({}), {type: 'pickCell', row: -2, column: -1}).matrix).toMatchObject({row: 0, column: 0});
	});

	test('kept in range when the matrix changes under it (a resize, a subject hidden)', () => {
		const matrix: MatrixState = {row: 9, column: 3, scroll: 20};
		const extent = extentOf(3).decision as DecisionExtent;
		expect(fitMatrix(matrix, extent)).toEqual({row: 7, column: 1, scroll: 8});
		const inRange: MatrixState = {row: 2, column: 1, scroll: 1};
		expect(fitMatrix(inRange, extent)).toBe(inRange);
		expect(fitMatrix(matrix, {...extent, rows: [], subjects: [], lines: 0})).toEqual({row: 0, column: 0, scroll: 0});
		expect(fitMatrix({row: 0, column: 0, scroll: 5}, {...extent, page: 0})).toMatchObject({scroll: 5});
	});

	test('outside the matrix, or with nothing measured, the matrix’s reducer does nothing', () => {
		const state = at({});
		expect(
			decisionView(state, {type: 'score', score: 1}, {...extentOf(3), decision: undefined}, reduce),
		).toBeUndefined();
		expect(decisionView(state, {type: 'mouse'}, extentOf(3), reduce)).toBeUndefined();
		expect(decisionView(state, {type: 'quit', code: 0}, extentOf(3), reduce)).toBeUndefined();
	});

	test('with no row, scoring says there is nothing to score, and Enter does nothing', () => {
		const none = extentOf(3, {rows: [], rowLines: [], lines: 0});
		for (const command of [{type: 'score', score: 2}, {type: 'weight', by: 1}, {type: 'noteOpen'}] as const) {
			const next = reduce(at({}), command, none);
			expect(next.notice).toBe('nothing to score: this comparison has no table rows of its subjects');
			expect(next.decision).toBe(emptyDecision);
		}
		expect(reduce(at({}), {type: 'openRow'}, none)).toEqual(at({}));
		expect(reduce(at({}), {type: 'cursor', by: 1}, none).matrix).toEqual(initialMatrix);
	});

	test('Enter opens the row in its section, as the evidence view’s Enter', () => {
		const opened = step(at({row: 4, column: 1}), {type: 'openRow'});
		// The header and the row fit on a page of 3: the page starts at the header; the row is marked.
		expect(opened).toMatchObject({overlay: undefined, section: 1, scroll: 10, mark: {section: 1, row: 1}});
		expect(opened.matrix).toMatchObject({row: 4, column: 1});
	});

	test('weights and scores go to the row and subject under the cursor', () => {
		const weighed = step(step(at({row: 3, column: 1}), {type: 'weight', by: 1}), {type: 'weight', by: 1});
		expect([...weighed.decision.rows.values()]).toEqual([
			{section: 's2', criterion: 'Row 2.1', occurrence: 1, weight: 3, cells: {}},
		]);
		const scored = step(weighed, {type: 'score', score: 4});
		expect(scored.decision.rows.get(rows[3]?.key ?? '')?.cells).toEqual({b: {score: 4}});
	});
});

describe('the note editor', () => {
	const writing = (text: string, caret: number) => at({row: 1, column: 0, editor: {text, caret}});

	test('types at the caret, erases before it, moves within the text', () => {
		expect(step(writing('ac', 1), {type: 'noteType', text: 'b'}).matrix.editor).toEqual({text: 'abc', caret: 2});
		expect(step(writing('abc', 3), {type: 'noteErase'}).matrix.editor).toEqual({text: 'ab', caret: 2});
		expect(step(writing('abc', 1), {type: 'noteErase'}).matrix.editor).toEqual({text: 'bc', caret: 0});
		const start = writing('abc', 0);
		expect(step(start, {type: 'noteErase'})).toBe(start);
		expect(step(writing('表🚀x', 3), {type: 'noteCaret', by: -2}).matrix.editor).toEqual({text: '表🚀x', caret: 1});
		expect(step(writing('ab', 1), {type: 'noteCaret', by: 9}).matrix.editor).toEqual({text: 'ab', caret: 2});
		expect(step(writing('ab', 1), {type: 'noteCaret', by: -9}).matrix.editor).toEqual({text: 'ab', caret: 0});
	});

	test('stops at the note’s limit', () => {
		const full = 'x'.repeat(noteLimit - 1);
		expect(step(writing(full, 3), {type: 'noteType', text: 'abc'}).matrix.editor).toEqual({
			text: `xxxa${'x'.repeat(noteLimit - 4)}`,
			caret: 4,
		});
		expect(step(writing(`${full}x`, 0), {type: 'noteType', text: 'a'}).matrix.editor?.caret).toBe(0);
	});

	test('other keys wait while writing; quit and suspend do not', () => {
		const state = writing('ab', 2);
		expect(step(state, {type: 'score', score: 3})).toBe(state);
		expect(step(state, {type: 'cursor', by: 1})).toBe(state);
		expect(decisionView(state, {type: 'quit', code: 130}, extentOf(3), reduce)).toBeUndefined();
		expect(decisionView(state, {type: 'suspend'}, extentOf(3), reduce)).toBeUndefined();
	});

	test('Enter keeps the note on the cell; with no cell there, it only closes', () => {
		const kept = step(writing('mine', 4), {type: 'noteDone'});
		expect(kept.matrix.editor).toBeUndefined();
		expect(kept.decision.rows.get(rows[1]?.key ?? '')?.cells).toEqual({a: {note: 'mine'}});
		const none = reduce(writing('mine', 4), {type: 'noteDone'}, extentOf(3, {rows: []}));
		expect(none.matrix).toEqual({row: 1, column: 0, scroll: 0});
		expect(none.decision).toBe(emptyDecision);
	});
});

describe('the pane at every height', () => {
	const decided = withWeight(
		withScore(withNote(emptyDecision, rows[0] ?? rows[1]!, 'b', 'mine'), rows[0]!, 'a', 4),
		rows[1]!,
		0,
	);
	const pane = (height: number, width = 60, matrix: Partial<MatrixState> = {}) =>
		decisionPane({document, state: at(matrix, {decision: decided}), view, width, height, ascii: false});
	const text = (height: number, width = 60, matrix: Partial<MatrixState> = {}) =>
		pane(height, width, matrix).lines.map(lineText);

	test('3 lines: the verdict on one line, then rows', () => {
		expect(text(3)).toEqual([
			'Verdict 1 Alpha 80% · Beta not scored',
			'Part 1',
			'▶ Row 1.1   █░░░░   4 a11                - ✎ mine',
		]);
		expect(pane(3).extent.page).toBe(2);
	});

	test('7 lines: the one-line verdict, the names, rows', () => {
		const lines = text(7);
		expect(lines[0]).toBe('Verdict 1 Alpha 80% · Beta not scored');
		expect(lines[1]).toMatch(/^ +weight {2}Alpha +Beta$/);
		expect(lines.slice(2)).toHaveLength(5);
		expect(pane(7).extent.page).toBe(5);
	});

	test('9 lines: and the cell in full on one line', () => {
		const lines = text(9);
		expect(lines[0]).toBe('Verdict 1 Alpha 80% · Beta not scored');
		expect(lines.at(-1)).toBe('Part 1 › Row 1.1 › Alpha: a11');
		expect(pane(9).extent.page).toBe(6);
	});

	test('10 lines: the whole verdict when it leaves the rows three lines', () => {
		expect(text(10)[0]).toBe('Verdict');
		expect(pane(10).extent.page).toBe(3);
	});

	test('12 lines: the whole verdict, the names, rows, the cell in full on two lines', () => {
		expect(text(12)).toEqual([
			'Verdict',
			' 1  Alpha     80%      █████████████████░░░░  coverage 14.3%',
			' -  Beta   not scored',
			'Alpha is the only subject scored (80%). Beta is not scored.',
			'',
			'            weight  Alpha                Beta',
			'Part 1',
			'▶ Row 1.1   █░░░░   4 a11                - ✎ mine',
			'  Row 1.2   ░░░░░   - a12                - b12',
			'  Row 1.3   █░░░░   - a13                - b13',
			'Part 1 › Row 1.1 › Alpha: a11',
			'score 4 · weight 1 · a: write a note',
		]);
		expect(pane(12).where).toBe('Decision  row 1/8');
	});

	test('the cell in full: a silent cell, a note, a row left out, in ASCII', () => {
		const on = (matrix: Partial<MatrixState>, ascii = false) =>
			decisionPane({document, state: at(matrix, {decision: decided}), view, width: 60, height: 12, ascii})
				.lines.slice(-2)
				.map(lineText);
		expect(on({column: 1})).toEqual([
			'Part 1 › Row 1.1 › Beta: not stated in the source',
			'not scored · weight 1 · ✎ mine',
		]);
		expect(on({column: 1}, true)).toEqual([
			'Part 1 › Row 1.1 › Beta: not stated in the source',
			'not scored · weight 1 · you: mine',
		]);
		expect(on({row: 1, column: 1})).toEqual([
			'Part 1 › Row 1.2 › Beta: b12',
			'not scored · weight 0 (left out) · a: write a note',
		]);
		const emptySilent = decisionPane({document, state: at({column: 1}), view, width: 80, height: 12, ascii: false});
		expect(lineText(emptySilent.lines.at(-1) ?? [])).toBe(
			'not scored · weight 1 · a: fill it in with a note of your own',
		);
		const roles = pane(12, 60, {column: 1}).lines.at(-1) ?? [];
		expect(roles.find((piece) => piece.text === '✎ mine')?.role).toBe(Role.own);
	});

	test('words of the verdict past two lines end in an ellipsis', () => {
		const lines = text(14, 24);
		expect(lines.slice(3, 6)).toEqual(['Alpha is the only', 'subject scored (80%). …', '']);
	});

	test('a click on a row picks its cell; on a title, the names, past the rows or left of the cells, the column stays', () => {
		const shown = pane(12);
		const line = 7;
		expect(shown.click(27, line)).toEqual([{type: 'pickCell', row: 0, column: 0}]);
		expect(shown.click(49, line + 1)).toEqual([{type: 'pickCell', row: 1, column: 1}]);
		expect(shown.click(3, line + 2)).toEqual([{type: 'pickCell', row: 2, column: 0}]);
		expect(shown.click(27, 6)).toEqual([]);
		expect(shown.click(27, 5)).toEqual([]);
		expect(shown.click(27, 10)).toEqual([]);
		expect(shown.click(27, 2)).toEqual([]);
		expect(pane(12, 60, {scroll: 1, row: 1}).click(27, 6)).toEqual([{type: 'pickCell', row: 0, column: 0}]);
		expect(pane(12, 60, {column: 1}).click(3, line)).toEqual([{type: 'pickCell', row: 0, column: 1}]);
	});

	test('the note editor in the footer keeps its caret in view', () => {
		const editing = (text: string, caret: number, width = 40) =>
			decisionPane({document, state: at({editor: {text, caret}}), view, width, height: 12, ascii: false}).editor ?? [];
		const short = editing('ab', 1);
		expect(short.map((piece) => piece.text)).toEqual(['✎ note: ', 'a', 'b', '']);
		expect(short[2]?.role).toBe(Role.own | Role.selected);
		// 40 columns less "Decision  row 1/8" and 3: 20, of which the label takes 8.
		const long = editing('abcdefghijklmnopqrstuvwxyz', 26);
		expect(long.map((piece) => piece.text)).toEqual(['✎ note: ', 'pqrstuvwxyz', ' ', '']);
		const middle = editing('abcdefghijklmnopqrstuvwxyz', 3);
		expect(middle.map((piece) => piece.text)).toEqual(['✎ note: ', 'abc', 'd', 'efghijkl']);
		const wide = editing('表表表表表表表表', 8);
		expect(wide.map((piece) => piece.text)).toEqual(['✎ note: ', '表表表表表', ' ', '']);
		const ascii = decisionPane({
			document,
			state: at({editor: {text: '', caret: 0}}),
			view,
			width: 40,
			height: 12,
			ascii: true,
		}).editor;
		expect(ascii?.[0]?.text).toBe('you: note: ');
	});
});

describe('the pane’s edges', () => {
	const paneOf = (state: BrowserState, height: number, width = 60, of = comparison) =>
		decisionPane({document: documentOf(of), state, view: defaultView(of), width, height, ascii: false});

	test('kept in range when only one of row, column or scroll is out of it', () => {
		const extent = extentOf(3).decision as DecisionExtent;
		expect(fitMatrix({row: 9, column: 0, scroll: 0}, extent)).toEqual({row: 7, column: 0, scroll: 0});
		expect(fitMatrix({row: 0, column: 4, scroll: 0}, extent)).toEqual({row: 0, column: 1, scroll: 0});
		expect(fitMatrix({row: 0, column: 0, scroll: 9}, extent)).toEqual({row: 0, column: 0, scroll: 8});
	});

	test('a message instead of the matrix fills the pane exactly', () => {
		const none: Comparison = {title: 'None', subjects: [], sections: [{id: 'a', title: 'A'}]};
		const shown = paneOf(at({}), 6, 40, none);
		expect(shown.lines).toHaveLength(6);
		expect(shown.lines.slice(-1)).toEqual([[]]);
		expect(shown.where).toBe('Decision');
		expect(shown.click(3, 1)).toEqual([]);
		expect(paneOf(at({}), 2, 40, none).lines).toHaveLength(2);
		const bare: Comparison = {...comparison, sections: [{id: 'a', title: 'A'}]};
		expect(lineText(paneOf(at({}), 4, 80, bare).lines[0] ?? [])).toBe(
			'No row to score: this comparison has no tables of its subjects.',
		);
		const agreeing: Comparison = {
			...comparison,
			sections: [{id: 'a', title: 'A', table: {rows: [{criterion: 'Same', cells: {a: 'x', b: 'x'}}]}}],
		};
		const hidden = decisionPane({
			document: documentOf(agreeing),
			state: at({}, {differences: true}),
			view: {...defaultView(agreeing), differencesOnly: true},
			width: 100,
			height: 4,
			ascii: false,
		});
		expect(lineText(hidden.lines[0] ?? [])).toBe(
			'No row to score: every row where the shown subjects agree is hidden (d shows them).',
		);
	});

	test('rows no longer in the comparison, and none in it: they are listed, nothing to put the cursor on', () => {
		const bare: Comparison = {...comparison, sections: [{id: 'a', title: 'A'}]};
		const decision = withScore(emptyDecision, {section: 'a', criterion: 'Gone', occurrence: 1}, 'a', 2);
		const shown = paneOf(at({}, {decision}), 8, 60, bare);
		expect(shown.lines.map(lineText)).toContain('  a › Gone · weight 1 · Alpha 2');
		expect(shown.where).toBe('Decision');
		expect(shown.lines).toHaveLength(8);
	});

	test('8 lines: the cell in full takes one; 2 lines: rows only', () => {
		const eight = paneOf(at({}), 8).lines.map(lineText);
		expect(eight.at(-1)).toBe('Part 1 › Row 1.1 › Alpha: a11');
		expect(paneOf(at({}), 7).lines.map(lineText).at(-1)).not.toContain('›');
		expect(paneOf(at({}), 2).lines.map(lineText)).toEqual([
			'Part 1',
			'▶ Row 1.1   █░░░░   - a11                - not stated',
		]);
		expect(paneOf(at({}), 1).lines.map(lineText)).toEqual(['Part 1']);
	});

	test('a pane taller than the matrix: the rows, blank lines, then the cell in full at the bottom', () => {
		const shown = paneOf(at({}), 30).lines.map(lineText);
		expect(shown).toHaveLength(30);
		expect(shown.slice(-4)).toEqual([
			'',
			'',
			'Part 1 › Row 1.1 › Alpha: a11',
			'not scored · weight 1 · a: write a note',
		]);
	});

	test('the one-line verdict marks what is not scored as muted', () => {
		const line = paneOf(at({}, {decision: withScore(emptyDecision, rows[0]!, 'a', 1)}), 3).lines[0] ?? [];
		expect(line.find((piece) => piece.text === ' 20%')?.role).toBe(Role.none);
		expect(line.find((piece) => piece.text === ' not scored')?.role).toBe(Role.muted);
		const detail = paneOf(at({}, {decision: withScore(emptyDecision, rows[0]!, 'a', 1)}), 12).lines.at(-1) ?? [];
		expect(detail[0]).toEqual({text: 'score 1', role: Role.strong});
		expect((paneOf(at({}), 12).lines.at(-1) ?? [])[0]).toEqual({text: 'not scored', role: Role.muted});
	});

	test('a click: the first column of a cell is the cell’s; the names’ line and the lines below the rows are no cell', () => {
		const scrolled = paneOf(at({row: 2, scroll: 2}), 12);
		const names = scrolled.lines.findIndex((line) => lineText(line).includes('weight'));
		const start = lineText(scrolled.lines[names] ?? []).indexOf('Alpha');
		expect(start).toBeGreaterThan(0);
		expect(scrolled.click(start, names + 1)).toEqual([{type: 'pickCell', row: 1, column: 0}]);
		expect(scrolled.click(start - 1, names + 1)).toEqual([{type: 'pickCell', row: 1, column: 0}]);
		expect(scrolled.click(start, names)).toEqual([]);
		// Below the page, the cell in full: the rows further down the matrix are not there to click.
		expect(scrolled.click(start, names + 1 + scrolled.extent.page)).toEqual([]);
	});
});
