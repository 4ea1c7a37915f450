// Helpers for ink-testing-library tests: a size store the test controls, and waiting for frames
// instead of sleeping (frames arrive asynchronously).
import type {Size} from '../browser/screen.js';
import type {SizeStore} from '../terminal/size.js';

/** A size store whose size the test sets. */
export function fixedSizes(initial: Size): SizeStore & {resize: (size: Size) => void} {
	let size = initial;
	const listeners = new Set<() => void>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		getSnapshot: () => size,
		dispose: () => listeners.clear(),
		resize(next) {
			size = next;
			for (const listener of listeners) listener();
		},
	};
}

/** Polls until frame() satisfies the test, then yields once so the next key does not race a render. */
export async function until(
	frame: () => string | undefined,
	test: (frame: string) => boolean,
	timeout = 3000,
): Promise<string> {
	const start = Date.now();
	for (;;) {
		const current = frame() ?? '';
		if (test(current)) {
			await new Promise((resolve) => setImmediate(resolve));
			return current;
		}
		if (Date.now() - start > timeout)
			throw new Error(`no matching frame within ${timeout} ms; the last was:\n${current}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}
