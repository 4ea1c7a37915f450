import {describe, expect, test} from 'vitest';
import {shownText} from '../layout/document.js';
import {type Line, lineText, lineWidth, Role} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {defaultView} from '../model/view.js';
import {bundledComparison, documentOf} from '../test-support/fixtures.js';
import {documentLinks, linksOverlay, openableUrl, sectionMarkdown} from './links.js';

const texts = (lines: readonly Line[]) => lines.map(lineText);
const bundled = documentOf(bundledComparison());

/** Two sections with links in their prose and in a cell, and one reference. */
const linked: Comparison = {
	title: 'Linked',
	subjects: [
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
	],
	sections: [
		{
			id: 'one',
			title: 'One',
			body: 'See [the **Alpha** site](https://alpha.example/docs) and [Beta](https://beta.example) [1].\n\n- Again [the **Alpha** site](https://alpha.example/docs).',
			table: {rows: [{criterion: 'Home', cells: {a: '[alpha.example](https://alpha.example)', b: 'none'}}]},
		},
		{id: 'two', title: 'Two', body: 'A [script](javascript:alert(1)) and [mail](mailto:team@beta.example).'},
	],
	references: [{id: 1, title: 'A study', publisher: 'A journal', url: 'https://study.example/paper'}],
};
const document = documentOf(linked);

describe('documentLinks', () => {
	test('every link of prose and cells by section, its text whole, each once per section and text', () => {
		expect(documentLinks(document)).toEqual([
			{section: 0, text: 'the Alpha site', url: 'https://alpha.example/docs'},
			{section: 0, text: 'Beta', url: 'https://beta.example'},
			{section: 0, text: 'alpha.example', url: 'https://alpha.example'},
			// Listed, so the reader sees it; Enter refuses to open it (openableUrl).
			{section: 1, text: 'script', url: 'javascript:alert(1)'},
			{section: 1, text: 'mail', url: 'mailto:team@beta.example'},
		]);
	});

	test('the bundled comparison links only from its references', () => {
		expect(documentLinks(bundled)).toEqual([]);
	});
});

describe('openableUrl', () => {
	test('http, https and mailto are opened; any other scheme is refused, and says why', () => {
		for (const url of ['https://a.example/x?y=1&z', 'http://a.example', 'mailto:a@b.example'])
			expect(openableUrl(url)).toEqual({ok: true});
		expect(openableUrl('javascript:alert(1)')).toEqual({
			ok: false,
			reason: 'not opened: tradeoff opens http, https and mailto links only, not javascript:',
		});
		expect(openableUrl('file:///etc/passwd')).toMatchObject({ok: false, reason: expect.stringContaining('file:')});
		expect(openableUrl('vscode://open')).toMatchObject({ok: false});
		expect(openableUrl('docs/page.md')).toEqual({ok: false, reason: 'not opened: not an absolute address'});
	});
});

describe('linksOverlay', () => {
	test('the references, then the links by section, the picked one in reverse video', () => {
		const overlay = linksOverlay(document, {width: 50, picked: 2, ascii: false});
		expect(texts(overlay.lines)).toEqual([
			'References',
			'──────────',
			'',
			'[1] A study — A journal',
			'    https://study.example/paper',
			'',
			'Links in the text',
			'─────────────────',
			'',
			'One',
			'  the Alpha site',
			'    https://alpha.example/docs',
			'  Beta',
			'    https://beta.example',
			'  alpha.example',
			'    https://alpha.example',
			'',
			'Two',
			'  script',
			'    javascript:alert(1)',
			'  mail',
			'    mailto:team@beta.example',
			'',
			'↑↓ pick, Enter opens the link in the browser, y',
			'copies its URL, Y the section as Markdown; a',
			'number (or a click on [n]) goes to that reference.',
		]);
		expect(overlay.items).toEqual([
			{start: 3, end: 5, url: 'https://study.example/paper'},
			{start: 10, end: 12, url: 'https://alpha.example/docs'},
			{start: 12, end: 14, url: 'https://beta.example'},
			{start: 14, end: 16, url: 'https://alpha.example'},
			{start: 18, end: 20, url: 'javascript:alert(1)'},
			{start: 20, end: 22, url: 'mailto:team@beta.example'},
		]);
		expect(overlay.links.map((link) => [link.item, link.section])).toEqual([
			[1, 0],
			[2, 0],
			[3, 0],
			[4, 1],
			[5, 1],
		]);
		expect([...overlay.starts]).toEqual([[1, 3]]);
		expect(overlay.end).toBe(5);
		// The picked one's first line in reverse video; its URL a link to itself.
		expect(overlay.lines[12]?.every((piece) => piece.role & Role.selected)).toBe(true);
		expect(overlay.lines[10]?.some((piece) => piece.role & Role.selected)).toBe(false);
		expect(overlay.lines[13]?.at(-1)).toEqual({
			text: 'https://beta.example',
			role: Role.link,
			href: 'https://beta.example',
		});
	});

	test('a long URL stands on lines of its own, broken only after its separators, every piece linking to all of it', () => {
		const overlay = linksOverlay(bundled, {width: 60, picked: undefined, ascii: false});
		const at = texts(overlay.lines).findIndex((line) => line.includes('venturebeat.com'));
		expect(texts(overlay.lines).slice(at, at + 2)).toEqual([
			'    https://venturebeat.com/orchestration/how-massmutual-',
			'    and-mass-general-brigham-turned-ai-pilot-sprawl-into',
		]);
		for (const line of overlay.lines.slice(at, at + 2))
			expect(line.at(-1)?.href).toBe(
				'https://venturebeat.com/orchestration/how-massmutual-and-mass-general-brigham-turned-ai-pilot-sprawl-into',
			);
	});

	test('every line fits at every width from 20 up', () => {
		for (const width of [20, 21, 33, 40, 80, 120])
			for (const line of linksOverlay(document, {width, picked: 0, ascii: true}).lines)
				expect(lineWidth(line), `${width}`).toBeLessThanOrEqual(width);
	});

	test('a comparison that cites nothing says so, and still lists its links', () => {
		const overlay = linksOverlay(documentOf({...linked, references: undefined}), {width: 60, picked: 0, ascii: false});
		expect(texts(overlay.lines).slice(0, 5)).toEqual([
			'References',
			'──────────',
			'',
			'This comparison cites no references.',
			'',
		]);
		expect(overlay.items[0]?.url).toBe('https://alpha.example/docs');
		expect(overlay.starts.size).toBe(0);
	});
});

describe('sectionMarkdown', () => {
	test('the section as --format markdown writes it, with the references it cites, without the title', () => {
		const markdown = sectionMarkdown(document, 0, defaultView(linked), shownText(document));
		expect(markdown).toBe(
			[
				'## One',
				'',
				'See [the **Alpha** site](https://alpha.example/docs) and [Beta](https://beta.example) [1].',
				'',
				'- Again [the **Alpha** site](https://alpha.example/docs).',
				'',
				'| | Alpha | Beta |',
				'|---|---|---|',
				'| Home | [alpha.example](https://alpha.example) | none |',
				'',
				'## References',
				'',
				'- [1] [A study](https://study.example/paper) — A journal',
				'',
			].join('\n'),
		);
		expect(sectionMarkdown(document, 1, defaultView(linked), shownText(document))).not.toContain('References');
		expect(sectionMarkdown(document, 9, defaultView(linked), shownText(document))).toBe('');
	});
});
