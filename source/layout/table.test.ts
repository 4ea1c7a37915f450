import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role, span} from './styled.js';
import {columnWidths, layoutTable, type TableInput} from './table.js';

const table = (header: string[], rows: string[][]): TableInput => ({
	header: header.map((text) => [span(text)]),
	rows: rows.map((row) => row.map((text) => [span(text)])),
});

function characterCounts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const character of text.replace(/[^\p{L}\p{N}]/gu, '')) counts.set(character, (counts.get(character) ?? 0) + 1);
	return counts;
}

const sample = table(
	['', 'FastAPI', 'Litestar', 'Django Ninja'],
	[
		['Throughput', '1,200 concurrent requests per second [1]', 'Not stated in the source', 'Not stated; Django: 600'],
		['Model', 'Asynchronous', 'Not stated in the source', 'Synchronous'],
	],
);

describe('layoutTable', () => {
	test('side by side when it fits, with natural widths and no trailing spaces', () => {
		const lines = layoutTable(table(['', 'A', 'B'], [['x', 'one', 'two']]), {width: 40}).map(lineText);
		expect(lines).toEqual(['  │ A   │ B', '──┼─────┼────', 'x │ one │ two']);
	});

	test('ASCII borders on request', () => {
		const lines = layoutTable(table(['', 'A', 'B'], [['x', 'one', 'two']]), {
			width: 40,
			ascii: true,
		}).map(lineText);
		expect(lines).toEqual(['  | A   | B', '--+-----+----', 'x | one | two']);
	});

	test('at every width from 20 to 200: no line too wide and no character of any cell lost', () => {
		const cells = [...sample.header, ...sample.rows.flat()].flat().map((piece) => piece.text);
		for (let width = 20; width <= 200; width++) {
			const lines = layoutTable(sample, {width});
			for (const line of lines) expect(lineWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
			const text = lines.map(lineText).join('\n');
			for (const name of ['FastAPI', 'Litestar', 'Django', 'Ninja']) expect(text, `width ${width}`).toContain(name);
			// Wrapping may split a cell over lines and columns but must keep every letter and digit.
			const have = characterCounts(text);
			for (const [character, count] of characterCounts(cells.join(''))) {
				expect(have.get(character) ?? 0, `width ${width}: ${character}`).toBeGreaterThanOrEqual(count);
			}
		}
	});

	test('narrow widths give stacked records, one block per subject', () => {
		const lines = layoutTable(sample, {width: 30}).map(lineText);
		expect(columnWidths(sample, 30)).toBeUndefined();
		expect(lines.slice(0, 4)).toEqual([
			'FastAPI',
			'  Throughput: 1,200 concurrent',
			'    requests per second [1]',
			'  Model: Asynchronous',
		]);
		expect(lines).toContain('Litestar');
		expect(lines).toContain('Django Ninja');
	});

	test('wide enough tables keep side-by-side columns at readable widths', () => {
		const widths = columnWidths(sample, 60);
		expect(widths).toBeDefined();
		for (const width of widths ?? []) expect(width).toBeGreaterThanOrEqual(8);
		expect((widths ?? []).reduce((a, b) => a + b, 0) + 9).toBeLessThanOrEqual(60);
	});

	test('CJK and emoji cells line up by display width', () => {
		const lines = layoutTable(table(['', '表格', 'B 🚀'], [['行', '中文内容很长很长的句子', 'emoji 🚀🚀🚀 cell']]), {
			width: 34,
		});
		expect(lines.length).toBeGreaterThan(3);
		const separators = lines
			.filter((line) => lineText(line).includes('│'))
			.map((line) => {
				const text = lineText(line);
				const before = text.slice(0, text.indexOf('│'));
				return lineWidth([span(before)]);
			});
		expect(new Set(separators).size).toBe(1);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(34);
	});
});

test('column widths are found when the bound of the label column is fractional', () => {
	// Natural widths 17, 10 and 17 at width 49: the label column's bound, 17 / 0.6, is not a whole
	// number, and the bisection over it once never closed.
	const table = {
		header: [[span('')], [span('a')], [span('b')]],
		rows: [[[span('abcdefgh abcdefgh')], [span('abcd efgh.')], [span('abcdefgh abcdefgh')]]],
	};
	const widths = columnWidths(table, 49);
	expect(widths).toBeDefined();
	expect((widths ?? []).reduce((sum, value) => sum + value, 0) + 6).toBeLessThanOrEqual(49);
}, 5000);

describe('stacked as records', () => {
	const cell = (text: string) => [span(text)];
	const table: TableInput = {
		header: [cell('Language'), cell('GC'), cell('Notes')],
		rows: [
			[cell('Lua'), cell('yes'), cell('Small, fast and embeddable everywhere')],
			[cell(''), cell('no'), cell('')],
		],
	};

	test('each row under its first cell, every other cell named by its column; empty cells left out', () => {
		const lines = layoutTable(table, {width: 20, stack: 'records'}).map(lineText);
		expect(lines).toEqual([
			'Language: Lua',
			'  GC: yes',
			'  Notes: Small, fast',
			'    and embeddable',
			'    everywhere',
			'',
			'GC: no',
		]);
	});

	test('no line wider than the width, at any width', () => {
		for (let width = 1; width <= 40; width++)
			for (const line of layoutTable(table, {width, stack: 'records'}))
				expect(lineWidth(line)).toBeLessThanOrEqual(width);
	});
});

test('a cell with a line break is as wide as its widest line, and measured without the break', () => {
	const table: TableInput = {
		header: [[span('a')], [span('b')]],
		rows: [[[span('x')], [span('one two'), span('\n', Role.break), span('three')]]],
	};
	// Natural widths 1 and 7 ("one two"), not 13 for the two lines end to end.
	expect(columnWidths(table, 80)).toEqual([1, 7]);
});
