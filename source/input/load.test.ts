import {describe, expect, test} from 'vitest';
import {DataError} from '../model/errors.js';
import {bundledComparison, bundledJson, bytes, edited} from '../test-support/fixtures.js';
import {loadComparison} from './load.js';

const file = 'data.json';

function problem(input: Uint8Array): string {
	try {
		loadComparison(input, file);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as Error).message;
	}
	throw new Error('expected a DataError');
}

describe('loadComparison with good data', () => {
	test('the bundled comparison loads unchanged', () => {
		expect(bundledComparison()).toEqual(bundledJson());
	});

	test('a UTF-8 byte-order mark is accepted', () => {
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...edited(() => {})]);
		expect(loadComparison(withBom, file).title).toBe('FastAPI vs Litestar vs Django Ninja for ML APIs');
	});

	test("a section id may be a heading's anchor in any script (what a Markdown document's export writes)", () => {
		const loaded = loadComparison(
			edited((data) => {
				data.sections[0].id = '为什么使用消息队列';
				data.sections[1].id = 'café-v20';
			}),
			file,
		);
		expect(loaded.sections.slice(0, 2).map((section) => section.id)).toEqual(['为什么使用消息队列', 'café-v20']);
	});

	test('control characters in any string are removed while loading', () => {
		const loaded = loadComparison(
			edited((data) => {
				data.title = 'Evil\u001b]0;pwned\u0007 title';
				data.sections[0].table.rows[0].cells.fastapi = {text: 'x\u009b2Jy', refs: [1]};
			}),
			file,
		);
		expect(loaded.title).toBe('Evil title');
		expect(loaded.sections[0]?.table?.rows[0]?.cells.fastapi).toEqual({text: 'xy', refs: [1]});
	});
});

describe('loadComparison with bad data gives one message naming file, path, expectation and finding', () => {
	test.each([
		['an empty file', bytes(''), 'data.json: empty; expected a comparison as JSON'],
		['only whitespace', bytes(' \n\t '), 'data.json: empty; expected a comparison as JSON'],
		['UTF-16', new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'data.json: encoded as UTF-16; save it as UTF-8'],
		['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xc3, 0x28]), 'data.json: not valid UTF-8 (byte 2)'],
		[
			'a truncated file',
			edited(() => {}).slice(0, 40),
			'data.json:1:41: invalid JSON: expected a closing quote, found end of input',
		],
		[
			'not JSON at all',
			bytes('title: FastAPI\n'),
			'data.json:1:1: invalid JSON: expected a value (object, array, string, number, true, false or null), found "t"',
		],
		['a JSON array', bytes('[]'), 'data.json: expected object, got array'],
		[
			'a number where a cell belongs',
			edited((data) => {
				data.sections[2].table.rows[0].cells.litestar = 42;
			}),
			'data.json: sections[2].table.rows[0].cells.litestar: expected null, a string or {text, refs}, got number',
		],
		[
			'a wrong type inside a cell object',
			edited((data) => {
				data.sections[0].table.rows[0].cells.fastapi = {text: 5};
			}),
			'data.json: sections[0].table.rows[0].cells.fastapi.text: expected string, got number',
		],
		[
			'a missing title',
			edited((data) => {
				delete data.title;
			}),
			'data.json: title: missing; expected string',
		],
		[
			'a misspelt field',
			edited((data) => {
				data.sections[1].tittle = 'x';
			}),
			'data.json: sections[1].tittle: unknown field',
		],
		[
			'a bad id',
			edited((data) => {
				data.subjects[0].id = 'Fast API';
			}),
			'data.json: subjects[0].id: expected an id of lowercase letters, digits, ".", "_" or "-" (at most 64), got "Fast API"',
		],
		[
			'a section id with a capital',
			edited((data) => {
				data.sections[0].id = 'Summary';
			}),
			'data.json: sections[0].id: expected an id of lowercase letters (of any script), digits, ".", "_" or "-" (at most 64), got "Summary"',
		],
		[
			'one subject',
			edited((data) => {
				data.subjects = data.subjects.slice(0, 1);
			}),
			'data.json: subjects: expected 2 to 8 subjects, got 1 item',
		],
		[
			'nine subjects',
			edited((data) => {
				data.subjects = Array.from({length: 9}, (_, index) => ({
					id: `s${index}`,
					name: `S${index}`,
				}));
			}),
			'data.json: subjects: expected 2 to 8 subjects, got 9 items',
		],
		[
			'a cell for an unknown subject',
			edited((data) => {
				data.sections[3].table.rows[1].cells.flask = 'Fast';
			}),
			'data.json: sections[3].table.rows[1].cells.flask: unknown subject "flask" (subjects are fastapi, litestar, django-ninja)',
		],
		[
			'a missing cell',
			edited((data) => {
				delete data.sections[4].table.rows[0].cells.litestar;
			}),
			'data.json: sections[4].table.rows[0].cells: no cell for subject "litestar"; write null if the source is silent',
		],
		[
			'a duplicate subject id',
			edited((data) => {
				data.subjects[2].id = 'fastapi';
			}),
			'data.json: subjects[2].id: duplicate id "fastapi" (also subjects[0])',
		],
		[
			'a duplicate section id',
			edited((data) => {
				data.sections[6].id = 'summary';
			}),
			'data.json: sections[6].id: duplicate id "summary" (also sections[0])',
		],
		[
			'a dangling citation in prose',
			edited((data) => {
				data.sections[1].body += ' See [9].';
			}),
			'data.json: sections[1].body: cites [9], but references has no id 9',
		],
		[
			'a dangling reference number in a cell',
			edited((data) => {
				data.sections[2].table.rows[0].cells.fastapi.refs = [1, 7];
			}),
			'data.json: sections[2].table.rows[0].cells.fastapi.refs: cites [7], but references has no id 7',
		],
		[
			'a unit without a value',
			edited((data) => {
				delete data.sections[2].table.rows[0].cells.fastapi.value;
			}),
			'data.json: sections[2].table.rows[0].cells.fastapi: expected a value with the unit, got only the unit',
		],
		[
			'a count beside a figure with a unit',
			edited((data) => {
				data.sections[2].table.rows[0].cells.litestar = {text: '2K', value: 2000};
			}),
			'data.json: sections[2].table.rows[0].cells.litestar.unit: expected the unit of this row, "req/s", got none',
		],
		[
			'table parts that hold more rows than the table',
			edited((data) => {
				data.sections[2].table.parts = [{rows: 1}, {rows: 99}];
			}),
			'data.json: sections[2].table.parts: expected parts of 4 rows in all, got 100',
		],
		[
			'a part placed past the end of the body',
			edited((data) => {
				data.sections[2].table.parts = [{rows: 4, after: 999}];
			}),
			"data.json: sections[2].table.parts[0].after: expected at most 5 (the body's lines), got 999",
		],
		[
			'parts out of the order they stand in',
			edited((data) => {
				data.sections[2].table.parts = [
					{rows: 2, after: 3},
					{rows: 2, after: 1},
				];
			}),
			'data.json: sections[2].table.parts[1].after: expected the parts in the order they stand, at 3 or later, got 1',
		],
		[
			'a part with two label columns',
			edited((data) => {
				data.sections[2].table.parts = [{rows: 4, columns: [{label: 'A'}, {label: 'B'}, {subject: 'fastapi'}]}];
			}),
			'data.json: sections[2].table.parts[0].columns: expected one label column, got 2',
		],
		[
			'a part naming an unknown subject',
			edited((data) => {
				data.sections[2].table.parts = [{rows: 4, columns: [{label: ''}, {subject: 'flask'}]}];
			}),
			'data.json: sections[2].table.parts[0].columns[1].subject: unknown subject "flask"',
		],
		[
			"a row's field that no column of its part names",
			edited((data) => {
				data.sections[2].table.parts = [{rows: 4, columns: [{label: ''}, {field: 'Notes'}]}];
				data.sections[2].table.rows[1].fields = {Note: 'x'};
			}),
			'data.json: sections[2].table.rows[1].fields.Note: no column "Note" in its part (parts[0])',
		],
		[
			'a field in a table without parts',
			edited((data) => {
				data.sections[2].table.rows[0].fields = {Notes: 'x'};
			}),
			'data.json: sections[2].table.rows[0].fields.Notes: a field needs a column: give the table parts with columns that name it',
		],
		[
			'an unknown key in a table part',
			edited((data) => {
				data.sections[2].table.parts = [{rows: 4, place: 1}];
			}),
			'data.json: sections[2].table.parts[0].place: unknown field',
		],
		[
			'two units in one row',
			edited((data) => {
				data.sections[2].table.rows[0].cells.litestar = {text: '2 ms', value: 2, unit: 'ms'};
			}),
			'data.json: sections[2].table.rows[0].cells.litestar.unit: expected the unit of this row, "req/s", got "ms"',
		],
		[
			'a reference number that is not a whole number',
			edited((data) => {
				data.references[0].id = 1.5;
			}),
			'data.json: references[0].id: expected integer, got number',
		],
		[
			'a negative word count',
			edited((data) => {
				data.source.wordCount = -3;
			}),
			'data.json: source.wordCount: expected at least 0, got -3',
		],
		[
			'two missing fields',
			edited((data) => {
				delete data.title;
				delete data.subjects;
			}),
			'data.json: title: missing; expected string (and 1 more problem)',
		],
		[
			'three missing fields',
			edited((data) => {
				delete data.title;
				delete data.subjects;
				delete data.sections;
			}),
			'data.json: title: missing; expected string (and 2 more problems)',
		],
		[
			'two dangling citations',
			edited((data) => {
				data.sections[1].body += ' See [9].';
				data.sections[2].body += ' See [8].';
			}),
			'data.json: sections[1].body: cites [9], but references has no id 9 (and 1 more problem)',
		],
		[
			'a reference number too large to be exact',
			edited((data) => {
				data.references[0].id = 1e300;
			}),
			'data.json: references[0].id: expected at most 9007199254740991, got 1e+300',
		],
		[
			'a bad date of 40 characters, shown whole',
			edited((data) => {
				data.source.date = 'x'.repeat(40);
			}),
			`data.json: source.date: expected a date as YYYY-MM-DD, got "${'x'.repeat(40)}"`,
		],
		[
			'a bad date of 41 characters, shown cut',
			edited((data) => {
				data.source.date = `${'x'.repeat(40)}y`;
			}),
			`data.json: source.date: expected a date as YYYY-MM-DD, got "${'x'.repeat(40)}…"`,
		],
		[
			'a bad date',
			edited((data) => {
				data.source.date = 'April 11, 2026';
			}),
			'data.json: source.date: expected a date as YYYY-MM-DD, got "April 11, 2026"',
		],
		[
			'deep nesting',
			bytes(`{"title": ${'['.repeat(100)}${']'.repeat(100)}}`),
			`data.json: title${'[0]'.repeat(63)}: nested more than 64 levels deep`,
		],
		[
			'a hostile key in the path',
			edited((data) => {
				data.sections[0].table.rows[0].cells['x\u001b[2J'] = 'y';
			}),
			'data.json: sections[0].table.rows[0].cells.x: unknown subject "x" (subjects are fastapi, litestar, django-ninja)',
		],
	])('%s', (_name, input, message) => {
		expect(problem(input)).toBe(message);
	});

	test('a hostile file name is printed with its control characters escaped', () => {
		expect(() => loadComparison(bytes(''), 'evil\u001b[2J.json')).toThrow('evil\\x1b[2J.json: empty');
	});

	test('a file over the size limit is refused before parsing', () => {
		expect(problem(new Uint8Array(8 * 1024 * 1024 + 1))).toBe('data.json: larger than the 8 MiB a comparison may be');
	});
});
