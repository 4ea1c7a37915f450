import {describe, expect, test} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {Role} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {
	lexBlocks,
	maxParsedDepth,
	parseCell,
	parseCells,
	parseComparison,
	parseMarkdown,
	parseSectionBody,
} from './markdown-parse.js';

/** Every text of parsed blocks, in reading order. */
function texts(blocks: readonly Block[]): string {
	const out: string[] = [];
	const walk = (list: readonly Block[]) => {
		for (const block of list) {
			if (block.type === 'paragraph' || block.type === 'heading') out.push(block.spans.map((s) => s.text).join(''));
			else if (block.type === 'list') for (const item of block.items) walk(item.blocks);
			else if (block.type === 'quote') walk(block.blocks);
			else if (block.type === 'code') out.push(block.text);
		}
	};
	walk(blocks);
	return out.join('\n');
}

/** How deep blocks nest (a quote or a list item is one level). */
function depth(blocks: readonly Block[]): number {
	let deepest = 0;
	for (const block of blocks) {
		if (block.type === 'quote') deepest = Math.max(deepest, 1 + depth(block.blocks));
		if (block.type === 'list') for (const item of block.items) deepest = Math.max(deepest, 1 + depth(item.blocks));
	}
	return deepest;
}

describe('parseMarkdown at any depth', () => {
	// Each of these threw "Maximum call stack size exceeded" before nesting was bounded.
	test('3,000 nested quotes parse, and the innermost text is kept', () => {
		const blocks = parseMarkdown(`${'>'.repeat(3000)} innermost`);
		expect(texts(blocks)).toContain('innermost');
		expect(depth(blocks)).toBeLessThanOrEqual(maxParsedDepth);
	});

	test('5,000 asterisks or underscores around a word parse, and nothing is lost', () => {
		for (const marker of ['*', '_']) {
			const text = texts(parseMarkdown(`${marker.repeat(5000)}word${marker.repeat(5000)}`));
			expect(text).toContain('word');
			// Past the tokenizer's depth the delimiters are text: all of them are still there.
			const shown = text.split(marker).length - 1;
			expect(shown).toBeGreaterThanOrEqual(10000 - 4 * maxParsedDepth);
		}
	});

	test('deep strong, strikethrough and links parse, with their innermost text', () => {
		for (const [open, close] of [
			['**a ', ' b**'],
			['~~a ', ' b~~'],
			['[a ', ' b](https://example.com)'],
			['[', ']'],
			['<b>', '</b>'],
		] as const) {
			const blocks = parseMarkdown(`${open.repeat(3000)}innermost${close.repeat(3000)}`);
			expect(texts(blocks), open).toContain('innermost');
		}
	});

	test('emphasis past the depth limit is shown as text, the levels inside it as emphasis', () => {
		const [paragraph] = parseMarkdown(`${'*'.repeat(60)}x${'*'.repeat(60)}`);
		expect(paragraph?.type).toBe('paragraph');
		const spans = paragraph?.type === 'paragraph' ? paragraph.spans : [];
		expect(spans.some((piece) => piece.role & (Role.em | Role.strong))).toBe(true);
	});

	test('200 nested list items parse within the depth limit, every item kept', () => {
		const markdown = Array.from({length: 200}, (_, index) => `${'  '.repeat(index)}- item${index}`).join('\n');
		const blocks = parseMarkdown(markdown);
		const text = texts(blocks);
		for (let index = 0; index < 200; index++) expect(text).toContain(`item${index}`);
		expect(depth(blocks)).toBeLessThanOrEqual(maxParsedDepth);
	});

	test('when marked fails on a paragraph, that paragraph is shown as plain text and the others parse', () => {
		// marked's recursion is bounded now, so nothing real makes it fail: this lexer fails as it
		// did on deep nesting (RangeError), for any text with a quote in it.
		const failing = (markdown: string) => {
			if (markdown.includes('>')) throw new RangeError('Maximum call stack size exceeded');
			return lexBlocks(markdown);
		};
		const blocks = parseMarkdown('First *paragraph*.\n\n> quoted **words**\n\n- last', failing);
		expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list']);
		expect(texts(blocks).split('\n')).toEqual(['First paragraph.', '> quoted **words**', 'last']);
		expect(parseMarkdown('> only', failing)).toEqual([{type: 'paragraph', spans: [{text: '> only', role: Role.none}]}]);
	});
});

describe('links', () => {
	test('a badge (a link around an image) shows its alt text as a link, without its address', () => {
		const [badge] = parseMarkdown(
			'[![CI](https://x.example/badge.svg)](https://x.example/ci) and [docs](https://x.example/d)',
		);
		const spans = badge?.type === 'paragraph' ? badge.spans : [];
		expect(spans.map((piece) => piece.text).join('')).toBe('[image: CI] and docs (https://x.example/d)');
		expect(spans[0]).toMatchObject({text: '[image: CI]', href: 'https://x.example/ci'});
	});
});

describe('a section body with its tables placed', () => {
	const part = (after: number | undefined, index = 0) => ({
		index,
		start: index * 2,
		end: index * 2 + 2,
		after,
		columns: [],
		written: false,
	});

	test('the body is parsed a stretch at a time, a block for each table where its part says', () => {
		expect(parseSectionBody('Before.\n\nAfter.', [part(1), part(undefined, 1)])).toEqual([
			{type: 'paragraph', spans: [{text: 'Before.', role: Role.none}]},
			{type: 'subject-table', start: 0, end: 2, part: 0},
			{type: 'paragraph', spans: [{text: 'After.', role: Role.none}]},
			{type: 'subject-table', start: 2, end: 4, part: 1},
		]);
	});

	test('parts that all follow the body leave it parsed whole, with no block for them', () => {
		expect(parseSectionBody('A\nB', [part(undefined)])).toEqual(parseMarkdown('A\nB'));
	});

	test('two tables in a row, and a table before any text, leave no empty stretch', () => {
		expect(parseSectionBody('A\n\nB', [part(0), part(0, 1), part(3, 2)]).map((block) => block.type)).toEqual([
			'subject-table',
			'subject-table',
			'paragraph',
			'paragraph',
			'subject-table',
		]);
		// A part placed before lines already read does not read them again.
		expect(parseSectionBody('A\n\nB', [part(3), part(1, 1)]).map((block) => block.type)).toEqual([
			'paragraph',
			'paragraph',
			'subject-table',
			'subject-table',
		]);
	});

	test("every stretch has the body's link definitions, however written; a line that only mentions one is text", () => {
		const body = 'See [x][ref] and [y][other].\n\nSay [a]: b.\n\n[ref]:  https://r.example\n [other]:https://o.example';
		const blocks = parseSectionBody(body, [part(1)]);
		const [first, , said] = blocks;
		const links = first?.type === 'paragraph' ? first.spans.filter((piece) => piece.href) : [];
		expect(links.map((piece) => piece.href)).toEqual(['https://r.example', 'https://o.example']);
		expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'subject-table', 'paragraph']);
		expect(said?.type === 'paragraph' && said.spans.map((piece) => piece.text).join('')).toBe('Say [a]: b.');
	});
});

describe('images in a table cell', () => {
	test('an image without alt text is named by its file, else by its host without www', () => {
		const named = (markdown: string) => parseCell(markdown).map((piece) => piece.text);
		expect(named('![](https://www.img.example/a/b/c%20d.svg?x=1#f)')).toEqual(['c d.svg']);
		expect(named('![](https://www.img.example/)')).toEqual(['img.example']);
		expect(named('![](https://www.img.example)')).toEqual(['img.example']);
		expect(named('![](https://cdn.www.example)')).toEqual(['cdn.www.example']);
		expect(named('![ A ](a.png)')).toEqual(['A']);
		const [table] = parseMarkdown('| a |\n|-|\n| ![][ stars ] |\n\n[ stars ]: https://s.example/s.svg\n');
		expect(table?.type === 'table' && table.rows[0]?.[0]?.map((piece) => piece.text)).toEqual(['stars']);
	});

	test('a link in a table cell shows its text only', () => {
		const [table] = parseMarkdown('| a |\n|-|\n| [x](https://x.example) |\n');
		expect(table?.type === 'table' && table.rows[0]?.[0]).toEqual([
			{text: 'x', role: Role.link, href: 'https://x.example'},
		]);
	});
});

describe('HTML blocks with tables', () => {
	test('the HTML around a table is text; the table a table, aligned where its cells say', () => {
		const blocks = parseMarkdown(
			'<div><p>Note</p>\n<table><tr><th align="right">a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></div>\n\n<table><tr><th>c</th></tr><tr><td>3</td></tr></table>\n',
		);
		expect(blocks).toEqual([
			{type: 'paragraph', spans: [{text: 'Note', role: Role.none}]},
			{
				type: 'table',
				header: [[{text: 'a', role: Role.none}], [{text: 'b', role: Role.none}]],
				rows: [[[{text: '1', role: Role.none}], [{text: '2', role: Role.none}]]],
				align: ['right', null],
			},
			{type: 'table', header: [[{text: 'c', role: Role.none}]], rows: [[[{text: '3', role: Role.none}]]]},
		]);
	});
});

describe('parseCells and parseComparison', () => {
	const comparison: Comparison = {
		title: 'T',
		subjects: [
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		sections: [
			{id: 'prose', title: 'Prose', body: 'Just *text*.'},
			{
				id: 'table',
				title: 'Table',
				table: {
					rows: [{criterion: 'r', cells: {a: '1', b: '2'}}],
					parts: [
						{
							rows: 1,
							columns: [{label: '*L*'}, {field: '`f`'}, {subject: 'a', name: '**N**'}, {subject: 'b'}],
						},
					],
				},
			},
		],
	};

	test("the texts of parts' columns that read as markdown are parsed; sections without a table have none", () => {
		expect(Object.keys(parseCells(comparison)).sort()).toEqual(['**N**', '*L*', '`f`']);
	});

	test('a comparison with a section of prose only is parsed', async () => {
		const {bodies} = await parseComparison(comparison);
		expect(bodies.prose).toEqual([
			{
				type: 'paragraph',
				spans: [
					{text: 'Just ', role: Role.none},
					{text: 'text', role: Role.em},
					{text: '.', role: Role.none},
				],
			},
		]);
	});
});
