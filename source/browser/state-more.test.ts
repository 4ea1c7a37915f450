import {expect, test} from 'vitest';
import type {LineHit} from './search.js';
import {type Extent, reduce, initialState as start} from './state.js';

const hit = (line: number): LineHit => ({section: 0, line, start: 0, end: 1, subject: undefined});

test('a search of the evidence view whose only hit is above the page scrolls up to it', () => {
	// The view is 40 lines, the page 10, its rows start at lines 12 and 30; the only hit is at line 3.
	const evidence: Extent = {
		sections: 7,
		pageHeight: 10,
		sectionLines: () => 5,
		overlayLines: 40,
		referenceLine: () => undefined,
		hits: (query) => (query === 'x' ? [hit(3)] : []),
		targets: [
			{line: 12, section: 0, row: 0},
			{line: 30, section: 0, row: 1},
		],
	};
	const opened = reduce(start({order: ['a', 'b']}), {type: 'open', overlay: 'evidence'}, evidence);
	const scrolled = {...opened, overlayScroll: 12};
	const searching = reduce(reduce(scrolled, {type: 'searchOpen'}, evidence), {type: 'searchType', text: 'x'}, evidence);
	// No hit at or below the top line: the search wraps to the hit above, a third of a page down.
	expect(searching).toMatchObject({overlayScroll: 0, cursor: 0, search: {query: 'x', current: 0}});
});
