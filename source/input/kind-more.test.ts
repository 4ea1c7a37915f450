import {describe, expect, test} from 'vitest';
import {isJsonName, isMarkdownName, kindOf} from './kind.js';

const bytes = (...values: number[]) => new Uint8Array(values);
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
		expect(kindOf(bytes(hash), 'a.json')).toBe('json');
		expect(kindOf(bytes(brace), 'a.md')).toBe('markdown');
		expect(kindOf(bytes(brace), 'a.txt')).toBe('json');
		expect(kindOf(bytes(hash), 'a.txt')).toBe('markdown');
	});

	test('spaces, tabs, newlines and carriage returns before the first character are skipped; nothing else is', () => {
		expect(kindOf(bytes(0x20, 0x09, 0x0a, 0x0d, brace), '-')).toBe('json');
		expect(kindOf(bytes(0x09, 0x5b), '-')).toBe('json');
		expect(kindOf(bytes(0x0d, brace), '-')).toBe('json');
		expect(kindOf(bytes(0x0a, brace), '-')).toBe('json');
		expect(kindOf(bytes(0x0c, brace), '-')).toBe('markdown');
		expect(kindOf(bytes(0x00, brace), '-')).toBe('markdown');
		expect(kindOf(bytes(0x5d), '-')).toBe('markdown');
		expect(kindOf(bytes(0x7d), '-')).toBe('markdown');
	});

	test('only a whole byte-order mark is skipped', () => {
		expect(kindOf(bytes(0xef, 0xbb, 0xbf, brace), '-')).toBe('json');
		expect(kindOf(bytes(0xef, 0xbb, 0xbf), '-')).toBe('json');
		expect(kindOf(bytes(0xef, 0xbb, brace), '-')).toBe('markdown');
		expect(kindOf(bytes(0xef, brace, 0xbf, brace), '-')).toBe('markdown');
		expect(kindOf(bytes(brace, 0xbb, 0xbf, hash), '-')).toBe('json');
		expect(kindOf(bytes(0x20, 0xbb, 0xbf, brace), '-')).toBe('markdown');
	});

	test('nothing at all is JSON (its reader says it is empty)', () => {
		expect(kindOf(bytes(), '-')).toBe('json');
		expect(kindOf(bytes(0x20), '-')).toBe('json');
	});
});
