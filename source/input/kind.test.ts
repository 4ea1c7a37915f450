import {expect, test} from 'vitest';
import {kindOf} from './kind.js';

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
