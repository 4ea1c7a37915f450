// The browsing state and its reducer: which section is shown and how far it is scrolled, the open
// overlay, the search, and the reader's view (subjects shown and their order, differences only).
// Pure: the sizes and search hits it needs come in as arguments.
import type {RowPlace} from '../layout/document.js';
import type {EvidenceTarget} from '../layout/evidence.js';
import type {Target} from '../layout/outline.js';
import {type Decision, emptyDecision} from '../model/decision.js';
import {type DecisionExtent, decisionView, initialMatrix, type MatrixState} from './decision-view.js';
import type {Command, KeyContext, Overlay} from './keymap.js';
import type {LineHit} from './search.js';

/** A search: what was typed, whether it is still being typed, which hit is current. */
export type SearchState = {
	readonly query: string;
	readonly editing: boolean;
	readonly current: number;
	/**
	 * Where the reader was when the search opened; Esc while typing goes back there. In the
	 * evidence view, scroll is the view's own and cursor its picked row.
	 */
	readonly origin: {readonly section: number; readonly scroll: number; readonly cursor?: number};
	/** What is searched: the sections (undefined), or the evidence view while it is open. */
	readonly scope?: 'evidence';
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
	/** The subject under the cursor in the subjects picker; the picked row in the evidence view. */
	readonly cursor: number;
	readonly differences: boolean;
	/** The reference picked in the references list. */
	readonly reference: number | undefined;
	/** A short message for the footer, gone with the next key. */
	readonly notice: string | undefined;
	/** Whether the browser takes the mouse (wheel, clicks) or leaves it to the terminal. */
	readonly mouse: boolean;
	/**
	 * Digits typed towards a section number that could still grow (1 of 14 may become 12). They
	 * act when the pause after them ends (the shell sends digitsDone), or before any other key.
	 */
	readonly digits: string | undefined;
	/** What is typed into the outline's filter ('' for none). */
	readonly filter: string;
	/**
	 * A table row marked where it stands (opened from the evidence view, or any view of rows),
	 * until the next key.
	 */
	readonly mark: RowMark | undefined;
	/**
	 * How far each table wider than the screen is panned: columns after its first scrolled out of
	 * view, by "section/table" (a table's number among its section's, from 0).
	 */
	readonly pans: Readonly<Record<string, number>>;
	/** Tables wider than the screen stacked (one block per subject or row) instead of panned. */
	readonly stackTables: boolean;
	/** The reader's decision: weights, scores and notes of their own (model/decision.ts). */
	readonly decision: Decision;
	/** Where the reader is in the decision matrix (D), kept while it is closed. */
	readonly matrix: MatrixState;
};

/** A table row of a section, by its index in the section's table. */
export type RowMark = {readonly section: number; readonly row: number};

/** The outline's entries a filter keeps, in reading order, and the one that fits it best. */
export type OutlineMatches = {readonly targets: readonly Target[]; readonly best: number};

/** A table on screen that is panned: its key in {@link BrowserState.pans}, its pan and its furthest. */
export type PannedTable = {readonly key: string; readonly pan: number; readonly maxPan: number};

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
	/**
	 * Every hit of a query, in reading order, at the current width and view: in the sections, or in
	 * the evidence view while it is open (section 0, lines of the view).
	 */
	readonly hits: (query: string) => readonly LineHit[];
	/** The evidence view's lines that stand for table rows, while it is open. */
	readonly targets?: readonly EvidenceTarget[];
	/** The line of a section where a table row (by its index in the table) shows. */
	readonly rowLine?: (section: number, row: number) => number | undefined;
	/** Where a table row stands in a section's lines, and where its table's header is. */
	readonly rowPlace?: (section: number, row: number) => RowPlace | undefined;
	/** The line of a section where a heading of its prose (by its index among them) starts. */
	readonly headingLine?: (section: number, heading: number) => number | undefined;
	/** The outline: the entries a filter keeps, and the entry the reader is at (unfiltered). */
	readonly outline?: {
		readonly matches: (filter: string) => OutlineMatches;
		readonly here: () => number;
	};
	/** The lines of each item of the references to pick (references, then links), while it is open. */
	readonly items?: readonly {readonly start: number; readonly end: number}[];
	/** The item of the first link to a URL in the references (the section's own first). */
	readonly linkItem?: (url: string) => number | undefined;
	/** The panned table on screen, if one is. */
	readonly pannedTable?: () => PannedTable | undefined;
	/**
	 * Lines at the top of the pane that a table's pinned header covers when the pane starts at a
	 * line (0 where none is pinned): paging keeps them in view.
	 */
	readonly pinned?: (top: number) => number;
	/** The decision matrix's rows and page, while it is open. */
	readonly decision?: DecisionExtent;
};

/** Where the browser starts. */
export type Start = {
	readonly section?: number;
	/** A heading of the section's prose to start at (-s section/heading). */
	readonly heading?: number;
	readonly order: readonly string[];
	readonly hidden?: readonly string[];
	readonly differences?: boolean;
	/** An overlay open from the start (--evidence opens the evidence view). */
	readonly overlay?: Overlay;
	/** Take the mouse (default true). */
	readonly mouse?: boolean;
	/** The decision kept from before (read from its file). */
	readonly decision?: Decision;
	/** A message for the footer of the first frame (a decision file that could not be read). */
	readonly notice?: string;
};

/** The state at start. */
export function initialState(start: Start): BrowserState {
	return {
		section: start.section ?? 0,
		scroll: 0,
		overlay: start.overlay,
		overlayScroll: 0,
		search: undefined,
		order: start.order,
		hidden: start.hidden ?? [],
		cursor: 0,
		differences: start.differences ?? false,
		reference: undefined,
		notice: start.notice,
		mouse: start.mouse ?? true,
		digits: undefined,
		filter: '',
		mark: undefined,
		pans: {},
		stackTables: false,
		decision: start.decision ?? emptyDecision,
		matrix: initialMatrix,
	};
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The furthest a text of `lines` lines can scroll in a pane `pageHeight` high. */
export function maxScroll(lines: number, pageHeight: number): number {
	return Math.max(0, lines - Math.max(1, pageHeight));
}

/** Pans the table on screen, or says why none moves. */
function pan(state: BrowserState, extent: Extent, by: number): BrowserState {
	const table = extent.pannedTable?.();
	if (!table)
		return {
			...state,
			notice: state.stackTables
				? 'wide tables are stacked: s shows them side by side'
				: 'no table wider than the screen here',
		};
	const to = clamp(table.pan + by, 0, table.maxPan);
	if (to === table.pan) return {...state, notice: by > 0 ? 'the last column shows' : 'the first columns show'};
	return {...state, pans: {...state.pans, [table.key]: to}};
}

function scrollTo(state: BrowserState, extent: Extent, to: (current: number, max: number) => number): BrowserState {
	if (state.overlay) {
		const max = maxScroll(extent.overlayLines, extent.pageHeight);
		const scrolled = {...state, overlayScroll: clamp(to(state.overlayScroll, max), 0, max)};
		return state.overlay === 'evidence' ? keepPickedRowInView(scrolled, extent) : scrolled;
	}
	const max = maxScroll(extent.sectionLines(state.section), extent.pageHeight);
	return {...state, scroll: clamp(to(state.scroll, max), 0, max)};
}

/** The evidence view scrolled: the picked row moves onto the page if the page left it behind. */
function keepPickedRowInView(state: BrowserState, extent: Extent): BrowserState {
	const targets = extent.targets ?? [];
	const page = Math.max(1, extent.pageHeight);
	const top = state.overlayScroll;
	const line = targets[state.cursor]?.line;
	if (line === undefined || (line >= top && line < top + page)) return state;
	const onPage = (index: number) => {
		const target = targets[index];
		return target !== undefined && target.line >= top && target.line < top + page;
	};
	// The first row on the page when the page went down past the picked one, else the last.
	const index = line < top ? targets.findIndex((_, at) => onPage(at)) : targets.findLastIndex((_, at) => onPage(at));
	return index === -1 ? state : {...state, cursor: index};
}

/** Picks a row of the evidence view and scrolls it into view (the lines above the first row too). */
function pickRow(state: BrowserState, extent: Extent, cursor: number): BrowserState {
	const targets = extent.targets ?? [];
	if (targets.length === 0) return state;
	const index = clamp(cursor, 0, targets.length - 1);
	const line = (targets[index] as EvidenceTarget).line;
	const page = Math.max(1, extent.pageHeight);
	const max = maxScroll(extent.overlayLines, extent.pageHeight);
	let top = state.overlayScroll;
	if (index === 0 && line < page) top = 0;
	else if (line < top) top = line;
	else if (line >= top + page) top = line - page + 1;
	return {...state, cursor: index, overlayScroll: clamp(top, 0, max)};
}

/** The search that applies where the reader is: the sections' while browsing, the evidence view's in it. */
function searchHere(state: BrowserState): SearchState | undefined {
	const inEvidence = state.overlay === 'evidence';
	return state.search && (state.search.scope === 'evidence') === inEvidence ? state.search : undefined;
}

/** Goes to section `number` (from 1), or says there is none. */
function goToNumber(state: BrowserState, number: number, extent: Extent): BrowserState {
	const settled = state.digits === undefined ? state : {...state, digits: undefined};
	if (number < 1 || number > extent.sections) return {...settled, notice: `no section ${number}`};
	return showSection(settled, number - 1, extent);
}

/**
 * A digit typed while browsing: with fewer than ten sections it goes at once; with more, digits
 * wait for the next while the number they start could still name a section (1 of 14 waits for a
 * 2; 4 of 14 cannot grow, so it goes at once).
 */
function typeDigit(state: BrowserState, digit: number, extent: Extent): BrowserState {
	const typed = `${state.digits ?? ''}${digit}`;
	const number = Number(typed);
	if (number === 0) return {...state, digits: undefined};
	if (number * 10 <= extent.sections) return {...state, digits: typed};
	return goToNumber(state, number, extent);
}

function showSection(state: BrowserState, section: number, extent: Extent): BrowserState {
	const index = clamp(section, 0, extent.sections - 1);
	return index === state.section ? state : {...state, section: index, scroll: 0};
}

/**
 * Brings a hit into view: its section, scrolled so the line sits a third of the way down. In the
 * evidence view, the view scrolls instead, and the row the hit is in is picked.
 */
function showHit(state: BrowserState, hit: LineHit, extent: Extent): BrowserState {
	if (state.search?.scope === 'evidence') {
		const page = Math.max(1, extent.pageHeight);
		const max = maxScroll(extent.overlayLines, extent.pageHeight);
		const shown = hit.line >= state.overlayScroll && hit.line < state.overlayScroll + page;
		const overlayScroll = shown ? state.overlayScroll : clamp(hit.line - Math.floor(page / 3), 0, max);
		let cursor = state.cursor;
		(extent.targets ?? []).forEach((target, index) => {
			if (target.line <= hit.line) cursor = index;
		});
		return {...state, overlayScroll, cursor};
	}
	// A hit under a table's pinned header is hidden by it.
	const covered = extent.pinned?.(state.scroll) ?? 0;
	const visible =
		hit.section === state.section && hit.line >= state.scroll + covered && hit.line < state.scroll + extent.pageHeight;
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
	const inEvidence = search.scope === 'evidence';
	// The evidence view's hits are all in its one list of lines, as if in section 0.
	const current = firstHitFrom(hits, inEvidence ? 0 : search.origin.section, search.origin.scroll);
	const back = inEvidence
		? {overlayScroll: search.origin.scroll, cursor: search.origin.cursor ?? state.cursor}
		: {section: search.origin.section, scroll: search.origin.scroll};
	const moved = {...state, ...back, search: {...search, query, current}};
	const hit = hits[current];
	return hit ? showHit(moved, hit, extent) : moved;
}

function visibleCount(state: BrowserState): number {
	return state.order.filter((id) => !state.hidden.includes(id)).length;
}

/** The subjects picker's keys: move the cursor, show or hide a subject, move it in the order. */
function pickSubjects(state: BrowserState, command: Command): BrowserState {
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
			const to = state.cursor + command.by;
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

/** Lines a page command moves: a page, or half of one (at least a line), up or down. */
function pageLines(pages: number, extent: Extent): number {
	const lines = Math.max(1, Math.floor(Math.abs(pages) * Math.max(1, extent.pageHeight)));
	return Math.sign(pages) * lines;
}

/**
 * A page down at the end of a section goes on to the top of the next, and a page up at the top
 * of one back to the end of the one before, as a book reads on; anywhere else it scrolls.
 */
function turnPage(state: BrowserState, pages: number, extent: Extent): BrowserState {
	if (!state.overlay) {
		const max = maxScroll(extent.sectionLines(state.section), extent.pageHeight);
		if (pages > 0 && state.scroll >= max) {
			if (state.section >= extent.sections - 1) return {...state, notice: 'the end: no section after this one'};
			return {...state, section: state.section + 1, scroll: 0};
		}
		if (pages < 0 && state.scroll <= 0 && state.section > 0) {
			const previous = state.section - 1;
			return {...state, section: previous, scroll: maxScroll(extent.sectionLines(previous), extent.pageHeight)};
		}
	}
	// Lines under a table's pinned header are not seen: a page down leaves the lines the header
	// covers on the new page for the last ones of this page, a page up keeps this page's first
	// line shown at the foot of the new one.
	const lines = pageLines(pages, extent);
	const covered = (top: number) => Math.min(Math.abs(lines) - 1, Math.max(0, extent.pinned?.(top) ?? 0));
	return scrollTo(state, extent, (current) =>
		lines > 0 ? current + lines - covered(current + lines) : current + lines + covered(current),
	);
}

/** Goes to a section, scrolled to a heading of its prose when one is given; any overlay closes. */
function goHeading(state: BrowserState, section: number, heading: number | undefined, extent: Extent): BrowserState {
	const index = clamp(section, 0, extent.sections - 1);
	const line = heading === undefined ? 0 : (extent.headingLine?.(index, heading) ?? 0);
	const scroll = clamp(line, 0, maxScroll(extent.sectionLines(index), extent.pageHeight));
	return {...state, overlay: undefined, overlayScroll: 0, filter: '', section: index, scroll};
}

/**
 * Opens a section at a table row, marked: the page starts at the row's table header when the row
 * fits on that page, else the row stands a third of the way down (a header pinned above stays).
 */
function showRow(state: BrowserState, section: number, row: number, extent: Extent): BrowserState {
	const index = clamp(section, 0, extent.sections - 1);
	const place = extent.rowPlace?.(index, row);
	const closed = {...state, overlay: undefined, overlayScroll: 0, section: index};
	if (!place) return {...closed, scroll: 0};
	const page = Math.max(1, extent.pageHeight);
	const top =
		place.end - place.header <= page ? place.header : Math.max(place.header, place.start - Math.floor(page / 3));
	const scroll = clamp(top, 0, maxScroll(extent.sectionLines(index), extent.pageHeight));
	return {...closed, scroll, mark: {section: index, row}};
}

/** Scrolls an overlay so that lines start to end (not included) are on the page, moving as little as it can. */
function scrollToShow(state: BrowserState, start: number, end: number, extent: Extent): BrowserState {
	const page = Math.max(1, extent.pageHeight);
	const max = maxScroll(extent.overlayLines, extent.pageHeight);
	let top = state.overlayScroll;
	if (start < top) top = start;
	else if (end > top + page) top = Math.min(start, end - page);
	return {...state, overlayScroll: clamp(top, 0, max)};
}

/** The commands that mean something else in the outline: choosing, filtering, going. */
function outlineView(state: BrowserState, command: Command, extent: Extent): BrowserState | undefined {
	const outline = extent.outline;
	if (!outline) return undefined;
	const {targets} = outline.matches(state.filter);
	const page = Math.max(1, extent.pageHeight);
	const choose = (from: BrowserState, cursor: number, count: number) => {
		const index = clamp(cursor, 0, Math.max(0, count - 1));
		return scrollToShow({...from, cursor: index}, index, index + 1, {...extent, overlayLines: count});
	};
	switch (command.type) {
		case 'cursor':
			return choose(state, state.cursor + command.by, targets.length);
		case 'page':
			return choose(state, state.cursor + pageLines(command.pages, extent), targets.length);
		case 'top':
			return choose(state, 0, targets.length);
		case 'bottom':
			return choose(state, targets.length - 1, targets.length);
		case 'filterType':
		case 'filterErase': {
			const filter =
				command.type === 'filterType' ? state.filter + command.text : Array.from(state.filter).slice(0, -1).join('');
			const found = outline.matches(filter);
			// The best match is chosen, where it stands in the list, shown a third of the way down.
			const chosen = {...state, filter, cursor: found.best, overlayScroll: found.best - Math.floor(page / 3)};
			return choose(chosen, found.best, found.targets.length);
		}
		case 'pickHeading': {
			const target = targets[state.cursor];
			return target ? goHeading(state, target.section, target.heading, extent) : state;
		}
		case 'close':
			return {...state, overlay: undefined, overlayScroll: 0, filter: ''};
		default:
			return undefined;
	}
}

/** The commands that mean something else in the references: picking a reference or a link. */
function referencesView(state: BrowserState, command: Command, extent: Extent): BrowserState | undefined {
	const items = extent.items ?? [];
	const pick = (index: number) => {
		if (items.length === 0) return state;
		const at = clamp(index, 0, items.length - 1);
		const item = items[at] as {start: number; end: number};
		return scrollToShow({...state, cursor: at}, item.start, item.end, extent);
	};
	switch (command.type) {
		case 'cursor':
			return pick(state.cursor + command.by);
		case 'pickLink': {
			const index = extent.linkItem?.(command.url);
			return index === undefined ? state : pick(index);
		}
		default:
			return undefined;
	}
}

/** Applies a command. quit and suspend are not state changes: the caller does them. */
export function reduce(previous: BrowserState, command: Command, extent: Extent): BrowserState {
	let state =
		previous.notice === undefined && previous.mark === undefined
			? previous
			: {...previous, notice: undefined, mark: undefined};
	// Digits waiting for more act before any other key: 1 then j goes to section 1, then scrolls.
	if (state.digits !== undefined && command.type !== 'digit' && command.type !== 'digitsDone')
		state = goToNumber(state, Number(state.digits), extent);
	if (state.overlay === 'evidence') {
		const evidence = evidenceView(state, command, extent);
		if (evidence) return evidence;
	}
	if (state.overlay === 'outline') {
		const outline = outlineView(state, command, extent);
		if (outline) return outline;
	}
	if (state.overlay === 'references') {
		const references = referencesView(state, command, extent);
		if (references) return references;
	}
	if (state.overlay === 'decision') {
		const decided = decisionView(state, command, extent, reduce);
		if (decided) return decided;
	}
	switch (command.type) {
		case 'next':
			return showSection(state, (state.section + 1) % extent.sections, extent);
		case 'previous':
			return showSection(state, (state.section - 1 + extent.sections) % extent.sections, extent);
		case 'jump':
			return command.index < extent.sections ? showSection(state, command.index, extent) : state;
		case 'digit':
			return typeDigit(state, command.digit, extent);
		case 'digitsDone':
			return state.digits === undefined ? state : goToNumber(state, Number(state.digits), extent);
		case 'scroll':
			return scrollTo(state, extent, (current) => current + command.lines);
		case 'page':
			return turnPage(state, command.pages, extent);
		case 'top':
			return scrollTo(state, extent, () => 0);
		case 'bottom':
			return scrollTo(state, extent, (_current, max) => max);
		case 'open': {
			const opened = {
				...state,
				overlay: command.overlay,
				overlayScroll: 0,
				cursor: 0,
				reference: undefined,
				filter: '',
			};
			if (command.overlay !== 'outline' || !extent.outline) return opened;
			// The outline opens on the heading the reader is at, a third of the way down.
			const here = extent.outline.here();
			const count = extent.outline.matches('').targets.length;
			const page = Math.max(1, extent.pageHeight);
			const top = clamp(here - Math.floor(page / 3), 0, maxScroll(count, extent.pageHeight));
			return {...opened, cursor: here, overlayScroll: top};
		}
		case 'close':
			return {...state, overlay: undefined, overlayScroll: 0};
		case 'openRow':
		case 'pickRow':
			return state;
		case 'goHeading':
			return goHeading(state, command.section, command.heading, extent);
		case 'showRow':
			return showRow(state, command.section, command.row, extent);
		case 'notice':
			return {...state, notice: command.text};
		case 'filterType':
		case 'filterErase':
		case 'pickHeading':
		case 'openLink':
		case 'copyLink':
		case 'copySection':
		case 'pickLink':
			return state;
		case 'differences':
			// Without subjects no row compares anything: say so rather than do nothing.
			if (state.order.length === 0)
				return {
					...state,
					notice: 'd compares subjects, and this document names none (its tables keep their own columns)',
				};
			return {...state, differences: !state.differences, scroll: 0};
		case 'pan':
			return pan(state, extent, command.by);
		case 'stackTables':
			return {
				...state,
				stackTables: !state.stackTables,
				notice: state.stackTables
					? 'wide tables side by side: < and > pan them'
					: 'wide tables stacked: s shows them side by side again',
			};
		case 'cursor':
		case 'toggleSubject':
		case 'moveSubject':
			return pickSubjects(state, command);
		case 'reference': {
			const line = extent.referenceLine(command.id);
			if (line === undefined) return {...state, notice: `no reference ${command.id}`};
			const max = maxScroll(extent.overlayLines, extent.pageHeight);
			const visible = line >= state.overlayScroll && line < state.overlayScroll + extent.pageHeight;
			// The reference is picked too, as ↑↓ pick it: Enter opens its address, y copies it.
			const item = (extent.items ?? []).findIndex((entry) => entry.start === line);
			return {
				...state,
				reference: command.id,
				cursor: item === -1 ? state.cursor : item,
				overlayScroll: visible ? state.overlayScroll : clamp(line, 0, max),
			};
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
			const {section, scroll} = state.search.editing ? state.search.origin : state;
			return {...state, section, scroll, search: undefined};
		}
		case 'hit': {
			const search = searchHere(state);
			if (!search) return {...state, notice: 'no search: press / to search'};
			const hits = extent.hits(search.query);
			if (hits.length === 0) return {...state, notice: `no matches for "${search.query}"`};
			const next = search.current + command.by;
			const current = (next + hits.length) % hits.length;
			const hit = hits[current];
			// As less and vim do, a search that wraps around says so.
			const notice =
				next >= hits.length
					? 'search hit the end, continuing from the top'
					: next < 0
						? 'search hit the top, continuing from the bottom'
						: undefined;
			const moved = {...state, search: {...search, current}, ...(notice ? {notice} : {})};
			return hit ? showHit(moved, hit, extent) : moved;
		}
		case 'mouse':
			return {
				...state,
				mouse: !state.mouse,
				notice: state.mouse
					? 'mouse off: the terminal selects text; M takes it back'
					: 'mouse on: the wheel scrolls, a click opens',
			};
		case 'suspend':
		case 'quit':
		case 'pick':
			return state;
		// The decision matrix's own commands (decision-view.ts); nothing outside it.
		case 'column':
		case 'pickCell':
		case 'score':
		case 'weight':
		case 'noteOpen':
		case 'noteType':
		case 'noteErase':
		case 'noteCaret':
		case 'noteDone':
		case 'noteCancel':
			return state;
	}
}

/**
 * The commands that mean something else in the evidence view: moving the picked row, opening it,
 * and a search of the view itself. Undefined for the rest, which work as in any overlay.
 */
function evidenceView(state: BrowserState, command: Command, extent: Extent): BrowserState | undefined {
	const search = state.search?.scope === 'evidence' ? state.search : undefined;
	switch (command.type) {
		case 'cursor': {
			// A picked row off the page (as the first row is, on a short terminal) is first brought into view.
			const line = extent.targets?.[state.cursor]?.line;
			const shown =
				line === undefined || (line >= state.overlayScroll && line < state.overlayScroll + extent.pageHeight);
			return pickRow(state, extent, shown ? state.cursor + command.by : state.cursor);
		}
		case 'pickRow':
			return pickRow(state, extent, command.index);
		case 'top':
			return {...pickRow(state, extent, 0), overlayScroll: 0};
		case 'bottom': {
			const max = maxScroll(extent.overlayLines, extent.pageHeight);
			return {...pickRow(state, extent, (extent.targets ?? []).length - 1), overlayScroll: max};
		}
		case 'openRow': {
			const target = extent.targets?.[state.cursor];
			if (!target) return state;
			// The row marked where it stands, its table's header on screen; the view's own search ends.
			const shown = showRow(state, target.section, target.row, extent);
			return {...shown, search: state.search?.scope === 'evidence' ? undefined : state.search};
		}
		case 'close':
			return {...state, overlay: undefined, overlayScroll: 0, search: search ? undefined : state.search};
		case 'searchOpen':
			return {
				...state,
				search: {
					query: '',
					editing: true,
					current: 0,
					origin: {section: state.section, scroll: state.overlayScroll, cursor: state.cursor},
					scope: 'evidence',
				},
			};
		case 'searchCancel': {
			if (!search) return state;
			const back = search.editing
				? {overlayScroll: search.origin.scroll, cursor: search.origin.cursor ?? state.cursor}
				: {};
			return {...state, ...back, search: undefined};
		}
		default:
			return undefined;
	}
}

/** Keeps a state's scroll positions in range after the sizes changed (a resize). */
export function fit(state: BrowserState, extent: Extent): BrowserState {
	const scroll = clamp(state.scroll, 0, maxScroll(extent.sectionLines(state.section), extent.pageHeight));
	const overlayScroll = clamp(state.overlayScroll, 0, maxScroll(extent.overlayLines, extent.pageHeight));
	// The evidence view has fewer rows side by side than stacked by subject.
	const rows = extent.targets?.length ?? 0;
	const cursor = state.overlay === 'evidence' && rows > 0 ? clamp(state.cursor, 0, rows - 1) : state.cursor;
	return scroll === state.scroll && overlayScroll === state.overlayScroll && cursor === state.cursor
		? state
		: {...state, scroll, overlayScroll, cursor};
}

/** Where a key lands in a state: typing a search, writing a note, an overlay, or browsing. */
export function keyContext(state: BrowserState): KeyContext {
	if (state.search?.editing) return 'search';
	if (state.overlay === 'decision' && state.matrix.editor) return 'note';
	return state.overlay ?? 'browse';
}
