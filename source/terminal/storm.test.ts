import {expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {leakStorm, storm} from '../test-support/storm.js';

// A short storm here; `npm run stress` runs a long one and prints its figures.
test('a storm of 2,000 random keys, clicks, wheel notches and pastes, and 30 resizes (down to 1×1 and back): no crash, every frame fits, memory bounded, q still quits', async () => {
	const report = await storm({keys: 2000, resizes: 30, seed: 20261125});
	// Output was checked as it arrived: a check that never ran proves nothing. How many frames
	// there are depends on the load (Ink draws at most 30 a second, and keys that arrive together
	// make one frame): under a heavy one, as few as 25 were checked.
	expect(report.checked).toBeGreaterThan(10);
	expect(report.misfits).toEqual([]);
	expect(report.exitCode).toBe(0);
	expect(report.rssEndMiB).toBeLessThan(report.rssStartMiB + 64);
}, 120_000);

test('a storm of 600 pastes, idle clicks, drags, wheel notches and answers, cut anywhere: no jump, no overlay, no quit', async () => {
	const titles = bundledComparison().sections.map((section) => section.title);
	const report = await leakStorm({events: 600, seed: 20261126, titles});
	expect(report.sent).toBe(600);
	expect(report.exitedEarly).toBeUndefined();
	expect(report.jumps).toEqual([]);
	expect(report.overlays).toEqual([]);
	expect(report.exitCode).toBe(0);
}, 120_000);
