import {describe, expect, test} from 'vitest';
import {parseMarkdown} from '../markdown/markdown-parse.js';
import {type Block, layoutBlocks, maxIndentedLevels} from './markdown.js';
import {type Line, lineText, lineWidth, Role, span} from './styled.js';

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

	test('code blocks keep their spacing; a long line goes on after a continuation marker, verbatim', () => {
		expect(text('```\nx =  1\n```')).toEqual(['  x =  1']);
		const long = text(`\`\`\`\n${'y'.repeat(25)}  z\n\`\`\``, 12);
		expect(long).toEqual(['  yyyyyyyyyy', '↪ yyyyyyyyyy', '↪ yyyyy  z']);
		expect(
			layoutBlocks(parseMarkdown(`\`\`\`\n${'y'.repeat(12)}\n\`\`\``), {width: 12, ascii: true}).map(lineText),
		).toEqual(['  yyyyyyyyyy', '> yy']);
	});

	test('highlighted code keeps its roles across the cut, and its text', () => {
		const code = 'return "a long string" + 42';
		const blocks = [
			{
				type: 'code' as const,
				text: code,
				lang: 'js',
				highlighted: [
					[
						{text: 'return', role: Role.code | Role.codeKeyword},
						{text: ' ', role: Role.code},
						{text: '"a long string"', role: Role.code | Role.codeString},
						{text: ' + ', role: Role.code},
						{text: '42', role: Role.code | Role.codeNumber},
					],
				],
			},
		];
		const lines = layoutBlocks(blocks, {width: 20});
		expect(lines.map(lineText)).toEqual(['  return "a long str', '↪ ing" + 42']);
		expect(lines[1]?.find((piece) => piece.text === 'ing"')?.role).toBe(Role.code | Role.codeString);
		for (const line of layoutBlocks(blocks, {width: 20})) expect(lineWidth(line)).toBeLessThanOrEqual(20);
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

	// What GitHub shows. HTML is never interpreted: its tags never reach the reader, a
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

describe('lists, code and tables in detail', () => {
	test('task items show their checkbox after the bullet', () => {
		expect(text('- [x] done thing\n- [ ] todo')).toEqual(['• [x] done thing', '• [ ] todo']);
	});

	test('a checkbox counts in the indentation budget: too wide for it, the marker starts the text', () => {
		// Half of 11 columns is 5, one fewer than "• [x] ".
		expect(text('- [x] done thing\n- [ ] todo', 11)).toEqual(['• [x] done', 'thing', '• [ ] todo']);
	});

	test('numbers are right-aligned to the widest; nine items need no padding', () => {
		const items = (count: number) => Array.from({length: count}, (_, index) => `${index + 1}. item`).join('\n');
		expect(text(items(9))).toEqual(Array.from({length: 9}, (_, index) => `${index + 1}. item`));
		expect(text(items(10))).toEqual(Array.from({length: 10}, (_, index) => `${String(index + 1).padStart(2)}. item`));
	});

	test('an empty item keeps its bullet', () => {
		expect(text('- a\n-\n- c')).toEqual(['• a', '• ', '• c']);
	});

	test('ASCII: lists, quotes and rules in plain characters', () => {
		const ascii = (markdown: string) => layoutBlocks(parseMarkdown(markdown), {width: 10, ascii: true}).map(lineText);
		expect(ascii('- a\n- b')).toEqual(['* a', '* b']);
		expect(ascii('> q\n\n---')).toEqual(['| q', '', '----------']);
	});

	test('past the indentation budget, a heading takes the marker; code and an empty item get a line of their own', () => {
		const list: Block = {
			type: 'list',
			ordered: false,
			start: 1,
			loose: false,
			items: [
				{blocks: [{type: 'heading', depth: 2, spans: [span('Head', Role.heading)]}], loose: false},
				{blocks: [{type: 'code', text: 'code'}], loose: false},
				{blocks: [], loose: false},
			],
		};
		expect(layoutBlocks([list], {width: 40, indent: {columns: 0, levels: 0}})).toEqual([
			[span('• ', Role.muted), span('Head', Role.heading)],
			[span('•', Role.muted)],
			[span('  '), span('code', Role.code)],
			[span('•', Role.muted)],
		]);
	});

	test('a blank line of code is its indent alone', () => {
		expect(layout('```\na\n\nb\n```')).toEqual([
			[span('  '), span('a', Role.code)],
			[span('  ')],
			[span('  '), span('b', Role.code)],
		]);
	});

	test('a wide character wider than the room stays on its line rather than leaving an empty one', () => {
		expect(text('```\n漢字\n```', 3)).toEqual(['  漢', '↪ 字']);
	});

	test('highlighted code: a line that fits is kept span for span; a cut line drops empty spans', () => {
		const code = (highlighted: Line[], width: number) =>
			layoutBlocks([{type: 'code', text: highlighted.map(lineText).join('\n'), highlighted}], {width});
		const keyword = Role.code | Role.codeKeyword;
		const string = Role.code | Role.codeString;
		// Exactly as wide as the room (width 4 less the two columns of indent).
		expect(code([[span('', keyword), span('ab', Role.code)]], 4)).toEqual([
			[span('  '), span('', keyword), span('ab', Role.code)],
		]);
		expect(code([[span('abc', keyword), span('de', string)]], 5)).toEqual([
			[span('  '), span('abc', keyword)],
			[span('↪ ', Role.border), span('', Role.wrappedInWord), span('de', string)],
		]);
		expect(code([[span('abc', Role.code), span('', keyword), span('defg', Role.code)]], 7)).toEqual([
			[span('  '), span('abc', Role.code), span('de', Role.code)],
			[span('↪ ', Role.border), span('', Role.wrappedInWord), span('fg', Role.code)],
		]);
	});

	test('a table with a column of figures is followed, after a blank line, by its chart', () => {
		expect(text('| Name | Time |\n|---|---|\n| zap | 1 ms |\n| slog | 2 ms |', 30)).toEqual([
			'Name │ Time',
			'─────┼─────',
			'zap  │ 1 ms',

			'slog │ 2 ms',
			'',
			'Time (ms)',
			'zap  ██████████ 1 ms',
			'slog ████████████████████ 2 ms',
		]);
	});

	test('where a subject table stands, markdown alone shows nothing, not even a blank line', () => {
		const blocks: Block[] = [
			{type: 'paragraph', spans: [span('a')]},
			{type: 'subject-table', start: 0, end: 1},
			{type: 'paragraph', spans: [span('b')]},
		];
		expect(layoutBlocks(blocks, {width: 10}).map(lineText)).toEqual(['a', '', 'b']);
	});
});

/** Columns before a line's text: its quote bars, list markers and indentation. */
function indentOf(line: Line): number {
	const text = lineText(line);
	return text.length - text.replace(/^[\s│|•*\d.[\]x]*/, '').length;
}

describe('any depth', () => {
	const widths = [20, 21, 33, 40, 57, 80, 119, 200];
	const nestedList = (depth: number) =>
		Array.from({length: depth}, (_, index) => `${'  '.repeat(index)}- item${index} words to wrap here`).join('\n');

	// Before: 735 of the lines were wider than 40 and the innermost items were pushed off the edge.
	test('200 nested list items: no line wider than the width, every item there, indentation at most half', () => {
		for (const width of widths) {
			const lines = layout(nestedList(200), width);
			for (const line of lines) {
				expect(lineWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
				expect(indentOf(line), `width ${width}: ${lineText(line)}`).toBeLessThanOrEqual(Math.floor(width / 2) + 2);
			}
			const text = lines.map(lineText).join('\n');
			for (const index of [0, 7, 8, 9, 100, 199]) expect(text, `width ${width}`).toMatch(new RegExp(`item${index}\\b`));
		}
	});

	test('past the levels it indents, a list goes on at the same indentation, markers before the text', () => {
		const lines = text(nestedList(12), 200);
		const starts = lines.map((line) => line.indexOf('•'));
		expect(starts.slice(0, maxIndentedLevels)).toEqual(
			Array.from({length: maxIndentedLevels}, (_, index) => 2 * index),
		);
		expect(new Set(starts.slice(maxIndentedLevels))).toEqual(new Set([2 * maxIndentedLevels]));
		expect(lines.at(-1)).toBe(`${' '.repeat(2 * maxIndentedLevels)}• item11 words to wrap here`);
	});

	// Before: lines of 200 columns at width 40.
	test('100 and 3,000 nested quotes: bars stop at half the width or the level limit, the text stays', () => {
		for (const depth of [100, 3000]) {
			for (const width of widths) {
				const lines = layout(`${'>'.repeat(depth)} innermost words of the quote`, width);
				for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
				const bars = (lineText(lines[0] ?? []).match(/│/g) ?? []).length;
				expect(bars).toBe(Math.min(maxIndentedLevels, Math.floor(width / 4)));
				expect(lines.map((line) => lineText(line).replace(/^[│ ]*/, '')).join(' ')).toBe(
					'innermost words of the quote',
				);
			}
		}
	});

	test('quotes and lists mixed deeply keep the same budget', () => {
		const markdown = Array.from({length: 60}, (_, index) => `${'> '.repeat(index)}- level ${index}`).join('\n\n');
		for (const width of widths) {
			const lines = layout(markdown, width);
			for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.map(lineText).join(' ')).toContain('level 59');
		}
	});

	test('a word longer than any line, and a line of 10,000 words, fit the width and keep every character', () => {
		const word = 'x'.repeat(5000);
		for (const width of widths) {
			const lines = layout(`- > ${word}`, width);
			for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.map(lineText).join('').split('x').length - 1).toBe(5000);
		}
		const long = layout('word '.repeat(10000), 40);
		expect(long.map(lineText).join(' ').split('word').length - 1).toBe(10000);
	});
});
