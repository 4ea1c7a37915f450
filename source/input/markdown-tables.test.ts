import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {standalone, subjectColumns, type TableCells, tableCells, unstatedCell} from './markdown-tables.js';
import {inferSubjects} from './subject-tables.js';

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
