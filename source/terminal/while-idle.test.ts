// whileIdle: the browser's laying out ahead runs in slices, each on its own turn of the event loop,
// so that input read in between is handled before the next slice.
import {describe, expect, it} from 'vitest';
import {aheadSlice, whileIdle} from './use-browser.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('whileIdle', () => {
	it('calls the work until it says it is done, and not on the turn it was started', async () => {
		let calls = 0;
		whileIdle(() => ++calls < 5);
		expect(calls).toBe(0);
		for (let wait = 0; wait < 10; wait++) await turn();
		expect(calls).toBe(5);
	});

	it('gives the event loop back between slices: a slice ends once its time is spent', async () => {
		const slices: number[] = [];
		let inSlice = 0;
		let calls = 0;
		// Each call spends 2 ms; a slice of 3 ms holds two calls (the second starts at 2 ms).
		const stop = whileIdle(() => {
			const until = performance.now() + 2;
			while (performance.now() < until);
			inSlice++;
			return ++calls < 6;
		}, 3);
		// Count the calls of each slice from the turns in between.
		for (let wait = 0; wait < 10; wait++) {
			await turn();
			if (inSlice > 0) slices.push(inSlice);
			inSlice = 0;
		}
		stop();
		expect(calls).toBe(6);
		expect(slices.every((count) => count >= 1 && count <= 2)).toBe(true);
		expect(slices.length).toBeGreaterThanOrEqual(3);
	});

	it('stops when asked, before its next slice', async () => {
		let calls = 0;
		const stop = whileIdle(() => {
			calls++;
			return true;
		}, 0);
		await turn();
		const seen = calls;
		expect(seen).toBeGreaterThan(0);
		stop();
		for (let wait = 0; wait < 5; wait++) await turn();
		expect(calls).toBe(seen);
	});

	it('slices are a few milliseconds: a key waits at most that long', () => {
		expect(aheadSlice).toBeGreaterThan(0);
		expect(aheadSlice).toBeLessThanOrEqual(8);
	});
});
