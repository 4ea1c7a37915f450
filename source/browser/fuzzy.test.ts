import {describe, expect, test} from 'vitest';
import {fuzzyMatch} from './fuzzy.js';

const positions = (query: string, text: string) => fuzzyMatch(query, text)?.positions;
const score = (query: string, text: string) => fuzzyMatch(query, text)?.score ?? Number.NEGATIVE_INFINITY;

describe('fuzzyMatch', () => {
	test('the characters of the query in order, any case, not necessarily together', () => {
		expect(positions('perf', 'Performance')).toEqual([0, 1, 2, 3]);
		expect(positions('dx', 'Developer experience')).toEqual([0, 11]);
		expect(positions('BENCH', 'the benchmarks')).toEqual([4, 5, 6, 7, 8]);
		expect(fuzzyMatch('xd', 'Developer experience')).toBeUndefined();
		expect(fuzzyMatch('perf', 'Perf')).toBeDefined();
		expect(fuzzyMatch('perfs', 'Perf')).toBeUndefined();
	});

	test('spaces in the query are left out; an empty query matches everything with nothing marked', () => {
		expect(positions('dev exp', 'Developer experience')).toEqual([0, 1, 2, 10, 11, 12]);
		expect(fuzzyMatch('', 'Anything')).toEqual({score: 0, positions: []});
		expect(fuzzyMatch('  ', 'Anything')).toEqual({score: 0, positions: []});
	});

	test('the characters are kept together where the text allows, and at the starts of words', () => {
		// "ar" together in "Architecture", not the "a" of "a" and the "r" far after.
		expect(positions('arch', 'a Performance Architecture')).toEqual([14, 15, 16, 17]);
		// "c" then "o" together, drawn back from the first "c".
		expect(positions('co', 'Concurrency model')).toEqual([0, 1]);
		expect(positions('cm', 'Concurrency model')).toEqual([0, 12]);
	});

	test('a match together, at a word start, at the very start scores higher', () => {
		expect(score('perf', 'Performance')).toBeGreaterThan(score('perf', 'Superformance'));
		expect(score('cost', 'Cost')).toBeGreaterThan(score('cost', 'Compare hosting'));
		expect(score('bench', 'Benchmarks')).toBeGreaterThan(score('bench', 'Unbenchmarked'));
		expect(score('dx', 'DeveloperX')).toBeGreaterThan(score('dx', 'Devex'));
	});

	test('offsets are UTF-16 offsets, as spans count them, past characters outside the BMP too', () => {
		expect(positions('b', '😀b')).toEqual([2]);
		expect(positions('性能', '性能对比')).toEqual([0, 1]);
		expect(positions('é', 'Café')).toEqual([3]);
	});
});
