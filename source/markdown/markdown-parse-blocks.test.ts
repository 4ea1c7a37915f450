// What parsed Markdown shows: the exact blocks and spans of small inputs.
import type {Token} from 'marked';
import {describe, expect, test} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {Role} from '../layout/styled.js';
import {inlineTokens, lexBlocks, lexBounded, maxParsedDepth, parseInline, tokenBlocks} from './markdown-parse.js';

/** The spans of the only paragraph markdown parses to. */
function paragraph(markdown: string) {
	const blocks = lexBlocks(markdown);
	expect(blocks).toHaveLength(1);
	const [only] = blocks;
	if (only?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${JSON.stringify(only)}`);
	return only.spans;
}

/** The block innermost in the first blocks of nested quotes and lists, and how many levels it is in. */
function innermost(blocks: readonly Block[]): {depth: number; block: Block | undefined} {
	let depth = 0;
	let block = blocks[0];
	for (;;) {
		if (block?.type === 'quote') block = block.blocks[0];
		else if (block?.type === 'list') block = block.items.at(-1)?.blocks.at(-1);
		else return {depth, block};
		depth++;
	}
}

describe('the tokenizer nests exactly maxParsedDepth levels', () => {
	test('quotes deeper than the limit read as text with their markers', () => {
		const {depth, block} = innermost(lexBlocks(`${'>'.repeat(maxParsedDepth + 6)} x`));
		expect(depth).toBe(maxParsedDepth);
		expect(block).toEqual({type: 'paragraph', spans: [{text: '>>>>>> x', role: Role.none}]});
	});

	test('list items deeper than the limit read as text', () => {
		const markdown = Array.from({length: 30}, (_, index) => `${'  '.repeat(index)}- i${index}`).join('\n');
		expect(innermost(lexBlocks(markdown)).depth).toBe(maxParsedDepth);
	});
});

describe('inline markdown', () => {
	test('strikethrough, and a parsed line of inline markdown has GitHub extensions', () => {
		expect(paragraph('~~gone~~')).toEqual([{text: 'gone', role: Role.del}]);
		expect(parseInline('~~gone~~ www.example.com')).toEqual([
			{text: 'gone', role: Role.del},
			{text: ' ', role: Role.none},
			{text: 'www.example.com', role: Role.link, href: 'http://www.example.com'},
			{text: ' (http://www.example.com)', role: Role.muted},
		]);
	});

	test('a reference link is a link, and its definition shows nothing', () => {
		expect(lexBlocks('[label][ref]\n\n[ref]: https://x.example/r')).toEqual([
			{
				type: 'paragraph',
				spans: [
					{text: 'label', role: Role.link, href: 'https://x.example/r'},
					{text: ' (https://x.example/r)', role: Role.muted},
				],
			},
		]);
	});

	test('a relative link shows its text only, even with a colon later in its address', () => {
		expect(paragraph('[setup](./setup.md) [notes](docs/v2:notes.md)')).toEqual([
			{text: 'setup', role: Role.link},
			{text: ' ', role: Role.none},
			{text: 'notes', role: Role.link},
		]);
	});

	test('a link whose text is its address shows it once, however its text is styled', () => {
		expect(paragraph('[https://*x*.example](https://x.example)')).toEqual([
			{text: 'https://', role: Role.link, href: 'https://x.example'},
			{text: 'x', role: Role.link | Role.em, href: 'https://x.example'},
			{text: '.example', role: Role.link, href: 'https://x.example'},
		]);
		expect(paragraph('<https://x.example/a>')).toEqual([
			{text: 'https://x.example/a', role: Role.link, href: 'https://x.example/a'},
		]);
	});

	test('an e-mail address shows once, linked with mailto:', () => {
		expect(paragraph('<me@x.example>')).toEqual([{text: 'me@x.example', role: Role.link, href: 'mailto:me@x.example'}]);
	});

	test('a link around an image and words is not a badge: its address is shown', () => {
		expect(paragraph('[![CI](b.svg) build](https://x.example/ci)')).toEqual([
			{text: '[image: CI]', role: Role.link | Role.muted, href: 'https://x.example/ci'},
			{text: ' build', role: Role.link, href: 'https://x.example/ci'},
			{text: ' (https://x.example/ci)', role: Role.muted},
		]);
	});

	test('a link around images with spaces between is a badge: no address', () => {
		expect(paragraph('[![a](a.svg) ![b](b.svg)](https://x.example/ci)')).toEqual([
			{text: '[image: a]', role: Role.link | Role.muted, href: 'https://x.example/ci'},
			{text: ' ', role: Role.link, href: 'https://x.example/ci'},
			{text: '[image: b]', role: Role.link | Role.muted, href: 'https://x.example/ci'},
		]);
	});

	test('a link around words only is not a badge', () => {
		expect(paragraph('[docs](https://x.example/d)')).toEqual([
			{text: 'docs', role: Role.link, href: 'https://x.example/d'},
			{text: ' (https://x.example/d)', role: Role.muted},
		]);
	});

	test('escaped characters show as themselves', () => {
		expect(paragraph('\\*not em\\*')).toEqual([
			{text: '*', role: Role.none},
			{text: 'not em', role: Role.none},
			{text: '*', role: Role.none},
		]);
	});

	test('inline tokens holding a text token with tokens of its own (a tight list item) show those', () => {
		const [list] = lexBounded('- **a** b');
		const tokens = list?.type === 'list' ? (list.items[0]?.tokens ?? []) : [];
		expect(inlineTokens(tokens)).toEqual([
			{text: 'a', role: Role.strong},
			{text: ' b', role: Role.none},
		]);
	});

	test('no inline tokens are no spans', () => {
		expect(inlineTokens(undefined)).toEqual([]);
	});

	test('an unknown inline token shows its text when it has one, else its source', () => {
		const tokens = [
			{type: 'custom', raw: '[R]', text: 'T&amp;'},
			{type: 'custom', raw: '(raw)'},
			{type: 'custom', raw: '<n>', text: 5},
		] as unknown as Token[];
		expect(inlineTokens(tokens).map((piece) => piece.text)).toEqual(['T&', '(raw)', '<n>']);
	});
});

describe('blocks', () => {
	test('a heading is a heading of its depth, strong', () => {
		expect(lexBlocks('## Title')).toEqual([
			{type: 'heading', depth: 2, spans: [{text: 'Title', role: Role.heading | Role.strong}]},
		]);
	});

	test("a heading's {#id} is dropped, even before trailing space, and a heading of only an id is empty", () => {
		expect(lexBlocks('# Title {#t}&nbsp;\n\n# {#only}\n\n#\n\n# Use {#x} here')).toEqual([
			{type: 'heading', depth: 1, spans: [{text: 'Title', role: Role.heading | Role.strong}]},
			{type: 'heading', depth: 1, spans: []},
			{type: 'heading', depth: 1, spans: []},
			{type: 'heading', depth: 1, spans: [{text: 'Use {#x} here', role: Role.heading | Role.strong}]},
		]);
	});

	test('task list items carry whether they are checked, and no box of their own', () => {
		expect(lexBlocks('- [x] done\n- [ ] todo\n- plain')).toEqual([
			{
				type: 'list',
				ordered: false,
				start: 1,
				loose: false,
				items: [
					{blocks: [{type: 'paragraph', spans: [{text: 'done', role: Role.none}]}], loose: false, checked: true},
					{blocks: [{type: 'paragraph', spans: [{text: 'todo', role: Role.none}]}], loose: false, checked: false},
					{blocks: [{type: 'paragraph', spans: [{text: 'plain', role: Role.none}]}], loose: false},
				],
			},
		]);
	});

	test('a tight list item shows its inline markdown; a rule is a rule', () => {
		expect(lexBlocks('- **a** b\n\n---')).toEqual([
			{
				type: 'list',
				ordered: false,
				start: 1,
				loose: false,
				items: [
					{
						blocks: [
							{
								type: 'paragraph',
								spans: [
									{text: 'a', role: Role.strong},
									{text: ' b', role: Role.none},
								],
							},
						],
						loose: false,
					},
				],
			},
			{type: 'rule'},
		]);
	});

	test('an ordered list starts at its first number', () => {
		expect(lexBlocks('3. a\n4. b')).toMatchObject([{type: 'list', ordered: true, start: 3}]);
	});

	test('a raw HTML block shows its lines, with line breaks between', () => {
		expect(lexBlocks('<div>\none<br>two\n</div>')).toEqual([
			{
				type: 'paragraph',
				spans: [
					{text: 'one', role: Role.none},
					{text: '\n', role: Role.break},
					{text: 'two', role: Role.none},
				],
			},
		]);
		expect(lexBlocks('<div>\n<!-- nothing -->\n</div>')).toEqual([]);
	});

	test("a code block's language is the first word of its info string, control characters removed", () => {
		expect(lexBlocks('```\u0007 python title="x"\nx = 1\n```')).toEqual([
			{type: 'code', text: 'x = 1', lang: 'python'},
		]);
		expect(lexBlocks('```\nplain\n```\n\n    indented')).toEqual([
			{type: 'code', text: 'plain'},
			{type: 'code', text: 'indented'},
		]);
	});

	test('an empty quote is an empty quote', () => {
		expect(lexBlocks('>')).toEqual([{type: 'quote', blocks: []}]);
	});

	test('an alert alone is its label', () => {
		expect(lexBlocks('> [!NOTE]')).toEqual([
			{type: 'quote', blocks: [{type: 'paragraph', spans: [{text: 'Note', role: Role.strong}]}]},
		]);
	});

	test('an alert whose label ends in a line break: the break goes with the label', () => {
		expect(lexBlocks('> [!WARNING]  \n> careful\n>\n> more')).toEqual([
			{
				type: 'quote',
				blocks: [
					{type: 'paragraph', spans: [{text: 'Warning', role: Role.strong}]},
					{type: 'paragraph', spans: [{text: 'careful', role: Role.none}]},
					{type: 'paragraph', spans: [{text: 'more', role: Role.none}]},
				],
			},
		]);
	});

	test('an alert with text on its line keeps that text', () => {
		expect(lexBlocks('> [!TIP]\n> Use *it*')).toEqual([
			{
				type: 'quote',
				blocks: [
					{type: 'paragraph', spans: [{text: 'Tip', role: Role.strong}]},
					{
						type: 'paragraph',
						spans: [
							{text: 'Use ', role: Role.none},
							{text: 'it', role: Role.em},
						],
					},
				],
			},
		]);
	});

	test('an unknown block token is a paragraph of its trimmed text, or of its source', () => {
		const tokens = [
			{type: 'custom', raw: ' R ', text: ' T&amp; '},
			{type: 'custom', raw: ' (raw) '},
			{type: 'custom', raw: ' <n> ', text: 5},
		] as unknown as Token[];
		expect(tokenBlocks(tokens)).toEqual([
			{type: 'paragraph', spans: [{text: 'T&', role: Role.none}]},
			{type: 'paragraph', spans: [{text: '(raw)', role: Role.none}]},
			{type: 'paragraph', spans: [{text: '<n>', role: Role.none}]},
		]);
	});
});
