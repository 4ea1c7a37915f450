import {Lexer} from 'marked';
import {describe, expect, test} from 'vitest';
import {htmlTable, joinHtmlTables, splitHtmlTables} from './html-table.js';

describe('htmlTable', () => {
	test('a spanned cell is repeated into every row and column it spans', () => {
		const table = htmlTable(
			'<tr><th>G</th><th>B</th><th>X</th><th>Y</th></tr>' +
				'<tr><td rowspan="2">General</td><td>MMLU</td><td>1</td><td>2</td></tr>' +
				'<tr><td>BBH</td><td colspan=2>n/a</td></tr>' +
				'<tr><td>Code</td><td>HE</td><td>3</td><td>4</td></tr>',
		);
		expect(table?.header).toEqual(['G', 'B', 'X', 'Y']);
		expect(table?.rows).toEqual([
			['General', 'MMLU', '1', '2'],
			['General', 'BBH', 'n/a', 'n/a'],
			['Code', 'HE', '3', '4'],
		]);
	});

	test('header rows: <thead>, else <th> rows at the top (stacked over a span as one name), else the first row', () => {
		expect(
			htmlTable('<thead><tr><td>a</td><td>b</td></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody>'),
		).toEqual({header: ['a', 'b'], rows: [['1', '2']], align: [undefined, undefined]});
		expect(
			htmlTable(
				'<tr><th rowspan=2>Benchmark</th><th colspan=2>Model A</th></tr><tr><th>Base</th><th>Chat</th></tr><tr><td>x</td><td>1</td><td>2</td></tr>',
			)?.header,
		).toEqual(['Benchmark', 'Model A / Base', 'Model A / Chat']);
		expect(htmlTable('<tr><td>Name</td><td>Stars</td></tr><tr><td>zap</td><td>21K</td></tr>')?.header).toEqual([
			'Name',
			'Stars',
		]);
		// One row of cells and no header: the row is a row, under a blank header.
		expect(htmlTable('<tr><td>a</td><td>b</td></tr>')).toEqual({
			header: ['', ''],
			rows: [['a', 'b']],
			align: [undefined, undefined],
		});
	});

	test('alignment from align= or text-align, the first a column gives; spans at most 100', () => {
		const table = htmlTable(
			'<tr><th>a</th><th style="color: red; text-align: center">b</th><th>c</th></tr><tr><td>1</td><td>2</td><td ALIGN="Right" colspan="100000">3</td></tr>',
		);
		expect(table?.align.slice(0, 3)).toEqual([undefined, 'center', 'right']);
		expect(table?.rows[0]).toHaveLength(102);
	});

	test('a cell keeps its inline tags as written, its markdown characters escaped, comments dropped', () => {
		const table = htmlTable('<tr><th>h</th></tr><tr><td>\n  <b>66.6</b>*  <br/> a_b `c` [1] <!-- note -->\n</td></tr>');
		expect(table?.rows[0]).toEqual(['<b>66.6</b>\\* <br/> a\\_b \\`c\\` [1]']);
	});

	test("a table inside a cell is the cell's content; end tags left out still end cells and rows", () => {
		const table = htmlTable('<tr><th>a<th>b<tr><td><table><tr><td>in</td></tr></table><td>2');
		expect(table?.header).toEqual(['a', 'b']);
		expect(table?.rows).toEqual([['<table><tr><td>in</td></tr></table>', '2']]);
	});

	test('a table that shows nothing is none', () => {
		expect(htmlTable('')).toBeUndefined();
		expect(htmlTable('<tr></tr>')).toBeUndefined();
		expect(htmlTable('<tr><td></td></tr>')).toBeUndefined();
		// Logos: links around images without alt text.
		expect(htmlTable('<tr><td><a href="https://a.example"><img src="a.png"></a></td></tr>')).toBeUndefined();
		expect(htmlTable('<tr><td><img src="a.png" alt="A"></td></tr>')?.rows).toEqual([['<img src="a.png" alt="A">']]);
	});
});

describe('htmlTable: sections', () => {
	test('every row of <thead> is a header row; rows of <tbody> and <tfoot> are rows', () => {
		const table = htmlTable(
			'<thead><tr><td>A</td><td>B</td></tr><tr><td>a</td><td>b</td></tr></thead>' +
				'<tbody><tr><td>1</td><td>2</td></tr></tbody><tfoot><tr><td>3</td><td>4</td></tr></tfoot>',
		);
		expect(table?.header).toEqual(['A / a', 'B / b']);
		expect(table?.rows).toEqual([
			['1', '2'],
			['3', '4'],
		]);
	});

	test("a section's end ends the row left open in it", () => {
		for (const end of ['</thead>', '</tbody>', '</tfoot>'])
			expect(htmlTable(`<tr><td>A</td><td>B</td>${end}<td>1</td><td>2</td>`)?.rows, end).toEqual([['1', '2']]);
	});

	test("a section's start ends the row left open before it, as a browser ends it", () => {
		// End tags may be left out: <tbody> after an open header row starts the body, and cells
		// with no <tr> of their own make a row of that section.
		expect(htmlTable('<thead><tr><th>Feature<th>A<th>B<tbody><td>x<td>1<td>2')).toEqual({
			header: ['Feature', 'A', 'B'],
			rows: [['x', '1', '2']],
			align: [undefined, undefined, undefined],
		});
		expect(htmlTable('<tr><td>Name<td>Stars<tbody><td>zap<td>21K<tfoot><td>total<td>21K')?.rows).toEqual([
			['zap', '21K'],
			['total', '21K'],
		]);
	});

	test('rows of <th> at the top are header rows, however many', () => {
		const table = htmlTable(
			'<tr><th>A</th><th>B</th></tr><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr>',
		);
		expect(table?.header).toEqual(['A / a', 'B / b']);
		expect(table?.rows).toHaveLength(2);
	});

	test('a row span stops at the last row', () => {
		expect(htmlTable('<tr><th>a</th><th>b</th></tr><tr><td rowspan="5">x</td><td>1</td></tr>')?.rows).toEqual([
			['x', '1'],
		]);
	});

	test('a span of 1, 0 or none is one cell', () => {
		for (const colspan of ['1', '0', 'x', '-2'])
			expect(
				htmlTable(`<tr><th>a</th><th>b</th></tr><tr><td colspan="${colspan}">x</td><td>1</td></tr>`)?.rows,
				colspan,
			).toEqual([['x', '1']]);
	});

	test('alignment is left, center or right, with or without spaces around the colon; anything else is none', () => {
		const table = htmlTable(
			'<tr><th style="text-align:left">a</th><th align="justify">b</th><th style="text-align :   right">c</th><th style="text-align-last: left">d</th></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>',
		);
		expect(table?.align).toEqual(['left', undefined, 'right', undefined]);
	});

	test('an image without alt text shows nothing in a cell; comments show nothing, however long', () => {
		const table = htmlTable(
			'<tr><th>a</th><th>b</th></tr><tr><td><IMG src="a.png">x</td><td>y<!--\nlong\ncomment-->z</td></tr>',
		);
		expect(table?.rows).toEqual([['x', 'yz']]);
	});
});

describe('htmlTable: header rows and cells', () => {
	test('rows of <th> under <thead> are rows, not more header', () => {
		const table = htmlTable('<thead><tr><td>A</td></tr></thead><tr><th>x</th></tr><tr><td>1</td></tr>');
		expect(table?.header).toEqual(['A']);
		expect(table?.rows).toEqual([['x'], ['1']]);
	});

	test('a table of one row of <th> is that row under a blank header', () => {
		expect(htmlTable('<tr><th>a</th><th>b</th></tr>')).toEqual({
			header: ['', ''],
			rows: [['a', 'b']],
			align: [undefined, undefined],
		});
	});

	test('a table all of <th> rows has its first as the header', () => {
		const table = htmlTable('<tr><th>a</th></tr><tr><th>b</th></tr><tr><th>c</th></tr>');
		expect(table?.header).toEqual(['a']);
		expect(table?.rows).toEqual([['b'], ['c']]);
	});

	test('a row that starts with a <th> but holds <td> is a row with a row header', () => {
		const table = htmlTable(
			'<tr><th>Model</th><th>Score</th></tr><tr><th>A</th><td>1</td></tr><tr><td>B</td><td>2</td></tr>',
		);
		expect(table?.header).toEqual(['Model', 'Score']);
		expect(table?.rows).toEqual([
			['A', '1'],
			['B', '2'],
		]);
	});

	test('a blank header cell adds nothing to the name stacked over its column', () => {
		expect(
			htmlTable('<tr><th>A</th><th></th></tr><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>')?.header,
		).toEqual(['A / a', 'b']);
	});

	test('a short row is filled with blank cells; empty rows and cells outside a row are no rows', () => {
		expect(htmlTable('<tr><th>a</th><th>b</th></tr><tr></tr><tr><td>1</td></tr>')?.rows).toEqual([['1', '']]);
		expect(htmlTable('<tr></tr><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr>')).toEqual({
			header: ['a', 'b'],
			rows: [['1', '2']],
			align: [undefined, undefined],
		});
		expect(htmlTable('<td>a</td><td>b</td>')?.rows).toEqual([['a', 'b']]);
	});

	test('a cell of tags that show nothing shows nothing', () => {
		expect(htmlTable('<tr><td><br><span></span></td></tr>')).toBeUndefined();
		expect(htmlTable('<tr><td><br> <span></span></td></tr>')).toBeUndefined();
	});
});

describe('splitHtmlTables: edges', () => {
	const table = '<table><tr><td>a</td></tr><tr><td>1</td></tr></table>';

	test('a table alone is one piece, with no HTML before or after it', () => {
		expect(splitHtmlTables(table).map((piece) => piece.type)).toEqual(['table']);
	});

	test('a table inside a cell is part of the outer one', () => {
		const nested = `<table><tr><td>${table}</td></tr><tr><td>x</td></tr></table>`;
		expect(splitHtmlTables(nested)).toMatchObject([{type: 'table', html: nested}]);
	});

	test('an end tag with no table open is HTML', () => {
		expect(splitHtmlTables(`</table>${table}`)).toMatchObject([
			{type: 'html', html: '</table>'},
			{type: 'table', html: table},
		]);
	});
});

describe('joinHtmlTables: edges', () => {
	test('a table never closed takes every token after it', () => {
		const tokens = joinHtmlTables(Lexer.lex('<table>\n<tr>\n\n<td>a</td>\n\nAfter.\n', {gfm: true}));
		expect(tokens.map((token) => token.type)).toEqual(['html']);
	});

	test('"<table>" in code opens nothing', () => {
		const code = Lexer.lex('```\n<table>\n```\n\n<div>x</div>\n', {gfm: true});
		expect(joinHtmlTables(code)).toBe(code);
		const tokens = joinHtmlTables(
			Lexer.lex('<table>\n<tr>\n\n<td>a</td>\n\n</tr>\n</table>\n\n```\n<table>\n```\n\nAfter.\n', {gfm: true}),
		);
		expect(tokens.map((token) => token.type)).toEqual(['html', 'space', 'code', 'space', 'paragraph']);
	});
});

describe('splitHtmlTables', () => {
	test('the HTML around each outermost table, and the tables, in order', () => {
		const pieces = splitHtmlTables(
			'<div align="center">\n<table><tr><td>a</td></tr><tr><td>1</td></tr></table>\n</div>',
		);
		expect(pieces.map((piece) => piece.type)).toEqual(['html', 'table', 'html']);
		expect(pieces[0]).toEqual({type: 'html', html: '<div align="center">\n'});
		expect(pieces[1]).toMatchObject({html: '<table><tr><td>a</td></tr><tr><td>1</td></tr></table>'});
		expect(pieces[2]).toEqual({type: 'html', html: '\n</div>'});
	});

	test('a table never closed, or one that shows nothing, stays HTML', () => {
		expect(splitHtmlTables('<table><tr><td>a')).toEqual([{type: 'html', html: '<table><tr><td>a'}]);
		expect(splitHtmlTables('<table></table>')).toEqual([{type: 'html', html: '<table></table>'}]);
	});
});

describe('joinHtmlTables', () => {
	test('an HTML table cut by blank lines is one HTML block again', () => {
		const tokens = joinHtmlTables(Lexer.lex('<table>\n<tr>\n\n<td>a</td>\n\n</tr>\n</table>\n\nAfter.\n', {gfm: true}));
		expect(tokens.map((token) => token.type)).toEqual(['html', 'space', 'paragraph']);
		expect(tokens[0]?.raw).toBe('<table>\n<tr>\n\n<td>a</td>\n\n</tr>\n</table>');
	});

	test('tokens without a table are given back as they are', () => {
		const tokens = Lexer.lex('# A\n\ntext\n', {gfm: true});
		expect(joinHtmlTables(tokens)).toBe(tokens);
	});
});
