import {describe, expect, it} from 'vitest';
import {pairedRatio, single, stats} from './bench-stats.js';

describe('stats', () => {
	it('takes the middle sample of an odd count, whatever the order', () => {
		expect(stats([30, 10, 20])).toEqual({median: 20, min: 10, max: 30, samples: [30, 10, 20]});
	});

	it('averages the two middle samples of an even count', () => {
		expect(stats([4, 1, 3, 2]).median).toBe(2.5);
	});

	it('says NaN for no samples rather than 0', () => {
		expect(stats([]).median).toBeNaN();
		expect(stats([]).max).toBeNaN();
	});

	it('gives one measurement as its own median and extremes', () => {
		expect(single(7)).toEqual({median: 7, min: 7, max: 7, samples: [7]});
	});
});

describe('pairedRatio', () => {
	it('is the median of the ratios round by round, not the ratio of the medians', () => {
		// Round by round: 2, 2, 1 -> median 2; medians alone would give 60 / 40 = 1.5.
		const base = stats([10, 40, 60]);
		const value = stats([20, 80, 60]);
		expect(pairedRatio(value, base)).toBe(2);
	});

	it('refuses figures from different rounds', () => {
		expect(() => pairedRatio(stats([1, 2]), stats([1]))).toThrow(/same rounds/);
	});
});
