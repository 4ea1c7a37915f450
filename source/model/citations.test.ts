import {describe, expect, test} from 'vitest';
import {bodyCitedNumbers, citedNumbers, escapeUnknownCitations, isCitation, splitCitations} from './citations.js';

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

describe('citations and code', () => {
	test('[n] in fenced, indented or inline code, or escaped, cites nothing', () => {
		const markdown = [
			'Fast [1].',
			'',
			'```py',
			'x: Literal[2]',
			'```',
			'',
			'    y = a[3]',
			'',
			'> ~~~',
			'> z[4]',
			'> ~~~',
			'',
			'Use `a[5]` or ``b[6]`` and \\[7], then [8].',
		].join('\n');
		expect(bodyCitedNumbers(markdown)).toEqual([1, 8]);
	});

	test('an indented line in a list item, or a lone backtick, hides nothing', () => {
		expect(bodyCitedNumbers('- item\n\n    more [1]\n')).toEqual([1]);
		expect(bodyCitedNumbers('a ` b [2]\n\nc ` d [3]')).toEqual([2, 3]);
		expect(bodyCitedNumbers('para\n    lazy [4]')).toEqual([4]);
	});

	test('unknown citations are escaped outside code only; known ones and code stay as written', () => {
		const markdown = 'See [1] and [3].\n\n```\nLiteral[3]\n```\n\n`x[3]`';
		expect(escapeUnknownCitations(markdown, new Set([1]))).toBe('See [1] and \\[3].\n\n```\nLiteral[3]\n```\n\n`x[3]`');
		const once = escapeUnknownCitations(markdown, new Set());
		expect(escapeUnknownCitations(once, new Set())).toBe(once);
	});
});

test('a cell is inline: its leading tab or spaces make no code block, only its code spans hide citations', () => {
	expect(citedNumbers('\t ! [1]')).toEqual([1]);
	expect(citedNumbers('    [2] `x[3]`')).toEqual([2]);
	expect(bodyCitedNumbers('\t ! [1]')).toEqual([]);
});
