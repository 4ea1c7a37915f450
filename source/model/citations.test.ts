import {describe, expect, test} from 'vitest';
import {citedNumbers, isCitation, splitCitations} from './citations.js';

describe('splitCitations', () => {
	test('splits text into its citations and the text between them, with no empty parts', () => {
		expect(splitCitations('Fast [1], safe [2][3]')).toEqual(['Fast ', '[1]', ', safe ', '[2]', '[3]']);
		expect(splitCitations('[12]')).toEqual(['[12]']);
	});

	test('text without a citation, or with only a markdown link, is one part', () => {
		expect(splitCitations('no citation here')).toEqual(['no citation here']);
		expect(splitCitations('see [1](https://example.com)')).toEqual(['see [1](https://example.com)']);
	});
});

describe('isCitation', () => {
	test('is true only for a whole [n]', () => {
		expect(isCitation('[1]')).toBe(true);
		expect(isCitation('[23]')).toBe(true);
		for (const part of ['[1] and', 'see [1]', '[]', '[a]', '1', ' [1]'])
			expect(isCitation(part), JSON.stringify(part)).toBe(false);
	});

	test('agrees with splitCitations on every part', () => {
		const parts = splitCitations('a [1] b [2](x) c [34]');
		expect(parts.map((part) => [part, isCitation(part)])).toEqual([
			['a ', false],
			['[1]', true],
			[' b [2](x) c ', false],
			['[34]', true],
		]);
		expect(citedNumbers('a [1] b [2](x) c [34]')).toEqual([1, 34]);
	});
});
