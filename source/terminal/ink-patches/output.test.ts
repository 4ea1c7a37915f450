import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
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
	prefix: (line) => `»${line}`,
};

// Text made of what frames are made of: narrow and wide characters, combining marks, styles and
// links. No full reset (ESC [0m): the two tokenizers disagree on whether it ends a link (it does
// not, in a terminal), which is the tokenizer's business, not the grid's.
const piece = fc.constantFrom(
	'a',
	'b',
	' ',
	'  ',
	'表',
	'🚀',
	'e\u0301',
	'│',
	'▶',
	'\u001b[1m',
	'\u001b[22m',
	'\u001b[7m',
	'\u001b[27m',
	'\u001b[31m',
	'\u001b[39m',
	'\u001b]8;;https://x.example\u0007',
	linkEnd,
);
const line = fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join(''));
const text = fc.array(line, {minLength: 1, maxLength: 4}).map((lines) => lines.join('\n'));
const maybe = fc.option(fc.integer({min: -2, max: 14}), {nil: undefined});
const operation = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			type: fc.constant('write' as const),
			x: fc.integer({min: -3, max: 14}),
			y: fc.integer({min: -3, max: 9}),
			text,
			transformers: fc.subarray(Object.keys(transformers)),
		}),
	},
	{weight: 1, arbitrary: fc.record({type: fc.constant('clip' as const), x1: maybe, x2: maybe, y1: maybe, y2: maybe})},
	{weight: 1, arbitrary: fc.constant({type: 'unclip' as const})},
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

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

describe("the stand-in for Ink's output.js", () => {
	test('draws what the original draws, frame after frame (rows are reused between frames)', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 0, max: 12}),
				fc.integer({min: 0, max: 8}),
				fc.array(operation, {maxLength: 10}),
				(width, height, operations) => {
					const theirs = draw(new Original({width, height}), operations).get();
					const ours = draw(new Output({width, height}), operations).get();
					expect(ours.height).toBe(theirs.height);
					expect(screen(ours.output)).toEqual(screen(theirs.output));
					// The same frame again comes from the rows remembered the first time.
					expect(draw(new Output({width, height}), operations).get().output).toBe(ours.output);
				},
			),
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
