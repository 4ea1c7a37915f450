// The browsing state and its reducer: which section is shown and how far it is scrolled, the open
// overlay, the search, and the reader's view (subjects shown and their order, differences only).
// Pure: the sizes and search hits it needs come in as arguments.
import type {Command, Overlay} from './keymap.js';
import type {LineHit} from './search.js';

/** A search: what was typed, whether it is still being typed, which hit is current. */
export type SearchState = {
	readonly query: string;
	readonly editing: boolean;
	readonly current: number;
	/** Where the reader was when the search opened; Esc while typing goes back there. */
	readonly origin: {readonly section: number; readonly scroll: number};
};

/** Everything the browser remembers between key presses. */
export type BrowserState = {
	readonly section: number;
	/** Top line of the content pane. */
	readonly scroll: number;
	readonly overlay: Overlay | undefined;
	/** Top line of the overlay, which scrolls on its own. */
	readonly overlayScroll: number;
	readonly search: SearchState | undefined;
	/** Subject ids in the order the columns show them. */
	readonly order: readonly string[];
	/** Subject ids the reader hid. */
	readonly hidden: readonly string[];
	/** The subject under the cursor in the subjects picker. */
	readonly cursor: number;
	readonly differences: boolean;
	/** The reference picked in the references list. */
	readonly reference: number | undefined;
	/** A short message for the footer, gone with the next key. */
	readonly notice: string | undefined;
};

/** The sizes and lookups a command needs to stay in range. */
export type Extent = {
	readonly sections: number;
	/** Lines the pane can show at once. */
	readonly pageHeight: number;
	/** Lines of a section's content at the current width. */
	readonly sectionLines: (section: number) => number;
	/** Lines of the open overlay at the current width. */
	readonly overlayLines: number;
	/** The line of the references list where a reference starts, if it exists. */
	readonly referenceLine: (id: number) => number | undefined;
	/** Every hit of a query, in reading order, at the current width and view. */
	readonly hits: (query: string) => readonly LineHit[];
};

/** Where the browser starts. */
export type Start = {
	readonly section?: number;
	readonly order: readonly string[];
	readonly hidden?: readonly string[];
	readonly differences?: boolean;
};

/** The state at start. */
export function initialState(start: Start): BrowserState {
	return {
		section: start.section ?? 0,
		scroll: 0,
		overlay: undefined,
		overlayScroll: 0,
		search: undefined,
		order: start.order,
		hidden: start.hidden ?? [],
		cursor: 0,
		differences: start.differences ?? false,
		reference: undefined,
		notice: undefined,
	};
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The furthest a text of `lines` lines can scroll in a pane `pageHeight` high. */
export function maxScroll(lines: number, pageHeight: number): number {
	return Math.max(0, lines - Math.max(1, pageHeight));
}

function scrollTo(state: BrowserState, extent: Extent, to: (current: number, max: number) => number): BrowserState {
	if (state.overlay) {
		const max = maxScroll(extent.overlayLines, extent.pageHeight);
		return {...state, overlayScroll: clamp(to(state.overlayScroll, max), 0, max)};
	}
	const max = maxScroll(extent.sectionLines(state.section), extent.pageHeight);
	return {...state, scroll: clamp(to(state.scroll, max), 0, max)};
}

function showSection(state: BrowserState, section: number, extent: Extent): BrowserState {
	const index = clamp(section, 0, extent.sections - 1);
	return index === state.section ? state : {...state, section: index, scroll: 0};
}

/** Brings a hit into view: its section, scrolled so the line sits a third of the way down. */
function showHit(state: BrowserState, hit: LineHit, extent: Extent): BrowserState {
	const visible =
		hit.section === state.section && hit.line >= state.scroll && hit.line < state.scroll + extent.pageHeight;
	if (visible) return state;
	const max = maxScroll(extent.sectionLines(hit.section), extent.pageHeight);
	return {...state, section: hit.section, scroll: clamp(hit.line - Math.floor(extent.pageHeight / 3), 0, max)};
}

/** The first hit at or after a reading position (wrapping to the first hit of all). */
function firstHitFrom(hits: readonly LineHit[], section: number, line: number): number {
	const index = hits.findIndex((hit) => hit.section > section || (hit.section === section && hit.line >= line));
	return index === -1 ? 0 : index;
}

function retype(state: BrowserState, query: string, extent: Extent): BrowserState {
	const search = state.search;
	if (!search) return state;
	const hits = extent.hits(query);
	const current = firstHitFrom(hits, search.origin.section, search.origin.scroll);
	const moved = {
		...state,
		section: search.origin.section,
		scroll: search.origin.scroll,
		search: {...search, query, current},
	};
	const hit = hits[current];
	return hit ? showHit(moved, hit, extent) : moved;
}

function visibleCount(state: BrowserState): number {
	return state.order.filter((id) => !state.hidden.includes(id)).length;
}

function columns(state: BrowserState, command: Command): BrowserState {
	const id = state.order[state.cursor];
	switch (command.type) {
		case 'cursor':
			return {...state, cursor: clamp(state.cursor + command.by, 0, state.order.length - 1)};
		case 'toggleSubject': {
			if (id === undefined) return state;
			if (state.hidden.includes(id)) return {...state, hidden: state.hidden.filter((hidden) => hidden !== id)};
			if (visibleCount(state) <= 1) return {...state, notice: 'one subject always stays shown'};
			return {...state, hidden: [...state.hidden, id]};
		}
		case 'moveSubject': {
			const to = state.cursor + (command.type === 'moveSubject' ? command.by : 0);
			if (id === undefined || to < 0 || to >= state.order.length) return state;
			const order = [...state.order];
			order.splice(state.cursor, 1);
			order.splice(to, 0, id);
			return {...state, order, cursor: to};
		}
		default:
			return state;
	}
}

/** Applies a command. quit is not a state change: the caller ends the program. */
export function reduce(previous: BrowserState, command: Command, extent: Extent): BrowserState {
	const state = previous.notice === undefined ? previous : {...previous, notice: undefined};
	const page = Math.max(1, extent.pageHeight);
	switch (command.type) {
		case 'next':
			return showSection(state, (state.section + 1) % extent.sections, extent);
		case 'previous':
			return showSection(state, (state.section - 1 + extent.sections) % extent.sections, extent);
		case 'jump':
			return command.index < extent.sections ? showSection(state, command.index, extent) : state;
		case 'scroll':
			return scrollTo(state, extent, (current) => current + command.lines);
		case 'page':
			return scrollTo(state, extent, (current) => current + command.pages * page);
		case 'top':
			return scrollTo(state, extent, () => 0);
		case 'bottom':
			return scrollTo(state, extent, (_current, max) => max);
		case 'open':
			return {...state, overlay: command.overlay, overlayScroll: 0, cursor: 0, reference: undefined};
		case 'close':
			return {...state, overlay: undefined, overlayScroll: 0};
		case 'differences':
			return {...state, differences: !state.differences, scroll: 0};
		case 'cursor':
		case 'toggleSubject':
		case 'moveSubject':
			return columns(state, command);
		case 'reference': {
			const line = extent.referenceLine(command.id);
			if (line === undefined) return {...state, notice: `no reference ${command.id}`};
			const max = maxScroll(extent.overlayLines, extent.pageHeight);
			const visible = line >= state.overlayScroll && line < state.overlayScroll + extent.pageHeight;
			return {...state, reference: command.id, overlayScroll: visible ? state.overlayScroll : clamp(line, 0, max)};
		}
		case 'searchOpen':
			return {
				...state,
				search: {query: '', editing: true, current: 0, origin: {section: state.section, scroll: state.scroll}},
			};
		case 'searchType':
			return retype(state, (state.search?.query ?? '') + command.text, extent);
		case 'searchErase':
			return retype(
				state,
				Array.from(state.search?.query ?? '')
					.slice(0, -1)
					.join(''),
				extent,
			);
		case 'searchDone':
			if (!state.search) return state;
			return state.search.query === ''
				? {...state, search: undefined}
				: {...state, search: {...state.search, editing: false}};
		case 'searchCancel': {
			if (!state.search) return state;
			// Esc while typing goes back to where the search began; after Enter it only clears.
			const back = state.search.editing ? state.search.origin : {section: state.section, scroll: state.scroll};
			return {...state, ...back, search: undefined};
		}
		case 'hit': {
			const search = state.search;
			if (!search) return {...state, notice: 'no search: press / to search'};
			const hits = extent.hits(search.query);
			if (hits.length === 0) return {...state, notice: `no matches for "${search.query}"`};
			const current = (search.current + command.by + hits.length) % hits.length;
			const hit = hits[current];
			const moved = {...state, search: {...search, current}};
			return hit ? showHit(moved, hit, extent) : moved;
		}
		case 'quit':
		case 'pick':
			return state;
	}
}

/** Keeps a state's scroll positions in range after the sizes changed (a resize). */
export function fit(state: BrowserState, extent: Extent): BrowserState {
	const scroll = clamp(state.scroll, 0, maxScroll(extent.sectionLines(state.section), extent.pageHeight));
	const overlayScroll = clamp(state.overlayScroll, 0, maxScroll(extent.overlayLines, extent.pageHeight));
	return scroll === state.scroll && overlayScroll === state.overlayScroll ? state : {...state, scroll, overlayScroll};
}
