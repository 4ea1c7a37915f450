import {expect, test} from 'vitest';
import {storm} from '../test-support/storm.js';

// A short storm here; `npm run stress` runs a long one and prints its figures.
test('a storm of 2,000 random keys and 30 resizes (down to 1×1 and back): no crash, every frame fits, memory bounded, q still quits', async () => {
	const report = await storm({keys: 2000, resizes: 30, seed: 20261125});
	// Every piece of output was checked as it arrived (a frame per key burst at least).
	expect(report.checked).toBeGreaterThan(report.resizes);
	expect(report.misfits).toEqual([]);
	expect(report.exitCode).toBe(0);
	expect(report.rssEndMiB).toBeLessThan(report.rssStartMiB + 64);
}, 120_000);
