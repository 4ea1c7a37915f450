import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import displayWidth from '../../layout/display-width.js';
import {runs} from '../../test-support/runs.js';
import {styledCharsFromTokens, tokenize} from './ansi-tokenize.js';
import Output from './output.js';
import {packageFile} from './upstream.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
/** What Ink's renderer calls on its output grid. */
type Grid = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: Clip): void;
	unclip(): void;
	get(): {output: string; height: number};
};

// Ink's own output.js, with its own tokenizer and string-width: the reference. Ink does not export
// it, so it is loaded from Ink's folder.
const {default: Original} = (await import(pathToFileURL(packageFile('ink/build/output.js')).href)) as {
	default: new (options: {width: number; height: number}) => Grid;
};

// The two tokenizers write the same cells with different escape sequences, so rows are compared
// as what a terminal shows: each cell's text with the set of styles (and link) on it.
const linkEnd = '\u001b]8;;\u0007';
// Unstyled blanks at the end of a row show nothing: Ink trims them, unless (with the original
// tokenizer) an empty link's end code follows them.
const cells = (row: string) => {
	const shown = styledCharsFromTokens(tokenize(row)).map((char) => ({
		value: char.value,
		styles: char.styles
			.map((style) => style.code)
			.filter((code) => code !== linkEnd)
			.sort(),
	}));
	while (shown.at(-1)?.value === ' ' && shown.at(-1)?.styles.length === 0) shown.pop();
	return shown;
};
const screen = (output: string) => output.split('\n').map(cells);

const transformers: Record<string, Transformer> = {
	// Letters only: upper-casing an escape sequence would make it another one.
	upper: (line) => line.replace(/[ab]/g, (letter) => letter.toUpperCase()),
	boldOdd: (line, index) => (index % 2 === 1 ? `\u001b[1m${line}\u001b[22m` : line),
	// Two columns, so that a prefixed line keeps wide characters in even columns.
	prefix: (line) => `»»${line}`,
};

// Text made of what frames are made of: narrow and wide characters, combining marks, styles and
// links. No full reset (ESC [0m): the two tokenizers disagree on whether it ends a link (it does
// not, in a terminal), which is the tokenizer's business, not the grid's.
const codes = [
	'\u001b[1m',
	'\u001b[22m',
	'\u001b[7m',
	'\u001b[27m',
	'\u001b[31m',
	'\u001b[39m',
	'\u001b[41m',
	'\u001b[49m',
	'\u001b]8;;https://x.example\u0007',
	linkEnd,
];
const narrow = ['a', 'b', ' ', 'e\u0301', '│', '▶'];
const wide = ['表', '🚀'];

type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: string[]}
	| {type: 'clip'; x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined}
	| {type: 'unclip'};

/** Frames of writes, clips and unclips, from pieces of text, columns and rows. */
function frames(
	pieces: readonly string[],
	column: fc.Arbitrary<number>,
	row: fc.Arbitrary<number>,
	transformerNames: readonly string[],
): fc.Arbitrary<{width: number; height: number; operations: Operation[]}> {
	const line = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''));
	const text = fc.array(line, {minLength: 1, maxLength: 4}).map((lines) => lines.join('\n'));
	const bound = (value: fc.Arbitrary<number>) => fc.option(value, {nil: undefined});
	const operation: fc.Arbitrary<Operation> = fc.oneof(
		{
			weight: 4,
			arbitrary: fc.record({
				type: fc.constant('write' as const),
				x: column,
				y: row,
				text,
				transformers: fc.subarray([...transformerNames]),
			}),
		},
		{
			weight: 1,
			arbitrary: fc.record({
				type: fc.constant('clip' as const),
				x1: bound(column),
				x2: bound(column),
				y1: bound(row),
				y2: bound(row),
			}),
		},
		{weight: 1, arbitrary: fc.constant({type: 'unclip' as const})},
	);
	return fc.record({
		width: fc.integer({min: 0, max: 12}),
		height: fc.integer({min: 0, max: 8}),
		operations: fc.array(operation, {maxLength: 10}),
	});
}

const allTransformers = Object.keys(transformers);
// Frames that Ink 6.8 draws right, as nothing in them can split a wide character: either there are
// none, or every write, clip edge and piece of text is an even number of columns.
const withoutSplits = fc.oneof(
	frames([...narrow, ...codes], fc.integer({min: -3, max: 14}), fc.integer({min: -3, max: 9}), allTransformers),
	frames(
		['ab', '  ', 'e\u0301b', '│▶', ...wide, ...codes],
		fc.integer({min: -2, max: 7}).map((half) => half * 2),
		fc.integer({min: -3, max: 9}),
		allTransformers,
	),
);
// Frames with wide characters anywhere, in the grid (from its top left corner on), with the one
// transformer that keeps every character in its column.
const inGrid = frames([...narrow, ...wide, ...codes], fc.integer({min: 0, max: 14}), fc.integer({min: 0, max: 9}), [
	'upper',
]);

function draw<T extends Grid>(target: T, operations: readonly Operation[]): T {
	for (const op of operations) {
		if (op.type === 'write') {
			target.write(op.x, op.y, op.text, {
				transformers: op.transformers.map((name) => transformers[name] as Transformer),
			});
		} else if (op.type === 'clip') {
			target.clip({x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2});
		} else {
			target.unclip();
		}
	}
	return target;
}

/** A cell of the terminal below: a character, or the first or second cell of a wide one. */
type TerminalCell = {value: string; styles: string[]; part: 'whole' | 'first' | 'second'};

/**
 * What a terminal shows after a frame's writes, for frames drawn in the grid (rows from 0, columns
 * from 0) with transformers that keep columns: each character is put in its cells, clipped to the
 * innermost clip, as a terminal puts it. Writing over one cell of a wide character blanks the
 * other, in its styles (terminals do this, and no terminal shows half of a wide character); a
 * clip edge through one leaves a blank for the cell inside.
 */
function terminal(width: number, height: number, operations: readonly Operation[]) {
	const blankCell: TerminalCell = {value: ' ', styles: [], part: 'whole'};
	const grid = Array.from({length: height}, () => new Array<TerminalCell>(width).fill(blankCell));
	const blankOf = (cell: TerminalCell): TerminalCell => ({value: ' ', styles: cell.styles, part: 'whole'});
	const put = (cells: TerminalCell[], column: number, cell: TerminalCell, cellWidth: number) => {
		const first = cells[column - 1];
		if (cells[column]?.part === 'second' && first?.part === 'first') cells[column - 1] = blankOf(first);
		const second = cells[column + cellWidth];
		if (cells[column + cellWidth - 1]?.part === 'first' && second) cells[column + cellWidth] = blankOf(second);
		cells[column] = {...cell, part: cellWidth > 1 ? 'first' : 'whole'};
		for (let index = 1; index < cellWidth; index++) cells[column + index] = {...cell, value: '', part: 'second'};
	};
	const clips: Operation[] = [];
	for (const op of operations) {
		if (op.type === 'clip') clips.push(op);
		if (op.type === 'unclip') clips.pop();
		if (op.type !== 'write') continue;
		const clip = clips.at(-1);
		const within = (value: number, low: number | undefined, high: number | undefined) =>
			low === undefined || high === undefined || (value >= low && value < high);
		const columnShown = (column: number) => clip?.type !== 'clip' || within(column, clip.x1, clip.x2);
		const rowShown = (row: number) => clip?.type !== 'clip' || within(row, clip.y1, clip.y2);
		op.text.split('\n').forEach((text, index) => {
			const cells = grid[op.y + index];
			if (!cells || !rowShown(op.y + index)) return;
			let line = text;
			for (const name of op.transformers) line = (transformers[name] as Transformer)(line, index);
			let column = op.x;
			for (const char of styledCharsFromTokens(tokenize(line))) {
				const cellWidth = Math.max(1, displayWidth(char.value));
				const cell: TerminalCell = {
					value: char.value,
					styles: char.styles.map((style) => style.code).filter((code) => code !== linkEnd),
					part: 'whole',
				};
				const shown = Array.from({length: cellWidth}, (_, offset) => column + offset).filter(columnShown);
				if (shown.length === cellWidth) put(cells, column, cell, cellWidth);
				else for (const at of shown) put(cells, at, blankOf(cell), 1);
				column += cellWidth;
			}
		});
	}
	return grid.map((cells) => {
		const shown = cells
			.filter((cell) => cell.part !== 'second')
			.map((cell) => ({value: cell.value, styles: [...cell.styles].sort()}));
		while (shown.at(-1)?.value === ' ' && shown.at(-1)?.styles.length === 0) shown.pop();
		return shown;
	});
}

describe("the stand-in for Ink's output.js", () => {
	test('draws what the original draws where no wide character is split, frame after frame', () => {
		fc.assert(
			fc.property(withoutSplits, ({width, height, operations}) => {
				const theirs = draw(new Original({width, height}), operations).get();
				const ours = draw(new Output({width, height}), operations).get();
				expect(ours.height).toBe(theirs.height);
				expect(screen(ours.output)).toEqual(screen(theirs.output));
				// The same frame again comes from the rows remembered the first time.
				expect(draw(new Output({width, height}), operations).get().output).toBe(ours.output);
			}),
			{numRuns: runs(400)},
		);
	});

	test('draws what a terminal shows, wide characters written over or clipped included', () => {
		fc.assert(
			fc.property(inGrid, ({width, height, operations}) => {
				const ours = draw(new Output({width, height}), operations).get();
				// A grid of no rows still gives one empty line.
				expect(screen(ours.output).slice(0, height)).toEqual(terminal(width, height, operations));
			}),
			{numRuns: runs(400)},
		);
	});

	test('a browser frame: one line per row, at full width', () => {
		const rows = ['\u001b[1mTitle\u001b[22m', '', 'body │ 表格 🚀', '\u001b[7m Summary 1/7 \u001b[27m'];
		const width = 30;
		const frame = (target: Grid) => {
			rows.forEach((row, y) => {
				target.write(0, y, row, {transformers: []});
			});
			return target.get();
		};
		const theirs = frame(new Original({width, height: rows.length}));
		const ours = frame(new Output({width, height: rows.length}));
		expect(screen(ours.output)).toEqual(screen(theirs.output));
		expect(ours.output.split('\n')[1]).toBe('');
	});
});

/** One row drawn by the stand-in: the writes and clips given, as what a terminal shows. */
function oneRow(width: number, operations: readonly (readonly [number, string] | Clip | 'unclip')[]): string {
	const output = new Output({width, height: 1});
	for (const op of operations) {
		if (op === 'unclip') output.unclip();
		else if (Array.isArray(op)) output.write(op[0], 0, op[1], {transformers: []});
		else output.clip(op as Clip);
	}
	return output.get().output;
}

const plain = (text: string) =>
	styledCharsFromTokens(tokenize(text))
		.map((char) => char.value)
		.join('');
const columns = (x1: number, x2: number): Clip => ({x1, x2, y1: undefined, y2: undefined});
const kana = 'あいうえおかきくけこ';

// Ink 6.8 splits each of these; the row then shifts by a column in a terminal, or grows wider than
// the grid. The first three are Ink 7's own cases.
describe('wide characters are never split', () => {
	test('a write onto the second cell of one blanks its first', () => {
		const row = oneRow(20, [
			[0, kana],
			[9, 'XYZ'],
		]);
		expect(plain(row)).toBe('あいうえ XYZきくけこ');
		expect(displayWidth(row)).toBe(20);
	});

	test('a write ending on the first cell of one blanks its second', () => {
		expect(
			plain(
				oneRow(20, [
					[0, kana],
					[10, 'X'],
				]),
			),
		).toBe('あいうえおX きくけこ');
	});

	test('a wide write over two of them blanks the half of each it leaves', () => {
		expect(
			plain(
				oneRow(20, [
					[0, kana],
					[5, '漢字テスト'],
				]),
			),
		).toBe('あい 漢字テスト けこ');
	});

	test('a write that the clip leaves empty blanks nothing', () => {
		expect(plain(oneRow(4, [[0, 'あい'], columns(1, 4), [0, 'Z'], 'unclip']))).toBe('あい');
	});

	test('a clip edge through one leaves a blank for the cell inside, and the rest in their columns', () => {
		expect(plain(oneRow(8, [columns(1, 5), [0, '表表表'], 'unclip', [5, '|']]))).toBe('  表 |');
		expect(plain(oneRow(8, [columns(0, 3), [0, '🚀🚀'], 'unclip', [3, '|']]))).toBe('🚀 |');
	});

	test('one whose first cell is left of the grid leaves a blank in its second', () => {
		expect(plain(oneRow(8, [[-1, '表ab']]))).toBe(' ab');
	});

	test('the blank keeps the styles of the character it was, a background colour included', () => {
		const row = oneRow(6, [
			[0, '\u001b[41m表\u001b[49m'],
			[1, 'x'],
		]);
		expect(cells(row)).toEqual([
			{value: ' ', styles: ['\u001b[41m']},
			{value: 'x', styles: []},
		]);
	});
});
