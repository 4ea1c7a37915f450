import {describe, expect, test, vi} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {Role} from '../layout/styled.js';

// Each test imports highlight.ts afresh: its theme and table of roles are built when the module
// loads, and a test that loads it is the one a mutant of them is run against.
async function fresh() {
	vi.resetModules();
	return await import('./highlight.js');
}

const code = Role.code;

describe('highlightCode', () => {
	test('code with the byte the highlighter marks its tokens with (U+0001) ends, as plain code', async () => {
		// Callers sanitize first, which removes it; a caller that did not once made this loop for ever.
		const {highlightCode} = await fresh();
		const lines = highlightCode('let a = "\u0001";', 'javascript');
		expect(lines?.map((line) => line.map((piece) => piece.text).join('')).join('\n') ?? 'plain').toMatch(
			/^(let a = "\u0001";|plain)$/,
		);
	}, 5_000);

	test('a token inside another without a role of its own takes the outer one (an f-string substitution)', async () => {
		const {highlightCode} = await fresh();
		expect(highlightCode('f"a{b}c"', 'python')).toEqual([
			[
				{text: 'f"a', role: code | Role.codeString},
				{text: '{b}', role: code | Role.codeString},
				{text: 'c"', role: code | Role.codeString},
			],
		]);
	});

	test('an inner token with a role of its own keeps it (a tag name inside a tag)', async () => {
		const {highlightCode} = await fresh();
		expect(highlightCode('a &amp; <b>', 'html')).toEqual([
			[
				{text: 'a ', role: code},
				{text: '&amp;', role: code | Role.codeNumber},
				{text: ' ', role: code},
				{text: '<', role: code | Role.codeMeta},
				{text: 'b', role: code | Role.codeTitle},
				{text: '>', role: code | Role.codeMeta},
			],
		]);
	});

	test('a token over several lines is split into lines; an empty line holds nothing', async () => {
		const {highlightCode} = await fresh();
		expect(highlightCode('"""a\n\nb"""\nx', 'python')).toEqual([
			[{text: '"""a', role: code | Role.codeString}],
			[],
			[{text: 'b"""', role: code | Role.codeString}],
			[{text: 'x', role: code}],
		]);
		expect(highlightCode('', 'python')).toEqual([[]]);
		expect(highlightCode('\n', 'python')).toEqual([[], []]);
	});

	test('code whose highlighting would change its text stays plain', async () => {
		const {highlightCode} = await fresh();
		// Unsanitized code holding the closing marker: never given in use, refused rather than mangled.
		expect(highlightCode('x = "\u0003"', 'python')).toBeUndefined();
	});
});

describe('highlightBlocks', () => {
	test('a block already highlighted, one without a language and other blocks are kept as they are', async () => {
		const {highlightBlocks} = await fresh();
		const done: Block = {type: 'code', text: 'x = 1', lang: 'python', highlighted: [[{text: 'kept', role: code}]]};
		const plain: Block = {type: 'code', text: 'x = 1'};
		const unknown: Block = {type: 'code', text: 'x = 1', lang: 'no-such-language'};
		const paragraph: Block = {type: 'paragraph', spans: [{text: 'p', role: Role.none}]};
		const result = highlightBlocks([done, plain, unknown, paragraph]);
		expect(result[0]).toBe(done);
		expect(result[1]).toBe(plain);
		expect(result[2]).toBe(unknown);
		expect(result[3]).toBe(paragraph);
	});

	test('a block that names a known language gets its highlighted lines, in quotes and list items too', async () => {
		const {highlightBlocks} = await fresh();
		const python: Block = {type: 'code', text: 'x = 1', lang: 'python'};
		const lines = [
			[
				{text: 'x = ', role: code},
				{text: '1', role: code | Role.codeNumber},
			],
		];
		expect(
			highlightBlocks([
				python,
				{type: 'quote', blocks: [python]},
				{type: 'list', ordered: false, start: 1, loose: false, items: [{blocks: [python], loose: false}]},
			]),
		).toEqual([
			{...python, highlighted: lines},
			{type: 'quote', blocks: [{...python, highlighted: lines}]},
			{
				type: 'list',
				ordered: false,
				start: 1,
				loose: false,
				items: [{blocks: [{...python, highlighted: lines}], loose: false}],
			},
		]);
	});
});
