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

describe('side by side', () => {
	const cell = (text: string) => [span(text)];

	test('a table exactly as wide as the width is still drawn side by side; one column narrower, it stacks', () => {
		const small = table(['', 'A', 'B'], [['x', 'one', 'two']]);
		expect(layoutTable(small, {width: 13}).map(lineText)).toEqual(['  │ A   │ B', '──┼─────┼────', 'x │ one │ two']);
		expect(layoutTable(small, {width: 12}).map(lineText)).toEqual(['A', '  x: one', '', 'B', '  x: two']);
	});

	test('header cells are subjects, borders are borders, and a cell is padded only when narrower than its column', () => {
		const lines = layoutTable(table(['', 'A', 'B'], [['x', 'one', 'two']]), {width: 40});
		const separator = span(' │ ', Role.border);
		// Each line ends in an empty span that marks it as the table's (its header is 2 lines).
		const mark = {text: '', role: Role.none, table: {index: 0, header: 2}};
		expect(lines).toEqual([
			[span(' '), separator, span('A', Role.subject), span('  '), separator, span('B', Role.subject), mark],
			[span('──┼─────┼────', Role.border), mark],
			[span('x'), separator, span('one'), separator, span('two'), mark],
		]);
	});

	test('a long word before a line break keeps its column at least as wide as the word', () => {
		// "abcdefghijkl" (12) is the longest word, though the cell's last line has only short ones:
		// narrower than 1 + 3 + 12 the table is stacked rather than break the word.
		const withBreak: TableInput = {
			header: [cell(''), cell('b')],
			rows: [[cell('x'), [span('abcdefghijkl'), span('\n', Role.break), span('mn op')]]],
		};
		expect(columnWidths(withBreak, 15)).toBeUndefined();
		expect(columnWidths(withBreak, 16)).toEqual([1, 12]);
	});
});

describe('sharing the width between columns too wide for it', () => {
	test('each column gets its longest word, and the room left goes in proportion to what each lacks', () => {
		// Natural 13, 18 and 9, longest words 5, 6 and 4, in 26 columns: 11 left over, lacking 8, 12
		// and 5 of 25: shares 3.52, 5.28 and 2.2, so 8, 11 and 6 whole and the last to the first.
		expect(columnWidths(table(['', 'a', 'b'], [['abcde abcd ab', 'abcdef abcdef abcd', 'abcd abcd']]), 32)).toEqual([
			9, 11, 6,
		]);
	});

	test('the first column is a column like the others: no smaller share for the criteria', () => {
		// Natural 36, 2 and 2 in 29 columns: only the criteria lack, and take all that is left.
		const criteria = table(['', 'a', 'b'], [['Virtual/Programmatic access and more', 'ok', 'no']]);
		expect(columnWidths(criteria, 35)).toEqual([25, 2, 2]);
	});

	test('a word longer than 15 keeps its length while the minimums still fit, then is the first to give', () => {
		const long = table(['', 'a', 'b'], [['Parsing/Serialization', 'yes', 'abcdefghijklmno']]);
		// 21 + 3 + 15 + 6 = 45: every word whole.
		expect(columnWidths(long, 45)).toEqual([21, 3, 15]);
		// One column less: the 21-column word gives a column, the 15-column one keeps its own.
		expect(columnWidths(long, 44)).toEqual([20, 3, 15]);
		// Words of 15 whole need 15 + 3 + 15 + 6 = 39: narrower, the table stacks.
		expect(columnWidths(long, 39)).toEqual([15, 3, 15]);
		expect(columnWidths(long, 38)).toBeUndefined();
	});

	test('a token longer than 30 (a URL) counts as 30 at most, and its column may break it', () => {
		const url = table(['', 'a'], [['x', `https://example.com/${'a'.repeat(40)}`]]);
		expect(columnWidths(url, 40)).toEqual([1, 36]);
		expect(columnWidths(url, 34)).toEqual([1, 30]);
		expect(columnWidths(url, 19)).toEqual([1, 15]);
		expect(columnWidths(url, 18)).toBeUndefined();
	});
});

describe('stacked by columns', () => {
	test('a blank line between the blocks, and a row without a cell for a column still shows its label', () => {
		const short: TableInput = {
			header: [[span('')], [span('FastAPI')], [span('Litestar')]],
			rows: [[[span('Speed')], [span('fast')], [span('faster')]], [[span('Docs')]]],
		};
		expect(layoutTable(short, {width: 10}).map(lineText)).toEqual([
			'FastAPI',
			'  Speed:',
			'    fast',
			'  Docs:',
			'',
			'Litestar',
			'  Speed:',
			'    faster',
			'  Docs:',
		]);
	});
});

describe('stacked as records, edge cases', () => {
	const cell = (text: string) => [span(text)];
	const table: TableInput = {
		header: [cell(''), cell('GC'), cell('Notes')],
		rows: [
			[cell('Lua'), [span(''), span('yes', Role.strong)], cell(' ')],
			[cell(' '), cell('no'), cell('Small'), cell('extra')],
			[cell('A very long name'), cell('yes')],
		],
	};

	// A blank column name gives the heading no "name: "; a cell of spaces is left out, one that
	// starts with an empty span is not; a cell beyond the header is shown without a name.
	test('from 12 columns wide, records indent their cells and a wrapped heading', () => {
		expect(layoutTable(table, {width: 12, stack: 'records'}).map(lineText)).toEqual([
			'Lua',
			'  GC: yes',
			'',
			'GC: no',
			'Notes: Small',
			'extra',
			'',
			'A very long',
			'  name',
			'  GC: yes',
		]);
	});

	test('narrower than 12 columns, nothing is indented', () => {
		expect(layoutTable(table, {width: 11, stack: 'records'}).map(lineText)).toEqual([
			'Lua',
			'GC: yes',
			'',
			'GC: no',
			'Notes:',
			'Small',
			'extra',
			'',
			'A very long',
			'name',
			'GC: yes',
		]);
	});

	test('a row with no cells at all gives no lines', () => {
		expect(layoutTable({header: [cell('a'), cell('b')], rows: [[]]}, {width: 2, stack: 'records'})).toEqual([]);
	});
});
