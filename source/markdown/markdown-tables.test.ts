import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {Role} from '../layout/styled.js';
import type {Subject} from '../model/schema.js';
import {splitHtmlTables} from './html-table.js';
import {
	cellFromSource,
	heads,
	htmlTableCells,
	labelColumn,
	standalone,
	subjectColumns,
	subjectRows,
	type TableCell,
	type TableCells,
	tableCells,
	tablePieces,
	unstatedCell,
} from './markdown-tables.js';
import {inferSubjects, subjectName} from './subject-tables.js';

function tablesOf(markdown: string): TableCells[] {
	return Lexer.lex(markdown, {gfm: true})
		.filter((token): token is Tokens.Table => token.type === 'table')
		.map(tableCells);
}

describe('cells', () => {
	test("a cell's markdown stands on its own: reference links become inline links", () => {
		const [table] = tablesOf(
			'| a | b |\n|-|-|\n| [**got**][g] and ![logo][l] | `x\\|y` |\n\n[g]: https://got.example "Got"\n[l]: logo.png\n',
		);
		expect(table?.rows[0]?.[0]?.source).toBe('[**got**](https://got.example "Got") and ![logo](logo.png)');
		expect(table?.rows[0]?.[0]?.plain).toBe('got and logo');
		expect(table?.rows[0]?.[1]?.source).toBe('`x|y`');
		expect(standalone(Lexer.lexInline('plain *text*', {gfm: true}))).toBe('plain *text*');
	});

	test('an empty cell is unstated: one place to change when the format has null', () => {
		expect(unstatedCell()).toBeNull();
	});
});

describe('subjects', () => {
	test('the header of a feature matrix (empty top-left cell, every row labelled) names them', () => {
		expect(
			inferSubjects(tablesOf('| | [`got`][g] | Ky |\n|-|-|-|\n| HTTP/2 | yes | no |\n\n[g]: https://g.example\n')),
		).toEqual([
			{id: 'got', name: 'got'},
			{id: 'ky', name: 'Ky'},
		]);
	});

	test('a named top-left cell nothing vouches for, a row without a label, a repeated name, one column: none', () => {
		for (const markdown of [
			'| Feature | A | B |\n|-|-|-|\n| x | 1 | 2 |\n',
			'| | A | B |\n|-|-|-|\n| | 1 | 2 |\n',
			'| | A | a |\n|-|-|-|\n| x | 1 | 2 |\n',
			'| Package | Time |\n|-|-|\n| zap | 1 ns |\n\n| Package | Time |\n|-|-|\n| zap | 2 ns |\n',
		])
			expect(inferSubjects(tablesOf(markdown)), markdown).toEqual([]);
	});

	test('tables that disagree: the subjects of the most tables, else of the first', () => {
		const table = (names: string, row: string) => `| | ${names} |\n|-|-|-|\n| ${row} | 1 | 2 |\n\n`;
		const names = (markdown: string) => inferSubjects(tablesOf(markdown)).map((subject) => subject.name);
		expect(names(table('A | B', 'x') + table('A | C', 'y'))).toEqual(['A', 'B']);
		expect(names(table('A | B', 'x') + table('A | C', 'y') + table('C | A', 'z'))).toEqual(['A', 'C']);
	});

	test('a table is one of the subjects when two or more head its columns, by name or id, and one column is left', () => {
		const subjects = [
			{id: 'kafka', name: 'Apache Kafka'},
			{id: 'rabbitmq', name: 'RabbitMQ'},
		];
		const [matrix, only, all] = tablesOf(
			'| x | apache kafka | RABBITMQ |\n|-|-|-|\n| a | 1 | 2 |\n\n| x | Kafka | Other |\n|-|-|-|\n| a | 1 | 2 |\n\n| kafka | rabbitmq |\n|-|-|\n| 1 | 2 |\n',
		);
		expect(subjectColumns(matrix as TableCells, subjects)).toEqual(
			new Map([
				[1, 'kafka'],
				[2, 'rabbitmq'],
			]),
		);
		expect(subjectColumns(only as TableCells, subjects)).toBeUndefined();
		expect(subjectColumns(all as TableCells, subjects)).toBeUndefined();
	});
});

function firstTable(markdown: string): TableCells {
	const [table] = tablesOf(markdown);
	if (!table) throw new Error('no table');
	return table;
}

const subjects = [
	{id: 'a', name: 'Alpha'},
	{id: 'b', name: 'Beta'},
];

describe('standalone cells', () => {
	test('reference links inside any emphasis keep its delimiters; addresses with spaces or parens in <>; titles escaped', () => {
		const table = firstTable(
			'| h | i |\n|-|-|\n| __[a][r]__ ~~[b][r]~~ _[c][r]_ ~[d][r]~ *[e][r]* | [![i][p]](https://x.example) |\n\n[r]: <https://u.example/a b> "say \\"hi\\""\n[p]: p(1).png\n',
		);
		const r = '(<https://u.example/a b> "say \\"hi\\"")';
		expect(table.rows[0]?.map((cell) => cell.source)).toEqual([
			`__[a]${r}__ ~~[b]${r}~~ _[c]${r}_ ~[d]${r}~ *[e]${r}*`,
			'[![i](<p(1).png>)](https://x.example)',
		]);
	});

	test('an address with parens goes in <>; plain ones and inline links stay as written', () => {
		const table = firstTable(
			'| h |\n|-|\n| [x][r] [y](https://y.example "T") [z][s] |\n\n[r]: https://r.example/?a=(1)\n[s]: https://s.example\n',
		);
		expect(table.rows[0]?.[0]?.source).toBe(
			'[x](<https://r.example/?a=(1)>) [y](https://y.example "T") [z](https://s.example)',
		);
		expect(standalone(undefined)).toBe('');
		expect(standalone(Lexer.lexInline('  spaced  ', {gfm: true}))).toBe('spaced');
	});

	test('a cell shows its text trimmed', () => {
		const table = firstTable('| h |\n|-|\n| **a** b |\n');
		expect(table.rows[0]?.[0]?.plain).toBe('a b');
		expect(table.header[0]?.plain).toBe('h');
	});
});

describe('subjectName', () => {
	test("a header's text without the address shown after a link, spaces collapsed", () => {
		const header = firstTable(
			'| [Ky](https://ky.example) | **A**   b | [x](https://x.example) (https://y.example) |\n|-|-|-|\n| 1 | 2 | 3 |\n',
		).header;
		expect(header.map(subjectName)).toEqual(['Ky', 'A b', 'x (y.example)']);
		expect(
			subjectName({
				source: '',
				plain: '',
				spans: [
					{text: 'n', role: Role.none},
					{text: ' (undefined)', role: Role.muted},
				],
			}),
		).toBe('n (undefined)');
		expect(
			subjectName({
				source: '',
				plain: '',
				spans: [
					{text: 'n', role: Role.none, href: 'u'},
					{text: ' (u)', role: Role.none},
				],
			}),
		).toBe('n (u)');
	});
});

describe('inferSubjects', () => {
	test('2 to 8 subject columns; a table of more or fewer is passed over', () => {
		expect(
			inferSubjects(tablesOf('| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n')).map((subject: Subject) => subject.name),
		).toEqual(['A', 'B']);
		const eight = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
		const header = (names: string[]) =>
			`| |${names.join('|')}|\n|-|${names.map(() => '-').join('|')}|\n| x |${names.map(() => '1').join('|')}|\n`;
		expect(inferSubjects(tablesOf(header(eight))).map((subject: Subject) => subject.name)).toEqual(eight);
		expect(inferSubjects(tablesOf(header([...eight, 'I'])))).toEqual([]);
		expect(inferSubjects(tablesOf(header(['A'])))).toEqual([]);
		// A table passed over does not stop another from naming them.
		expect(
			inferSubjects(tablesOf(`${header(['Solo'])}\n${header(['P', 'Q'])}`)).map((subject: Subject) => subject.name),
		).toEqual(['P', 'Q']);
	});

	test('a table without rows, or with an empty header cell, names none', () => {
		expect(inferSubjects(tablesOf('| | A | B |\n|-|-|-|\n'))).toEqual([]);
		expect(inferSubjects(tablesOf('| | A | |\n|-|-|-|\n| x | 1 | 2 |\n'))).toEqual([]);
	});

	test('tables naming the same subjects (in any case and spacing) agree; the first one spells them', () => {
		expect(
			inferSubjects(
				tablesOf('| | Got  Lib | Ky |\n|-|-|-|\n| x | 1 | 2 |\n\n| | got lib | KY |\n|-|-|-|\n| y | 1 | 2 |\n'),
			),
		).toEqual([
			{id: 'got-lib', name: 'Got Lib'},
			{id: 'ky', name: 'Ky'},
		]);
		// The same subjects in another order agree too: the first table orders them.
		expect(
			inferSubjects(tablesOf('| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n\n| | B | A |\n|-|-|-|\n| y | 1 | 2 |\n')).map(
				(subject: Subject) => subject.name,
			),
		).toEqual(['A', 'B']);
	});

	test('names without a slug are numbered', () => {
		expect(inferSubjects(tablesOf('| | 甲 | 乙 |\n|-|-|-|\n| x | 1 | 2 |\n'))).toEqual([
			{id: 'subject-1', name: '甲'},
			{id: 'subject-2', name: '乙'},
		]);
	});
});

describe('subjectColumns', () => {
	test('fewer than two subjects: none; each subject heads one column at most', () => {
		const table = firstTable('| x | Alpha | alpha | b |\n|-|-|-|-|\n| r | 1 | 2 | 3 |\n');
		expect(subjectColumns(table, subjects.slice(0, 1))).toBeUndefined();
		expect(subjectColumns(table, subjects)).toEqual(
			new Map([
				[1, 'a'],
				[3, 'b'],
			]),
		);
	});

	test('a header matches by what it shows without link addresses', () => {
		const table = firstTable(
			'| x | [Alpha](https://a.example) | [Beta](https://b.example) |\n|-|-|-|\n| r | 1 | 2 |\n',
		);
		expect(subjectColumns(table, subjects)).toEqual(
			new Map([
				[1, 'a'],
				[2, 'b'],
			]),
		);
	});
});

describe('subjectRows', () => {
	const rowsOf = (markdown: string, firstRow = 0) => {
		const table = firstTable(markdown);
		const columns = subjectColumns(table, subjects);
		if (!columns) throw new Error('not a subject table');
		return subjectRows(table, columns, subjects, firstRow);
	};

	test('unlabelled rows are numbered on from the rows before; empty cells are unstated', () => {
		const {rows} = rowsOf('| x | Alpha | Beta |\n|-|-|-|\n| | 1 kg | |\n| Named | yes | no |\n', 4);
		expect(rows).toEqual([
			{criterion: 'Row 5', cells: {a: '1 kg', b: null}},
			{criterion: 'Named', cells: {a: 'yes', b: 'no'}},
		]);
	});

	test('a row of figures in one unit gives values; mixed units do not', () => {
		const {rows} = rowsOf('| x | Alpha | Beta |\n|-|-|-|\n| Speed | 10 ms | 20 ms |\n| Size | 1 kg | 2 m |\n');
		expect(rows).toEqual([
			{
				criterion: 'Speed',
				cells: {a: {text: '10 ms', value: 10, unit: 'ms'}, b: {text: '20 ms', value: 20, unit: 'ms'}},
			},
			{criterion: 'Size', cells: {a: '1 kg', b: '2 m'}},
		]);
	});

	test('spans are kept for markup that shows differently from its source; other columns are fields', () => {
		const {rows, spans, columns} = rowsOf(
			'| g | x | Alpha | Beta |\n|-|-|-|-|\n| **G** | `c` | *y* | plain |\n| | two | 1 | 2 |\n',
		);
		// "x" names the rows (more different labels than "g", which groups them); a blank group
		// cell under a filled one continues its group.
		expect(rows.map((row) => [row.criterion, row.fields])).toEqual([
			['`c`', {g: '**G**'}],
			['two', {g: '**G**'}],
		]);
		expect(columns).toEqual([{field: 'g'}, {label: 'x'}, {subject: 'a'}, {subject: 'b'}]);
		expect(spans.get('`c`')).toEqual([{text: 'c', role: Role.code}]);
		expect(spans.get('**G**')).toEqual([{text: 'G', role: Role.strong}]);
		expect(spans.get('*y*')).toEqual([{text: 'y', role: Role.em}]);
		expect(spans.has('plain')).toBe(false);
	});

	test('a blank group cell with nothing above it stays blank; one label column: unlabelled rows numbered', () => {
		expect(
			rowsOf('| g | x | Alpha | Beta |\n|-|-|-|-|\n| | one | 1 | 2 |\n| G | two | 1 | 2 |\n').rows.map((row) => [
				row.criterion,
				row.fields,
			]),
		).toEqual([
			['one', undefined],
			['two', {g: 'G'}],
		]);
		expect(
			rowsOf('| x | Alpha | Beta |\n|-|-|-|\n| G | 1 | 2 |\n| | 1 | 2 |\n').rows.map((row) => row.criterion),
		).toEqual(['G', 'Row 2']);
	});

	test('a row shorter than the header leaves its missing subjects unstated', () => {
		const table = firstTable('| x | Alpha | Beta |\n|-|-|-|\n| r | 1 |\n');
		const short = {header: table.header, rows: [table.rows[0]?.slice(0, 2) ?? []]};
		expect(
			subjectRows(
				short,
				new Map([
					[1, 'a'],
					[2, 'b'],
				]),
				subjects,
				0,
			).rows,
		).toEqual([{criterion: 'r', cells: {a: '1', b: null}}]);
	});

	test('a row without its label column is numbered; a group cell only fills a blank label', () => {
		const table = firstTable('| Alpha | Beta | Task |\n|-|-|-|\n| 1 | 2 | t |\n');
		const short = {header: table.header, rows: [table.rows[0]?.slice(0, 2) ?? []]};
		const columns = new Map([
			[0, 'a'],
			[1, 'b'],
		]);
		expect(subjectRows(short, columns, subjects, 0).rows).toEqual([{criterion: 'Row 1', cells: {a: '1', b: '2'}}]);
		expect(
			rowsOf('| g | x | Alpha | Beta |\n|-|-|-|-|\n| G1 | a | 1 | 2 |\n| G2 | b | 1 | 2 |\n| | c | 1 | 2 |\n').rows.map(
				(row) => `${row.fields?.g} › ${row.criterion}`,
			),
		).toEqual(['G1 › a', 'G2 › b', 'G2 › c']);
	});
});

describe('standalone cells: what stays as written', () => {
	test('an inline link stays exactly as written; emphasis around text and a reference link is rewritten inside', () => {
		const table = firstTable(
			"| h | i |\n|-|-|\n| [y](https://y.example 'T') | *see [a][r]* |\n\n[r]: https://r.example\n",
		);
		expect(table.rows[0]?.map((cell) => cell.source)).toEqual([
			"[y](https://y.example 'T')",
			'*see [a](https://r.example)*',
		]);
	});
});

describe('subjects: spaces', () => {
	test('a header of only a non-breaking space is empty; names are trimmed of them', () => {
		expect(inferSubjects(tablesOf('| &nbsp; | &nbsp;A | B&nbsp; |\n|-|-|-|\n| x | 1 | 2 |\n'))).toEqual([
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		]);
	});

	test('names that differ only in their spaces are different subjects', () => {
		expect(
			inferSubjects(tablesOf('| | A B | AB |\n|-|-|-|\n| x | 1 | 2 |\n')).map((subject: Subject) => subject.name),
		).toEqual(['A B', 'AB']);
	});

	test('any row without a label leaves the table out', () => {
		expect(inferSubjects(tablesOf('| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n| | 3 | 4 |\n'))).toEqual([]);
	});

	test('an image right after a badge link is part of the name', () => {
		const [, badge] = firstTable('| x | [![i](p.png)](https://u.example)![j](q.png) |\n|-|-|\n| r | 1 |\n').header;
		expect(subjectName(badge as TableCell)).toBe('j');
	});
});

describe('subject tables: more edges', () => {
	test('a name of runs of spaces matches its header spaced once', () => {
		const table = firstTable('| x | Alpha Beta | Gamma |\n|-|-|-|\n| r | 1 | 2 |\n');
		const named = [
			{id: 'ab', name: 'Alpha  Beta'},
			{id: 'g', name: 'Gamma'},
		];
		expect(subjectColumns(table, named)).toEqual(
			new Map([
				[1, 'ab'],
				[2, 'g'],
			]),
		);
	});

	test('a row without either of two label columns is numbered', () => {
		const table = firstTable('| g | x | Alpha | Beta |\n|-|-|-|-|\n| G | a | 1 | 2 |\n');
		const columns = new Map([
			[2, 'a'],
			[3, 'b'],
		]);
		expect(subjectRows({header: table.header, rows: [[]]}, columns, subjects, 0).rows).toEqual([
			{criterion: 'Row 1', cells: {a: null, b: null}},
		]);
	});
});

describe('alignment', () => {
	test('a table keeps the alignment of each column as written, and none when no column has one', () => {
		expect(firstTable('| a | b | c |\n|:-|-|-:|\n| 1 | 2 | 3 |\n').align).toEqual(['left', undefined, 'right']);
		expect(firstTable('| a | b |\n|-|:-:|\n| 1 | 2 |\n').align).toEqual([undefined, 'center']);
		expect('align' in firstTable('| a | b |\n|-|-|\n| 1 | 2 |\n')).toBe(false);
	});

	test("an HTML table keeps its columns' alignment, and none when no column has one", () => {
		const [aligned, plain] = splitHtmlTables(
			'<table><tr><th align="left">a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>',
		).flatMap((piece) => (piece.type === 'table' ? [htmlTableCells(piece.table)] : []));
		expect(aligned?.align).toEqual(['left', undefined]);
		expect(aligned?.rows[0]?.map((cell) => cell.plain)).toEqual(['1', '2']);
		expect(plain && 'align' in plain).toBe(false);
	});

	test("a table's block aligns the columns written aligned and leaves the others", () => {
		const [token] = Lexer.lex('| a | b |\n|-|:-:|\n| 1 | 2 |\n', {gfm: true});
		const [piece] = (token && tablePieces(token)) ?? [];
		expect(piece?.cells && piece.block).toMatchObject({type: 'table', align: [null, 'center']});
	});
});

describe('cellFromSource', () => {
	test("an HTML table's cell shows its text without the spaces around it", () => {
		expect(cellFromSource(' *a* ').plain).toBe('a');
		expect(cellFromSource('&nbsp;a&nbsp;').plain).toBe('a');
	});
});

describe('tablePieces', () => {
	test('an HTML block is cut into its tables and the HTML around them; other blocks hold no table', () => {
		const [html, paragraph, other] = Lexer.lex(
			'<div><p>before</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></div>\n\ntext\n\n<div>no table</div>\n',
			{gfm: true},
		).filter((token) => token.type !== 'space');
		expect([html?.type, paragraph?.type, other?.type]).toEqual(['html', 'paragraph', 'html']);
		const pieces = html && tablePieces(html);
		expect(pieces?.map((piece) => [piece.raw, piece.cells?.header.map((cell) => cell.plain)])).toEqual([
			['<div><p>before</p>', undefined],
			['<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>', ['a', 'b']],
			['</div>', undefined],
		]);
		expect(paragraph && tablePieces(paragraph)).toBeUndefined();
		expect(other && tablePieces(other)).toBeUndefined();
	});

	test('a block is cut once: asked again, the same pieces', () => {
		const [token] = Lexer.lex('| a | b |\n|-|-|\n| 1 | 2 |\n', {gfm: true});
		expect(token && tablePieces(token)).toBe(token && tablePieces(token));
	});
});

describe('heads and the label column', () => {
	test('a header heads a subject named with a note in parentheses', () => {
		const [header] = firstTable('| uv |\n|-|\n| 1 |\n').header;
		expect(header && heads(header, {id: 'x', name: 'uv (uv.lock)'})).toBe(true);
	});

	test('the label column is the other column before the first subject with the most different labels, the first of equals', () => {
		const label = (markdown: string, columns: [number, string][]) =>
			labelColumn(firstTable(markdown), new Map(columns));
		// Notes, after the first subject, is not a label however varied.
		expect(
			label('| Feature | A | Notes | B |\n|-|-|-|-|\n| Speed | 1 | n1 | 2 |\n| Speed | 1 | n2 | 2 |\n', [
				[1, 'a'],
				[3, 'b'],
			]),
		).toBe(0);
		expect(
			label('| Feature | A | B |\n|-|-|-|\n| Speed | 1 | 2 |\n', [
				[1, 'a'],
				[2, 'b'],
			]),
		).toBe(0);
		expect(
			label('| g | x | A | B |\n|-|-|-|-|\n| G | a | 1 | 2 |\n| H | b | 1 | 2 |\n', [
				[2, 'a'],
				[3, 'b'],
			]),
		).toBe(0);
		// Blank cells are no labels: "g" has one, "x" two.
		expect(
			label('| g | x | A | B |\n|-|-|-|-|\n| G | a | 1 | 2 |\n| | b | 1 | 2 |\n| | b | 1 | 2 |\n', [
				[2, 'a'],
				[3, 'b'],
			]),
		).toBe(1);
		expect(
			label('| g | x | A | B |\n|-|-|-|-|\n| G | a | 1 | 2 |\n| H | a | 1 | 2 |\n| I | a | 1 | 2 |\n', [
				[2, 'a'],
				[3, 'b'],
			]),
		).toBe(0);
	});
});

describe('subjectRows: header, fields and columns', () => {
	const rowsOf = (markdown: string, given = subjects) => {
		const table = firstTable(markdown);
		const columns = subjectColumns(table, given);
		if (!columns) throw new Error('not a subject table');
		return subjectRows(table, columns, given, 0);
	};

	test('a header cell with a link is kept for its subject; one without is not', () => {
		const {header} = rowsOf('| x | Alpha [site](https://a.example) | Beta |\n|-|-|-|\n| r | 1 | 2 |\n');
		expect(Object.keys(header)).toEqual(['a']);
		expect(header.a?.map((piece) => piece.text).join('')).toBe('Alpha site');
	});

	test('fields under the same header are told apart by a number', () => {
		const {rows, columns} = rowsOf(
			'| x | Note | Note | Note | Alpha | Beta |\n|-|-|-|-|-|-|\n| r | n1 | n2 | n3 | 1 | 2 |\n',
		);
		expect(rows[0]?.fields).toEqual({Note: 'n1', 'Note (2)': 'n2', 'Note (3)': 'n3'});
		expect(columns).toEqual([
			{label: 'x'},
			{field: 'Note'},
			{field: 'Note (2)'},
			{field: 'Note (3)'},
			{subject: 'a'},
			{subject: 'b'},
		]);
	});

	test('a label that shows nothing numbers its row; a blank field is no field', () => {
		const {rows} = rowsOf('| x | Alpha | Beta | Notes |\n|-|-|-|-|\n| <br> | 1 | 2 | |\n| r | 1 | 2 | n |\n');
		expect(rows).toEqual([
			{criterion: 'Row 1', cells: {a: '1', b: '2'}},
			{criterion: 'r', cells: {a: '1', b: '2'}, fields: {Notes: 'n'}},
		]);
	});

	test('a group goes on under blank group cells of labelled rows only, and past an unlabelled row', () => {
		const {rows} = rowsOf(
			'| g | x | Alpha | Beta |\n|-|-|-|-|\n| G | a | 1 | 2 |\n| | b | 1 | 2 |\n| | | 1 | 2 |\n| | c | 1 | 2 |\n',
		);
		expect(rows.map((row) => [row.criterion, row.fields])).toEqual([
			['a', {g: 'G'}],
			['b', {g: 'G'}],
			['Row 3', undefined],
			['c', {g: 'G'}],
		]);
	});

	test('the columns are written when a column is aligned, a header says more than its name, a subject is missing or out of order', () => {
		const plain = '| | Alpha | Beta |\n|-|-|-|\n| r | 1 | 2 |\n';
		expect(rowsOf(plain).columns).toBeUndefined();
		expect(rowsOf('| | Alpha | Beta |\n|:-|-|-|\n| r | 1 | 2 |\n').columns).toEqual([
			{label: '', align: 'left'},
			{subject: 'a'},
			{subject: 'b'},
		]);
		expect(rowsOf('| | Alpha | Beta |\n|-|-|-:|\n| r | 1 | 2 |\n').columns).toEqual([
			{label: ''},
			{subject: 'a'},
			{subject: 'b', align: 'right'},
		]);
		expect(rowsOf('| | Alpha (α) | Beta |\n|-|-|-|\n| r | 1 | 2 |\n').columns).toEqual([
			{label: ''},
			{subject: 'a', name: 'Alpha (α)'},
			{subject: 'b'},
		]);
		expect(rowsOf('| | Beta | Alpha |\n|-|-|-|\n| r | 1 | 2 |\n').columns).toEqual([
			{label: ''},
			{subject: 'b'},
			{subject: 'a'},
		]);
		expect(rowsOf(plain, [...subjects, {id: 'c', name: 'Gamma'}]).columns).toEqual([
			{label: ''},
			{subject: 'a'},
			{subject: 'b'},
		]);
	});
});
