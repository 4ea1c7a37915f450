// A comparison's prose and cells parsed: which cell texts need parsing, emoji shortcodes found
// wherever they are, code highlighted only where a language is named, and text that marked fails
// on parsed a paragraph at a time.
import {describe, expect, test, vi} from 'vitest';
import type {Block} from '../layout/markdown.js';
import {Role} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {
	highlighted,
	lexBlocks,
	lexBounded,
	lexDocument,
	namesLanguage,
	parseCells,
	parseMarkdown,
} from './markdown-parse.js';

type Section = Comparison['sections'][number];

function comparisonOf(sections: Section[]): Comparison {
	return {
		title: 'T',
		subjects: [
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		sections,
		references: [],
	};
}

function withRows(rows: {criterion: string; cells: Record<string, unknown>}[]): Comparison {
	return comparisonOf([{id: 's', title: 'S', table: {rows: rows as never}}]);
}

/** markdown-parse.js loaded afresh, with no emoji table given to it yet. */
async function freshModule() {
	vi.resetModules();
	return await import('./markdown-parse.js');
}

describe('parseCells', () => {
	test('only the texts that read differently from their source are parsed, each once', () => {
		const parsed = parseCells(
			withRows([
				{criterion: 'Plain criterion', cells: {a: '**bold**', b: null}},
				{criterion: 'Speed: fast [1]', cells: {a: {text: 'x &amp; y', refs: [1]}, b: 'line one  \nline two'}},
				{criterion: '**bold**', cells: {a: 'a [1] &amp;', b: '*a* b'}},
				{criterion: 'a [1]<!-- note -->', cells: {a: null, b: null}},
			]),
		);
		expect(parsed).toEqual({
			'**bold**': [{text: 'bold', role: Role.strong}],
			'x &amp; y': [{text: 'x & y', role: Role.none}],
			'a [1] &amp;': [
				{text: 'a ', role: Role.none},
				{text: '[1]', role: Role.ref},
				{text: ' &', role: Role.none},
			],
			'*a* b': [
				{text: 'a', role: Role.em},
				{text: ' b', role: Role.none},
			],
			'a [1]<!-- note -->': [
				{text: 'a ', role: Role.none},
				{text: '[1]', role: Role.ref},
			],
		});
	});

	test('a bare address becomes a link', () => {
		expect(parseCells(withRows([{criterion: 'Site', cells: {a: 'https://x.example', b: null}}]))).toEqual({
			'https://x.example': [{text: 'x.example', role: Role.link, href: 'https://x.example'}],
		});
	});
});

describe('emoji shortcodes', () => {
	test('the emoji table is loaded only once some text may hold a shortcode', async () => {
		const {parseInline, prepareShortcodes} = await freshModule();
		await prepareShortcodes(['no codes', 'a: b']);
		expect(parseInline(':tada:')).toEqual([{text: ':tada:', role: Role.none}]);
		await prepareShortcodes(['plain', 'done :tada:']);
		expect(parseInline(':tada:')).toEqual([{text: '🎉', role: Role.none}]);
	});

	test('a shortcode only in prose is shown as its emoji', async () => {
		const {parseComparison} = await freshModule();
		const parsed = await parseComparison(
			comparisonOf([
				{id: 'first', title: 'First', table: {rows: [{criterion: 'C', cells: {a: null, b: 'x'}}]}},
				{id: 'second', title: 'Second', body: 'Yes :tada:'},
			]),
		);
		expect(parsed.bodies).toEqual({
			first: [],
			second: [{type: 'paragraph', spans: [{text: 'Yes 🎉', role: Role.none}]}],
		});
	});

	test.each([
		['a criterion', {criterion: 'Fun :tada:', cells: {a: null, b: 'x  \ny'}}, 'Fun :tada:', 'Fun 🎉'],
		['a text cell', {criterion: 'C', cells: {a: null, b: 'Fun :tada:'}}, 'Fun :tada:', 'Fun 🎉'],
		['a cell object', {criterion: 'C', cells: {a: null, b: {text: 'Fun :tada:'}}}, 'Fun :tada:', 'Fun 🎉'],
	])('a shortcode only in %s is shown as its emoji', async (_place, row, source, shown) => {
		const {parseComparison} = await freshModule();
		const parsed = await parseComparison(withRows([row]));
		expect(parsed.inline).toEqual({[source]: [{text: shown, role: Role.none}]});
		expect(parsed.bodies).toEqual({s: []});
	});
});

describe('code highlighting', () => {
	const code = (lang?: string): Block =>
		lang === undefined ? {type: 'code', text: 'x'} : {type: 'code', text: 'x', lang};
	const paragraph: Block = {type: 'paragraph', spans: [{text: 'p', role: Role.none}]};
	const list = (...items: Block[][]): Block => ({
		type: 'list',
		ordered: false,
		start: 1,
		loose: false,
		items: items.map((blocks) => ({blocks, loose: false})),
	});

	test('namesLanguage: a code block that names its language, at any depth', () => {
		expect(namesLanguage([])).toBe(false);
		expect(namesLanguage([paragraph])).toBe(false);
		expect(namesLanguage([code()])).toBe(false);
		expect(namesLanguage([paragraph, code('python')])).toBe(true);
		expect(namesLanguage([{type: 'quote', blocks: [code()]}])).toBe(false);
		expect(namesLanguage([{type: 'quote', blocks: [code('python')]}])).toBe(true);
		expect(namesLanguage([list([code()], [paragraph])])).toBe(false);
		expect(namesLanguage([list([paragraph], [code('python')])])).toBe(true);
	});

	test('the bodies are highlighted when any one of them names a language', async () => {
		const [first, second] = await highlighted([[code('python')], [paragraph]]);
		expect(first?.[0]).toMatchObject({type: 'code', text: 'x', lang: 'python', highlighted: [[{text: 'x'}]]});
		expect(second).toEqual([paragraph]);
	});
});

describe('parsing when marked fails', () => {
	// marked's recursion is bounded, so nothing real makes it fail: these lexers fail as it did.
	const failOn = (word: string) => (markdown: string) => {
		if (markdown.includes(word)) throw new RangeError('Maximum call stack size exceeded');
		return lexBlocks(markdown);
	};
	const alwaysFail = (): never => {
		throw new RangeError('Maximum call stack size exceeded');
	};

	test('text marked parses is parsed whole: a code block keeps its blank line', () => {
		expect(parseMarkdown('```\na\n\nb\n```')).toEqual([{type: 'code', text: 'a\n\nb'}]);
		expect([...lexDocument('```\na\n\nb\n```')]).toMatchObject([{type: 'code', text: 'a\n\nb'}]);
	});

	test('parseMarkdown: paragraphs apart at blank lines, even with spaces; a failing one is its trimmed text', () => {
		expect(parseMarkdown('one\ntwo\n \t\n  FAIL *x*  \n\nlast', failOn('FAIL'))).toEqual([
			{type: 'paragraph', spans: [{text: 'one\ntwo', role: Role.none}]},
			{type: 'paragraph', spans: [{text: 'FAIL *x*', role: Role.none}]},
			{type: 'paragraph', spans: [{text: 'last', role: Role.none}]},
		]);
	});

	test('parseMarkdown: blank parts between paragraphs give nothing', () => {
		expect(parseMarkdown('a\n\n \n\nb', alwaysFail)).toEqual([
			{type: 'paragraph', spans: [{text: 'a', role: Role.none}]},
			{type: 'paragraph', spans: [{text: 'b', role: Role.none}]},
		]);
	});

	test('lexDocument: a paragraph at a time, a failing one as plain text, the link definitions kept', () => {
		const failing = (markdown: string) => {
			if (markdown.includes('FAIL')) throw new RangeError('Maximum call stack size exceeded');
			return lexBounded(markdown);
		};
		const tokens = lexDocument('one\ntwo\n \t\n[r]: https://x.example/r\n\n\n\n  FAIL *x*  \n\n[x][r]', failing);
		expect(tokens.map((token) => token.type)).toEqual(['paragraph', 'def', 'paragraph', 'paragraph']);
		expect(tokens[0]).toMatchObject({text: 'one\ntwo'});
		expect(tokens[2]).toEqual({
			type: 'paragraph',
			raw: '  FAIL *x*  \n\n',
			text: 'FAIL *x*',
			tokens: [{type: 'text', raw: 'FAIL *x*', text: 'FAIL *x*'}],
		});
		expect(tokens[3]).toMatchObject({text: '[x][r]'});
		expect(tokens.links).toEqual({r: {href: 'https://x.example/r', title: undefined}});
	});

	test('lexDocument: blank parts between paragraphs give nothing', () => {
		const tokens = lexDocument('a\n\n \n\nb', alwaysFail);
		expect(tokens.map((token) => 'text' in token && token.text)).toEqual(['a', 'b']);
		expect(tokens.links).toEqual({});
	});
});
