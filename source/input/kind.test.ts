import {describe, expect, test} from 'vitest';
import {isJsonName, isMarkdownName, kindOf} from './kind.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('the extension decides, then the first character', () => {
	expect(kindOf(bytes('{"title":1}'), 'notes.md')).toBe('markdown');
	expect(kindOf(bytes('# Title'), 'data.JSON')).toBe('json');
	expect(kindOf(bytes('# Title'), 'https://x.example/doc.markdown?raw=1')).toBe('markdown');
	expect(kindOf(bytes('\ufeff \n [1, 2]'), '<stdin>')).toBe('json');
	expect(kindOf(bytes('  {"a"'), 'README')).toBe('json');
	expect(kindOf(bytes('Title\n=====\n'), '<stdin>')).toBe('markdown');
	// Nothing at all: the JSON reader says it is empty, as it always has.
	expect(kindOf(bytes(' \n'), '<stdin>')).toBe('json');
});

const octets = (...values: number[]) => new Uint8Array(values);
const brace = 0x7b;
const hash = 0x23;

describe('names', () => {
	test('each Markdown extension (MDX too: docs sites write their pages in it), in any case, after the query and fragment are dropped', () => {
		for (const name of [
			'a.md',
			'a.mdx',
			'A.MDX',
			'a.markdown',
			'a.mdown',
			'a.mkd',
			'A.MD',
			'https://x.example/a.md?x=1',
			'a.md#top',
		])
			expect(isMarkdownName(name), name).toBe(true);
		for (const name of ['a.md.txt', 'a.mdxx', 'amd', 'a.json', 'https://x.example/?file=a.md', 'a#b.md', 'a.txt?q.md'])
			expect(isMarkdownName(name), name).toBe(false);
	});

	test('.json, in any case, after the query and fragment are dropped', () => {
		for (const name of ['a.json', 'A.JSON', 'https://x.example/a.json?raw=1', 'a.json#x'])
			expect(isJsonName(name), name).toBe(true);
		for (const name of ['a.json.md', 'a.jsonl', 'ajson', 'https://x.example/?f=a.json', 'a#.json', 'a?.json'])
			expect(isJsonName(name), name).toBe(false);
	});
});

describe('kindOf', () => {
	test('a .json name wins over a first character that looks like Markdown; .md over one like JSON', () => {
		expect(kindOf(octets(hash), 'a.json')).toBe('json');
		expect(kindOf(octets(brace), 'a.md')).toBe('markdown');
		expect(kindOf(octets(brace), 'a.txt')).toBe('json');
		expect(kindOf(octets(hash), 'a.txt')).toBe('markdown');
	});

	test('spaces, tabs, newlines and carriage returns before the first character are skipped; nothing else is', () => {
		expect(kindOf(octets(0x20, 0x09, 0x0a, 0x0d, brace), '-')).toBe('json');
		expect(kindOf(octets(0x09, 0x5b), '-')).toBe('json');
		expect(kindOf(octets(0x0d, brace), '-')).toBe('json');
		expect(kindOf(octets(0x0a, brace), '-')).toBe('json');
		expect(kindOf(octets(0x0c, brace), '-')).toBe('markdown');
		expect(kindOf(octets(0x00, brace), '-')).toBe('markdown');
		expect(kindOf(octets(0x5d), '-')).toBe('markdown');
		expect(kindOf(octets(0x7d), '-')).toBe('markdown');
	});

	test('only a whole byte-order mark is skipped', () => {
		expect(kindOf(octets(0xef, 0xbb, 0xbf, brace), '-')).toBe('json');
		expect(kindOf(octets(0xef, 0xbb, 0xbf), '-')).toBe('json');
		expect(kindOf(octets(0xef, 0xbb, brace), '-')).toBe('markdown');
		expect(kindOf(octets(0xef, brace, 0xbf, brace), '-')).toBe('markdown');
		expect(kindOf(octets(brace, 0xbb, 0xbf, hash), '-')).toBe('json');
		expect(kindOf(octets(0x20, 0xbb, 0xbf, brace), '-')).toBe('markdown');
	});

	test('nothing at all is JSON (its reader says it is empty)', () => {
		expect(kindOf(octets(), '-')).toBe('json');
		expect(kindOf(octets(0x20), '-')).toBe('json');
	});
});
