// The twelve shared real-world documents, printed through the built CLI at three widths, and the
// importer's rules on small documents of its own.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {Lexer, type Token, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {SearchIndex} from '../browser/search.js';
import {sectionLines} from '../layout/document.js';
import {lineText, textWidth} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {runCli} from '../test-support/run-cli.js';
import {sampled, underMutation} from '../test-support/runs.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';
import {importMarkdown} from './markdown-document.js';

const folder = sharedFixtures;
const fixtures = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];

/** The words (letters and digits) a table cell shows, from marked's tokens rather than our parser. */
function shownWords(tokens: readonly Token[] | undefined): string[] {
	const words: string[] = [];
	let superscript = false;
	for (const token of tokens ?? []) {
		// <sup>1</sup> shows ¹: not the word "1".
		if (token.type === 'html') superscript = /^<su[pb]>$/i.test(token.raw.trim());
		if (token.type === 'html' || superscript) continue;
		if (token.type === 'image') words.push(...((token as Tokens.Image).text.match(/[\p{L}\p{N}]+/gu) ?? []));
		else if ('tokens' in token && token.tokens && token.type !== 'codespan') words.push(...shownWords(token.tokens));
		else if ('text' in token && typeof token.text === 'string')
			// Shortcodes become emoji, entities characters: their names are not words the reader sees.
			words.push(...(token.text.replace(/:[a-z0-9_+-]+:|&[a-z]+;/gi, ' ').match(/[\p{L}\p{N}]+/gu) ?? []));
	}
	return words;
}

function tables(tokens: readonly Token[]): Tokens.Table[] {
	return tokens.flatMap((token): Tokens.Table[] => {
		if (token.type === 'table') return [token as Tokens.Table];
		if (token.type === 'list') return (token as Tokens.List).items.flatMap((item) => tables(item.tokens));
		return 'tokens' in token && token.tokens ? tables(token.tokens) : [];
	});
}

describe.skipIf(fixtures.length === 0)('the shared Markdown documents, printed', () => {
	// Under mutation testing, three documents: each mutant reruns what covers it.
	describe.each(sampled(fixtures, 3))('%s', (name) => {
		// Each test spawns the CLI or lays out a whole document: room for a loaded machine.
		const source = readFileSync(`${folder}${name}`, 'utf8');
		const tokens = Lexer.lex(source.replace(/^---\n[\s\S]*?\n---\n/, ''), {gfm: true});
		const headings = tokens
			.filter((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 2)
			.map((heading) => shownWords(heading.tokens).filter((word) => !/^#/.test(word)));
		const cellWords = new Set(
			tables(tokens).flatMap((table) =>
				[...table.header, ...table.rows.flat()].flatMap((cell) => shownWords(cell.tokens)),
			),
		);

		// The built CLI: under mutation (vitest.mutate.config.ts) no mutant reaches it, and Stryker's
		// sandbox has no build.
		test.skipIf(underMutation()).each([40, 80, 120])(
			'at width %i: exit 0, nothing wider, every heading and cell word, no syntax',
			async (width) => {
				const run = await runCli([`${folder}${name}`, '--plain', '--width', String(width)]);
				expect(run.stderr).toBe('');
				expect(run.code).toBe(0);
				const lines = run.stdout.split('\n');
				const wide = lines.filter((line) => textWidth(line) > width);
				expect(wide).toEqual([]);
				// Words are compared without spaces and borders: a column too narrow breaks a long word.
				const squeezed = run.stdout.replace(/[\s│┼─]+/g, '');
				for (const words of headings)
					for (const word of words) expect(squeezed, `heading word ${word}`).toContain(word);
				// No table delimiter rows, no emphasis markers, no raw HTML tags.
				expect(lines.filter((line) => /^\s*\|?\s*:?-{3,}:?\s*\|/.test(line))).toEqual([]);
				// (A lone ** the source escaped, a footnote mark, is text.)
				expect(run.stdout).not.toMatch(/\*\*[^*\s][^*\n]*\*\*|<\/?(?:br|sup|kbd|span|div|p)\b[^>]*>/);
			},
		);

		test('every word of every table cell is on the laid-out lines at 40, 80 and 120 columns', async () => {
			const document = await importMarkdown(readFileSync(`${folder}${name}`), name);
			const view = defaultView(document.comparison);
			for (const width of sampled([40, 80, 120], 1)) {
				// Search joins the pieces of a cell the width broke, even inside a word (CJK runs).
				const index = new SearchIndex(
					document.comparison.sections.map((section) => sectionLines(document, section, {width, view})),
				);
				const missing = [...cellWords].filter((word) => index.search(word).length === 0);
				expect(missing, `at ${width}`).toEqual([]);
			}
		});
	});
});

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'doc.md') => importMarkdown(encode(text), name);

/** A document laid out as text at a width, every section. */
async function printedText(text: string, width = 100): Promise<string> {
	const document = await read(text);
	const view = defaultView(document.comparison);
	return document.comparison.sections
		.map((section) => sectionLines(document, section, {width, view}).map(lineText).join('\n'))
		.join('\n\n');
}

describe('front matter', () => {
	test('title, description, subjects (names or {id, name}) and source, as in a comparison file', async () => {
		const {comparison} = await read(
			[
				'---',
				'title: "Comparison | A vs B"',
				'description: Two tools',
				'id: ignored-by-tradeoff',
				'subjects: [Alpha One, {id: b, name: Beta}]',
				'source: {publisher: Someone, date: 2024-05-01, machineGenerated: false}',
				'---',
				'# Not the title',
				'',
				'| | Alpha One | Beta |',
				'|-|-|-|',
				'| Speed | fast | slow |',
			].join('\n'),
		);
		expect(comparison.title).toBe('Comparison | A vs B');
		expect(comparison.description).toBe('Two tools');
		expect(comparison.subjects).toEqual([
			{id: 'alpha-one', name: 'Alpha One'},
			{id: 'b', name: 'Beta'},
		]);
		expect(comparison.source).toEqual({publisher: 'Someone', date: '2024-05-01', machineGenerated: false});
		expect(comparison.sections[0]?.table?.rows).toEqual([
			{criterion: 'Speed', cells: {'alpha-one': 'fast', b: 'slow'}},
		]);
	});

	test.each([
		['---\ntitle: [unclosed\n---\n', /^doc\.md:2:\d+: front matter: invalid YAML: /],
		['---\nsubjects: [Only one]\n---\n', 'doc.md: front matter: subjects: expected 2 to 8 subjects, got 1'],
		[
			'---\nsubjects: A, B\n---\n',
			'doc.md: front matter: subjects: expected a list of names or of {id, name}, got string',
		],
		['---\nsource: {date: May 2024}\n---\n', 'doc.md: front matter: source.date: expected a date as YYYY-MM-DD'],
		['---\nsource: {colour: red}\n---\n', 'doc.md: front matter: source.colour: unknown field'],
		['---\ntitle: {a: 1}\n---\n', 'doc.md: front matter: title: expected text, got a mapping'],
	])('%j is refused in one line naming the place', async (text, message) => {
		const error = await read(text).catch((caught: Error) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).name).toBe('DataError');
		expect((error as Error).message).toMatch(message);
		expect((error as Error).message).not.toContain('\n');
	});

	test('a document without front matter does not load the YAML parser', async () => {
		// The importer's own file, built: yaml is required from its own file only when asked for.
		const built = readFileSync(new URL('../../build/lazy/markdown-document.cjs', import.meta.url), 'utf8');
		expect(built).toContain('require("./yaml.cjs")');
		expect(built).not.toContain('YAMLParseError');
	});
});

describe('title and sections', () => {
	test('the first # heading is the title; ## headings are the sections; text before them is the first', async () => {
		const {comparison} = await read(
			'# My title\n\nIntro text.\n\n## One\n\nFirst.\n\n### Sub\n\nMore.\n\n## Two {#second}\n\nSecond.\n',
		);
		expect(comparison.title).toBe('My title');
		expect(comparison.sections.map((section) => [section.id, section.title])).toEqual([
			['my-title', 'My title'],
			['one', 'One'],
			['second', 'Two'],
		]);
	});

	test('without ## headings, # headings are the sections; with neither, one section named after the file', async () => {
		const byOne = await read('# A\n\ntext\n\n# B\n\ntext\n');
		// The text under the title heading is the first section, named as the document.
		expect(byOne.comparison.sections.map((section) => section.title)).toEqual(['A', 'B']);
		expect(byOne.comparison.title).toBe('A');
		const none = await read('Just a paragraph.\n', 'notes/plain.markdown');
		expect(none.comparison.title).toBe('plain');
		expect(none.comparison.sections.map((section) => section.title)).toEqual(['plain']);
	});

	test("section ids are GitHub's anchors: CJK kept, punctuation and emoji dropped, -2 for a repeat", async () => {
		const {comparison} = await read(
			'## 特性\n\na\n\n## 特性\n\nb\n\n## Kafka、RocketMQ 有什么优缺点？\n\nc\n\n## 5. Chat Website & API\n\nd\n\n## ⚡ Café, v2.0\n\ne\n',
		);
		expect(comparison.sections.map((section) => section.id)).toEqual([
			'特性',
			'特性-2',
			'kafkarocketmq-有什么优缺点',
			'5-chat-website--api',
			'café-v20',
		]);
	});

	test('a title that is a link shows its text, never its URL; so do section titles and their ids', async () => {
		const {comparison} = await read(
			'# [Tool](https://tool.example) guide\n\nIntro.\n\n## [Interactive site](https://site.example)\n\nx\n\n## B\n\ny\n',
		);
		expect(comparison.title).toBe('Tool guide');
		expect(comparison.sections.map((section) => [section.id, section.title])).toEqual([
			['tool-guide', 'Tool guide'],
			['interactive-site', 'Interactive site'],
			['b', 'B'],
		]);
	});

	test('a first heading that says the title again is not a section of its own (front matter, or # then ##)', async () => {
		const front = await read(
			'---\ntitle: Overview\ndescription: Overview\n---\n\n# Overview\n\nIntro.\n\n## A\n\nx\n\n## B\n\ny\n',
		);
		expect(front.comparison.sections.map((section) => [section.title, section.body])).toEqual([
			['Overview', 'Intro.'],
			['A', 'x'],
			['B', 'y'],
		]);
		// What --format markdown writes (# title, then ## title over the text before the first heading) reads back the same.
		const exported = await read('# T\n\n## T\n\nIntro.\n\n## A\n\nx\n');
		expect(exported.comparison.sections.map((section) => [section.title, section.body])).toEqual([
			['T', 'Intro.'],
			['A', 'x'],
		]);
	});

	test('sections are the highest level that divides the document: ### under one ##, # after ## as one level', async () => {
		const oneSecondLevel = await read('# T\n\nIntro.\n\n## Comparison\n\n### Alpha\n\na\n\n### Beta\n\nb\n');
		expect(oneSecondLevel.comparison.sections.map((section) => section.title)).toEqual([
			'T',
			'Comparison',
			'Alpha',
			'Beta',
		]);
		const setext = await read('Title\n=====\n\n### One\n\nx\n\n### Two\n\ny\n');
		expect(setext.comparison.sections.map((section) => section.title)).toEqual(['One', 'Two']);
		const mixed = await read('# T\n\n## A\n\na\n\n# B\n\nb\n\n## C\n\nc\n');
		expect(mixed.comparison.sections.map((section) => [section.title, section.body])).toEqual([
			['A', 'a'],
			['B', 'b'],
			['C', 'c'],
		]);
	});
});

describe('references', () => {
	test('a final References list of links becomes the references; [n] cites them', async () => {
		const {comparison} = await read(
			'## Speed\n\nFast, they say [2].\n\n## References\n\n1. [First study](https://one.example) — Journal A\n2. [Second study](https://two.example)\n',
		);
		expect(comparison.sections.map((section) => section.title)).toEqual(['Speed']);
		expect(comparison.references).toEqual([
			{id: 1, title: 'First study', publisher: 'Journal A', url: 'https://one.example'},
			{id: 2, title: 'Second study', url: 'https://two.example'},
		]);
	});

	test('GFM footnotes are references numbered as the text first cites them, cited as [n]', async () => {
		const {comparison} = await read(
			'## A\n\nOne[^later] and two[^first].\n\n[^first]: The first note.\n[^later]: The later note,\n    over two lines.\n',
		);
		expect(comparison.references).toEqual([
			{id: 1, title: 'The later note, over two lines.'},
			{id: 2, title: 'The first note.'},
		]);
		expect(comparison.sections[0]?.body).toBe('One[1] and two[2].');
	});

	test('a "Notes" section of prose stays a section', async () => {
		const {comparison} = await read('## A\n\ntext\n\n## Notes\n\nJust some notes, no links.\n');
		expect(comparison.sections.map((section) => section.title)).toEqual(['A', 'Notes']);
		expect(comparison.references).toBeUndefined();
	});
});

describe('tables', () => {
	test('an empty top-left cell names the subjects; rows stay in place between the prose', async () => {
		const document = await read(
			'## S\n\nBefore.\n\n| | **Got** | [Ky](https://ky.example) |\n|---|---|---|\n| Speed | 10 req/s | 20 req/s |\n| Size | :x: | small |\n\nAfter.\n',
		);
		const {comparison} = document;
		expect(comparison.subjects).toEqual([
			{id: 'got', name: 'Got'},
			{id: 'ky', name: 'Ky'},
		]);
		expect(comparison.sections[0]?.table?.rows[0]).toEqual({
			criterion: 'Speed',
			cells: {got: {text: '10 req/s', value: 10, unit: 'req/s'}, ky: {text: '20 req/s', value: 20, unit: 'req/s'}},
		});
		const text = await printedText(
			'## S\n\nBefore.\n\n| | Got | Ky |\n|---|---|---|\n| Speed | 10 req/s | 20 req/s |\n\nAfter.\n',
		);
		expect(text.indexOf('Before.')).toBeLessThan(text.indexOf('Speed'));
		expect(text.indexOf('Speed')).toBeLessThan(text.indexOf('After.'));
		expect(text).toMatch(/Speed \(req\/s\)\nGot +[█-▏]+ 10 req\/s\nKy +[█-▏]+ 20 req\/s/);
	});

	test('tables naming different subjects: those of the first (none has more); the other stays a table', async () => {
		const {comparison, bodies} = await read(
			'| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n\n| | C | D |\n|-|-|-|\n| y | 1 | 2 |\n',
		);
		expect(comparison.subjects.map((subject) => subject.name)).toEqual(['A', 'B']);
		expect(comparison.sections[0]?.table?.rows).toEqual([{criterion: 'x', cells: {a: '1', b: '2'}}]);
		expect(bodies.get(comparison.sections[0]?.id ?? '')?.map((block) => block.type)).toEqual([
			'subject-table',
			'table',
		]);
	});

	test('front matter subjects: the column left names the rows (after them, here); a missing column is unstated', async () => {
		const {comparison} = await read(
			'---\nsubjects: [Bash, Nu, Fish]\n---\n| Bash | Nu | Task |\n|---|---|---|\n| `ls` | `ls` | List files |\n| | `ps` | Processes |\n',
		);
		expect(comparison.sections[0]?.table?.rows).toEqual([
			{criterion: 'List files', cells: {bash: '`ls`', nu: '`ls`', fish: null}},
			{criterion: 'Processes', cells: {bash: null, nu: '`ps`', fish: null}},
		]);
	});

	test('a row span drawn by hand (a blank group cell) continues its group, a field of each row', async () => {
		const {comparison} = await read(
			'---\nsubjects: [V2, V3]\n---\n| | Benchmark | V2 | V3 |\n|-|-|-|-|\n| English | MMLU | 78 | **88** |\n| | DROP | 80 | 89 |\n',
		);
		expect(comparison.sections[0]?.table?.rows.map((row) => [row.fields?.[''], row.criterion])).toEqual([
			['English', 'MMLU'],
			['English', 'DROP'],
		]);
	});

	test('ragged rows, rows without outer pipes, escaped pipes, <br>, entities and a column of figures', async () => {
		const text = await printedText(
			'| Package | Time | Note |\n| :-- | --: | -- |\n| zap | 656 ns/op | a `x\\|y` b\nzerolog | 380 ns/op | one<br>two &mdash; ok\n| log15 | 11393 ns/op |\n',
			120,
		);
		expect(text).toContain('x|y');
		expect(text).toMatch(/one\n[ │]+two — ok/);
		expect(text).toMatch(
			/Time \(ns\/op\)\nzap +[█-▏]+ 656 ns\/op\nzerolog +[█-▏]+ 380 ns\/op\nlog15 +[█-▏]+ 11,393 ns\/op/,
		);
		expect(text).not.toMatch(/<br>|&mdash;|\|--/);
	});

	test('narrow, a table of its own columns is one record per row', async () => {
		// Side by side the columns need their longest words (Drive, MD5, unreadable) and 6 columns
		// of separators: 26, more than 20.
		const text = await printedText(
			'| Name | Hash | Notes |\n|---|---|---|\n| Drive | MD5 | Long text about the unreadable drive |\n',
			20,
		);
		expect(text).toContain('Name: Drive\n  Hash: MD5\n  Notes: Long text\n    about the\n    unreadable drive');
	});
});

describe('what GitHub shows', () => {
	test('shortcodes, alerts, inline tags, HTML blocks and comments', async () => {
		const text = await printedText(
			[
				'## Marks',
				'',
				':white_check_mark: done, :x: not, :not_a_code: stays.',
				'',
				'> [!WARNING]',
				'> Careful <kbd>Ctrl</kbd>+<kbd>C</kbd> x<sup>2</sup> H<sub>2</sub>O <span title="t">spanned</span>',
				'',
				'<div align="center">',
				'  <img alt="Logo" src="logo.png"><br>',
				'  <b>Bold &amp; centred</b>',
				'</div>',
				'',
				'<!-- a comment nobody should see -->',
			].join('\n'),
		);
		expect(text).toContain('✅ done, ❌ not, :not_a_code: stays.');
		expect(text).toMatch(/│ Warning\n│ *\n│ Careful Ctrl\+C x² H₂O spanned/);
		expect(text).toContain('[image: Logo]\nBold & centred');
		expect(text).not.toMatch(/<|comment|\[!WARNING\]/);
	});

	test('escape sequences in a document never reach the output', async () => {
		const text = await printedText(
			'# T\u001b]0;pwned\u0007itle\n\n| | A\u001b[31m | B |\n|-|-|-|\n| x\u009b2J | 1 | 2 |\n',
		);
		expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
		expect(text).toContain('x');
	});
});

/** Each section as [id, title, body]. */
async function sections(text: string, name?: string) {
	const {comparison} = await read(text, name);
	return comparison.sections.map((section) => [section.id, section.title, section.body]);
}

describe('title', () => {
	test('the first # heading, its text as shown with spaces collapsed', async () => {
		const {comparison} = await read('#   Spaced   *title*  \n\n## A  b\n\nx');
		expect(comparison.title).toBe('Spaced title');
		expect(comparison.sections.map((section) => [section.id, section.title])).toEqual([['a-b', 'A b']]);
	});

	test('an empty # heading or none: the file name without its extension, query or fragment', async () => {
		expect((await read('# \n\ntext', 'https://x.example/dir/a.md?x=1#y')).comparison.title).toBe('a');
		expect((await read('text', 'README')).comparison.title).toBe('README');
		expect((await read('text', 'notes/v1.2.md')).comparison.title).toBe('v1.2');
		expect((await read('text', '.md')).comparison.title).toBe('.md');
		expect((await read('text', '')).comparison.title).toBe('Untitled');
	});

	test('front matter names the title: then the first # heading is an ordinary one', async () => {
		const {comparison} = await read('---\ntitle: FM\ndescription: D\n---\n# H1\n\n## A\n\nx');
		expect(comparison.title).toBe('FM');
		expect(comparison.description).toBe('D');
		// # and ## are one level of sections here: two headings divide the document, # alone does not.
		expect(comparison.sections.map((section) => [section.id, section.title, section.body])).toEqual([
			['h1', 'H1', undefined],
			['a', 'A', 'x'],
		]);
	});
});

describe('sections', () => {
	test('with # headings, deeper headings stay inside their section', async () => {
		expect(await sections('# T\n\nintro\n\n# Two\n\nx\n\n### deep\n\ny\n\n# Three\n\nz')).toEqual([
			['t', 'T', 'intro'],
			['two', 'Two', 'x\n\n### deep\n\ny'],
			['three', 'Three', 'z'],
		]);
	});

	test('with only deeper headings, they are the sections; with one heading, it is', async () => {
		expect(await sections('### only deep\n\ntext\n\n### another\n')).toEqual([
			['only-deep', 'only deep', 'text'],
			['another', 'another', undefined],
		]);
		expect(await sections('Intro.\n\n#### Notes\n\nx\n')).toEqual([
			['doc', 'doc', 'Intro.'],
			['notes', 'Notes', 'x'],
		]);
	});

	test('a heading without text is numbered; a {#id} is used only when it is a valid id', async () => {
		expect(await sections('## Two {#Second}\n\ntext\n\n##    \n\nx\n\n## C {#c-id}\n\ny')).toEqual([
			['two', 'Two', 'text'],
			['section-2', 'Section 2', 'x'],
			['c-id', 'C', 'y'],
		]);
	});

	test('text before the first heading that shows nothing is no section; something shown (a badge) is', async () => {
		expect(await sections('<!-- a comment -->\n\n## A\n\nx')).toEqual([['a', 'A', 'x']]);
		expect(await sections('[![badge](https://b.example/b.svg)](https://b.example)\n\n## A\n\nx')).toEqual([
			['doc', 'doc', '[![badge](https://b.example/b.svg)](https://b.example)'],
			['a', 'A', 'x'],
		]);
	});

	test('a document that shows nothing is one empty section', async () => {
		const document = await read('<!-- only a comment -->\n');
		expect(document.comparison.sections).toEqual([{id: 'document', title: 'doc'}]);
		expect([...document.bodies]).toEqual([['document', []]]);
		expect(document.markdown).toBe(true);
	});

	test('a section carries the link definitions its markdown uses, and only those', async () => {
		expect(
			await sections(
				'## A\n\nSee [x][ref] and [Y][Other].\n\n## B\n\nNothing.\n\n[ref]: https://r.example "T \\"q\\""\n[other]: https://o.example\n[unused]: https://u.example\n',
			),
		).toEqual([
			[
				'a',
				'A',
				'See [x][ref] and [Y][Other].\n\n[ref]: <https://r.example> "T \\"q\\""\n[other]: <https://o.example>',
			],
			['b', 'B', 'Nothing.'],
		]);
	});
});

describe('references', () => {
	test('[n] that names no reference is escaped as text; [n](url) is a link and stays', async () => {
		const {comparison} = await read(
			'## A\n\nCites [1], [2](https://l.example) and [3].\n\n## Sources\n\n- [One](https://one.example)\n',
		);
		expect(comparison.sections.map((section) => section.body)).toEqual([
			'Cites [1], [2](https://l.example) and \\[3].',
		]);
		expect(comparison.references).toEqual([{id: 1, title: 'One', url: 'https://one.example'}]);
	});

	test('footnotes are numbered after the highest listed reference', async () => {
		const {comparison} = await read(
			'## A\n\nNote[^n] and [3].\n\n[^n]: Footnote.\n\n## References\n\n3. [Three](https://three.example)\n',
		);
		expect(comparison.sections.map((section) => section.body)).toEqual(['Note[4] and [3].']);
		expect(comparison.references).toEqual([
			{id: 3, title: 'Three', url: 'https://three.example'},
			{id: 4, title: 'Footnote.'},
		]);
	});

	test('a document that is only its list of references is one empty section', async () => {
		const {comparison} = await read('## References\n\n- [One](https://one.example)\n', 'r.md');
		expect(comparison.sections).toEqual([{id: 'document', title: 'r'}]);
		expect(comparison.references).toEqual([{id: 1, title: 'One', url: 'https://one.example'}]);
	});

	test('[^x] without any definition is text; without references there is no list', async () => {
		const {comparison} = await read('text [^x] and [1]', 'README');
		expect(comparison.sections).toEqual([{id: 'readme', title: 'README', body: 'text [^x] and \\[1]'}]);
		expect(comparison).not.toHaveProperty('references');
	});
});

describe('subject tables', () => {
	test('each table is a place for its rows, numbered on through the section; markup cells keep their spans', async () => {
		const document = await read(
			'## S\n\n| | A | B |\n|-|-|-|\n| **x** | `1` | 2 |\n\ntext\n\n| | A | B |\n|-|-|-|\n| y | 3 | 4 |\n| | 5 | 6 |\n',
		);
		expect(document.comparison.sections).toEqual([
			{
				id: 's',
				title: 'S',
				body: 'text',
				table: {
					rows: [
						{criterion: '**x**', cells: {a: '`1`', b: '2'}},
						{criterion: 'y', cells: {a: '3', b: '4'}},
						{criterion: 'Row 3', cells: {a: '5', b: '6'}},
					],
					// Two tables, the first before the body's one line of text, the second after it.
					parts: [
						{rows: 1, after: 0},
						{rows: 2, after: 1},
					],
				},
			},
		]);
		expect(document.bodies.get('s')).toEqual([
			{type: 'subject-table', start: 0, end: 1, part: 0},
			{type: 'paragraph', spans: [{text: 'text', role: 0}]},
			{type: 'subject-table', start: 1, end: 3, part: 1},
		]);
		expect([...(document.inline ?? [])]).toEqual([
			['**x**', [{text: 'x', role: 1}]],
			['`1`', [{text: '1', role: 4}]],
		]);
	});

	test('without front matter or a source, the comparison says nothing of them', async () => {
		const {comparison} = await read('## A\n\nx');
		expect(Object.keys(comparison)).toEqual(['title', 'subjects', 'sections']);
	});
});

describe('edges', () => {
	test('a heading with nothing under it is a section without a body', async () => {
		const {comparison} = await read('## A\n## B\n\nx\n');
		expect(comparison.sections).toEqual([
			{id: 'a', title: 'A'},
			{id: 'b', title: 'B', body: 'x'},
		]);
	});

	test('the title from an address ignores its query, even one with a slash', async () => {
		expect((await read('text', 'https://x.example/README?raw=1')).comparison.title).toBe('README');
		expect((await read('text', 'https://x.example/a.md?path=x/y')).comparison.title).toBe('a');
	});

	test('an empty document says it should have been Markdown', async () => {
		await expect(read(' \n')).rejects.toThrow(/^doc\.md: empty; expected a comparison as Markdown$/);
	});

	test('citations of several digits that name nothing are escaped too', async () => {
		const {comparison} = await read('Cites [12] and [3](https://x.example).\n');
		expect(comparison.sections.map((section) => section.body)).toEqual(['Cites \\[12] and [3](https://x.example).']);
	});
});

describe('headings that say the title', () => {
	const titles = async (text: string) => (await read(text)).comparison.sections.map((section) => section.title);

	test('a first ## that says the # title again is no section: what it heads joins the text before it', async () => {
		expect(await sections('# Title\n\nintro\n\n## Title\n\ntext\n\n## B\n\nmore')).toEqual([
			['title', 'Title', 'intro\n\ntext'],
			['b', 'B', 'more'],
		]);
	});

	test('a # heading after a ## is a section, not the title', async () => {
		const {comparison} = await read('## Intro\n\ntext\n\n# Big\n\nmore');
		expect(comparison.title).toBe('doc');
		expect(comparison.sections.map((section) => section.title)).toEqual(['Intro', 'Big']);
	});

	test('a heading says the title again in any case and spacing, but not with spaces left out', async () => {
		expect(await titles('---\ntitle: "My  Doc "\n---\n## my doc\n\ntext\n\n## B\n\nx')).toEqual(['My  Doc', 'B']);
		expect(await titles('---\ntitle: AB\n---\n## A B\n\ntext\n\n## C\n\nx')).toEqual(['A B', 'C']);
	});

	test("a heading's title is the link's text, without its address or an id after it; an image in the link stays", async () => {
		expect(
			await sections('## [A](https://a.example) {#sec}\n\ntext\n\n## [B ![i](p.png)](https://b.example)\n\nx'),
		).toEqual([
			['sec', 'A', 'text'],
			['b-image-i', 'B [image: i]', 'x'],
		]);
	});

	test('a ### and a ###### divide the document at level 6: both are sections', async () => {
		expect(await sections('### A\n\ntext\n\n###### B\n\nx')).toEqual([
			['a', 'A', 'text'],
			['b', 'B', 'x'],
		]);
	});

	test('a heading with no letters to make an id from is numbered', async () => {
		expect(await sections('## 🎉\n\ntext')).toEqual([['section-1', '🎉', 'text']]);
	});
});

describe('a section with one subject table', () => {
	const table = '| | A | B |\n|-|-|-|\n| x | ✅ | ❌ |\n';

	test('after all the prose, a table of a nameless label and the subjects says nothing of parts', async () => {
		const {comparison} = await read(`## S\n\nBefore.\n\n${table}`);
		expect(comparison.sections[0]?.body).toBe('Before.');
		expect(comparison.sections[0]?.table).toEqual({rows: [{criterion: 'x', cells: {a: '✅', b: '❌'}}]});
	});

	test('with prose after it, or columns of its own, the table says where it stands and how', async () => {
		const after = await read(`## S\n\nBefore.\n\n${table}\nAfter.\n`);
		expect(after.comparison.sections[0]?.body).toBe('Before.\n\nAfter.');
		expect(after.comparison.sections[0]?.table?.parts).toEqual([{rows: 1, after: 1}]);
		const aligned = await read('## S\n\n| | A | B |\n|:-|-|-|\n| x | ✅ | ❌ |\n');
		expect(aligned.comparison.sections[0]?.table?.parts).toEqual([
			{rows: 1, after: 0, columns: [{label: '', align: 'left'}, {subject: 'a'}, {subject: 'b'}]},
		]);
	});

	test("a header that links a subject is kept in the table's block", async () => {
		const {bodies} = await read('## S\n\n| | [A](https://a.example) | B |\n|-|-|-|\n| x | ✅ | ❌ |\n');
		expect(bodies.get('s')).toMatchObject([
			{type: 'subject-table', start: 0, end: 1, part: 0, header: {a: [{text: 'A', href: 'https://a.example'}]}},
		]);
	});

	test('the HTML around a table in an HTML block is text without its tags', async () => {
		const {bodies} = await read(
			'## S\n\n<div><p>Note</p>\n<table><tr><th>a</th></tr><tr><td>1</td></tr></table></div>\n',
		);
		expect(bodies.get('s')?.map((block) => block.type)).toEqual(['paragraph', 'table']);
		expect(bodies.get('s')?.[0]).toMatchObject({type: 'paragraph', spans: [{text: 'Note'}]});
	});
});

describe('references and footnotes together', () => {
	test('footnote definitions under the list of references: the list is still the references, numbered first', async () => {
		const {comparison} = await read(
			'## A\n\nText[^n] and [1].\n\n## References\n\n1. [X](https://x.example)\n\n[^n]: A note.\n',
		);
		expect(comparison.sections.map((section) => section.title)).toEqual(['A']);
		expect(comparison.references?.map((reference) => [reference.id, reference.title])).toEqual([
			[1, 'X'],
			[2, 'A note.'],
		]);
	});
});
