import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {cellFromSource, type TableCells, tableCells} from './markdown-tables.js';
import {
	cellKind,
	coreName,
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
	});

	test('mentions count whole words of spaced scripts, and anywhere in CJK', () => {
		const count = mentions('uv and uvx; Pixi, pixi. 维度A维度');
		expect(count('uv')).toBe(1);
		expect(count('Pixi')).toBe(1);
		expect(count('维度')).toBe(2);
		expect(count('')).toBe(0);
		expect(count('a.b')).toBe(0);
	});
});
