// What a table cell shows of its links and images: their text only (the table numbers each link
// and lists its address under itself), never an address; and a table's alignment, as written.
import {describe, expect, test} from 'vitest';
import {Role} from '../layout/styled.js';
import {lexBlocks, parseCell, parseInline, shortAddress} from './markdown-parse.js';

/** The spans of the first table's cells, row by row, header first. */
function cells(markdown: string) {
	const table = lexBlocks(markdown).find((block) => block.type === 'table');
	if (table?.type !== 'table') throw new Error('no table');
	return [table.header, ...table.rows];
}

describe('a link in a cell', () => {
	test('shows its text, a link to its address, with nothing after it', () => {
		expect(parseCell('[hypergrep](https://github.com/p-ranav/hypergrep) is fast')).toEqual([
			{text: 'hypergrep', role: Role.link, href: 'https://github.com/p-ranav/hypergrep'},
			{text: ' is fast', role: Role.none},
		]);
		// In prose the address still follows the text.
		expect(parseInline('[hypergrep](https://github.com/p-ranav/hypergrep)')[1]).toEqual({
			text: ' (https://github.com/p-ranav/hypergrep)',
			role: Role.muted,
		});
	});

	test('whose text is its address shows the host and the last part of the path', () => {
		expect(parseCell('<https://github.com/p-ranav/hypergrep>')).toEqual([
			{text: 'github.com/…/hypergrep', role: Role.link, href: 'https://github.com/p-ranav/hypergrep'},
		]);
		expect(parseCell('see www.example.com/docs')).toEqual([
			{text: 'see ', role: Role.none},
			{text: 'example.com/docs', role: Role.link, href: 'http://www.example.com/docs'},
		]);
	});

	test('a relative link shows its text, a mail link its address', () => {
		expect(parseCell('[setup](./setup.md)')).toEqual([{text: 'setup', role: Role.link}]);
		expect(parseCell('<me@x.example>')).toEqual([{text: 'me@x.example', role: Role.link, href: 'mailto:me@x.example'}]);
	});
});

describe('an image in a cell', () => {
	test('shows its alt text, else its reference label, else its file name; never its address', () => {
		expect(parseCell('![Downloads](https://img.shields.io/npm/dm/got.svg)')).toEqual([
			{text: 'Downloads', role: Role.muted},
		]);
		const [, row] = cells(
			'| a | b |\n|---|---|\n| ![][stars-swr] | ![](https://img.example/badge/build.svg?x=1) |\n\n[stars-swr]: https://img.example/s',
		);
		expect(row).toEqual([[{text: 'stars-swr', role: Role.muted}], [{text: 'build.svg', role: Role.muted}]]);
	});

	test('a badge (an image in a link) shows its text once, a link to where the badge leads', () => {
		const [, row] = cells(
			'| a |\n|---|\n| [![][gio]][g1] |\n\n[gio]: https://img.shields.io/github/issues-raw/x/got\n[g1]: https://github.com/x/got/issues',
		);
		expect(row).toEqual([[{text: 'gio', role: Role.muted | Role.link, href: 'https://github.com/x/got/issues'}]]);
	});
});

describe("a table's alignment", () => {
	test('as the delimiter row writes it, null where it says nothing', () => {
		const [table] = lexBlocks('| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |');
		expect(table).toMatchObject({type: 'table', align: ['left', 'center', 'right', null]});
	});

	test('left out when no column says anything', () => {
		const [table] = lexBlocks('| a | b |\n|---|---|\n| 1 | 2 |');
		expect(table && 'align' in table).toBe(false);
	});
});

test('a short address: the host without www, then the last part of the path, if any', () => {
	expect(shortAddress('https://www.example.com')).toBe('example.com');
	expect(shortAddress('https://example.com/a/')).toBe('example.com/a');
	expect(shortAddress('https://user@example.com/a/b/c?q=1#x')).toBe('example.com/…/c');
	expect(shortAddress('mailto:me@x.example')).toBe('mailto:me@x.example');
});
