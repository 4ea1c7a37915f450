import {describe, expect, test} from 'vitest';
import {type Line, lineText, lineWidth, span} from './styled.js';
import {urlLines} from './url-lines.js';

const texts = (lines: readonly Line[]) => lines.map(lineText);

describe('urlLines', () => {
	test('a URL that fits is one line, one link to itself', () => {
		const lines = urlLines('https://example.com/a', 40, {first: [span('    ')]});
		expect(texts(lines)).toEqual(['    https://example.com/a']);
		expect(lines[0]?.[1]).toMatchObject({href: 'https://example.com/a'});
	});

	test('a longer one breaks after a separator, never inside a word, each piece linking to the whole', () => {
		const url = 'https://www.example.com/blog/the-pilot-sprawl-into-production';
		const lines = urlLines(url, 30, {first: [span('  ')]});
		expect(texts(lines)).toEqual(['  https://www.example.com/', '  blog/the-pilot-sprawl-into-', '  production']);
		for (const line of lines) {
			expect(lineWidth(line)).toBeLessThanOrEqual(30);
			expect(line.at(-1)?.href).toBe(url);
		}
		expect(
			texts(lines)
				.map((text) => text.trim())
				.join(''),
		).toBe(url);
	});

	test('a name wider than the line is cut at the width; nothing is wider than the width', () => {
		const url = `https://x.example/${'a'.repeat(50)}`;
		const lines = urlLines(url, 20);
		expect(lines.every((line) => lineWidth(line) <= 20)).toBe(true);
		expect(texts(lines).join('')).toBe(url);
		expect(texts(lines)[0]).toBe('https://x.example/');
	});

	test('wide characters count two columns', () => {
		const url = 'https://例え.jp/パス/ページ';
		for (const width of [8, 12, 20]) {
			const lines = urlLines(url, width);
			expect(lines.every((line) => lineWidth(line) <= width)).toBe(true);
			expect(texts(lines).join('')).toBe(url);
		}
	});
});
