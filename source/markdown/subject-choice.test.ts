import {describe, expect, test} from 'vitest';
import {UsageError} from '../model/errors.js';
import {lexDocument} from './markdown-parse.js';
import {inferredSubjects, namedSubjects} from './subject-choice.js';

const names = ['uv', 'pip', 'poetry', 'pdm', 'hatch', 'rye', 'pipenv', 'conda', 'pixi'];
const table = (columns: readonly string[]) =>
	lexDocument(
		`Intro.\n\n| | ${columns.join(' | ')} |\n|${'---|'.repeat(columns.length + 1)}\n| Speed | ${columns.map(() => 'fast').join(' | ')} |\n`,
	);

describe('namedSubjects', () => {
	test('takes the names given, trimmed and without blanks, as the subjects, each the header of a column', () => {
		expect(namedSubjects([' uv ', '', 'PIP'], table(['uv', 'pip']), 'tools.md')).toEqual([
			{id: 'uv', name: 'uv'},
			{id: 'pip', name: 'PIP'},
		]);
	});

	test('takes 2 to 8 names, and says how many it got otherwise', () => {
		const eight = names.slice(0, 8);
		expect(namedSubjects(eight, table(eight), 'tools.md').map((subject) => subject.name)).toEqual(eight);
		const count = (given: readonly string[]) => {
			try {
				namedSubjects(given, table(names), 'tools.md');
			} catch (error) {
				expect(error).toBeInstanceOf(UsageError);
				return (error as Error).message;
			}
			return 'no error';
		};
		expect(count(['uv', ' '])).toBe('--subjects names 2 to 8 subjects, separated by commas; got 1');
		expect(count(names)).toBe('--subjects names 2 to 8 subjects, separated by commas; got 9');
	});

	test('refuses a name that heads no column of any table, naming the file', () => {
		expect(() => namedSubjects(['uv', 'rye'], table(['uv', 'pip']), 'tools.md')).toThrow(
			new UsageError('--subjects: no table of tools.md has a column "rye"'),
		);
		expect(() => namedSubjects(['uv', 'pip'], lexDocument('No table here.\n'), 'tools.md')).toThrow(UsageError);
	});
});

describe('inferredSubjects', () => {
	test("reads the subjects from the columns of a document's table", () => {
		expect(inferredSubjects(table(['uv', 'pip', 'poetry'])).map((subject) => subject.name)).toEqual([
			'uv',
			'pip',
			'poetry',
		]);
	});
});
