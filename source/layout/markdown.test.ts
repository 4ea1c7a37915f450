import {describe, expect, test} from 'vitest';
import {parseMarkdown} from '../input/markdown-parse.js';
import {layoutBlocks} from './markdown.js';
import {lineText, lineWidth, Role} from './styled.js';

const layout = (markdown: string, width = 40) => layoutBlocks(parseMarkdown(markdown), {width});
const text = (markdown: string, width = 40) => layout(markdown, width).map(lineText);

describe('layoutMarkdown', () => {
	test('paragraphs wrap and are separated by one blank line', () => {
		expect(text('one two three four five six\n\nseven', 12)).toEqual([
			'one two',
			'three four',
			'five six',
			'',
			'seven',
		]);
	});

	test('emphasis becomes roles, not asterisks', () => {
		const [line] = layout('**bold** and *em* and `code`');
		expect(line && lineText(line)).toBe('bold and em and code');
		expect(line?.find((piece) => piece.text === 'bold')?.role).toBe(Role.strong);
		expect(line?.find((piece) => piece.text === 'em')?.role).toBe(Role.em);
		expect(line?.find((piece) => piece.text === 'code')?.role).toBe(Role.code);
	});

	test('inline markdown inside tight list items is rendered (marked-terminal #371)', () => {
		const lines = layout('- **Litestar** is *new*\n- two');
		expect(lines.map(lineText)).toEqual(['• Litestar is new', '• two']);
		expect(lines[0]?.find((piece) => piece.text === 'Litestar')?.role).toBe(Role.strong);
	});

	test('list items wrap under a hanging indent; ordered lists number', () => {
		expect(text('- alpha beta gamma delta', 14)).toEqual(['• alpha beta', '  gamma delta']);
		expect(text('1. one\n2. two')).toEqual(['1. one', '2. two']);
	});

	test('citations carry the ref role', () => {
		const [line] = layout('Fast [1] and sure [2].');
		expect(line?.filter((piece) => piece.role === Role.ref).map((piece) => piece.text)).toEqual(['[1]', '[2]']);
	});

	test('links show their address when it differs from the text', () => {
		expect(text('[docs](https://example.com)', 60)).toEqual(['docs (https://example.com)']);
	});

	test('entities are decoded, and a decoded control character is removed', () => {
		expect(text('a &amp; b &#27;[2J c')).toEqual(['a & b c']);
	});

	test('GFM tables are laid out to the width', () => {
		const lines = layout('| a | b |\n|---|---|\n| one two three | four five six |', 20);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(20);
		expect(lines.map(lineText)).toEqual([
			'a         │ b',
			'──────────┼─────────',
			'one two   │ four',
			'three     │ five six',
		]);
	});

	test('code blocks keep their spacing and break long lines', () => {
		expect(text('```\nx =  1\n```')).toEqual(['  x =  1']);
		const long = text(`\`\`\`\n${'y'.repeat(30)}\n\`\`\``, 12);
		expect(long).toEqual(['  yyyyyyyyyy', '  yyyyyyyyyy', '  yyyyyyyyyy']);
	});

	test('headings, quotes and rules', () => {
		expect(text('# Title\n\n> quoted words\n\n---', 10)).toEqual([
			'Title',
			'',
			'│ quoted',
			'│ words',
			'',
			'──────────',
		]);
	});

	// Issue 12: what GitHub shows. HTML is never interpreted: its tags never reach the reader, a
	// script or a style shows nothing, the text between tags shows as text.
	test('raw HTML shows its text as GitHub does: no tags, no scripts', () => {
		expect(text('<script>alert(1)</script>')).toEqual([]);
		expect(text('<p align="center">Hi <b>there</b> &amp; <img src="x.png" alt="a logo"></p>')).toEqual([
			'Hi there & [image: a logo]',
		]);
		expect(text('Inline <kbd>Ctrl</kbd> and <span class="x">span</span>, a<br>break')).toEqual([
			'Inline Ctrl and span, a',
			'break',
		]);
	});
});
