import {Lexer} from 'marked';
import {describe, expect, test} from 'vitest';
import {extractFootnotes, listedReferences, referencesTitle} from './markdown-references.js';

describe('extractFootnotes', () => {
	test('definitions leave the text; citations become [n] from the first number given', () => {
		const {markdown, notes} = extractFootnotes('A[^x] b[^y].\n\n[^y]: Why.\n[^x]: Ex.\n', 4);
		expect(markdown.trim()).toBe('A[4] b[5].');
		expect(notes).toEqual([
			{id: 4, title: 'Ex.'},
			{id: 5, title: 'Why.'},
		]);
	});

	test('code fences are left alone; text without footnotes is returned as it was', () => {
		const source = '```\n[^x]: not a note\n```\nText[^x]\n\n[^x]: A note.\n';
		const {markdown, notes} = extractFootnotes(source, 1);
		expect(markdown).toContain('[^x]: not a note');
		expect(markdown).toContain('Text[1]');
		expect(notes).toEqual([{id: 1, title: 'A note.'}]);
		expect(extractFootnotes('plain [1]', 1)).toEqual({markdown: 'plain [1]', notes: []});
	});
});

describe('listedReferences', () => {
	const tokens = (markdown: string) => Lexer.lex(markdown, {gfm: true});

	test('numbered as the list or the item says; the rest of the item is the publisher', () => {
		expect(
			listedReferences(tokens('3. [Three](https://3.example), Some Press\n4. [Four](https://4.example)\n')),
		).toEqual([
			{id: 3, title: 'Three', publisher: 'Some Press', url: 'https://3.example'},
			{id: 4, title: 'Four', url: 'https://4.example'},
		]);
		expect(listedReferences(tokens('- [7] [Seven](https://7.example) — Press\n- [8] A note without a link\n'))).toEqual(
			[
				{id: 7, title: 'Seven', publisher: 'Press', url: 'https://7.example'},
				{id: 8, title: 'A note without a link'},
			],
		);
	});

	test('prose, or an item that neither links nor numbers itself, is no list of references', () => {
		expect(listedReferences(tokens('Some text.\n\n- [A](https://a.example)\n'))).toBeUndefined();
		expect(listedReferences(tokens('- [A](https://a.example)\n- just words\n'))).toBeUndefined();
	});
});

describe('extractFootnotes', () => {
	test('numbered by first citation, in any case; uncited notes after, in the order written', () => {
		const {markdown, notes} = extractFootnotes(
			'A[^B] and [^a] and [^b] again, [^nope].\n\n[^a]: Alpha.\n[^c]: Unused.\n[^b]: Beta.\n',
			1,
		);
		expect(markdown).toBe('A[1] and [2] and [1] again, [^nope].\n\n');
		expect(notes).toEqual([
			{id: 1, title: 'Beta.'},
			{id: 2, title: 'Alpha.'},
			{id: 3, title: 'Unused.'},
		]);
	});

	test('a definition goes on over lines indented four spaces or a tab; up to three spaces before it', () => {
		const {markdown, notes} = extractFootnotes(
			'T[^a][^b][^c]\n   [^a]: One\n    two\n\tthree\n   not four\n[^b]:\n[^c]:   \n    spaced   \nEnd',
			1,
		);
		expect(markdown).toBe('T[1][2][3]\n   not four\nEnd');
		expect(notes).toEqual([
			{id: 1, title: 'One two three'},
			{id: 2, title: 'b'},
			{id: 3, title: 'spaced'},
		]);
		expect(extractFootnotes('T[^a]\n    [^a]: indented four is code\n', 1).notes).toEqual([]);
	});

	test('inside a fence nothing is a definition or a citation; a fence closes only on its own marker', () => {
		const source = '```\n~~~\n[^a]: not\nX[^a]\n```\n~~~\n[^b]\n~~~\nT[^a]\n\n[^a]: Yes.\n';
		const {markdown, notes} = extractFootnotes(source, 1);
		expect(markdown).toBe('```\n~~~\n[^a]: not\nX[^a]\n```\n~~~\n[^b]\n~~~\nT[1]\n\n');
		expect(notes).toEqual([{id: 1, title: 'Yes.'}]);
	});

	test('citations in code do not set the order', () => {
		const {notes} = extractFootnotes('```\n[^b]\n```\nA[^a] B[^b]\n\n[^b]: Bee\n[^a]: Ay\n', 5);
		expect(notes).toEqual([
			{id: 5, title: 'Ay'},
			{id: 6, title: 'Bee'},
		]);
	});

	test('citations without any definition leave the text as it was', () => {
		const source = 'A[^x] and [^y].\n';
		expect(extractFootnotes(source, 1)).toEqual({markdown: source, notes: []});
	});
});

describe('listedReferences', () => {
	const tokens = (markdown: string) => Lexer.lex(markdown, {gfm: true});

	test('unordered items count on across lists; a link inside emphasis counts; an empty link is titled by its address', () => {
		expect(
			listedReferences(
				tokens(
					'- **[A](https://a.example)** — Pub A.\n- [](https://b.example)\n\n* [C *c*](https://c.example) | Pub C |\n',
				),
			),
		).toEqual([
			{id: 1, title: 'A', publisher: 'Pub A.', url: 'https://a.example'},
			{id: 2, title: 'https://b.example', url: 'https://b.example'},
			{id: 3, title: 'C c', publisher: 'Pub C', url: 'https://c.example'},
		]);
	});

	test("an ordered list numbers from its start; an item's own [n] wins", () => {
		expect(
			listedReferences(
				tokens('0. [Zero](https://0.example)\n1. [9] [Nine](https://9.example) - `code` ![pic](p.png)\n'),
			),
		).toEqual([
			{id: 0, title: 'Zero', url: 'https://0.example'},
			{id: 9, title: 'Nine', publisher: 'code pic', url: 'https://9.example'},
		]);
	});

	test('a hard line break between the link and the publisher is a space, not a backslash', () => {
		expect(
			listedReferences(tokens('- [C](https://c.example)\\\n  Pub\n- [D](https://d.example)  \n  Pub D\n')),
		).toEqual([
			{id: 1, title: 'C', publisher: 'Pub', url: 'https://c.example'},
			{id: 2, title: 'D', publisher: 'Pub D', url: 'https://d.example'},
		]);
	});

	test('link definitions and blank lines around the list are no obstacle', () => {
		expect(listedReferences(tokens('\n\n- [A][a]\n\n[a]: https://a.example\n'))).toEqual([
			{id: 1, title: 'A', url: 'https://a.example'},
		]);
	});

	test('no list, an item that is only its number, or two with one number: no references', () => {
		expect(listedReferences([])).toBeUndefined();
		expect(listedReferences(tokens('[a]: https://a.example\n'))).toBeUndefined();
		expect(listedReferences(tokens('- [1]\n'))).toBeUndefined();
		expect(listedReferences(tokens('- [A](https://a.example)\n\nSome text.\n'))).toBeUndefined();
		expect(listedReferences(tokens('- [1] [A](https://a.example)\n- [1] Again\n'))).toBeUndefined();
		// An unordered list counts on from the references before it: 2 again.
		expect(listedReferences(tokens('2. [A](https://a.example)\n\n- [B](https://b.example)\n'))).toBeUndefined();
	});

	test('which final section titles name a list of references', () => {
		for (const title of [
			'References',
			'reference',
			'Sources',
			'source',
			'Bibliography',
			'Notes',
			'Footnotes',
			'Citations',
			'LINKS',
		])
			expect(referencesTitle.test(title), title).toBe(true);
		for (const title of ['Note', 'More references', 'References and notes', 'Link'])
			expect(referencesTitle.test(title), title).toBe(false);
	});

	test("an item's number is [digits] at its very start, before a space or the text", () => {
		expect(
			listedReferences(tokens('- See [2] [A](https://a.example)\n- [12] [L](https://l.example)\n- [3]Note\n')),
		).toEqual([
			{id: 1, title: 'A', publisher: 'See [2]', url: 'https://a.example'},
			{id: 12, title: 'L', url: 'https://l.example'},
			{id: 3, title: 'Note'},
		]);
	});

	test('the first link, even after emphasis; spaces collapsed; a line break is a space; trailing separators go', () => {
		expect(
			listedReferences(
				tokens(
					'- **Bold** [A   a](https://a.example)\n- [B](https://b.example) — Big   Press, |\n- [C](https://c.example)  \n  Pub\n',
				),
			),
		).toEqual([
			{id: 1, title: 'A a', publisher: 'Bold', url: 'https://a.example'},
			{id: 2, title: 'B', publisher: 'Big Press', url: 'https://b.example'},
			{id: 3, title: 'C', publisher: 'Pub', url: 'https://c.example'},
		]);
	});
});

describe('extractFootnotes: edges', () => {
	test('the opening line of a fence is code too', () => {
		const {markdown} = extractFootnotes('```js [^a]\n```\nT[^a]\n\n[^a]: x\n', 1);
		expect(markdown).toBe('```js [^a]\n```\nT[1]\n\n');
	});

	test('a continuation is indented from the start of its line', () => {
		const {markdown, notes} = extractFootnotes('T[^a]\n\n[^a]: One\nnext    line\n', 1);
		expect(notes).toEqual([{id: 1, title: 'One'}]);
		expect(markdown).toBe('T[1]\n\nnext    line\n');
	});

	test('a citation broken over two lines is none', () => {
		const {notes} = extractFootnotes('A [^b\n] then [^a] and [^b].\n\n[^a]: Ay\n[^b]: Bee\n', 1);
		expect(notes).toEqual([
			{id: 1, title: 'Ay'},
			{id: 2, title: 'Bee'},
		]);
	});

	test('a link title is trimmed', () => {
		expect(listedReferences(Lexer.lex('- [ A ](https://a.example)\n', {gfm: true}))).toEqual([
			{id: 1, title: 'A', url: 'https://a.example'},
		]);
	});
});
