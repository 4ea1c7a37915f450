import {Lexer} from 'marked';
import {describe, expect, test} from 'vitest';
import {extractFootnotes, listedReferences} from './markdown-references.js';

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
