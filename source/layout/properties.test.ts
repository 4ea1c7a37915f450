// Property-based tests: generated comparison files, valid and broken, through the same functions
// the CLI runs (in-process, for a thousand cases and more per run; cli.test.ts and hostile.test.ts
// run samples through the built CLI itself).

import fc from 'fast-check';
import {Lexer} from 'marked';
import {describe, expect, test} from 'vitest';
import {loadComparison} from '../input/load.js';
import {parseMarkdown} from '../markdown/markdown-parse.js';
import {DataError} from '../model/errors.js';
import {defaultView} from '../model/view.js';
import {breakages, comparison, deepMarkdown, innermost} from '../test-support/arbitraries.js';
import {documentOf} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {documentLines} from './document.js';
import {layoutBlocks} from './markdown.js';
import {renderLines, toJson, toMarkdown} from './render-text.js';
import {lineText, lineWidth} from './styled.js';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** What the CLI prints for bad data: one line, naming the file, with no stack trace. */
function expectOneClearLine(error: unknown, file: string): void {
	expect(error).toBeInstanceOf(DataError);
	const message = (error as Error).message;
	expect(message.startsWith(`${file}:`)).toBe(true);
	expect(message).not.toContain('\n');
	expect(message).not.toMatch(/\bat .*:\d+:\d+/);
	expect(message).not.toMatch(unsafe);
}

describe('generated valid comparisons', () => {
	test('load, and render in every format at widths from 20 to 200 with no line too wide and no control character', () => {
		fc.assert(
			fc.property(
				comparison,
				fc.array(fc.integer({min: 20, max: 200}), {minLength: 2, maxLength: 2}),
				(data, widths) => {
					const loaded = loadComparison(encode(data), 'generated.json');
					const document = documentOf(loaded);
					const view = defaultView(loaded);
					for (const width of [20, 200, ...widths]) {
						const lines = documentLines(document, loaded.sections, {width, view});
						for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
						expect(renderLines(lines, {color: 'none'})).not.toMatch(unsafe);
					}
					const markdown = toMarkdown(loaded);
					expect(markdown).not.toMatch(unsafe);
					expect(Lexer.lex(markdown, {gfm: true}).length).toBeGreaterThan(0);
					expect(JSON.parse(toJson(loaded))).toEqual(loaded);
				},
			),
			{numRuns: runs(300)},
		);
		// 300 comparisons in four formats: ~9 s on a quiet run, near the default 30 s under load.
	}, 90_000);
});

describe('generated deep and degenerate markdown', () => {
	test('parses and lays out at widths from 20 to 200: no line too wide, the innermost text kept', () => {
		fc.assert(
			fc.property(deepMarkdown, fc.integer({min: 20, max: 200}), (markdown, width) => {
				const blocks = parseMarkdown(markdown);
				// The cache stores blocks as JSON: however deep the text, they must survive it.
				expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
				const lines = layoutBlocks(blocks, {width});
				for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
				// On one line, or (where cut indentation left it in a code block, which wraps inside
				// words) over lines that continue each other: in order, with nothing between.
				const read = lines
					.map(lineText)
					.join('')
					.replace(/[\s│|>↪]/g, '');
				expect(read).toContain(innermost);
			}),
			{numRuns: runs(150)},
		);
	});
});

describe('generated broken comparisons', () => {
	test('each kind of breakage is one clear message naming the file and the JSON path', () => {
		fc.assert(
			fc.property(comparison, fc.constantFrom(...breakages), (data, breakage) => {
				const broken = JSON.parse(JSON.stringify(data));
				breakage.apply(broken);
				let caught: unknown;
				try {
					loadComparison(encode(broken), 'broken.json');
				} catch (error) {
					caught = error;
				}
				expectOneClearLine(caught, 'broken.json');
			}),
			{numRuns: runs(600)},
		);
	});

	test('truncated, mutated or random bytes either load or fail with one clear message, never anything else', () => {
		const bytesOf = comparison.chain((data) => {
			const bytes = encode(data);
			return fc.oneof(
				fc.integer({min: 0, max: bytes.length - 1}).map((cut) => bytes.slice(0, cut)),
				fc
					.array(fc.tuple(fc.integer({min: 0, max: bytes.length - 1}), fc.integer({min: 0, max: 255})), {
						minLength: 1,
						maxLength: 8,
					})
					.map((flips) => {
						const copy = bytes.slice();
						for (const [at, value] of flips) copy[at] = value;
						return copy;
					}),
				fc.uint8Array({maxLength: 300}),
			);
		});
		fc.assert(
			fc.property(bytesOf, (bytes) => {
				try {
					loadComparison(bytes, 'mutated.json');
				} catch (error) {
					expectOneClearLine(error, 'mutated.json');
				}
			}),
			{numRuns: runs(600)},
		);
	});

	test('arbitrary JSON values are rejected with one clear message', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				let caught: unknown;
				try {
					loadComparison(encode(value), 'value.json');
				} catch (error) {
					caught = error;
				}
				expectOneClearLine(caught, 'value.json');
			}),
			{numRuns: runs(300)},
		);
	});

	test('a huge string is refused by size before anything is parsed', () => {
		const huge = new TextEncoder().encode(JSON.stringify({title: 'x'.repeat(9 * 1024 * 1024)}));
		let caught: unknown;
		try {
			loadComparison(huge, 'huge.json');
		} catch (error) {
			caught = error;
		}
		expectOneClearLine(caught, 'huge.json');
		expect((caught as Error).message).toBe('huge.json: larger than the 8 MiB a comparison may be');
	});
});
