import * as original from '@alcalzone/ansi-tokenize';
import {describe, expect, test} from 'vitest';
import displayWidth from '../../layout/display-width.js';
import {type StyledChar, styledCharsFromTokens, styledCharsToString, tokenize} from './ansi-tokenize.js';

// What a terminal would show: each cell's text with the set of styles (and the link) on it.
type Cell = {value: string; styles: string[]};
// The original keeps a closed link's end code among a cell's styles; it shows nothing, so it is
// left out of the comparison.
const linkEnd = '\u001b]8;;\u0007';
const cells = (chars: readonly {value: string; styles: readonly {code: string}[]}[]): Cell[] =>
	chars.map((char) => ({
		value: char.value,
		styles: char.styles
			.map((style) => style.code)
			.filter((code) => code !== linkEnd)
			.sort(),
	}));

const lines = [
	'plain text',
	'\u001b[1mbold\u001b[0m then plain',
	'\u001b[1;7mbold reverse\u001b[0m \u001b[2mdim\u001b[0m',
	'\u001b[1m\u001b[2mbold and dim\u001b[22m none',
	'\u001b[31mred \u001b[32mgreen\u001b[39m default',
	'\u001b[38;5;208morange\u001b[0m \u001b[48;2;1;2;3mtruecolor bg\u001b[49m',
	'\u001b[4;34mlink style\u001b[0m',
	'\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007 after',
	'\u001b[1m\u001b]8;;https://x.example\u0007bold link\u001b[0m\u001b]8;;\u0007',
	'表格 and 🚀 and e\u0301 ｶﾞ',
	'\u001b[7m│ box ─┼ \u001b[0m• bullet · dot',
];

describe('the ansi-tokenize stand-in', () => {
	test.each(lines)('cells and styles match the original for %j', (line) => {
		const ours = styledCharsFromTokens(tokenize(line));
		const theirs = original.styledCharsFromTokens(original.tokenize(line));
		expect(cells(ours)).toEqual(cells(theirs));
		// fullWidth says whether a cell takes two columns (Ink itself measures each cell again).
		expect(ours.map((char) => char.fullWidth)).toEqual(ours.map((char) => displayWidth(char.value) > 1));
	});

	test.each(lines)('a round trip through styledCharsToString keeps every cell and style: %j', (line) => {
		const chars = styledCharsFromTokens(tokenize(line));
		const again = styledCharsFromTokens(tokenize(styledCharsToString(chars)));
		expect(cells(again)).toEqual(cells(chars));
	});

	test('cells from Ink (fresh style arrays, padding cells) render as the original renders them', () => {
		const bold = tokenize('\u001b[1m')[0];
		const chars: StyledChar[] = [
			{type: 'char', value: 'a', fullWidth: false, styles: bold?.type === 'ansi' ? [bold] : []},
			{type: 'char', value: 'b', fullWidth: false, styles: bold?.type === 'ansi' ? [{...bold}] : []},
			{type: 'char', value: ' ', fullWidth: false, styles: []},
		];
		expect(cells(styledCharsFromTokens(tokenize(styledCharsToString(chars))))).toEqual(
			cells(original.styledCharsFromTokens(original.tokenize(original.styledCharsToString(chars)))),
		);
	});

	test('escape sequences other than styles and links never pass through', () => {
		const out = styledCharsToString(styledCharsFromTokens(tokenize('a\u001b[2Jb\u001b]0;title\u0007c')));
		expect(out).toBe('abc');
	});
});
