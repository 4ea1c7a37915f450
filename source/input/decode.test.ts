import {expect, test} from 'vitest';
import {decodeComparison} from './decode.js';

test('an empty file names the kind it should have been', () => {
	expect(() => decodeComparison(new Uint8Array(), 'a.json')).toThrow('a.json: empty; expected a comparison as JSON');
	expect(() => decodeComparison(new TextEncoder().encode('\n \n'), 'a.md', 'Markdown')).toThrow(
		'a.md: empty; expected a comparison as Markdown',
	);
	expect(decodeComparison(new Uint8Array([0xef, 0xbb, 0xbf, 0x23]), 'a.md', 'Markdown')).toBe('#');
});
