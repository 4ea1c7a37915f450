import {describe, expect, test} from 'vitest';
import {largest, padLine, Role, span, truncateLine} from './styled.js';

describe('largest', () => {
	test('is the largest value, whatever the order and sign', () => {
		expect(largest([3, 9, 1])).toBe(9);
		expect(largest([9, 3])).toBe(9);
		expect(largest([-5, -3, -7])).toBe(-3);
	});

	test('is the given empty value, 0 unless told, when there are no values', () => {
		expect(largest([])).toBe(0);
		expect(largest([], -1)).toBe(-1);
	});
});

describe('span', () => {
	test('has no href key unless given one', () => {
		expect(span('a')).toStrictEqual({text: 'a', role: Role.none});
		expect(span('a', Role.link, 'https://x.example')).toStrictEqual({
			text: 'a',
			role: Role.link,
			href: 'https://x.example',
		});
	});
});

describe('padLine', () => {
	test('adds one span of the missing spaces', () => {
		expect(padLine([span('ab')], 5)).toStrictEqual([span('ab'), span('   ')]);
	});

	test('gives back a line already as wide, or wider, unchanged', () => {
		const line = [span('ab')];
		expect(padLine(line, 2)).toBe(line);
		expect(padLine(line, 1)).toBe(line);
	});
});

describe('truncateLine', () => {
	test('keeps the spans of a line that fits exactly as they are', () => {
		const line = [span('ab'), span('cd', Role.strong)];
		const cut = truncateLine(line, 4);
		expect(cut).toStrictEqual(line);
		expect(cut[1]).toBe(line[1]);
	});

	test('cuts a span at the width, and leaves out a wide character that would run past it', () => {
		expect(truncateLine([span('ab'), span('cdef', Role.strong)], 3)).toStrictEqual([
			span('ab'),
			span('c', Role.strong),
		]);
		expect(truncateLine([span('ab'), span('表', Role.strong)], 3)).toStrictEqual([span('ab')]);
	});
});
