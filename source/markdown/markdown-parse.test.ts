import {describe, expect, test} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {Role} from '../layout/styled.js';
import {lexBlocks, maxParsedDepth, parseMarkdown} from './markdown-parse.js';

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
