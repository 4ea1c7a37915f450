// The decision matrix (D) as the reader drives it: keys in, frames out, through the same keymap,
// reducer and frame the browser uses.
import {describe, expect, test} from 'vitest';
import type {Document} from '../layout/document.js';
import {lineText, lineWidth, Role} from '../layout/styled.js';
import {cellOf, type Decision, emptyDecision, rowKey, weightOf, withNote, withScore} from '../model/decision.js';
import type {Comparison} from '../model/schema.js';
import {bundledDocument, documentOf, tiny} from '../test-support/fixtures.js';
import {expectGolden} from '../test-support/golden.js';
import {commandFor} from './keymap.js';
import {applyCommands, type Frame, frame, helpLines, LayoutCache, type Size} from './screen.js';
import {type BrowserState, initialState, keyContext, type Start} from './state.js';

const bundled = bundledDocument();
const throughput = {section: 'performance', criterion: 'Throughput', occurrence: 1};
const standing = {section: 'summary', criterion: 'Standing', occurrence: 1};

/** A browser on a document, driven by key names as the terminal gives them. */
function browser(document: Document = bundled, size: Size = {columns: 100, rows: 30}, start: Partial<Start> = {}) {
	const cache = new LayoutCache(document);
	const order = document.comparison.subjects.map((subject) => subject.id);
	let shown: Frame = frame({cache, size, ascii: false, state: initialState({order, ...start})});
	const api = {
		press(...keys: string[]) {
			for (const key of keys) {
				const command = commandFor(key, keyContext(shown.state));
				if (!command) continue;
				const {state} = applyCommands({cache, size, ascii: false, state: shown.state}, shown.extent, [command]);
				shown = frame({cache, size, ascii: false, state});
			}
			return api;
		},
		click(column: number, row: number) {
			const {state} = applyCommands(
				{cache, size, ascii: false, state: shown.state},
				shown.extent,
				shown.click(column, row),
			);
			shown = frame({cache, size, ascii: false, state});
			return api;
		},
		get state(): BrowserState {
			return shown.state;
		},
		get frame(): Frame {
			return shown;
		},
		get text(): string[] {
			return shown.lines.map(lineText);
		},
		get decision(): Decision {
			return shown.state.decision;
		},
	};
	return api;
}

const footer = (lines: readonly string[]) => lines.at(-1) ?? '';

describe('the decision matrix', () => {
	test('D opens it: the verdict at the top, the names, the rows under their sections, the cell in full, its keys', () => {
		const view = browser().press('D');
		expect(view.state.overlay).toBe('decision');
		// The parts by their shape (the keys' tests below check what they do); the bundled
		// comparison's frame is pinned whole.
		expect(view.text[3]).toMatch(/^Verdict {3}score: weight × score/);
		expect(view.text.slice(4, 7)).toEqual(
			bundled.comparison.subjects.map((subject) =>
				expect.stringMatching(new RegExp(`^ - {2}${subject.name} +not scored$`)),
			),
		);
		expect(view.text.find((line) => line.startsWith('▶ '))).toMatch(/^▶ Standing +█░░░░ +- /);
		expect(view.text.at(-3)).toMatch(/^Summary › Standing › FastAPI: /);
		expect(footer(view.text)).toMatch(/^↑↓←→ cell .* Decision {2}row 1\/\d+$/);
		expectGolden(view.text.join('\n'), new URL('testdata/decision-100x30.golden', import.meta.url));
		for (const line of view.frame.lines) expect(lineWidth(line)).toBeLessThanOrEqual(100);
	});

	test('0…5 score the cell under the cursor and the verdict follows as they are typed; x clears', () => {
		const view = browser().press('D', '4');
		expect(cellOf(view.decision, rowKey(standing), 'fastapi')).toEqual({score: 4});
		expect(view.text[4]).toMatch(/^ 1 {2}FastAPI {10}80% {6}█+░+ {2}coverage 3\.7%$/);
		expect(view.text[7]).toBe('FastAPI is the only subject scored (80%). Litestar and Django Ninja are not scored.');
		view.press('l', '5');
		expect(view.text[7]).toBe('Litestar leads at 100%, 20 points ahead of FastAPI (80%). Django Ninja is not scored.');
		view.press('right', '4');
		expect(view.text.slice(7, 9)).toEqual([
			'Litestar leads at 100%, 20 points ahead of FastAPI and Django Ninja (80%). FastAPI and Django Ninja',
			'tie at 80%.',
		]);
		view.press('x');
		expect(cellOf(view.decision, rowKey(standing), 'django-ninja')).toEqual({});
		const row = view.text.find((line) => line.startsWith('▶ Standing')) ?? '';
		expect(row).toContain('4 Preferred');
		expect(row).toContain('5 Too few');
	});

	test('+ and - weigh the row, from 0 to 5, drawn as a bar; 0 leaves it out', () => {
		const view = browser().press('D', '+', '+', '=', '+', '+', '+');
		const row = () => view.text.find((line) => line.startsWith('▶ Standing')) ?? '';
		expect(weightOf(view.decision, rowKey(standing))).toBe(5);
		expect(row()).toContain(' █████ ');
		view.press('-', '-', '-', '-', '-', '-');
		expect(weightOf(view.decision, rowKey(standing))).toBe(0);
		expect(row()).toContain(' ░░░░░ ');
		expect(view.text.at(-2)).toBe('not scored · weight 0 (left out) · a: write a note');
	});

	test('the cursor moves by arrows and h j k l, stops at the edges, and the page follows it', () => {
		const view = browser().press('D', 'h', 'k', 'up', 'left');
		expect(view.state.matrix).toMatchObject({row: 0, column: 0});
		view.press('l', 'l', 'l', 'l');
		expect(view.state.matrix.column).toBe(2);
		view.press(...Array.from({length: 40}, () => 'j'));
		expect(view.state.matrix.row).toBe(26);
		expect(footer(view.text)).toContain('Decision  row 27/27');
		expect(view.text.some((line) => line.startsWith('▶ Main weakness'))).toBe(true);
		view.press('g');
		expect(view.state.matrix).toMatchObject({row: 0, scroll: 0});
		view.press('G');
		expect(view.state.matrix.row).toBe(26);
		view.press('home', 'down');
		expect(view.state.matrix.row).toBe(1);
	});

	test('PgDn and PgUp move a page of rows; the wheel scrolls and keeps the cursor on the page', () => {
		const view = browser().press('D', 'pagedown');
		const after = view.state.matrix.row;
		expect(after).toBeGreaterThan(5);
		expect(view.text.some((line) => line.startsWith('▶ '))).toBe(true);
		view.press('pageup');
		expect(view.state.matrix.row).toBeLessThan(after);
		expect(view.state.matrix.row).toBeLessThanOrEqual(1);
		const wheel = browser().press('D');
		const {state} = applyCommands(
			{cache: new LayoutCache(bundled), size: {columns: 100, rows: 30}, ascii: false, state: wheel.state},
			wheel.frame.extent,
			[{type: 'scroll', lines: 9}],
		);
		expect(state.matrix.scroll).toBe(9);
		// The first row on the page now: the cursor came with it.
		expect(state.matrix.row).toBeGreaterThan(0);
	});

	test('a writes a note in a one-line editor: typing, ← →, Backspace; Enter keeps, Esc drops', () => {
		const view = browser().press('D', 'l', 'a');
		expect(keyContext(view.state)).toBe('note');
		expect(footer(view.text)).toMatch(/^✎ note: +Enter keep {2}Esc drop +Decision {2}row 1\/27$/);
		// q and D are text here; Ctrl-C would still quit.
		view.press('q', 'D', 'space', '表', 'left', 'left', 'X', 'backspace', 'backspace', 'right', 'right', 'right', '!');
		expect(view.state.matrix.editor).toEqual({text: 'q 表!', caret: 4});
		expect(commandFor('ctrl-c', 'note')).toEqual({type: 'quit', code: 130});
		view.press('return');
		expect(cellOf(view.decision, rowKey(standing), 'litestar')).toEqual({note: 'q 表!'});
		expect(view.text.at(-2)).toBe('not scored · weight 1 · ✎ q 表!');
		// Again: it starts from the note; Esc drops what was typed.
		view.press('a', 'backspace', 'escape');
		expect(view.state.matrix.editor).toBeUndefined();
		expect(cellOf(view.decision, rowKey(standing), 'litestar')).toEqual({note: 'q 表!'});
		expect(view.state.overlay).toBe('decision');
		// An empty note removes it.
		view.press('a', 'backspace', 'backspace', 'backspace', 'backspace', 'return');
		expect(cellOf(view.decision, rowKey(standing), 'litestar')).toEqual({});
	});

	test('pasted text goes in as text, at the caret, as one line', () => {
		const view = browser().press('D', 'a');
		const cache = new LayoutCache(bundled);
		const size = {columns: 100, rows: 30};
		const {state} = applyCommands({cache, size, ascii: false, state: view.state}, view.frame.extent, [
			{type: 'noteType', text: 'pasted q words'},
			{type: 'noteDone'},
		]);
		expect(cellOf(state.decision, rowKey(standing), 'fastapi')).toEqual({note: 'pasted q words'});
		expect(state.overlay).toBe('decision');
	});

	test('a note on a cell the source is silent on fills it in: the matrix and the section’s table show it as the reader’s', () => {
		const view = browser().press('D');
		// Concurrency model, Litestar: not stated.
		view.press('j', 'l', 'a', 'a', 's', 'y', 'n', 'c', 'return');
		const row = view.frame.lines.find((line) => lineText(line).startsWith('▶ Concurrency model'));
		const own = (row ?? []).filter((piece) => piece.role & Role.own).map((piece) => piece.text);
		expect(own.join('')).toBe('✎ async');
		view.press('escape');
		expect(view.state.overlay).toBeUndefined();
		const table = view.text.find((line) => line.startsWith('Concurrency'));
		expect(table).toContain('✎ async');
		expect(view.text.join('\n')).not.toContain('Concurrency │ Asynchronous, │ not stated');
	});

	test('Enter opens the row in its section as the evidence view does; D comes back to the same cell', () => {
		const view = browser().press('D', ...Array.from({length: 9}, () => 'j'), 'l');
		expect(view.text.some((line) => line.startsWith('▶ Throughput'))).toBe(true);
		view.press('return');
		expect(view.state.overlay).toBeUndefined();
		expect(view.state.section).toBe(2);
		expect(view.text.some((line) => line.startsWith('Throughput'))).toBe(true);
		// The same as the evidence view's Enter on that row.
		const evidence = browser().press('e', ...Array.from({length: 9}, () => 'j'), 'return');
		expect(evidence.state).toMatchObject({section: view.state.section, scroll: view.state.scroll});
		view.press('D');
		expect(view.state.matrix).toMatchObject({row: 9, column: 1});
	});

	test('Esc, q and D close it, and keep what was decided', () => {
		for (const key of ['escape', 'q', 'D']) {
			const view = browser().press('D', '3', key);
			expect(view.state.overlay).toBeUndefined();
			expect(cellOf(view.decision, rowKey(standing), 'fastapi').score).toBe(3);
		}
	});

	test('follows the subjects shown: hidden ones are no column and no line of the verdict', () => {
		const view = browser(
			bundled,
			{columns: 100, rows: 30},
			{order: ['litestar', 'fastapi', 'django-ninja'], hidden: ['django-ninja']},
		);
		view.press('D', 'l', 'l', '2');
		expect(view.text.find((line) => /^ +weight/.test(line))).toMatch(/^ +weight {2}Litestar +FastAPI$/);
		expect(view.text.slice(4, 6).join('\n')).not.toContain('Django');
		expect(cellOf(view.decision, rowKey(standing), 'fastapi').score).toBe(2);
	});

	test('a decision kept from before is there at start; a notice about its file shows in the first frame', () => {
		const decision = withScore(withNote(emptyDecision, throughput, 'litestar', 'kept'), standing, 'fastapi', 5);
		const view = browser(bundled, {columns: 100, rows: 30}, {decision, notice: 'the decision file could not be read'});
		expect(footer(view.text)).toContain('the decision file could not be read');
		view.press('D');
		expect(view.text[4]).toMatch(/^ 1 {2}FastAPI {9}100%/);
		expect(footer(view.text)).not.toContain('could not be read');
	});

	test('a click on a cell puts the cursor there', () => {
		const view = browser().press('D');
		const line = view.text.findIndex((text) => text.startsWith('  Development time saved'));
		const column = (view.text[line] ?? '').indexOf('not stated');
		view.click(column, line);
		expect(view.state.matrix).toMatchObject({row: 2, column: 1});
		view.click(3, line - 1);
		expect(view.state.matrix).toMatchObject({row: 1, column: 1});
		// A section's title is no cell.
		view.click(3, line - 3);
		expect(view.state.matrix).toMatchObject({row: 1, column: 1});
	});

	test('every frame fits, from 20×6 up, the cursor always on the page', () => {
		for (const [columns, rows] of [
			[20, 6],
			[20, 8],
			[24, 12],
			[40, 10],
			[60, 20],
			[80, 24],
			[132, 50],
		] as const) {
			const view = browser(bundled, {columns, rows}).press('D', '3', 'l', 'a', 'x', 'y', 'return');
			for (let step = 0; step < 30; step++) {
				view.press(step % 7 === 0 ? 'pagedown' : 'j', step % 5 === 0 ? '+' : 'l', String(step % 6));
				expect(view.frame.lines.length, `${columns}×${rows}`).toBeLessThanOrEqual(rows);
				for (const line of view.frame.lines)
					expect(lineWidth(line), `${columns}×${rows}: ${lineText(line)}`).toBeLessThanOrEqual(columns);
				expect(
					view.text.some((line) => line.startsWith('▶') || line.startsWith('>')),
					`${columns}×${rows}`,
				).toBe(true);
			}
		}
	});

	test('a document without subjects has nothing to decide between, and says so', () => {
		const none: Comparison = {title: 'No subjects', subjects: [], sections: [{id: 'a', title: 'A', body: 'Text.'}]};
		const view = browser(documentOf(none)).press('D');
		expect(view.text.join(' ')).toContain('This document names no subjects, so there is nothing to decide between.');
		view.press('3', 'a');
		expect(footer(view.text)).toContain('nothing to score');
		expect(view.state.decision).toBe(emptyDecision);
	});

	test('a comparison without tables has no row to score, and says so', () => {
		const bare = tiny(
			[
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			[],
		);
		const view = browser(documentOf(bare)).press('D', 'return', '+');
		expect(view.text).toContain('No row to score: this comparison has no tables of its subjects.');
		expect(view.state.overlay).toBe('decision');
	});

	test('the help lists its keys', () => {
		const help = helpLines(100).map(lineText);
		const at = help.indexOf('In the decision matrix (D)');
		expect(at).toBeGreaterThan(0);
		expect(help.slice(at, at + 14).join('\n')).toMatch(/0…5 +score the cell: 0 fails the need, 5 serves it best/);
		expect(help).toContain('While writing a note (a, in the decision matrix)');
		expect(help.some((line) => /^ {2}D +decide: weigh the criteria/.test(line))).toBe(true);
	});
});
