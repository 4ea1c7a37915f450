import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role, span, tableMarkOf} from './styled.js';
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

describe('compact rows', () => {
	test('rows of one line each have no rule between them: the rows plus the header and its rule', () => {
		const rows = Array.from({length: 30}, (_, index) => [`Criterion ${index}`, 'yes', 'no']);
		const lines = layoutTable(table(['', 'A', 'B'], rows), {width: 40}).map(lineText);
		expect(lines).toHaveLength(32);
		expect(lines.filter((line) => line.includes('┼'))).toHaveLength(1);
	});

	test('a row of more than one line has a rule above and below it, and only it', () => {
		const lines = layoutTable(
			table(
				['', 'A'],
				[
					['one', 'short'],
					['two', 'a cell too long for its column'],
					['three', 'short'],
					['four', 'short'],
				],
			),
			{width: 24},
		).map(lineText);
		expect(lines).toEqual([
			'      │ A',
			'──────┼─────────────────',
			'one   │ short',
			'──────┼─────────────────',
			'two   │ a cell too long',
			'      │ for its column',
			'──────┼─────────────────',
			'three │ short',
			'four  │ short',
		]);
	});

	test('ASCII rules', () => {
		const lines = layoutTable(
			table(
				['', 'A'],
				[
					['one', 'a cell too long for it'],
					['two', 'x'],
				],
			),
			{
				width: 20,
				ascii: true,
			},
		).map(lineText);
		expect(lines).toEqual([
			'    | A',
			'----+---------------',
			'one | a cell too',
			'    | long for it',
			'----+---------------',
			'two | x',
		]);
	});
});

describe('widths as a browser gives them', () => {
	// A matrix of marks: the criteria get what they need, the marks what they need.
	const matrix = table(
		['', 'Meilisearch', 'Algolia', 'Typesense', 'Elasticsearch'],
		[
			['Virtual/Programmatic access to the index', '✅', '✅', '❌', 'yes'],
			['Parsing/Serialization', '✅', '❌', '✅', '✅'],
			['meilisearch-python support', 'yes', '❌', '❌', '✅'],
		],
	);

	test('marks take their width and no more; the criteria take the rest, unbroken', () => {
		const widths = columnWidths(matrix, 80) ?? [];
		expect(widths.slice(1)).toEqual([11, 7, 9, 13]);
		expect(widths[0]).toBe(80 - 12 - 40);
		const text = layoutTable(matrix, {width: 80}).map(lineText).join('\n');
		for (const word of ['Virtual/Programmatic', 'Parsing/Serialization', 'meilisearch-python'])
			expect(text).toContain(word);
	});

	test('side by side as long as every column gets its longest word; stacked below that', () => {
		// 21 (Parsing/Serialization) + 11 + 7 + 9 + 13 + 12 of separators = 73.
		expect(layoutTable(matrix, {width: 73}).map(lineText)[0]).toContain('│ Meilisearch │');
		// Narrower, words of more than 15 give way first: 15 + 40 + 12 = 67.
		expect(columnWidths(matrix, 67)).toEqual([15, 11, 7, 9, 13]);
		expect(columnWidths(matrix, 66)).toBeUndefined();
		expect(layoutTable(matrix, {width: 66}).map(lineText)[0]).toBe('Meilisearch');
	});
});

describe('alignment', () => {
	const figures: TableInput = {
		header: [[span('Package')], [span('Time')], [span('Objects')], [span('Note')]],
		rows: [
			[[span('zap')], [span('9,944 ns/op')], [span('5')], [span('fast')]],
			[[span('logrus')], [span('1,316,844 ns/op')], [span('83')], [span('slow')]],
			[[span('std')], [span('—')], [span('120')], [span('-')]],
		],
	};

	test('a column of numbers is right-aligned, its header too; others left', () => {
		const lines = layoutTable(figures, {width: 60}).map(lineText);
		expect(lines).toEqual([
			'Package │            Time │ Objects │ Note',
			'────────┼─────────────────┼─────────┼─────',
			'zap     │     9,944 ns/op │       5 │ fast',
			'logrus  │ 1,316,844 ns/op │      83 │ slow',
			'std     │               — │     120 │ -',
		]);
	});

	test('alignment as written wins: center, left, right', () => {
		const lines = layoutTable({...figures, align: ['right', 'left', 'center', undefined]}, {width: 60}).map(lineText);
		expect(lines.slice(2)).toEqual([
			'    zap │ 9,944 ns/op     │    5    │ fast',
			' logrus │ 1,316,844 ns/op │   83    │ slow',
			'    std │ —               │   120   │ -',
		]);
	});

	test('right-aligned columns end in the same column on every row, wrapped or not, at every width', () => {
		const rows = [
			['a', '1', 'x'],
			['b', '22.5 ms', 'a long cell that wraps over lines'],
			['c', '333', 'y'],
		];
		for (let width = 20; width <= 60; width++) {
			const lines = layoutTable({...table(['', 'N', 'Text'], rows), align: [undefined, 'right', 'left']}, {width});
			const ends = lines
				.map(lineText)
				.filter((line) => line.includes('│') && /\d\s*│[^│]*$/.test(line))
				.map((line) => line.lastIndexOf('│') - 1);
			expect(new Set(ends).size, `width ${width}`).toBe(1);
		}
	});

	test('a figure keeps its unit: a column of numbers is as wide as its widest cell', () => {
		const units = table(['', 'a', 'b', 'c'], [['Serialize', '443.14 µs', '2.5938 ms', '854.26 µs']]);
		expect(columnWidths(units, 45)).toEqual([9, 9, 9, 9]);
		expect(columnWidths(units, 44)).toBeUndefined();
	});
});

describe('links in cells', () => {
	const link = (text: string, href: string, subject?: string) => ({
		text,
		role: Role.link,
		href,
		...(subject ? {subject} : {}),
	});
	const linked: TableInput = {
		header: [[span('Tool')], [span('Repo '), link('home', 'https://h.ex/')]],
		rows: [
			[
				[span('grep')],
				[link('hypergrep', 'https://github.com/p-ranav/hypergrep'), span(' and '), link('rg', 'https://rg.example/')],
			],
			[[span('again')], [link('same place', 'https://github.com/p-ranav/hypergrep')]],
			[[span('mail')], [link('me@x.example', 'mailto:me@x.example')]],
		],
	};

	test('show their text, numbered, one number per address; the addresses are listed under the table', () => {
		const lines = layoutTable(linked, {width: 60}).map(lineText);
		expect(lines).toEqual([
			'Tool  │ Repo home¹',
			'──────┼───────────────────',
			'grep  │ hypergrep² and rg³',
			'again │ same place²',
			'mail  │ me@x.example',
			'',
			'¹ https://h.ex/',
			'² https://github.com/p-ranav/hypergrep',
			'³ https://rg.example/',
		]);
	});

	test('the text stays a link (OSC 8 where the terminal takes it); the number and the note are apart', () => {
		const lines = layoutTable(linked, {width: 60});
		const spans = lines.flat();
		expect(spans.find((piece) => piece.text === 'hypergrep')?.href).toBe('https://github.com/p-ranav/hypergrep');
		expect(spans.find((piece) => piece.text === '²')).toMatchObject({role: Role.muted});
		expect(spans.find((piece) => piece.text === '²')?.href).toBeUndefined();
		const note = lines.find((line) => lineText(line).startsWith('³'));
		expect(note?.at(-1)).toMatchObject({text: 'https://rg.example/', role: Role.link, href: 'https://rg.example/'});
	});

	test('a number the table writes itself (a superscript of its own notes) is not given to a link', () => {
		const own: TableInput = {
			header: [[span('')], [span('got')], [span('ky')]],
			rows: [
				[[span('HTTP/2')], [span('✔️¹')], [span('✔️³')]],
				[[span('Repo')], [link('got', 'https://g.example/')], [link('ky', 'https://k.example/')]],
			],
		};
		const lines = layoutTable(own, {width: 40}).map(lineText);
		expect(lines).toContain('Repo   │ got² │ ky⁴');
		expect(lines.slice(-2)).toEqual(['² https://g.example/', '⁴ https://k.example/']);
	});

	test('numbers in ASCII are ^n; ten and more line up', () => {
		const many: TableInput = {
			header: [[span('n')], [span('link')]],
			rows: Array.from({length: 10}, (_, index) => [
				[span(String(index))],
				[link(`l${index}`, `https://x.example/${index}`)],
			]),
		};
		const ascii = layoutTable(many, {width: 40, ascii: true}).map(lineText);
		expect(ascii).toContain('9 | l9^10');
		expect(ascii).toContain('^1  https://x.example/0');
		expect(ascii).toContain('^10 https://x.example/9');
		const unicode = layoutTable(many, {width: 40}).map(lineText);
		expect(unicode).toContain('¹  https://x.example/0');
		expect(unicode).toContain('¹⁰ https://x.example/9');
	});

	test('stacked, the header link is numbered in every record and its address listed once', () => {
		const lines = layoutTable(linked, {width: 16, stack: 'records'}).map(lineText);
		expect(lines.filter((line) => line.includes('home¹'))).toHaveLength(3);
		expect(lines.filter((line) => line.includes('https://h.ex/'))).toEqual(['¹ https://h.ex/']);
	});

	test('a long address wraps under its number, within the width', () => {
		const long: TableInput = {header: [[span('a')]], rows: [[[link('x', `https://x.example/${'y'.repeat(40)}`)]]]};
		const lines = layoutTable(long, {width: 24});
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(24);
		expect(lines.map(lineText).slice(4)).toEqual([
			'¹ https://x.example/yyyy',
			`  ${'y'.repeat(22)}`,
			`  ${'y'.repeat(14)}`,
		]);
	});
});

describe('a table wider than the width, panned', () => {
	// A criterion column of 9 and seven of twelve-letter words: 9 + 7 × 12 + 7 × 3 = 114, far wider
	// than 60, where the criteria and three others fit (9 + 3 × 12 + 3 × 3 = 54).
	const names = ['Criterion', ...Array.from({length: 7}, (_, index) => `Subject${index + 1}`)];
	const wide = table(
		names,
		Array.from({length: 3}, (_, row) => [
			`Row ${row}`,
			...Array.from({length: 7}, (__, column) => `value-${row}-${column}abc`),
		]),
	);
	const header = (pan: number, width = 60) => lineText(layoutTable(wide, {width, wide: 'pan', pan})[0] ?? []);

	test('printed, it stacks; panned, the first column stays and as many others as fit show', () => {
		expect(lineText(layoutTable(wide, {width: 60})[0] ?? [])).toBe('Subject1');
		expect(header(0)).toBe('Criterion │ Subject1     │ Subject2     │ Subject3');
		expect(header(1)).toBe('Criterion │ Subject2     │ Subject3     │ Subject4');
	});

	test('the pan stops where the last column shows, and says which columns show', () => {
		const mark = (pan: number) => tableMarkOf(layoutTable(wide, {width: 60, wide: 'pan', pan})[0] ?? []);
		expect(mark(0)).toEqual({index: 0, header: 2, panned: {from: 2, to: 4, of: 8, pan: 0, maxPan: 4}});
		expect(mark(4)?.panned).toEqual({from: 6, to: 8, of: 8, pan: 4, maxPan: 4});
		expect(header(4)).toBe('Criterion │ Subject5     │ Subject6     │ Subject7');
		// Past the end, or before the start, it stays in range.
		expect(header(9)).toBe(header(4));
		expect(header(-2)).toBe(header(0));
	});

	test('every line of a panned table is marked and within the width, at every width from 20', () => {
		for (let width = 20; width <= 130; width++)
			for (let pan = 0; pan < 8; pan++) {
				const lines = layoutTable(wide, {width, wide: 'pan', pan, index: 2});
				for (const line of lines) {
					expect(lineWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
					expect(tableMarkOf(line)?.index).toBe(2);
				}
			}
	});

	test('a table that fits is not panned: its mark says nothing of columns', () => {
		expect(tableMarkOf(layoutTable(wide, {width: 130, wide: 'pan', pan: 2})[0] ?? [])).toEqual({index: 0, header: 2});
	});
});
