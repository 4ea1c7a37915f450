import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import type {Comparison} from '../model/schema.js';
import {normalCell} from '../model/view.js';
import {bundledComparison} from '../test-support/fixtures.js';
import {escapeCell, linkId, renderLine, renderLines, sgr, toJson, toMarkdown} from './render-text.js';
import {Role, span} from './styled.js';

const comparison = bundledComparison();

describe('renderLine', () => {
	const line = [span('plain '), span('bold', Role.strong), span(' hit', Role.match)];
	test('mode none has no escape sequences at all', () => {
		expect(renderLine(line, {color: 'none'})).toBe('plain bold hit');
	});
	test('colour mode wraps styled spans in SGR sequences', () => {
		expect(renderLine(line, {color: 'color'})).toBe('plain \u001b[1mbold\u001b[0m\u001b[7m hit\u001b[0m');
	});
	test('mono mode keeps emphasis and reverse video but no colour', () => {
		const text = renderLine([span('x', Role.heading), span('y', Role.match), span('z', Role.ref)], {
			color: 'mono',
		});
		expect(text).toBe('\u001b[1mx\u001b[0m\u001b[7my\u001b[0mz');
		expect(text).not.toMatch(/\u001b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7])[;m]/);
	});
	test('roles combine', () => {
		expect(sgr(Role.strong | Role.em, 'color')).toBe('1;3');
	});
	test('each theme has its palette: dark by default, light where dark colours wash out on white', () => {
		const line = [span('x', Role.title | Role.strong), span('y', Role.code), span('z', Role.em)];
		expect(renderLine(line, {color: 'color'})).toBe(renderLine(line, {color: 'color', theme: 'dark'}));
		expect(renderLine(line, {color: 'color', theme: 'dark'})).toBe(
			'\u001b[1;1;36mx\u001b[0m\u001b[33my\u001b[0m\u001b[3mz\u001b[0m',
		);
		expect(renderLine(line, {color: 'color', theme: 'light'})).toBe(
			'\u001b[1;1;34mx\u001b[0m\u001b[31my\u001b[0m\u001b[3mz\u001b[0m',
		);
		// Without colour, the theme changes nothing.
		for (const color of ['none', 'mono'] as const) {
			expect(renderLine(line, {color, theme: 'light'})).toBe(renderLine(line, {color, theme: 'dark'}));
		}
	});
	test('hyperlinks only when asked and only with styles', () => {
		const link = [span('site', Role.link, 'https://x.example')];
		expect(renderLine(link, {color: 'color', hyperlinks: true})).toBe(
			`\u001b]8;id=${linkId('https://x.example')};https://x.example\u001b\\\u001b[4;94msite\u001b[0m\u001b]8;;\u001b\\`,
		);
		expect(renderLine(link, {color: 'none', hyperlinks: true})).toBe('site');
	});
	test('every piece of one address has the same id, so a URL broken over lines is one link', () => {
		expect(linkId('https://x.example/a')).toBe(linkId('https://x.example/a'));
		expect(linkId('https://x.example/a')).not.toBe(linkId('https://x.example/b'));
		expect(linkId('https://x.example/a')).toMatch(/^[0-9a-z]+$/);
	});

	test('a link is not wrapped in OSC 8 unless hyperlinks are asked for', () => {
		const link = [span('site', Role.link, 'https://x.example')];
		expect(renderLine(link, {color: 'color'})).toBe('\u001b[4;94msite\u001b[0m');
		expect(renderLine(link, {color: 'color', hyperlinks: false})).toBe('\u001b[4;94msite\u001b[0m');
	});
	test('renderLines trims trailing spaces and ends every line', () => {
		expect(renderLines([[span('a  ')], []], {color: 'none'})).toBe('a\n\n');
	});
});

describe('sgr for highlighted code', () => {
	test('a token colours code over its yellow in colour; NO_COLOR and pipes show none', () => {
		expect(sgr(Role.code | Role.codeKeyword, 'color')).toBe('33;35');
		expect(sgr(Role.code | Role.codeComment, 'color')).toBe('33;90');
		expect(sgr(Role.code | Role.codeString, 'mono')).toBe('');
		expect(sgr(Role.code | Role.codeString, 'none')).toBe('');
	});
});

describe('escapeCell', () => {
	test('escapes a pipe once, joins lines with one space and trims', () => {
		expect(escapeCell('a|b')).toBe('a\\|b');
		expect(escapeCell('a\\|b')).toBe('a\\|b');
		expect(escapeCell('one\n\ntwo\nthree')).toBe('one two three');
		expect(escapeCell('  padded  ')).toBe('padded');
	});
});

describe('toMarkdown', () => {
	// Rendered inside each test, not once for the describe block: StrykerJS runs a mutant only
	// against the tests that call the mutated code, and code run while collecting tests is no test's.
	// Front matter is not Markdown (GitHub shows it as a table): the text after it is.
	const withoutFrontMatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
	const bundledTokens = () => Lexer.lex(withoutFrontMatter(toMarkdown(comparison)), {gfm: true});

	test('parses back into the title, every section and a GFM table per section', () => {
		const tokens = bundledTokens();
		const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
		expect(headings.map((heading) => heading.text)).toEqual([
			comparison.title,
			...comparison.sections.map((section) => section.title),
			'References',
		]);
		const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
		expect(tables).toHaveLength(comparison.sections.length);
		tables.forEach((table, index) => {
			const section = comparison.sections[index]!;
			expect(table.header.map((cell) => cell.text)).toEqual(['', 'FastAPI', 'Litestar', 'Django Ninja']);
			expect(table.rows).toHaveLength(section.table?.rows.length ?? 0);
			table.rows.forEach((row, rowIndex) => {
				const source = section.table!.rows[rowIndex]!;
				expect(row[0]?.text).toBe(source.criterion);
				const cell = normalCell(source.cells.fastapi);
				if (cell.notStated) {
					// Silent cells are emphasised, the nearest Markdown has to the muted style.
					expect(row[1]?.tokens.map((token) => token.type)).toEqual(['em']);
					expect(row[1]?.tokens[0]?.raw).toBe('*not stated in the source*');
					return;
				}
				expect(row[1]?.text).toBe(
					cell.refs.length ? `${cell.text} ${cell.refs.map((n) => `[${n}]`).join('')}` : cell.text,
				);
			});
		});
	});

	test('the silent cells of the file are the emphasised ones of the table', () => {
		const tokens = bundledTokens();
		const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
		const emphasised = tables.flatMap((table) =>
			table.rows.flatMap((row) => row.slice(1).filter((cell) => cell.tokens[0]?.type === 'em')),
		);
		const silent = comparison.sections.flatMap((section) =>
			(section.table?.rows ?? []).flatMap((row) => Object.values(row.cells).filter((cell) => cell === null)),
		);
		expect(emphasised).toHaveLength(silent.length);
		expect(silent.length).toBeGreaterThan(0);
	});

	test('pipes in cells are escaped so the table keeps its columns and its text', () => {
		const tricky = {
			...comparison,
			sections: [
				{
					id: 'x',
					title: 'X',
					table: {
						rows: [{criterion: 'a|b', cells: {fastapi: 'c|d', litestar: 'e', 'django-ninja': 'f'}}],
					},
				},
			],
		};
		const table = Lexer.lex(withoutFrontMatter(toMarkdown(tricky)), {gfm: true}).find(
			(token): token is Tokens.Table => token.type === 'table',
		);
		expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['a|b', 'c|d', 'e', 'f']);
	});

	test('lists the references with their URLs', () => {
		const markdown = toMarkdown(comparison);
		for (const reference of comparison.references ?? [])
			expect(markdown).toContain(`[${reference.title}](${reference.url})`);
	});
});

describe('toMarkdown, exact output', () => {
	test('a comparison with every part: description, subjects and source in front matter, prose, tables, references', () => {
		const full: Comparison = {
			title: 'Queues',
			description: 'Two brokers.',
			source: {
				title: 'Not printed',
				publisher: 'Acme',
				date: '2024-05-06',
				readingMinutes: 0,
				wordCount: 1200,
				tags: ['mq', 'ops'],
				machineGenerated: true,
				note: 'Line one.\nLine two.',
			},
			subjects: [
				{id: 'a', name: 'Alpha'},
				{id: 'b', name: 'Beta|2'},
			],
			sections: [
				{id: 'prose', title: 'Prose only', body: '\n  Some *prose* [1].  \n'},
				{
					id: 'grid',
					title: 'Grid',
					table: {
						rows: [
							{criterion: 'Speed', cells: {a: {text: 'fast', refs: [1, 2]}, b: null}},
							{criterion: 'Line\nbreak', cells: {a: 'yes', b: {text: 'no'}}},
						],
					},
				},
				{id: 'empty', title: 'Empty table', body: '   ', table: {rows: []}},
			],
			references: [
				{id: 1, title: 'Docs', url: 'https://a.example', publisher: 'Alpha Inc'},
				{id: 2, title: 'Blog'},
			],
		};
		expect(toMarkdown(full)).toBe(
			[
				'---',
				'description: "Two brokers."',
				'subjects: [{"id":"a","name":"Alpha"}, {"id":"b","name":"Beta|2"}]',
				'source: {"title":"Not printed","publisher":"Acme","date":"2024-05-06","readingMinutes":0,"wordCount":1200,"tags":["mq","ops"],"machineGenerated":true,"note":"Line one.\\nLine two."}',
				'---',
				'',
				'# Queues',
				'',
				'## Prose only',
				'',
				'Some *prose* [1].',
				'',
				'## Grid',
				'',
				'| | Alpha | Beta\\|2 |',
				'|---|---|---|',
				'| Speed | fast [1][2] | *not stated in the source* |',
				'| Line break | yes | no |',
				'',
				'## Empty table',
				'',
				'## References',
				'',
				'- [1] [Docs](https://a.example) — Alpha Inc',
				'- [2] Blog',
				'',
			].join('\n'),
		);
	});

	const bare = (extra: Partial<Comparison>): Comparison => ({
		title: 'Bare',
		subjects: [{id: 'a', name: 'Alpha'}],
		sections: [{id: 'only', title: 'Only'}],
		...extra,
	});

	test('nothing to say in front matter, no front matter: no description, one subject, no source', () => {
		expect(toMarkdown(bare({}))).toBe('# Bare\n\n## Only\n');
		expect(toMarkdown(bare({references: []}))).toBe('# Bare\n\n## Only\n');
		expect(toMarkdown(bare({source: {publisher: 'Acme'}}))).toBe(
			'---\nsource: {"publisher":"Acme"}\n---\n\n# Bare\n\n## Only\n',
		);
	});

	test('each table stands after the lines of the body its part says, with its columns and alignments as written', () => {
		const placed = bare({
			subjects: [
				{id: 'a', name: 'Alpha'},
				{id: 'b', name: 'Beta'},
			],
			sections: [
				{
					id: 'only',
					title: 'Only',
					body: 'One.\n\nTwo.\n\n```\nx[1]\n```',
					table: {
						rows: [
							{criterion: 'Speed', cells: {a: '1', b: '2'}, fields: {Notes: 'n'}},
							{criterion: 'Size', cells: {a: '3', b: null}},
						],
						parts: [
							{
								rows: 1,
								after: 1,
								columns: [
									{label: 'Feature'},
									{subject: 'b', align: 'center'},
									{subject: 'a', name: 'Alpha (v1)', align: 'right'},
									{field: 'Notes', align: 'left'},
								],
							},
							{rows: 1},
						],
					},
				},
			],
		});
		expect(toMarkdown(placed).split('\n').slice(4)).toEqual([
			'# Bare',
			'',
			'## Only',
			'',
			'One.',
			'',
			// The subjects in the order of the comparison, at the place of the first.
			'| Feature | Alpha (v1) | Beta | Notes |',
			'|---|---:|:---:|:---|',
			'| Speed | 1 | 2 | n |',
			'',
			'Two.',
			'',
			'```',
			'x[1]',
			'```',
			'',
			'| | Alpha | Beta |',
			'|---|---|---|',
			'| Size | 3 | *not stated in the source* |',
			'',
		]);
	});
});

describe('toJson', () => {
	test('round-trips the comparison', () => {
		expect(JSON.parse(toJson(comparison))).toEqual(comparison);
	});
	test('escapes DEL and C1 characters that JSON.stringify leaves raw', () => {
		const json = toJson({...comparison, title: 'a\u009bb\u007f'});
		expect(json).toContain('"title": "a\\u009bb\\u007f"');
		expect(json).not.toMatch(/[\u007f-\u009f]/);
		expect(JSON.parse(json).title).toBe('a\u009bb\u007f');
	});
});
