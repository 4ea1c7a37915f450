// The terminal size as a small external store, subscribed in one place. Its resize listener is
// prepended, so the new size reaches React before Ink redraws for the same resize event.
import {useSyncExternalStore} from 'react';
import type {Size} from '../browser/screen.js';

/** A subscribable view of a stream's size. */
export type SizeStore = {
	readonly subscribe: (listener: () => void) => () => void;
	readonly getSnapshot: () => Size;
	readonly dispose: () => void;
};

/**
 * Watches stdout's size (SIGWINCH reaches Node as the stream's resize event). `flush` runs after
 * the listeners: React schedules their update for a microtask, while Ink redraws in the same resize
 * event, so without a synchronous flush Ink would first draw the old layout at the new size (the
 * storm test caught a frame taller than the terminal that way).
 */
export function createSizeStore(stdout: NodeJS.WriteStream, flush: () => void = () => {}): SizeStore {
	const read = (): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	let snapshot = read();
	const listeners = new Set<() => void>();
	const onResize = () => {
		const next = read();
		if (next.columns === snapshot.columns && next.rows === snapshot.rows) return;
		snapshot = next;
		for (const listener of listeners) listener();
		flush();
	};
	stdout.prependListener('resize', onResize);
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		getSnapshot: () => snapshot,
		dispose: () => stdout.off('resize', onResize),
	};
}

/** The terminal size, re-rendering the component whenever it changes. */
export function useTerminalSize(store: SizeStore): Size {
	return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
