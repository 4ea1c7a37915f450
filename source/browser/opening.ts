// The state the browser opens on, worked out once for whoever draws the first frame: the entry,
// which paints it before Ink has loaded (terminal/first-paint.ts), and the Ink app, which takes
// over from it. Both must reach the same state, or the screen would change under the reader as
// Ink draws over the paint.
import {frame, type LayoutCache, type Size} from './screen.js';
import {type BrowserState, initialState, reduce, type Start} from './state.js';

/** What the opening state depends on. */
export type Opening = {
	readonly cache: LayoutCache;
	readonly size: Size;
	readonly ascii: boolean;
	readonly start: Start;
	/** A search to begin with (--search). */
	readonly query?: string | undefined;
};

/**
 * The start's state as its first frame leaves it (scroll kept in range for the size), then
 * moved to the start's heading (-s section/heading) and through its search (--search), each
 * reduced as keys would be.
 */
export function openingState({cache, size, ascii, start, query}: Opening): BrowserState {
	const first = frame({cache, size, ascii, state: initialState(start)});
	let next = first.state;
	const {section, heading} = start;
	if (heading !== undefined) next = reduce(next, {type: 'goHeading', section: section ?? 0, heading}, first.extent);
	if (query) {
		next = reduce(next, {type: 'searchOpen'}, first.extent);
		next = reduce(next, {type: 'searchType', text: query}, first.extent);
		next = reduce(next, {type: 'searchDone'}, first.extent);
	}
	return next;
}
