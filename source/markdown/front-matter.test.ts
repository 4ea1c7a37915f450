import {describe, expect, test} from 'vitest';
import {readFrontMatter, splitFrontMatter} from './front-matter.js';

test('front matter is a block between --- lines at the very top, and says where the markdown starts', () => {
	expect(splitFrontMatter('---\ntitle: x\n---\n# Body\n')).toEqual({yaml: 'title: x', markdown: '# Body\n', line: 4});
	expect(splitFrontMatter('---\n---\nBody')).toEqual({yaml: '', markdown: 'Body', line: 3});
	expect(splitFrontMatter('Text\n---\ntitle: x\n---\n').yaml).toBeUndefined();
	expect(splitFrontMatter('---\nnever closed\n').yaml).toBeUndefined();
});

test('YAML that expands aliases without end is refused, not expanded', async () => {
	const bomb = [
		'a: &a [x, x, x, x, x, x, x, x, x]',
		...Array.from({length: 9}, (_, index) => {
			const name = String.fromCharCode(98 + index);
			const previous = String.fromCharCode(97 + index);
			return `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
		}),
	].join('\n');
	await expect(readFrontMatter(bomb, 'bomb.md')).rejects.toThrow(/^bomb\.md.*front matter/);
});

/** The one line reading this YAML fails with, or its result as JSON. */
async function outcome(yaml: string, file = 'd.md'): Promise<string> {
	try {
		return JSON.stringify(await readFrontMatter(yaml, file));
	} catch (error) {
		return `${(error as Error).name}: ${(error as Error).message}`;
	}
}

describe('splitFrontMatter', () => {
	test('the line the markdown starts on, with or without a newline after the closing fence', () => {
		expect(splitFrontMatter('---\na: 1\n---')).toEqual({yaml: 'a: 1', markdown: '', line: 4});
		expect(splitFrontMatter('---\na: 1\nb: 2\n---\nBody')).toEqual({yaml: 'a: 1\nb: 2', markdown: 'Body', line: 5});
		expect(splitFrontMatter('---\r\na: 1\r\n---\r\nBody')).toEqual({yaml: 'a: 1', markdown: 'Body', line: 4});
		expect(splitFrontMatter('---  \na: 1\n...\t\nBody')).toEqual({yaml: 'a: 1', markdown: 'Body', line: 4});
		expect(splitFrontMatter('No front matter')).toEqual({yaml: undefined, markdown: 'No front matter', line: 1});
	});
});

describe('readFrontMatter: the document', () => {
	test('nothing, or only a comment, says nothing', async () => {
		expect(await outcome('')).toBe('{}');
		expect(await outcome('# a comment')).toBe('{}');
	});

	test('anything but a mapping is refused, naming what it is', async () => {
		expect(await outcome('- a')).toBe('DataError: d.md: front matter: expected a mapping, got a list');
		expect(await outcome('just text')).toBe('DataError: d.md: front matter: expected a mapping, got string');
		expect(await outcome('42')).toBe('DataError: d.md: front matter: expected a mapping, got number');
	});

	test('a YAML error names the line and column in the file, and only its first line', async () => {
		expect(await outcome('title: x\n"unterminated', 'a\u001b.md')).toBe(
			'DataError: a\\x1b.md:3:14: front matter: invalid YAML: Missing closing "quote',
		);
		expect(await outcome('a: b: c')).toBe(
			'DataError: d.md:2:4: front matter: invalid YAML: Nested mappings are not allowed in compact mappings',
		);
	});

	test("an error past line 9 is named as well, without the parser's own position", async () => {
		const yaml = `${Array.from({length: 11}, (_, index) => `k${index}: ${index}`).join('\n')}\nbad: "unterminated`;
		expect(await outcome(yaml)).toBe('DataError: d.md:13:19: front matter: invalid YAML: Missing closing "quote');
	});

	test('nesting past the limit is refused in one line', async () => {
		expect(await outcome(`a: ${'['.repeat(70)}${']'.repeat(70)}`)).toBe(
			'DataError: d.md: front matter: nested more than 64 levels deep',
		);
	});

	test('title and description: text, numbers and booleans as text, trimmed; blank ones left out', async () => {
		expect(await outcome('title: 42\ndescription: true')).toBe('{"title":"42","description":"true"}');
		expect(await outcome('title: "  T  "\ndescription: "  D  "')).toBe('{"title":"T","description":"D"}');
		expect(await outcome('title: "   "\ndescription: ""')).toBe('{}');
		expect(await outcome('description: "   "')).toBe('{}');
		expect(await outcome('title: ~\ndescription: null\nlayout: x')).toBe('{}');
		expect(await outcome('description: [a]')).toBe(
			'DataError: d.md: front matter: description: expected text, got a list',
		);
	});
});

describe('readFrontMatter: subjects', () => {
	test('an id made from a name steers clear of one written out for another subject, before or after it', async () => {
		expect(await outcome('subjects: [{id: a, name: Xeno}, A]')).toBe(
			'{"subjects":[{"id":"a","name":"Xeno"},{"id":"a-2","name":"A"}]}',
		);
		expect(await outcome('subjects: [A, {id: a, name: Xeno}]')).toBe(
			'{"subjects":[{"id":"a-2","name":"A"},{"id":"a","name":"Xeno"}]}',
		);
	});

	test('names or {id, name}: names trimmed, ids made from names, unique, or numbered when none can be', async () => {
		expect(JSON.parse(await outcome('subjects: [" Alpha ", {id: b.2, name: Beta}, 7, 特性, alpha]'))).toEqual({
			subjects: [
				{id: 'alpha', name: 'Alpha'},
				{id: 'b.2', name: 'Beta'},
				{id: '7', name: '7'},
				{id: 'subject-4', name: '特性'},
				{id: 'alpha-2', name: 'alpha'},
			],
		});
		expect(await outcome('subjects: ~')).toBe('{}');
	});

	test('2 to 8 of them', async () => {
		expect(await outcome('subjects: [a, b]')).toBe('{"subjects":[{"id":"a","name":"a"},{"id":"b","name":"b"}]}');
		expect(JSON.parse(await outcome('subjects: [a, b, c, d, e, f, g, h]')).subjects).toHaveLength(8);
		expect(await outcome('subjects: [a, b, c, d, e, f, g, h, i]')).toBe(
			'DataError: d.md: front matter: subjects: expected 2 to 8 subjects, got 9',
		);
		expect(await outcome('subjects: []')).toBe(
			'DataError: d.md: front matter: subjects: expected 2 to 8 subjects, got 0',
		);
	});

	test('each wrong shape is named with its place', async () => {
		expect(await outcome('subjects: {a: 1}')).toBe(
			'DataError: d.md: front matter: subjects: expected a list of names or of {id, name}, got a mapping',
		);
		expect(await outcome('subjects: [a, [b]]')).toBe(
			'DataError: d.md: front matter: subjects[1]: expected text, got a list',
		);
		expect(await outcome('subjects: [a, {id: b}]')).toBe('DataError: d.md: front matter: subjects[1]: expected a name');
		expect(await outcome('subjects: [a, "  "]')).toBe('DataError: d.md: front matter: subjects[1]: expected a name');
		expect(await outcome('subjects: [a, ~]')).toBe('DataError: d.md: front matter: subjects[1]: expected a name');
		expect(await outcome('subjects: [a, {name: {x: 1}}]')).toBe(
			'DataError: d.md: front matter: subjects[1].name: expected text, got a mapping',
		);
		expect(await outcome('subjects: [a, {id: [x], name: B}]')).toBe(
			'DataError: d.md: front matter: subjects[1].id: expected text, got a list',
		);
		expect(await outcome('subjects: [a, {id: Not An Id, name: B}]')).toBe(
			'DataError: d.md: front matter: subjects[1].id: expected an id of lowercase letters, digits, ".", "_" or "-" (at most 64)',
		);
		expect(await outcome('subjects: [{id: x, name: A}, {id: x, name: B}]')).toBe(
			'DataError: d.md: front matter: subjects[1].id: duplicate id "x"',
		);
	});
});

describe('readFrontMatter: source', () => {
	test('every field it may have', async () => {
		expect(
			JSON.parse(
				await outcome(
					'source: {title: T, publisher: P, url: "https://x.example", note: 5, readingMinutes: 0, wordCount: 1200, date: 2024-05-01, tags: [a, 1, ~], machineGenerated: true}',
				),
			),
		).toEqual({
			source: {
				title: 'T',
				publisher: 'P',
				url: 'https://x.example',
				note: '5',
				readingMinutes: 0,
				wordCount: 1200,
				date: '2024-05-01',
				tags: ['a', '1', ''],
				machineGenerated: true,
			},
		});
	});

	test('fields given as nothing are left out; no source at all is none', async () => {
		expect(await outcome('source: {title: ~, date: ~, publisher: P}')).toBe('{"source":{"publisher":"P"}}');
		expect(await outcome('source: {}')).toBe('{"source":{}}');
		const {source} = await readFrontMatter('source: {title: ~, publisher: P}', 'd.md');
		expect(Object.keys(source ?? {})).toEqual(['publisher']);
		expect(await outcome('source: ~')).toBe('{}');
	});

	test('each wrong shape is named with its place', async () => {
		const refused = 'DataError: d.md: front matter: ';
		expect(await outcome('source: [a]')).toBe(`${refused}source: expected a mapping, got a list`);
		expect(await outcome('source: text')).toBe(`${refused}source: expected a mapping, got string`);
		expect(await outcome('source: {title: [a]}')).toBe(`${refused}source.title: expected text, got a list`);
		expect(await outcome('source: {readingMinutes: -1}')).toBe(
			`${refused}source.readingMinutes: expected a whole number, got number`,
		);
		expect(await outcome('source: {wordCount: 1.5}')).toBe(
			`${refused}source.wordCount: expected a whole number, got number`,
		);
		expect(await outcome('source: {wordCount: "12"}')).toBe(
			`${refused}source.wordCount: expected a whole number, got string`,
		);
		expect(await outcome('source: {wordCount: ~}')).toBe(
			`${refused}source.wordCount: expected a whole number, got nothing`,
		);
		expect(await outcome('source: {date: 2024-5-1}')).toBe(`${refused}source.date: expected a date as YYYY-MM-DD`);
		expect(await outcome('source: {date: x2024-05-01}')).toBe(`${refused}source.date: expected a date as YYYY-MM-DD`);
		expect(await outcome('source: {date: 2024-05-01x}')).toBe(`${refused}source.date: expected a date as YYYY-MM-DD`);
		expect(await outcome('source: {tags: a}')).toBe(`${refused}source.tags: expected a list, got string`);
		expect(await outcome('source: {tags: [a, [b]]}')).toBe(`${refused}source.tags[1]: expected text, got a list`);
		expect(await outcome('source: {machineGenerated: yes}')).toBe(
			`${refused}source.machineGenerated: expected true or false, got string`,
		);
		expect(await outcome('source: {machineGenerated: ~}')).toBe(
			`${refused}source.machineGenerated: expected true or false, got nothing`,
		);
		expect(await outcome('source: {colour: red}')).toBe(`${refused}source.colour: unknown field`);
	});
});
