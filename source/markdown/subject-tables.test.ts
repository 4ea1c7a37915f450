import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {Role} from '../layout/styled.js';
import {cellFromSource, type TableCells, tableCells} from './markdown-tables.js';
import {
	cellKind,
	coreName,
	folded,
	inferSubjects,
	mentions,
	shownHeader,
	subjectName,
	tableCandidate,
} from './subject-tables.js';

function tablesOf(markdown: string): TableCells[] {
	return Lexer.lex(markdown, {gfm: true})
		.filter((token): token is Tokens.Table => token.type === 'table')
		.map(tableCells);
}

function table(markdown: string): TableCells {
	const [first] = tablesOf(markdown);
	if (!first) throw new Error('no table');
	return first;
}

/** A GFM table from its header and rows of cells. */
function grid(header: readonly string[], ...rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
	return line(header) + line(header.map(() => '-')) + rows.map(line).join('');
}

/** The names a table compares, with a document that mentions everything it is given. */
const compared = (markdown: string, text = markdown) => {
	const tables = tablesOf(markdown);
	return tables[0] && tableCandidate(tables[0], 0, tables, mentions(text))?.names;
};

describe('cellKind', () => {
	test('marks, figures by unit, versions, code, and short text by what it is made of', () => {
		const kinds = [
			'✅',
			'Yes (with a plugin)',
			'no',
			'656 ns/op',
			'31.8%',
			'56K',
			'4,452',
			'1.2.3',
			'v2',
			'4.x',
			'`uv sync`',
		];
		expect(kinds.map((text) => cellKind(cellFromSource(text)))).toEqual([
			'mark',
			'mark',
			'mark',
			'figure ns/op',
			'figure %',
			'figure ',
			'figure ',
			'version',
			'version',
			'version',
			'code',
		]);
		expect(['0x00', '␀', 'Dense', 'a much longer text of words'].map((text) => cellKind(cellFromSource(text)))).toEqual(
			['alphanumeric', 'symbol', 'text', 'text'],
		);
	});

	test('a bare number is a figure, even written as code', () => {
		for (const text of ['`42`', '`-42`', '`44,452`', '`1,234,567`', '`1,234`', '`4.25`'])
			expect(cellKind(cellFromSource(text)), text).toBe('figure ');
	});

	test('pieces of code with spaces between are code; code beside words is not', () => {
		expect(cellKind(cellFromSource('`uv` `sync`'))).toBe('code');
		expect(cellKind(cellFromSource('`uv` sync'))).toBe('text');
	});

	test('more than three words, or more than 24 characters, is text whatever it is made of', () => {
		expect(cellKind(cellFromSource('1 2 3'))).toBe('figure ');
		expect(cellKind(cellFromSource('1 2 3 4'))).toBe('text');
		expect(cellKind(cellFromSource('a1'.repeat(12)))).toBe('alphanumeric');
		expect(cellKind(cellFromSource(`${'a1'.repeat(12)}b`))).toBe('text');
	});

	test('a line break or a run of spaces in a cell reads as one space', () => {
		expect(cellKind(cellFromSource('yes<br>with a plugin'))).toBe('mark');
		expect(cellKind(cellFromSource('5  ns/op'))).toBe('figure ns/op');
	});

	test('no value: empty, a dash, n/a', () => {
		for (const text of ['', ' ', '-', '—', 'n/a', '?']) expect(cellKind(cellFromSource(text)), text).toBeUndefined();
		expect(cellKind(undefined)).toBeUndefined();
	});
});

describe('tableCandidate', () => {
	test('a named first column and a run of columns answering each row alike; a Notes column after is not one', () => {
		expect(
			compared(
				'| Feature | pnpm | Yarn | npm | Notes |\n|-|-|-|-|-|\n| A | ✅ | ✅ | ❌ | long words here and there |\n| B | ❌ | ✅ | ✅ | |\n',
			),
		).toEqual(['pnpm', 'Yarn', 'npm']);
	});

	test('under an empty corner, every column from the first that answers alike: label columns before it', () => {
		expect(
			compared(
				'| | Benchmark | # Shots | V2 | Qwen | V3 |\n|-|-|-|-|-|-|\n| English | MMLU | 5-shot | 78 | 85 | 87 |\n| | DROP | 3-shot | 80 | 80 | 89 |\n',
			),
		).toEqual(['V2', 'Qwen', 'V3']);
	});

	test('columns of one kind each, rows of several: measures, not subjects', () => {
		expect(
			compared(
				'| Package | Time | Objects Allocated |\n|-|-|-|\n| zap | 656 ns/op | 5 allocs/op |\n| zerolog | 380 ns/op | 1 allocs/op |\n',
			),
		).toBeUndefined();
		expect(
			compared('| Tool | Command | Time |\n|-|-|-|\n| uv | `uv sync` | 0.5 s |\n| Pixi | `pixi install` | 1.2 s |\n'),
		).toBeUndefined();
		expect(
			compared('| Character | Value | Replacement |\n|-|-|-|\n| NUL | 0x00 | ␀ |\n| SOH | 0x01 | ␁ |\n'),
		).toBeUndefined();
	});

	test('a first column of numbers ranks the rows: they are what is compared', () => {
		expect(
			compared(
				'| Rank | Router | ns/op | B/op |\n|-|-|-|-|\n| 1 | Gin | 29 | 0 |\n| 2 | Echo | 31 | 0 |\n| 3 | Chi | 240 | 432 |\n',
			),
		).toBeUndefined();
	});

	test('figures closer down a column than along a row measure one thing per column', () => {
		const grid =
			'| Model | GSM8K | MATH | BBH |\n|-|-|-|-|\n| M1 | 32.4 | 6.5 | 33.7 |\n| M2 | 52.1 | 13.1 | 45.0 |\n| M3 | 72.3 | 25.7 | 66.1 |\n';
		expect(compared(grid)).toBeUndefined();
		// Transposed, the same figures compare the models.
		const matrix =
			'| Benchmark | M1 | M2 | M3 |\n|-|-|-|-|\n| GSM8K | 32.4 | 52.1 | 72.3 |\n| MATH | 6.5 | 13.1 | 25.7 |\n| BBH | 33.7 | 45.0 | 66.1 |\n';
		expect(compared(matrix)).toEqual(['M1', 'M2', 'M3']);
	});

	test('a few columns alike among many others are attributes of the rows', () => {
		expect(
			compared(
				'| Name | Hash | ModTime | Case | Duplicates | MIME | Metadata |\n|-|-|-|-|-|-|-|\n| S3 | MD5 | R/W | No | No | R/W | RWU |\n| Box | SHA1 | R/W | Yes | No | - | - |\n',
			),
		).toBeUndefined();
	});

	test('with nothing else to vouch for them (no marks, no empty corner), the names must be mentioned', () => {
		const markdown = '| 维度 | A | B |\n|-|-|-|\n| 职责 | 模型选择 | 统一接入 |\n| 粒度 | 单次请求 | 全生命周期 |\n';
		expect(compared(markdown, '')).toBeUndefined();
		expect(compared(markdown, 'A 和 B')).toEqual(['A', 'B']);
		// The same header over the same rows again: measured again, not compared.
		expect(compared(`${markdown}\n${markdown}`, 'A 和 B')).toBeUndefined();
	});

	test('fewer than 2 or more than 8 columns, a blank or repeated name, a row without a label: none', () => {
		expect(compared('| | A |\n|-|-|\n| x | ✅ |\n')).toBeUndefined();
		const nine = Array.from({length: 9}, (_, index) => `S${index}`);
		expect(
			compared(
				`| |${nine.join('|')}|\n|-|${nine.map(() => '-').join('|')}|\n| x |${nine.map(() => '✅').join('|')}|\n`,
			),
		).toBeUndefined();
		expect(compared('| | A | a (x) |\n|-|-|-|\n| x | ✅ | ✅ |\n')).toBeUndefined();
		expect(compared('| | A | B |\n|-|-|-|\n| | ✅ | ✅ |\n')).toBeUndefined();
	});
});

describe('which columns answer each row alike', () => {
	test("a column answers alike when half its cells are of their row's commonest kind", () => {
		expect(
			compared(grid(['Feature', 'A', 'B', 'C'], ['Speed', '✅', '✅', '✅'], ['Size', '✅', '✅', 'slow'])),
		).toEqual(['A', 'B', 'C']);
	});

	test('a column with fewer than half its cells alike is left out', () => {
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C'],
					['Speed', '✅', '✅', 'slow'],
					['Size', '✅', '✅', 'slow'],
					['Cost', '✅', '✅', '✅'],
				),
			),
		).toEqual(['A', 'B']);
	});

	test("a row's label is not one of its answers: a label of the same kind as half of them does not tie them", () => {
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C'],
					['Speed', 'slow', '✅', '✅'],
					['Size', 'slow', '✅', '✅'],
					['Cost', '✅', '✅', '✅'],
				),
			),
		).toEqual(['B', 'C']);
	});

	test('a row with two kinds equally common has no commonest kind', () => {
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C', 'D'],
					['Speed', '✅', '✅', 'slow', 'slow'],
					['Size', 'slow', '✅', '✅', '✅'],
				),
			),
		).toEqual(['B', 'C', 'D']);
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C', 'D'],
					['Speed', '✅', '✅', 'slow', 'slow'],
					['Size', '✅', '✅', 'slow', '✅'],
				),
			),
		).toEqual(['A', 'B']);
	});

	test('a row with a single answer has no commonest kind', () => {
		expect(compared(grid(['Feature', 'A', 'B', 'C'], ['Speed', '✅', '', ''], ['Size', 'slow', '✅', '✅']))).toEqual([
			'B',
			'C',
		]);
	});

	test('an empty cell is no answer: a column of one mark and blanks answers alike', () => {
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C'],
					['Speed', '✅', '✅', '✅'],
					['Size', '✅', '✅', ''],
					['Cost', '✅', '✅', ''],
				),
			),
		).toEqual(['A', 'B', 'C']);
		expect(
			compared(
				grid(
					['Feature', 'A', 'B', 'C', 'D'],
					['Speed', '', '', '✅', '✅'],
					['Size', '', '', '✅', '✅'],
					['Cost', '✅', '✅', '✅', '✅'],
				),
			),
		).toEqual(['A', 'B', 'C', 'D']);
	});

	test('under an empty corner with no column alike, every column is compared', () => {
		expect(compared(grid(['', 'A', 'B'], ['Speed', '✅', 'slow']))).toEqual(['A', 'B']);
	});

	test('under an empty corner, the first of two runs as long starts the compared columns', () => {
		expect(
			compared(grid(['', 'A', 'B', 'Notes', 'C', 'D'], ['Speed', '✅', '✅', 'long words here and there', '✅', '✅'])),
		).toEqual(['A', 'B', 'Notes', 'C', 'D']);
	});

	test('a single column alike compares nothing', () => {
		expect(
			compared(grid(['Feature', 'A', 'B'], ['Speed', '✅', '✅'], ['Size', '✅', ''], ['Cost', '✅', 'slow'])),
		).toBeUndefined();
	});

	test('the columns compared must be at least half of those after the first', () => {
		const rows = [
			['Speed', '✅', '❌', 'slow', '5 MB', '2019'],
			['Cost', '❌', '✅', 'fast', '7 MB', '2020'],
		];
		expect(compared(grid(['Feature', 'A', 'B', 'Notes', 'Size'], ...rows.map((row) => row.slice(0, 5))))).toEqual([
			'A',
			'B',
		]);
		expect(compared(grid(['Feature', 'A', 'B', 'Notes', 'Size', 'Since'], ...rows))).toBeUndefined();
	});
});

describe('what vouches for a table', () => {
	test('marks vouch for a table whose names the text never mentions', () => {
		expect(compared(grid(['Feature', 'A', 'B'], ['Speed', '✅', '❌'], ['Size', '❌', '✅']), '')).toEqual(['A', 'B']);
	});

	test('marks are counted among the filled cells, and three in ten are enough', () => {
		expect(
			compared(
				grid(['Feature', 'A', 'B'], ['Speed', '✅', '✅'], ['Size', '', ''], ['Cost', '', ''], ['Docs', '', '']),
				'',
			),
		).toEqual(['A', 'B']);
		expect(
			compared(
				grid(
					['Feature', 'A', 'B'],
					['Speed', '✅', '✅'],
					['Size', '✅', 'slow'],
					['Cost', 'fast', 'slow'],
					['Docs', 'fast', 'slow'],
					['Ease', 'fast', 'slow'],
				),
				'',
			),
		).toEqual(['A', 'B']);
	});

	test('a first column of numbers in four rows of five ranks them; one number among the labels does not', () => {
		const marks = [
			['✅', '❌'],
			['❌', '✅'],
			['✅', '✅'],
			['❌', '❌'],
			['✅', '❌'],
		];
		const ranked = ['1', '2', '3', '4', 'Other'];
		expect(compared(grid(['Rank', 'A', 'B'], ...marks.map((row, at) => [ranked[at] ?? '', ...row])))).toBeUndefined();
		const labelled = ['2019', 'Speed', 'Size', 'Cost', 'Docs'];
		expect(compared(grid(['Feature', 'A', 'B'], ...marks.map((row, at) => [labelled[at] ?? '', ...row])))).toEqual([
			'A',
			'B',
		]);
	});

	/** A table of words (nothing vouches for it) comparing A and B, with rows of these labels. */
	const words = (labels: readonly string[], header = ['Aspect', 'A', 'B']) =>
		`${grid(header, ...labels.map((label) => [label, 'fast', 'slow']))}\n`;
	const six = ['Speed', 'Size', 'Cost', 'Docs', 'Ease', 'Reach'];

	test('the same header over other rows, or another header over the same rows, is another comparison', () => {
		expect(compared(words(['Speed', 'Size']) + words(['Cost', 'Docs']), 'A B')).toEqual(['A', 'B']);
		expect(compared(words(['Speed', 'Size']) + words(['Speed', 'Size'], ['Aspect', 'A', 'C']), 'A B C')).toEqual([
			'A',
			'B',
		]);
	});

	test('the same rows again are at least two rows shared, and half of the shorter table', () => {
		expect(compared(words(['Speed', 'Size']) + words(['Speed', 'Cost']), 'A B')).toEqual(['A', 'B']);
		expect(compared(words(six) + words(['Speed', 'Size', 'x1', 'x2', 'x3', 'x4']), 'A B')).toEqual(['A', 'B']);
		expect(compared(words(six.slice(0, 4)) + words(['Speed', 'Size', 'x1', 'x2']), 'A B')).toBeUndefined();
		expect(compared(words(['Speed', 'Size']) + words(six), 'A B')).toBeUndefined();
	});
});

describe('figures along a row and down a column', () => {
	const figures = (...rows: readonly (readonly string[])[]) =>
		compared(
			grid(['Model', 'X', 'Y', 'Z'].slice(0, (rows[0]?.length ?? 0) + 1), ...rows.map((row, at) => [`m${at}`, ...row])),
			'X Y Z W',
		);

	test('two rows of two figures say nothing of spread', () => {
		expect(figures(['1', '1000'], ['2', '2000'])).toEqual(['X', 'Y']);
	});

	test('three rows of two, or two rows of three, are enough to see figures spread along the rows', () => {
		expect(figures(['1', '1000'], ['2', '2000'], ['3', '3000'])).toBeUndefined();
		expect(figures(['1', '1000', '1000000'], ['2', '2000', '2000000'])).toBeUndefined();
	});

	test('one row of figures, or a second with a single figure, says nothing of spread', () => {
		expect(figures(['1', '1000', '1000000'])).toEqual(['X', 'Y', 'Z']);
		expect(figures(['1', '1000', '1000000'], ['5', '-', '-'])).toEqual(['X', 'Y', 'Z']);
	});

	test('the same figure everywhere spreads neither way', () => {
		// (9: on the log scale 1 exactly, so that no rounding spreads them.)
		expect(figures(['9', '9', '9'], ['9', '9', '9'], ['9', '9', '9'])).toEqual(['X', 'Y', 'Z']);
	});

	test('figures with units, and bare figures with signs, thousands and decimals, are read', () => {
		expect(
			figures(['1 ms', '1000 ms', '1000000 ms'], ['2 ms', '2000 ms', '2000000 ms'], ['3 ms', '3000 ms', '3000000 ms']),
		).toBeUndefined();
		expect(figures(['1', '-12,100,000.25'], ['2', '-13,200,000.25'], ['3', '-14,300,000.25'])).toBeUndefined();
	});

	test('spread is read only where four cells in five are figures', () => {
		const numeric = [
			['1', '1000'],
			['2', '2000'],
			['3', '3000'],
		];
		expect(figures(...numeric, ['fast', 'slow'])).toEqual(['X', 'Y']);
		expect(figures(...numeric, ['4', '4000'], ['fast', 'slow'])).toBeUndefined();
	});

	test('with no column of two figures, the figures spread along the rows only', () => {
		const table = grid(['Model', 'X', 'Y', 'Z', 'W'], ['m0', '1', '1000', '-', '-'], ['m1', '-', '-', '5', '5000']);
		expect(compared(table, 'X Y Z W')).toBeUndefined();
	});
});

describe('which tables name the subjects', () => {
	const matrix = (names: string, row: string) => `| | ${names} |\n|-|-|-|\n| ${row} | ✅ | ❌ |\n\n`;
	const named = (markdown: string, text = '') => inferSubjects(tablesOf(markdown), text).map((subject) => subject.name);

	test('the subjects of more tables win over those of a later table', () => {
		expect(named(matrix('A | B', 'Speed') + matrix('B | A', 'Size') + matrix('C | D', 'Cost'))).toEqual(['A', 'B']);
	});

	test('names are told apart whole: "ab" and "c" are not "a" and "bc"', () => {
		expect(named(matrix('x | y', 'Speed') + matrix('ab | c', 'Size') + matrix('a | bc', 'Cost'))).toEqual(['x', 'y']);
	});

	test('between tables as often found and as vouched for, the one whose least mentioned name is mentioned more', () => {
		expect(named(matrix('A | B', 'Speed') + matrix('C | D', 'Size'), 'A A A A C D')).toEqual(['C', 'D']);
	});

	test('an empty corner vouches for a table against one whose names are mentioned more', () => {
		const weak = '| Feature | E | F |\n|-|-|-|\n| Speed | fast | slow |\n| Size | big | small |\n\n';
		const corner = '| | C | D |\n|-|-|-|\n| Speed | fast | slow |\n| Size | big | small |\n\n';
		expect(named(weak + corner, 'E F E F')).toEqual(['C', 'D']);
	});
});

describe('inferSubjects', () => {
	test('the subjects of the most tables; a tie goes to the stronger evidence, then the most mentioned', () => {
		const matrix = (names: string, row: string) => `| | ${names} |\n|-|-|-|\n| ${row} | ✅ | ❌ |\n\n`;
		const named = (markdown: string, text = '') =>
			inferSubjects(tablesOf(markdown), text).map((subject) => subject.name);
		expect(named(matrix('A | B', 'x') + matrix('C | D', 'y') + matrix('D | C', 'z'))).toEqual(['C', 'D']);
		// Marks vouch for the first; the second's names are mentioned but it has no marks or empty corner.
		const weak = '| Feature | E | F |\n|-|-|-|\n| x | fast | slow |\n| y | big | small |\n\n';
		expect(named(weak + matrix('A | B', 'z'), 'E F E F')).toEqual(['A', 'B']);
		// Equal evidence: the names mentioned most.
		expect(named(matrix('A | B', 'x') + matrix('C | D', 'y'), 'C D C D A')).toEqual(['C', 'D']);
		expect(named(matrix('A | B', 'x') + matrix('C | D', 'y'), '')).toEqual(['A', 'B']);
	});

	test('a name with a note in parentheses is the same subject without it', () => {
		const markdown =
			'| Task | uv | Pixi |\n|-|-|-|\n| a | `x` | `y` |\n\n| Aspect | uv (`uv.lock`) | Pixi (`pixi.lock`) |\n|-|-|-|\n| b | `x` | `y` |\n';
		expect(inferSubjects(tablesOf(markdown), 'uv Pixi')).toEqual([
			{id: 'uv', name: 'uv'},
			{id: 'pixi', name: 'Pixi'},
		]);
		expect(coreName('uv (uv.lock)')).toBe('uv');
		expect(coreName('（全角）')).toBe('（全角）');
	});

	test('only a parenthesis at the end is a note; it needs no space before it', () => {
		expect(coreName('uv(uv.lock)')).toBe('uv');
		expect(coreName('C (ANSI)-style')).toBe('C (ANSI)-style');
	});
});

describe('names', () => {
	test('a link beside words of the header is a note; a header all link is named by its text', () => {
		const [, swr, query, plain] = table(
			'| | SWR [_(Website)_][swr] | [React Query](https://tanstack.com) | Apollo (https://a.example) |\n|-|-|-|-|\n| x | 1 | 2 | 3 |\n\n[swr]: https://swr.example\n',
		).header;
		expect(swr && subjectName(swr)).toBe('SWR');
		expect(swr && shownHeader(swr)).toBe('SWR (Website)');
		expect(query && subjectName(query)).toBe('React Query');
		expect(plain && subjectName(plain)).toBe('Apollo');
		const [, empty, spaced] = table(
			'| | Apollo [<https://a.example>] | Apollo [ <https://a.example> ] |\n|-|-|-|\n| x | 1 | 2 |\n',
		).header;
		expect(empty && subjectName(empty)).toBe('Apollo');
		expect(spaced && subjectName(spaced)).toBe('Apollo');
	});

	test('a line break in a header parts its words as a space does', () => {
		const [, broken, linked] = table(
			'| | Foo<br>Bar | [Baz](https://b.example)<br/>Qux |\n|-|-|-|\n| x | 1 | 2 |\n',
		).header;
		expect(broken && subjectName(broken)).toBe('Foo Bar');
		expect(linked && subjectName(linked)).toBe('Qux');
	});

	test('the address shown after a link is not part of the name or of the header shown', () => {
		const cell = {
			source: '[n](u)',
			plain: 'n (u)',
			spans: [
				{text: 'n', role: Role.link, href: 'u'},
				{text: ' (u)', role: Role.muted},
			],
		};
		expect(subjectName(cell)).toBe('n');
		expect(shownHeader(cell)).toBe('n');
	});

	test('words in parentheses beside a link are a note on the name the link gives', () => {
		const [vue, wide] = table(
			'| [Vue](https://vuejs.org) (v3) | [Vue](https://vuejs.org)（第三版） |\n|-|-|\n| 1 | 2 |\n',
		).header;
		expect(vue && subjectName(vue)).toBe('Vue (v3)');
		expect(wide && subjectName(wide)).toBe('Vue（第三版）');
	});

	test('a header shown, and a name folded, have their spaces collapsed', () => {
		const [header] = table('| **A**   b |\n|-|\n| 1 |\n').header;
		expect(header && shownHeader(header)).toBe('A b');
		expect(folded(' Mixed  Case ')).toBe('mixed case');
	});

	test('mentions count whole words of spaced scripts, and anywhere in CJK', () => {
		const count = mentions('uv and uvx; Pixi, pixi. 维度A维度');
		expect(count('uv')).toBe(1);
		expect(count('Pixi')).toBe(1);
		expect(count('维度')).toBe(2);
		expect(count('')).toBe(0);
		expect(count('a.b')).toBe(0);
		// The name's own first and last characters say which ends must not run on into a word.
		const runOn = mentions('aPixi Pixi A.Bc A.B');
		expect(runOn('Pixi')).toBe(1);
		expect(runOn('A.B')).toBe(1);
	});
});
