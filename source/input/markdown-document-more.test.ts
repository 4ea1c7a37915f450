import {describe, expect, test} from 'vitest';
import {importMarkdown} from './markdown-document.js';

const read = (text: string, name = 'doc.md') => importMarkdown(new TextEncoder().encode(text), name);

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
