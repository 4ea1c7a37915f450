import fc from 'fast-check';
import {describe, expect, test, vi} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {type Line, lineText, Role} from '../layout/styled.js';
import {parseMarkdown} from '../markdown/markdown-parse.js';
import {sanitizeText} from '../model/sanitize.js';
import {runs} from '../test-support/runs.js';
import {highlightBlocks, highlightCode} from './highlight.js';
import {knownLanguages} from './highlight-languages.js';

const python =
	'@app.get("/items")\nasync def read(item_id: int) -> dict:\n    # look it up\n    return {"id": item_id, "n": 42}';

/** The role of the first span whose text is `text`. */
function roleOf(lines: readonly Line[], text: string): number | undefined {
	for (const line of lines) for (const piece of line) if (piece.text === text) return piece.role;
	return undefined;
}

describe('highlightCode', () => {
	test('python: keywords, strings, comments, numbers, names and decorators get their roles, all on code', () => {
		const lines = highlightCode(python, 'python') ?? [];
		expect(lines.map(lineText).join('\n')).toBe(python);
		expect(roleOf(lines, 'def')).toBe(Role.code | Role.codeKeyword);
		expect(roleOf(lines, '"/items"')).toBe(Role.code | Role.codeString);
		expect(roleOf(lines, '# look it up')).toBe(Role.code | Role.codeComment);
		expect(roleOf(lines, '42')).toBe(Role.code | Role.codeNumber);
		expect(roleOf(lines, 'read')).toBe(Role.code | Role.codeTitle);
		expect(roleOf(lines, 'int')).toBe(Role.code | Role.codeType);
		expect(roleOf(lines, '@app.get(')).toBe(Role.code | Role.codeMeta);
	});

	test('languages by their aliases too; an unknown language stays plain', () => {
		for (const alias of ['py', 'js', 'ts', 'sh', 'yml', 'html', 'rs', 'golang', 'Python'])
			expect(highlightCode('x = 1', alias), alias).toBeDefined();
		expect(highlightCode('x = 1', 'no-such-language')).toBeUndefined();
	});

	test('every registered language highlights a line of code without changing it', () => {
		for (const name of new Set(knownLanguages.values())) {
			const code = 'if (x == "a") { return 1; } // note';
			expect(highlightCode(code, name)?.map(lineText).join('\n'), name).toBe(code);
		}
	});

	test('highlighting never changes the text: any sanitized code comes back character for character', () => {
		const languages = ['python', 'javascript', 'bash', 'json', 'xml', 'sql', 'markdown'];
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 200}), fc.constantFrom(...languages), (raw, language) => {
				const code = sanitizeText(raw);
				const lines = highlightCode(code, language);
				if (lines) expect(lines.map(lineText).join('\n')).toBe(code);
			}),
			{numRuns: runs(300)},
		);
	});

	test('code from the data cannot emit an escape sequence or forge a token: it is sanitized before', () => {
		const hostile = '```python\nx = "\u001b]52;c;SGVsbG8=\u0007" \u0001keyword\u0002fake\u0003 \u009b2J\n```';
		const [block] = highlightBlocks(parseMarkdown(hostile));
		expect(block?.type).toBe('code');
		const lines = block?.type === 'code' ? (block.highlighted ?? []) : [];
		const text = lines.map(lineText).join('\n');
		expect(text).toBe('x = "" keywordfake ');
		expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		const forged = lines.flat().filter((piece) => piece.text.includes('fake'));
		expect(forged.map((piece) => piece.role)).toEqual([Role.code]);
	});
});

describe('highlightBlocks', () => {
	test('highlights code that names a known language, inside quotes and lists too, and nothing else', () => {
		const blocks = highlightBlocks(
			parseMarkdown('```py\nx = 1\n```\n\n```\ny = 2\n```\n\n> - ```js\n>   let z = 3\n>   ```\n\n```nope\nw\n```'),
		);
		const codes: Extract<Block, {type: 'code'}>[] = [];
		const walk = (list: readonly Block[]) => {
			for (const block of list) {
				if (block.type === 'code') codes.push(block);
				if (block.type === 'quote') walk(block.blocks);
				if (block.type === 'list') for (const item of block.items) walk(item.blocks);
			}
		};
		walk(blocks);
		expect(codes.map((code) => [code.lang, code.highlighted !== undefined])).toEqual([
			['py', true],
			[undefined, false],
			['js', true],
			['nope', false],
		]);
	});
});

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
