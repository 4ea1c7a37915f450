// Docs sites' markup read as the site shows it: each case a small document of its own, checked as
// the GFM it becomes and as the text a reader sees.
import {describe, expect, test} from 'vitest';
import {sectionLines} from '../layout/document.js';
import {lineText} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {siteMarkdown} from './docs-markup.js';
import {importMarkdown} from './markdown-document.js';

/** A document laid out as text at a width, every section, headings included. */
async function shown(text: string, name = 'page.mdx', width = 80): Promise<string> {
	const document = await importMarkdown(new TextEncoder().encode(text), name);
	const view = defaultView(document.comparison);
	return document.comparison.sections
		.map((section) =>
			sectionLines(document, section, {width, view})
				.map((line) => lineText(line).trimEnd())
				.join('\n'),
		)
		.join('\n\n');
}

describe('MDX', () => {
	test('import and export lines are dropped, a one-line import as much as one over several lines', async () => {
		const text = await shown(
			[
				"import Tabs from '@theme/Tabs';",
				'import {',
				'  DockerTable,',
				'  TasksTable,',
				"} from '@site/src/components/ComparisonTable';",
				'export const meta = {draft: true};',
				'',
				'Text after the imports.',
			].join('\n'),
		);
		expect(text).not.toMatch(/^import|export|from '|DockerTable/m);
		expect(text).toContain('Text after the imports.');
	});

	test('prose that starts with the word import stays', () => {
		const source = 'import the module first, then call it.\n\nexport your data as CSV.';
		expect(siteMarkdown(source)).toBe(source);
	});

	test('a card shows its title over its text; a group of cards its cards; icon and href are not shown', async () => {
		const text = await shown(
			[
				'<CardGroup cols={2}>',
				'  <Card title="Elasticsearch" icon="magnifying-glass" href="/x/elasticsearch">',
				'    Full-text search and analytics engine',
				'  </Card>',
				'  <Card title="Algolia" icon="cloud">',
				'    Enterprise search-as-a-service',
				'  </Card>',
				'</CardGroup>',
			].join('\n'),
		);
		expect(text).toContain(
			'Elasticsearch\nFull-text search and analytics engine\n\nAlgolia\nEnterprise search-as-a-service',
		);
		expect(text).not.toMatch(/<|>|cols|magnifying|\/x\//);
	});

	test('JSX given as props reads as content, in order, its markdown parsed', async () => {
		const text = await shown(
			[
				'<ComparisonColumn',
				'left={',
				'  <>',
				'',
				"Turborepo infers projects from `package.json`; there's no other way.",
				'',
				'  </>',
				'}',
				'right={',
				'  <>',
				'',
				'moon requires [projects](https://moonrepo.dev) to be _defined_.',
				'',
				'  </>',
				'}',
				'/>',
			].join('\n'),
		);
		expect(text).toContain(
			"Turborepo infers projects from package.json; there's no other way.\n\nmoon requires projects (https://moonrepo.dev) to be defined.",
		);
		expect(text).not.toMatch(/[<>{}]|left=|right=/);
	});

	test('style={{...}} is never shown, in a block or in a table cell, and the tag it was on shows its text', async () => {
		const text = await shown(
			[
				'<div style={{color: "#A9A9A9", fontSize: "0.9em"}}>Muted words</div>',
				'',
				'| Feature | A | B |',
				'|---|---|---|',
				'| Grouping <br /><div style={{color: "#A9A9A9"}}>Bucket documents</div> | yes | no |',
			].join('\n'),
			'page.md',
		);
		expect(text).not.toMatch(/\{\{|style|<div|#A9A9A9/);
		expect(text).toContain('Muted words');
		expect(text).toContain('Bucket documents');
	});

	test('a callout component is a labelled quote; a comment shows nothing', async () => {
		const text = await shown(
			['<Note>', 'These are our own [impressions](https://example.com).', '</Note>', '', '{/* not shown */}'].join(
				'\n',
			),
		);
		expect(text).toBe(['│ Note', '│', '│ These are our own impressions (https://example.com).'].join('\n'));
	});

	test('a component with no children and no text shows nothing; code about components is code', async () => {
		const source = [
			'<WorkspaceTable />',
			'',
			'Use `<Card title="x">` like this:',
			'',
			'```jsx',
			'<Card title="A">x</Card>',
			'```',
		];
		expect(siteMarkdown(source.join('\n'))).toBe(
			['Use `<Card title="x">` like this:', '', '```jsx', '<Card title="A">x</Card>', '```'].join('\n'),
		);
	});

	test('a capitalised word in angle brackets with no closing tag is text (List<String>)', () => {
		const source = 'A List<String> of names, and a <Map> too.';
		expect(siteMarkdown(source)).toBe(source);
	});
});

describe('admonitions', () => {
	test(':::info, :::tip Title and ::: tip (VuePress) become quotes under their label', async () => {
		const text = await shown(
			[
				':::info',
				'',
				'Looking to migrate? Use `moon ext migrate-nx`.',
				'',
				':::',
				'',
				'::: tip Coming from Git Bash',
				'Add the path to your **config**.',
				':::',
			].join('\n'),
			'page.md',
		);
		expect(text).toBe(
			[
				'│ Info',
				'│',
				'│ Looking to migrate? Use moon ext migrate-nx.',
				'',
				'│ Tip: Coming from Git Bash',
				'│',
				'│ Add the path to your config.',
			].join('\n'),
		);
	});

	test('containers nest, and a fence inside one keeps its lines', () => {
		expect(
			siteMarkdown(['::::warning', ':::note[Inner]', 'Deep.', ':::', '```', ':::', '```', '::::'].join('\n')),
		).toBe(
			['> **Warning**', '>', '> > **Note: Inner**', '> >', '> > Deep.', '>', '> ```', '> :::', '> ```', ''].join('\n'),
		);
	});

	test('an unclosed ::: is text', () => {
		expect(siteMarkdown(':::note\nNo end.')).toBe(':::note\nNo end.');
	});

	test('MkDocs !!! kind "Title" and ??? kind: a labelled quote of the indented lines, code included', async () => {
		const text = await shown(
			[
				'!!! tip "You can still use PyPI packages"',
				'    Pixi supports PyPI.',
				'',
				'    ```toml',
				'    [pypi]',
				'    ```',
				'',
				'??? warning',
				'    Careful.',
				'',
				'After.',
			].join('\n'),
			'page.md',
		);
		expect(text).toBe(
			[
				'│ Tip: You can still use PyPI packages',
				'│',
				'│ Pixi supports PyPI.',
				'│',
				'│   [pypi]',
				'',
				'│ Warning',
				'│',
				'│ Careful.',
				'',
				'After.',
			].join('\n'),
		);
	});

	test('content tabs (=== "Name") are each their label over their content, fenced code included', async () => {
		const text = await shown(
			[
				'=== "uv (pyproject.toml)"',
				'',
				'    ```toml',
				'    [project]',
				'    name = "x"',
				'    ```',
				'',
				'=== "Pixi (pixi.toml)"',
				'',
				'    ```toml',
				'    [workspace]',
				'    ```',
			].join('\n'),
			'page.md',
		);
		expect(text).toBe(
			['uv (pyproject.toml)', '', '  [project]', '  name = "x"', '', 'Pixi (pixi.toml)', '', '  [workspace]'].join(
				'\n',
			),
		);
	});
});

test('a document without any of it is returned as it is (the same string)', () => {
	const source = '# Title\n\nA paragraph with a <b>tag</b>, x == y and 3 > 2.\n';
	expect(siteMarkdown(source)).toBe(source);
});
