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

/** The GFM a docs page becomes, its lines given one a string. */
function site(...lines: string[]): string {
	return siteMarkdown(lines.join('\n'));
}

describe('callout labels', () => {
	test('a kind with a label of its own shows it, another kind its name capitalised', () => {
		expect(site(':::tldr', 'Short.', ':::')).toBe('> **TL;DR**\n>\n> Short.\n');
		expect(site(':::secondary', 'x', ':::')).toBe('> **Note**\n>\n> x\n');
		expect(site(':::custom', 'x', ':::')).toBe('> **Custom**\n>\n> x\n');
	});

	test('a title is trimmed, and one that only says the kind or nothing adds nothing', () => {
		expect(site(':::note[ Inner ]', 'x', ':::')).toBe('> **Note: Inner**\n>\n> x\n');
		expect(site(':::note[   ]', 'x', ':::')).toBe('> **Note**\n>\n> x\n');
		expect(site(':::tip[tip]', 'x', ':::')).toBe('> **Tip**\n>\n> x\n');
	});

	test('an empty container is its label alone', () => {
		expect(site(':::note', ':::')).toBe('> **Note**\n');
	});
});

describe('the lines of a container', () => {
	test('blank lines, white space alone included, are dropped at both ends and kept as quote breaks between', () => {
		expect(site(':::note', '   ', 'Text', '   ', ':::')).toBe('> **Note**\n>\n> Text\n');
		expect(site(':::note', 'Text', '', ':::')).toBe('> **Note**\n>\n> Text\n');
		expect(site(':::note', 'A', '   ', 'B', ':::')).toBe('> **Note**\n>\n> A\n>\n> B\n');
	});

	test('the indentation all of its lines share is removed, what one has beyond it is kept', () => {
		expect(site(':::note', '    A', '  ', '    B', ':::')).toBe('> **Note**\n>\n> A\n>\n> B\n');
		expect(site(':::note', 'A', '  B', ':::')).toBe('> **Note**\n>\n> A\n>   B\n');
		expect(site('!!! note', '    A', '      B')).toBe('> **Note**\n>\n> A\n>   B\n');
	});

	test('a tab indents an admonition by four columns', () => {
		expect(site('!!! note', '\tBody', '\t\tdeeper')).toBe('> **Note**\n>\n> Body\n> \tdeeper\n');
	});

	test('an admonition with no indented lines is its label, and the text after it stays', () => {
		expect(site('!!! note', 'Text after.')).toBe('> **Note**\n\nText after.');
	});

	test('a line of spaces between the paragraphs of an admonition does not end it', () => {
		expect(site('!!! note', '    One.', '  ', '    Two.', 'After.')).toBe('> **Note**\n>\n> One.\n>\n> Two.\n\nAfter.');
	});

	test('a plain container (code-group, v-pre, raw) shows its content without a quote', () => {
		expect(site('::: code-group', '```sh', 'npm i', '```', ':::')).toBe('```sh\nnpm i\n```\n');
		expect(site(':::Raw', '{{ x }}', ':::')).toBe('{{ x }}\n');
	});

	test('a tab label is trimmed, and an empty one reads Tab', () => {
		expect(site('===   "  Linux  "', '    x')).toBe('**Linux**\n\nx\n');
		expect(site('=== ""', '    x')).toBe('**Tab**\n\nx\n');
	});

	test('import lines inside a container, an admonition or a tab are its text, not MDX', () => {
		expect(site(':::note', "import x from 'y';", ':::')).toBe("> **Note**\n>\n> import x from 'y';\n");
		expect(site('!!! note', "    import x from 'y';")).toBe("> **Note**\n>\n> import x from 'y';\n");
		expect(site('=== "A"', "    import x from 'y';")).toBe("**A**\n\nimport x from 'y';\n");
	});

	test('a ::: with nothing open is text', () => {
		expect(site('Text', ':::')).toBe('Text\n:::');
	});
});

describe('blank lines around a block', () => {
	test('a block after text is set apart by one blank line, never two', () => {
		expect(site('Text', ':::note', 'x', ':::')).toBe('Text\n\n> **Note**\n>\n> x\n');
		expect(site('Text', '', ':::note', 'x', ':::')).toBe('Text\n\n> **Note**\n>\n> x\n');
		expect(site('Text', '   ', ':::note', 'x', ':::')).toBe('Text\n   \n> **Note**\n>\n> x\n');
	});

	test('two blocks in a row and a block before a blank line are set apart by one blank line', () => {
		expect(site(':::note', 'a', ':::', ':::tip', 'b', ':::')).toBe('> **Note**\n>\n> a\n\n> **Tip**\n>\n> b\n');
		expect(site(':::note', 'x', ':::', '', 'Text')).toBe('> **Note**\n>\n> x\n\nText');
		expect(site(':::note', 'x', ':::', '   ', 'Text')).toBe('> **Note**\n>\n> x\n\nText');
	});
});

describe('fenced code', () => {
	test('a fence at the top of the document keeps containers and admonitions as they are written', () => {
		const source = ['```', ':::tip', 'x', ':::', '!!! note', '    y', '```'].join('\n');
		expect(siteMarkdown(source)).toBe(source);
	});

	test('a fence never closed runs to the end of the document', () => {
		const source = ['```', ':::tip', 'x', ':::'].join('\n');
		expect(siteMarkdown(source)).toBe(source);
	});

	test('a ~~~ fence closes at ~~~ and a ```` fence at ````, not at a shorter or other fence', () => {
		expect(site('~~~', ':::tip', '~~~', ':::tip', 'x', ':::')).toBe('~~~\n:::tip\n~~~\n\n> **Tip**\n>\n> x\n');
		expect(site('````md', '```', ':::', '```', '````', ':::tip', 'x', ':::')).toBe(
			'````md\n```\n:::\n```\n````\n\n> **Tip**\n>\n> x\n',
		);
	});
});

describe('MDX import and export lines', () => {
	test('an export, an import with no space before its quote, and one before a line of spaces are dropped', () => {
		expect(site('export const meta = {draft: true};', '', 'Text')).toBe('\nText');
		expect(site("import x from'y';", '', 'Text')).toBe('\nText');
		expect(site("import X from 'y';", '   ', 'Text')).toBe('   \nText');
	});

	test('prose that starts with import is kept, whatever quotes it or the next paragraph holds', () => {
		for (const source of [
			'import the module first.\n\nThe value comes from "config".',
			'import from "Excel\nsheets" is a menu item.',
			'import the data from files, then "clean" it.',
			"import 'a module by its path, as in the example.",
		])
			expect(siteMarkdown(source)).toBe(source);
	});
});

describe('component attributes', () => {
	test('a title in single quotes, with spaces around =, after a bare attribute or a spread labels the card', () => {
		for (const tag of [
			"<Card title='A'>",
			'<Card title = "A">',
			'<Card horizontal title="A">',
			'<Card {...props} title="A">',
			'<Card title=" A ">',
		])
			expect(site(tag, 'Body', '</Card>')).toBe('**A**\\\nBody\n\n');
	});

	test('a title in quotes keeps an escaped quote', () => {
		expect(site('<Card title="Say \\"hi\\"">', 'Body', '</Card>')).toBe('**Say \\"hi\\"**\\\nBody\n\n');
	});

	test('a string given in braces labels the card; an expression, or a bare title, does not', () => {
		expect(site('<Card title={"Guide"}>', 'Body', '</Card>')).toBe('**Guide**\\\nBody\n\n');
		for (const tag of ['<Card title={prefix + "Guide"}>', '<Card title={"Guide" + suffix}>', '<Card title>'])
			expect(site(tag, 'Body', '</Card>')).toBe('Body\n\n');
	});

	test('an expression that is not JSX (cols={2}) is not shown', () => {
		expect(site('<CardGroup cols={2}>', 'Body', '</CardGroup>')).toBe('Body\n\n');
	});

	test('a one-letter bare attribute before > leaves the element whole', () => {
		expect(site('<Steps n>', 'Body', '</Steps>')).toBe('Body\n\n');
	});

	test('JSX in a prop with no space before its brace is read; HTML in a prop is shown as it is', () => {
		expect(site('<Card title="A" icon={<Icon />}>', 'Body', '</Card>')).toBe('**A**\\\nBody\n\n');
		expect(site('<Card title="A" extra={<b>x</b>}>', 'Body', '</Card>')).toBe('**A**\n\n<b>x</b>\n\n\nBody\n\n');
	});

	test('a tag whose attributes cannot be read is text', () => {
		for (const source of [
			'Text <Logo / > here',
			'Sizes <Icon 24/> and more',
			'<Card x={<>open}>\nBody\n',
			'A <Card {...props title="A">Body',
		])
			expect(siteMarkdown(source)).toBe(source);
	});

	test('an attribute that is none (1x, an unquoted value) leaves the tag as text, its closing tag dropped', () => {
		expect(site('A <Badge 1x>new</Badge> b')).toBe('A <Badge 1x>new b');
		expect(site('A <Badge size=lg {x}>new</Badge> b')).toBe('A <Badge size=lg {x}>new b');
	});

	test('a prop whose JSX is followed by more code leaves the tag as text, the JSX in it read', () => {
		expect(site('<Card x={<>a</> || b}>', 'Body', '</Card>')).toBe('<Card x={a || b}>\nBody\n');
		expect(site('<Card x={<A /> {y}>', 'Body', '</Card>')).toBe('<Card x={ {y}>\nBody\n');
	});

	test('an expression that is not JSX ends at its brace, whatever JSX a later prop holds', () => {
		expect(site('<Card title="T" count={n<Limit />+1} icon={ <Icon />}>', 'Body', '</Card>')).toBe('**T**\\\nBody\n\n');
	});

	test('a blank title gives way to the label', () => {
		expect(site('<Tab label="Linux">', 'Body', '</Tab>')).toBe('**Linux**\\\nBody\n\n');
		expect(site('<Tab title="  " label="macOS">', 'Body', '</Tab>')).toBe('**macOS**\\\nBody\n\n');
	});
});

describe('callout components', () => {
	test('Callout and Admonition are notes unless a type says otherwise; Warning is a warning', () => {
		expect(site('<Callout>', 'x', '</Callout>')).toBe('> **Note**\n>\n> x\n\n');
		expect(site('<Admonition>', 'x', '</Admonition>')).toBe('> **Note**\n>\n> x\n\n');
		expect(site('<Callout type="">', 'x', '</Callout>')).toBe('> **Note**\n>\n> x\n\n');
		expect(site('<Callout type="warning">', 'x', '</Callout>')).toBe('> **Warning**\n>\n> x\n\n');
		expect(site('<Warning>', 'x', '</Warning>')).toBe('> **Warning**\n>\n> x\n\n');
		expect(site('<Aside type="caution" title="Careful">', 'x', '</Aside>')).toBe('> **Caution: Careful**\n>\n> x\n\n');
	});
});

describe('where a component ends', () => {
	test('a closing tag in a code span, or a generic in the text, does not end it', () => {
		expect(site('<Card>', 'Use `</Card>` here.', '</Card>')).toBe('Use `</Card>` here.\n\n');
		expect(site('<Card>', 'A List<String> of names.', '</Card>')).toBe('A List<String> of names.\n\n');
	});

	test('a closing tag right after a code span ends it', () => {
		expect(site('<Note>Run `npm test`</Note>')).toBe('> **Note**\n>\n> Run `npm test`\n\n');
	});

	test('a component nests in one of its own name, closed or self-closing', () => {
		expect(site('<Box>', '<Box>', 'inner', '</Box>', 'outer', '</Box>')).toBe('inner\n\nouter\n\n');
		expect(site('<Card title="A">', '<Card title="B" />', '</Card>')).toBe('**A**\\\n**B**\n\n');
		expect(site('<Box><Box /></Box>', 'After.')).toBe('After.');
	});

	test('a closing tag written self-closing (</Note />) still closes', () => {
		expect(site('<Note>x</Note />')).toBe('> **Note**\n>\n> x\n\n');
	});

	test('a closing tag with nothing open shows nothing', () => {
		expect(site('Text </Note> more')).toBe('Text  more');
	});
});

describe('components in a line and in a block', () => {
	test('in a line, a component is its children in place, trimmed, after what its props hold', () => {
		expect(site('Read <Badge>new</Badge> now.')).toBe('Read new now.');
		expect(site('Read <Badge> new </Badge> now.')).toBe('Read new now.');
		expect(site('A <Badge icon={<Icon />}>new</Badge> one.')).toBe('A new one.');
		expect(site('A <Tip a={<>x</>} b={<>y</>} /> end')).toBe('A x y end');
	});

	test('JSX a prop holds does not break the sentence the component stands in', () => {
		expect(site('Hover <Tooltip tip={<>the help</>}>here</Tooltip> to see.')).toBe('Hover the help here to see.');
	});

	test('a block is set apart from the text before it by one blank line, indentation and blank lines dropped', () => {
		expect(site('Intro.', '', '<Note>', 'x', '</Note>')).toBe('Intro.\n\n> **Note**\n>\n> x\n\n');
		expect(site('Text', '  <Card title="A">', '  x', '  </Card>')).toBe('Text\n\n**A**\\\nx\n\n');
		expect(site('- a', '  b', '', '<Note>', 'x', '</Note>')).toBe('- a\n  b\n\n> **Note**\n>\n> x\n\n');
	});

	test('a component that shows nothing leaves the text around it, and the lines after a block stay', () => {
		expect(site('Intro.', '', '<Logo />', '', 'More.')).toBe('Intro.\n\nMore.');
		expect(site('<Note>', 'x', '</Note>', '', 'After', 'the note.')).toBe('> **Note**\n>\n> x\n\nAfter\nthe note.');
	});

	test('a label over no children is the label alone, over a list it is set apart; with no label, the children show', () => {
		expect(site('<Card title="A" />')).toBe('**A**\n\n');
		expect(site('<Card title="A">', '- one', '- two', '</Card>')).toBe('**A**\n\n- one\n- two\n\n');
		expect(site('<Card style={{a: 1}}><i>x</i></Card>')).toBe('<i>x</i>\n\n');
	});
});

describe('code and comments in MDX', () => {
	test('a component in fenced code is code: ~~~, a fence with a blank line, an indented one, one with no language', () => {
		const note = '<Note>\nz\n</Note>';
		const quote = '> **Note**\n>\n> z\n\n';
		for (const fence of [
			'~~~jsx\n<Card title="A">x</Card>\n~~~',
			'```jsx\n<Card title="A">x</Card>\n\n<Card title="B">y</Card>\n```',
			'  ```jsx\n  <Card title="A">x</Card>\n\n  ```',
			'Text\n\n```\n<Card title="A">x</Card>\n```',
			'```jsx\n<Card title="A">x</Card>\n<Icon />\n```',
		])
			expect(siteMarkdown(`${fence}\n\n${note}`)).toBe(`${fence}\n\n${quote}`);
	});

	test('a component in a code span is code; three backticks in a line are a span, not a fence', () => {
		const source = 'Write `<Note>` and `</Note>` around it.\n\nMore.';
		expect(siteMarkdown(source)).toBe(source);
		expect(site('Inline ```code``` here.', '', '<Note>', 'See.', '</Note>')).toBe(
			'Inline ```code``` here.\n\n> **Note**\n>\n> See.\n\n',
		);
	});

	test('a component after a code span, between ~~, or after a lone backtick is read', () => {
		expect(site('`npm` is <Badge>new</Badge>')).toBe('`npm` is new');
		expect(site('Old ~~<Badge>beta</Badge>~~ now stable')).toBe('Old ~~beta~~ now stable');
		expect(site('A lone ` and <Badge>x</Badge>')).toBe('A lone ` and x');
		expect(site('Use `a` then <Badge>b</Badge> then `c`.')).toBe('Use `a` then b then `c`.');
		expect(site('Type ` to quote.', '', '<Note>', 'Read.', '</Note>', '', 'Another ` here.')).toBe(
			'Type ` to quote.\n\n> **Note**\n>\n> Read.\n\nAnother ` here.',
		);
	});

	test('a comment shows nothing, and braces before it stay; an unclosed one is text', () => {
		expect(site('Set {x} first.', '', '{/* note */}', '', 'After.')).toBe('Set {x} first.\n\n\n\nAfter.');
		expect(site('A {/* no end <Note>x</Note>')).toBe('A {/* no end x');
	});
});

describe('HTML with JSX attributes', () => {
	test('style={{...}} goes, wherever the tag is and however its attributes are spaced', () => {
		expect(site('<div style={{color: "gray"}}>Muted</div>')).toBe('<div>Muted</div>');
		expect(site('<p style={{color: "red"}}>x</p>')).toBe('<p>x</p>');
		expect(site('Intro <span style={{color: "red"}}>x</span>')).toBe('Intro <span>x</span>');
		expect(site('<div', '  style={{color: "red"}}', '>x</div>')).toBe('<div\n>x</div>');
		expect(site('<div  style={{a: 1}}>x</div>')).toBe('<div>x</div>');
		expect(site('<div style = {{a: 1}}>x</div>')).toBe('<div>x</div>');
		expect(site('<div style={{a: "}", b: \'}\', c: `}`}}>x</div>')).toBe('<div>x</div>');
	});

	test('the other attributes stay as written: quoted, unquoted, bare, self-closing', () => {
		expect(site(`<div class="note box" title='Muted text' style={{color: "gray"}}>x</div>`)).toBe(
			`<div class="note box" title='Muted text'>x</div>`,
		);
		expect(site('<td width=80 style={{a: 1}}>x</td>')).toBe('<td width=80>x</td>');
		expect(site('<input disabled style={{a: 1}} />')).toBe('<input disabled />');
		expect(site('<img src="a.png" style={{width: 10}} />')).toBe('<img src="a.png" />');
	});

	test('a one-letter bare attribute at the end stays; a slash that does not close the tag leaves it as it is', () => {
		expect(site('<td style={{a: 1}} x>y</td>')).toBe('<td x>y</td>');
		expect(site('<img style={{a: 1}} / >')).toBe('<img style={{a: 1}} / >');
	});

	test('a tag with nothing to drop is kept to the byte', () => {
		expect(site('<br /><a href="x" >y</a> <Badge>b</Badge>')).toBe('<br /><a href="x" >y</a> b');
	});

	test('a component right after the tag is read', () => {
		expect(site('<span style={{a: 1}}><Badge>x</Badge></span>')).toBe('<span>x</span>');
	});

	test('a tag with a spread, an attribute HTML has no name for, or an unclosed brace is left as it is', () => {
		// The last: text that reads as attributes from its start, and ends in a letter.
		for (const source of [
			'<div {...props} style={{a: 1}}>x</div>',
			'<div -a b={c}>y</div>',
			'<td style={{a: 1}} ->y</td>',
			'<div a"b" style={{a: 1}}>x</div>',
			'<div style={{color: "red"}>x</div>',
			'a><div style={{b}>c',
		])
			expect(siteMarkdown(source)).toBe(source);
	});

	test("an attribute's text that looks like MDX is kept as it is written", () => {
		expect(site('<span title="{/* kept */} </Note>">y</span>', '', '<Note>z</Note>')).toBe(
			'<span title="{/* kept */} </Note>">y</span>\n\n> **Note**\n>\n> z\n\n',
		);
	});
});
