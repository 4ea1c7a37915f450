// The interactive screen as lines: header, section bar, the visible slice of the section (or of an
// overlay), footer. Pure: the Ink components only draw what this returns, so every frame can be
// tested exactly and a key press costs the lines on screen, not the length of the section.

import {
	type Document,
	headingLine,
	otherTables,
	type RowPlace,
	rowLine,
	rowPlaces,
	sectionLines,
	sectionPieces,
	shownText,
} from '../layout/document.js';
import {type EvidenceLayout, evidenceLines, evidenceRowAt} from '../layout/evidence.js';
import type {WideTables} from '../layout/markdown.js';
import {type Heading, outlineOf} from '../layout/outline.js';
import {
	append,
	type Line,
	lineWidth,
	Role,
	type Span,
	span,
	type TableMark,
	tableMarkOf,
	textWidth,
	truncateLine,
} from '../layout/styled.js';
import {wrapSpans} from '../layout/wrap.js';
import {type Decision, type FilledIn, filledIn} from '../model/decision.js';
import {type Evidence, evidenceOf, type ReferenceUse, referenceUses} from '../model/evidence.js';
import type {Comparison, Section} from '../model/schema.js';
import {defaultView, type View, visibleRows} from '../model/view.js';
import {type DecisionPane, decisionPane, fitMatrix} from './decision-view.js';
import {type Command, type Here, helpGroups, hints, type KeyContext, keymap, mouseHelp} from './keymap.js';
import {type DocumentLink, documentLinks, type LinksOverlay, linksOverlay, sectionMarkdown} from './links.js';
import {originFields} from './origin.js';
import {outlineHere, outlineLines, outlineMatches} from './outline-overlay.js';
import {highlight, type LineHit, type LineRange, type Mark, placeName, SearchIndex} from './search.js';
import {type BrowserState, type Extent, fit, reduce} from './state.js';
import {titleLines} from './title-lines.js';

/** The smallest terminal the browser draws in; below it, it says so until the terminal grows. */
export const minimumSize = {columns: 20, rows: 6} as const;

/** Terminal size in cells. */
export type Size = {readonly columns: number; readonly rows: number};

/**
 * How the browser shows tables wider than the screen: stacked, or side by side and panned, each
 * by its pan in {@link BrowserState.pans} (by "section/table").
 */
export type TablesView = {readonly stacked: boolean; readonly pans: Readonly<Record<string, number>>};

/** What the browser lays out: the reader's view, and how wide tables show (panned when not said). */
export type BrowserView = View & {readonly tables?: TablesView};

/** A section's pans, as a key: panning one table lays out again only its own section. */
function sectionPans(view: BrowserView, section: number | undefined): string {
	const pans = view.tables?.pans;
	if (!pans) return '';
	const prefix = section === undefined ? '' : `${section}/`;
	return Object.entries(pans)
		.filter(([key, pan]) => pan > 0 && key.startsWith(prefix))
		.map(([key, pan]) => `${key}=${pan}`)
		.sort()
		.join(',');
}

function viewKey(view: BrowserView, width: number, ascii: boolean, section?: number): string {
	// The reader's notes on silent cells are drawn in the tables: a layout holds for one set of them.
	const notes = view.filledIn?.key ?? '';
	return `${width}\u0000${ascii}\u0000${view.differencesOnly}\u0000${view.subjects.map((subject) => subject.id).join(',')}\u0000${view.tables?.stacked === true}\u0000${sectionPans(view, section)}\u0000${notes}`;
}

/** The layout's say on wide tables for a section in a view: panned (by the section's pans) unless stacked. */
function wideTables(view: BrowserView, section: number): WideTables {
	const pans = view.tables?.pans ?? {};
	return view.tables?.stacked ? {wide: 'stack'} : {wide: 'pan', pan: (index) => pans[`${section}/${index}`] ?? 0};
}

/**
 * Section layouts and search indexes by width and view: a section is laid out once per width and
 * view, then reused; the search index is built once per layout, the hits once per query.
 */
export class LayoutCache {
	readonly #lines = new Map<string, Line[]>();
	readonly #indexes = new Map<string, SearchIndex>();
	#lastHits: {key: string; query: string; hits: readonly LineHit[]} | undefined;
	// The evidence view is built only once the reader opens it, and kept for one width and view.
	#evidence:
		| {key: string; layout: EvidenceLayout; index?: SearchIndex; last?: {query: string; hits: LineHit[]}}
		| undefined;
	#whole: {evidence: Evidence; uses: Map<number, ReferenceUse>} | undefined;
	#outline: Heading[] | undefined;
	#links: DocumentLink[] | undefined;
	// Sections being laid out ahead of the reader, for one width and view (ahead()).
	#ahead: {key: string; parts: Map<number, {lines: Line[]; parts: Iterator<Line[]>}>; done?: true} | undefined;

	constructor(readonly document: Document) {}

	/** The evidence view of every section at a width and view. */
	evidence(width: number, view: BrowserView, ascii: boolean): EvidenceLayout {
		const key = viewKey(view, width, ascii);
		if (this.#evidence?.key === key) return this.#evidence.layout;
		const {comparison} = this.document;
		const layout = evidenceLines(comparison, evidenceOf(comparison, view, comparison.sections), {
			width,
			ascii,
			otherTables: otherTables(this.document),
		});
		this.#evidence = {key, layout};
		return layout;
	}

	/** Every hit of a query in the evidence view at a width and view (as lines of one section, 0). */
	evidenceHits(query: string, width: number, view: BrowserView, ascii: boolean): readonly LineHit[] {
		const layout = this.evidence(width, view, ascii);
		const entry = this.#evidence;
		if (!entry) return [];
		entry.index ??= new SearchIndex([layout.lines]);
		// Each frame asks again for the hits it marks: searched once per query.
		if (entry.last?.query !== query) entry.last = {query, hits: entry.index.search(query)};
		return entry.last.hits;
	}

	/** The line of a section, laid out at a width and view, where a table row first shows. */
	rowLine(section: number, row: number, width: number, view: BrowserView, ascii: boolean): number | undefined {
		return rowLine(this.lines(section, width, view, ascii), row);
	}

	/** Every place of a section, laid out at a width and view, where a table row stands. */
	rowPlaces(section: number, row: number, width: number, view: View, ascii: boolean): RowPlace[] {
		return rowPlaces(this.lines(section, width, view, ascii), row);
	}

	/** The line of a section, laid out at a width and view, where a heading of its prose starts. */
	headingLine(section: number, heading: number, width: number, view: View, ascii: boolean): number | undefined {
		return headingLine(this.lines(section, width, view, ascii), heading);
	}

	/** Every heading of the document (made once). */
	outline(): Heading[] {
		this.#outline ??= outlineOf(this.document);
		return this.#outline;
	}

	/** Every link of the document's text (found once). */
	links(): DocumentLink[] {
		this.#links ??= documentLinks(this.document);
		return this.#links;
	}

	/** The comparison's evidence for every subject and row, whatever the view, and what each reference backs. */
	whole(): {evidence: Evidence; uses: Map<number, ReferenceUse>} {
		if (!this.#whole) {
			const {comparison} = this.document;
			this.#whole = {
				evidence: evidenceOf(comparison, defaultView(comparison), comparison.sections),
				uses: referenceUses(comparison),
			};
		}
		return this.#whole;
	}

	/**
	 * The sections laid out so far, by their keys: data that another copy of this code can take
	 * (seed()). The entry lays out the first frame's section to paint it, and the browser's bundle
	 * has a copy of this class of its own.
	 */
	laidOut(): (readonly [string, Line[]])[] {
		return [...this.#lines];
	}

	/** Takes sections laid out elsewhere (laidOut() of a cache of the same document), as if laid out here. */
	seed(laidOut: readonly (readonly [string, Line[]])[]): void {
		for (const [key, lines] of laidOut) if (!this.#lines.has(key)) this.#lines.set(key, lines);
	}

	/** The lines of a section at a width. */
	lines(section: number, width: number, view: BrowserView, ascii: boolean): Line[] {
		const key = `${section}\u0000${viewKey(view, width, ascii, section)}`;
		let lines = this.#lines.get(key);
		if (lines) {
			// Least recently used goes first: touch this one.
			this.#lines.delete(key);
		} else {
			const begun = this.#ahead?.key === viewKey(view, width, ascii) ? this.#ahead.parts.get(section) : undefined;
			if (begun) {
				// Begun ahead of the reader: finish it.
				this.#ahead?.parts.delete(section);
				lines = begun.lines;
				for (let next = begun.parts.next(); !next.done; next = begun.parts.next()) append(lines, next.value);
			} else {
				const data = this.document.comparison.sections[section];
				// The section bar names the section: its title is not repeated above its text.
				const options = {width, view, ascii, title: false, tables: wideTables(view, section)};
				lines = data ? sectionLines(this.document, data, options) : [];
			}
			// A long session of resizes must not keep every width it ever saw: a few layouts of
			// every section are enough to go back and forth.
			const oldest = this.#lines.keys().next();
			if (this.#lines.size >= 4 * this.document.comparison.sections.length && !oldest.done)
				this.#lines.delete(oldest.value);
		}
		this.#lines.set(key, lines);
		return lines;
	}

	/**
	 * Lays out one more part of the first section after `from` (wrapping around) that is not laid
	 * out yet at this width and view; false once every section is. The browser calls it while no
	 * key is waiting, so that opening a long section, or searching, finds its lines ready: parts
	 * are small (a paragraph, 64 rows of a table), so a key waits for one part at most.
	 */
	ahead(from: number, width: number, view: BrowserView, ascii: boolean): boolean {
		const {sections} = this.document.comparison;
		const suffix = viewKey(view, width, ascii);
		// Parts begun at another width or view are let go: that layout is no longer wanted.
		if (this.#ahead?.key !== suffix) this.#ahead = {key: suffix, parts: new Map()};
		// Every frame starts the browser's idle loop again: once all is laid out, say so at once.
		if (this.#ahead.done) return false;
		const {parts} = this.#ahead;
		for (let offset = 1; offset <= sections.length; offset++) {
			const section = (from + offset) % sections.length;
			const key = `${section}\u0000${viewKey(view, width, ascii, section)}`;
			if (this.#lines.has(key)) continue;
			let begun = parts.get(section);
			if (!begun) {
				const options = {width, view, ascii, title: false, tables: wideTables(view, section)};
				begun = {lines: [], parts: sectionPieces(this.document, sections[section] as Section, options)};
				parts.set(section, begun);
			}
			const next = begun.parts.next();
			if (next.done) this.lines(section, width, view, ascii);
			else append(begun.lines, next.value);
			return true;
		}
		this.#ahead.done = true;
		return false;
	}

	/** Every hit of a query across all sections, laid out at this width and view. */
	hits(query: string, width: number, view: BrowserView, ascii: boolean): readonly LineHit[] {
		const key = viewKey(view, width, ascii);
		if (this.#lastHits?.key === key && this.#lastHits.query === query) return this.#lastHits.hits;
		let index = this.#indexes.get(key);
		if (!index) {
			const sections = this.document.comparison.sections.map((_, section) => this.lines(section, width, view, ascii));
			index = new SearchIndex(sections);
			if (this.#indexes.size >= 2) this.#indexes.clear();
			this.#indexes.set(key, index);
		}
		const hits = index.search(query);
		this.#lastHits = {key, query, hits};
		return hits;
	}
}

/** The view a state asks for: shown subjects in their order, differences only or not, and how wide tables show. */
export function viewOf(comparison: Comparison, state: BrowserState): BrowserView {
	const subjects = state.order
		.filter((id) => !state.hidden.includes(id))
		.map((id) => comparison.subjects.find((subject) => subject.id === id))
		.filter((subject) => subject !== undefined);
	const filled = filledInOf(comparison, state.decision);
	const tables = {stacked: state.stackTables, pans: state.pans};
	return filled.key === ''
		? {subjects, differencesOnly: state.differences, tables}
		: {subjects, differencesOnly: state.differences, tables, filledIn: filled};
}

// Each frame asks for the view; the notes on silent cells are worked out once per decision.
const filledInCache = new WeakMap<Decision, {comparison: Comparison; filled: FilledIn}>();

/** The reader's notes on the comparison's silent cells, once per decision and comparison. */
function filledInOf(comparison: Comparison, decision: Decision): FilledIn {
	const known = filledInCache.get(decision);
	if (known?.comparison === comparison) return known.filled;
	const filled = filledIn(decision, comparison);
	filledInCache.set(decision, {comparison, filled});
	return filled;
}

/** Everything a frame depends on. */
export type ScreenInput = {
	readonly cache: LayoutCache;
	readonly state: BrowserState;
	readonly size: Size;
	readonly ascii: boolean;
};

/** A frame: its lines from top to bottom, at most rows - 1 of them, none wider than the terminal. */
export type Frame = {
	readonly lines: readonly Line[];
	/** The sizes the reducer needs for the next key. */
	readonly extent: Extent;
	/** The state actually shown (scroll kept in range for this size). */
	readonly state: BrowserState;
	/**
	 * What a click on a cell does (column and row from 0 at the top left): the commands that open
	 * what is drawn there, or none. The frame is composed here, so here is where it is known.
	 */
	readonly click: (column: number, row: number) => readonly Command[];
	/**
	 * Lays out one more part of a section the reader has not opened yet, at this frame's width and
	 * view (the sections after the one shown first); false once all are laid out.
	 */
	readonly ahead: () => boolean;
	/** The address picked in the references, while they are open (what Enter opens and y copies). */
	readonly link: string | undefined;
	/** The section being read, as Markdown (what Y copies). */
	readonly sectionMarkdown: () => string;
};

/** A stretch of a line that does something when clicked. */
type Target = {readonly start: number; readonly end: number; readonly commands: readonly Command[]};

const nothing: readonly Command[] = [];

function targetAt(targets: readonly Target[], column: number): readonly Command[] {
	return targets.find((target) => column >= target.start && column < target.end)?.commands ?? nothing;
}

/** The address of the link drawn at a column of a line, if one is. */
export function linkAt(line: Line, column: number): string | undefined {
	let start = 0;
	for (const piece of line) {
		const end = start + textWidth(piece.text);
		if (column >= start && column < end) return piece.href;
		start = end;
	}
	return undefined;
}

/** A line cut to a width, ending in an ellipsis when something was cut. */
export function ellipsize(line: Line, width: number): Line {
	if (lineWidth(line) <= width) return line;
	if (width <= 1) return truncateLine(line, width);
	return [...truncateLine(line, width - 1), span('…', Role.muted)];
}

/** The section bar: every section numbered, the current one marked by a glyph and by reverse video. */
export function sectionBar(titles: readonly string[], current: number, width: number, ascii: boolean): Line {
	return sectionBarLayout(titles, current, width, ascii).line;
}

/** The section bar, and where on it each section's name (and each arrow) is, for clicks. */
function sectionBarLayout(
	titles: readonly string[],
	current: number,
	width: number,
	ascii: boolean,
): {line: Line; targets: Target[]} {
	const items: Span[] = titles.map((title, index) =>
		index === current
			? span(`${ascii ? '>' : '▶'}${index + 1} ${title}`, Role.selected)
			: span(` ${index + 1} ${title}`, Role.none),
	);
	const widths = items.map((item) => textWidth(item.text));
	const gap = 1;
	// Grow a window of items around the current one while it fits, keeping room for the arrows
	// that say more sections lie beyond the edge.
	let first = current;
	let last = current;
	const used = () => widths.slice(first, last + 1).reduce((sum, value) => sum + value, 0) + gap * (last - first);
	const room = () => width - (first > 0 ? 2 : 0) - (last < items.length - 1 ? 2 : 0);
	for (let grew = true; grew; ) {
		grew = false;
		if (last < items.length - 1) {
			last++;
			if (used() <= room()) grew = true;
			else last--;
		}
		if (first > 0) {
			first--;
			if (used() <= room()) grew = true;
			else first++;
		}
	}
	const line: Span[] = [];
	const targets: Target[] = [];
	let column = 0;
	const add = (piece: Span, commands?: readonly Command[]) => {
		const end = column + textWidth(piece.text);
		if (commands) targets.push({start: column, end, commands});
		line.push(piece);
		column = end;
	};
	if (first > 0) add(span(ascii ? '< ' : '‹ ', Role.muted), [{type: 'previous'}]);
	for (let index = first; index <= last; index++) {
		if (index > first) add(span(' '.repeat(gap)));
		const item = items[index];
		if (item) add(item, [{type: 'jump', index}]);
	}
	if (last < items.length - 1) add(span(ascii ? ' >' : ' ›', Role.muted), [{type: 'next'}]);
	return {line: ellipsize(line, width), targets};
}

function heading(title: string): Line[] {
	return [[span(title, Role.heading | Role.strong)], []];
}

/** The help overlay: every binding of the keymap, grouped by where it applies. */
export function helpLines(width: number): Line[] {
	const labelWidth = Math.min(16, Math.max(...keymap.map((binding) => textWidth(binding.label))));
	const lines: Line[] = heading('Keys');
	for (const group of helpGroups) {
		lines.push([span(group.title, Role.label)]);
		for (const binding of keymap) {
			if (!binding.contexts.includes(group.context)) continue;
			// A binding shared with browsing is listed once, under browsing.
			if (group.context !== 'browse' && binding.contexts.includes('browse')) continue;
			const label = span(binding.label.padEnd(labelWidth), Role.strong);
			append(
				lines,
				wrapSpans([span(binding.description)], width, {
					first: [span('  '), label, span('  ')],
					rest: [span(' '.repeat(labelWidth + 4))],
				}),
			);
		}
		lines.push([]);
	}
	lines.push([span('The mouse (M leaves it to the terminal, to select text)', Role.label)]);
	for (const {label, description} of mouseHelp) {
		lines.push(
			...wrapSpans([span(description)], width, {
				first: [span('  '), span(label.padEnd(labelWidth), Role.strong), span('  ')],
				rest: [span(' '.repeat(labelWidth + 4))],
			}),
		);
	}
	return lines.map((line) => ellipsize(line, width));
}

/** What a reference backs, in words: how many claims cite it, and about which subjects. */
export function referenceUseText(use: ReferenceUse | undefined): string {
	const claims = use?.claims ?? 0;
	const who = use?.subjects.map((entry) => `${entry.claims} about ${entry.subject.name}`).join(', ');
	const cited =
		claims === 0
			? 'cited by no claim in the tables'
			: `cited by ${claims} ${claims === 1 ? 'claim' : 'claims'}: ${who}`;
	const prose = use?.prose ?? 0;
	return prose === 0 ? cited : `${cited}; in the prose of ${prose} ${prose === 1 ? 'section' : 'sections'}`;
}

/**
 * Where the comparison comes from: the source's metadata and notes, and how each subject's claims
 * are backed when the evidence is given.
 */
export function infoLines(
	comparison: Comparison,
	width: number,
	evidence?: Evidence,
	origin?: Document['origin'],
): Line[] {
	const lines: Line[] = heading('About this comparison');
	const field = (name: string, value: string | undefined) => {
		if (!value) return;
		append(
			lines,
			wrapSpans([span(value)], width, {
				first: [span(`${name.padEnd(14)}`, Role.label)],
				rest: [span(' '.repeat(14))],
			}),
		);
	};
	const source = comparison.source;
	field('Title', source?.title ?? comparison.title);
	field('About', comparison.description);
	field('Publisher', source?.publisher);
	field('Date', source?.date);
	field('Reading time', source?.readingMinutes === undefined ? undefined : `${source.readingMinutes} min`);
	field('Words', source?.wordCount === undefined ? undefined : String(source.wordCount));
	field('Tags', source?.tags?.join(', '));
	field('Address', source?.url);
	for (const [name, value] of originFields(origin)) field(name, value);
	field('Subjects', comparison.subjects.map((subject) => subject.name).join(', '));
	field('References', String((comparison.references ?? []).length));
	evidence?.subjects.forEach((entry, index) => {
		const counts = `${entry.cited} cited, ${entry.uncited} uncited, ${entry.notStated} not stated`;
		field(index === 0 ? 'Evidence' : ' ', `${entry.subject.name}: ${counts}`);
	});
	if (source?.machineGenerated) {
		lines.push([], ...wrapSpans([span('The source says it was generated by a machine.', Role.strong)], width));
	}
	if (source?.note) append(append(lines, [[]]), wrapSpans([span(source.note)], width));
	return lines;
}

/** The line of the subjects picker that shows the first subject (after its heading). */
const firstSubjectLine = 2;
/** The columns of a subject's line that hold its box ("[x]"), after the pointer. */
const subjectBox = {start: 2, end: 5} as const;

/** The subjects picker: every subject in column order, shown or hidden, the cursor marked. */
export function subjectsLines(comparison: Comparison, state: BrowserState, width: number, ascii: boolean): Line[] {
	const lines: Line[] = heading('Subjects');
	// A Markdown document may name none: then there is nothing to pick, and the reader is told why.
	if (state.order.length === 0) {
		const text =
			'This document names no subjects: its tables keep their own columns. A document names them in its front matter (subjects: [A, B]) or in the header of a table whose top-left cell is empty.';
		return [...lines, ...wrapSpans([span(text, Role.muted)], width)];
	}
	state.order.forEach((id, index) => {
		const subject = comparison.subjects.find((candidate) => candidate.id === id);
		const shown = !state.hidden.includes(id);
		const here = index === state.cursor;
		const pointer = here ? (ascii ? '> ' : '▶ ') : '  ';
		lines.push(
			ellipsize(
				[
					span(pointer, here ? Role.selected : Role.none),
					span(`${shown ? '[x]' : '[ ]'} ${subject?.name ?? id}`, here ? Role.selected : Role.none),
				],
				width,
			),
		);
	});
	lines.push(
		[],
		...wrapSpans([span('Every table and chart shows the checked subjects, in this order.', Role.muted)], width),
	);
	return lines;
}

function footer(left: Line, hintTexts: readonly string[], right: string, width: number): Line {
	const rightSpan = span(right, Role.muted);
	const rightWidth = textWidth(right);
	if (rightWidth >= width) return ellipsize([rightSpan], width);
	const leftWidth = lineWidth(left);
	// Hints after the left part, dropped from the least important until everything fits.
	for (let count = hintTexts.length; count >= 0; count--) {
		const hintText = hintTexts.slice(0, count).join('  ');
		const hintSpans = hintText === '' ? [] : [span(`${leftWidth > 0 ? '  ' : ''}${hintText}`, Role.muted)];
		const used = leftWidth + lineWidth(hintSpans) + rightWidth;
		if (used + 2 <= width || (count === 0 && used + 1 <= width)) {
			return [...left, ...hintSpans, span(' '.repeat(Math.max(1, width - used))), rightSpan];
		}
	}
	return ellipsize([...left, span(' '), rightSpan], width);
}

function percent(scroll: number, page: number, lines: number): string {
	if (lines <= page) return 'All';
	return `${Math.min(100, Math.round((100 * Math.min(lines, scroll + page)) / lines))}%`;
}

/** What a terminal too small shows: the message that says so, wrapped to its width. */
export function tooSmall(size: Size): Line[] {
	const height = size.rows - 1;
	if (height <= 0 || size.columns <= 0) return [];
	const text = `Terminal too small: ${size.columns}×${size.rows}, need ${minimumSize.columns}×${minimumSize.rows}`;
	return wrapSpans([span(text, Role.strong)], size.columns)
		.slice(0, height)
		.map((line) => ellipsize(line, size.columns));
}

const overlayTitles = {
	help: 'Help',
	references: 'References',
	info: 'Info',
	subjects: 'Subjects',
	evidence: 'Evidence',
	outline: 'Outline',
	decision: 'Decision',
} as const;

/** Lines with the places of a marked table row in reverse video (those on the page). */
function markRow(pane: Line[], places: readonly RowPlace[], top: number): Line[] {
	return pane.map((line, index) =>
		places.some((place) => top + index >= place.start && top + index < place.end)
			? line.map((piece) => ({...piece, role: piece.role | Role.selected}))
			: line,
	);
}

/** The evidence view with its picked row marked: a pointer in its indent, the row in reverse video. */
function pickedRow(layout: EvidenceLayout, cursor: number, ascii: boolean): Line[] {
	const lines = [...layout.lines];
	const target = layout.targets[cursor];
	const line = target ? lines[target.line] : undefined;
	if (!target || !line) return lines;
	lines[target.line] = line.map((piece, index) =>
		index === 0 ? span(ascii ? '> ' : '▶ ', Role.selected) : {...piece, role: piece.role | Role.selected},
	);
	return lines;
}

/** The first and last line of the table whose mark a line carries. */
function tableLines(lines: readonly Line[], at: number, mark: TableMark): {first: number; last: number} {
	let first = at;
	while (first > 0 && tableMarkOf(lines[first - 1] ?? []) === mark) first--;
	let last = at;
	while (last + 1 < lines.length && tableMarkOf(lines[last + 1] ?? []) === mark) last++;
	return {first, last};
}

/**
 * The header of the table that the pane's top line is in, pinned at the top of the pane while the
 * header is above the top, so that the columns stay named: the header row and its rule, and the
 * line they start at. None when the table's rows left would all be under it, or when it would
 * take most of the pane.
 */
export function pinnedHeader(
	lines: readonly Line[],
	top: number,
	pageHeight: number,
): {lines: Line[]; first: number} | undefined {
	const mark = tableMarkOf(lines[top] ?? []);
	if (!mark || mark.header === 0 || mark.header > pageHeight / 2) return undefined;
	const {first, last} = tableLines(lines, top, mark);
	if (first >= top || last < top + mark.header) return undefined;
	return {lines: lines.slice(first, first + mark.header), first};
}

/** The first table on a page of lines that is panned. */
function pannedOnPage(lines: readonly Line[], top: number, pageHeight: number): TableMark | undefined {
	for (let line = top; line < Math.min(lines.length, top + pageHeight); line++) {
		const mark = tableMarkOf(lines[line] ?? []);
		if (mark?.panned) return mark;
	}
	return undefined;
}

/** The frame for a state at a terminal size. */
export function frame(input: ScreenInput): Frame {
	const {cache, size, ascii} = input;
	const {comparison} = cache.document;
	const width = size.columns;
	const view = viewOf(comparison, input.state);
	const small = size.columns < minimumSize.columns || size.rows < minimumSize.rows;
	const compact = size.rows < 12;
	// Title and meta line on one line where they fit: the first screen is for the comparison.
	const header: Line[] = titleLines(comparison, width, compact);
	const barLayout = sectionBarLayout(
		comparison.sections.map((section) => section.title),
		input.state.section,
		width,
		ascii,
	);
	const bar: Line[] = [barLayout.line];
	if (!compact) bar.push([span((ascii ? '-' : '─').repeat(width), Role.border)]);
	// Every row, the last included: Ink draws a frame as tall as the terminal in place (see the
	// ink-last-row build plugin).
	const pageHeight = Math.max(1, size.rows - header.length - bar.length - 1);

	const references: LinksOverlay | undefined =
		input.state.overlay === 'references'
			? linksOverlay(cache.document, {
					width,
					picked: input.state.cursor,
					ascii,
					uses: new Map([...cache.whole().uses].map(([id, use]) => [id, referenceUseText(use)])),
					links: cache.links(),
				})
			: undefined;
	// The outline is made on first use: a frame that shows no outline reads no section's headings.
	const outline = () => cache.outline();
	const here = () =>
		outlineHere(outline(), input.state.section, input.state.scroll, (heading) =>
			cache.headingLine(input.state.section, heading, width, view, ascii),
		);
	const outlineShown =
		input.state.overlay === 'outline'
			? outlineLines(outline(), {filter: input.state.filter, cursor: input.state.cursor, here: here(), width, ascii})
			: undefined;
	const evidence = input.state.overlay === 'evidence' ? cache.evidence(width, view, ascii) : undefined;
	const decision: DecisionPane | undefined =
		input.state.overlay === 'decision'
			? decisionPane({document: cache.document, state: input.state, view, width, height: pageHeight, ascii})
			: undefined;
	const overlay =
		input.state.overlay === 'help'
			? helpLines(width)
			: input.state.overlay === 'info'
				? infoLines(comparison, width, cache.whole().evidence, cache.document.origin)
				: input.state.overlay === 'subjects'
					? subjectsLines(comparison, input.state, width, ascii)
					: (evidence?.lines ?? references?.lines ?? outlineShown ?? []);
	const extent: Extent = {
		sections: comparison.sections.length,
		pageHeight,
		sectionLines: (section) => cache.lines(section, width, view, ascii).length,
		overlayLines: overlay.length,
		// Only the references list sends reference commands, and it is open then.
		referenceLine: (id) => references?.starts.get(id),
		hits: (query) => (evidence ? cache.evidenceHits(query, width, view, ascii) : cache.hits(query, width, view, ascii)),
		targets: evidence?.targets ?? [],
		rowLine: (section, row) => cache.rowLine(section, row, width, view, ascii),
		rowPlace: (section, row) => cache.rowPlaces(section, row, width, view, ascii)[0],
		headingLine: (section, heading) => cache.headingLine(section, heading, width, view, ascii),
		outline: {matches: (filter) => outlineMatches(outline(), filter), here},
		...(references ? {items: references.items} : {}),
		linkItem: (url) => {
			const links = references?.links ?? [];
			const found =
				links.find((link) => link.url === url && link.section === input.state.section) ??
				links.find((link) => link.url === url);
			if (found) return found.item;
			const index = references?.items.findIndex((item) => item.url === url) ?? -1;
			return index === -1 ? undefined : index;
		},
		pannedTable: () => {
			if (state.overlay) return undefined;
			const mark = pannedOnPage(cache.lines(state.section, width, view, ascii), state.scroll, pageHeight);
			return mark?.panned
				? {key: `${state.section}/${mark.index}`, pan: mark.panned.pan, maxPan: mark.panned.maxPan}
				: undefined;
		},
		pinned: (at) => {
			const lines =
				state.overlay === 'evidence'
					? evidence?.lines
					: state.overlay
						? undefined
						: cache.lines(state.section, width, view, ascii);
			return lines ? (pinnedHeader(lines, at, pageHeight)?.lines.length ?? 0) : 0;
		},
		...(decision ? {decision: decision.extent} : {}),
	};
	const fitted = fit(input.state, extent);
	const matrix = decision ? fitMatrix(fitted.matrix, decision.extent) : fitted.matrix;
	const state = matrix === fitted.matrix ? fitted : {...fitted, matrix};
	const link = state.overlay === 'references' ? references?.items[state.cursor]?.url : undefined;
	const copied = () => sectionMarkdown(cache.document, state.section, view, shownText(cache.document));
	// Too small to show a section: nothing is laid out ahead at that size.
	if (small)
		return {
			lines: tooSmall(size),
			extent,
			state,
			click: () => nothing,
			ahead: () => false,
			link,
			sectionMarkdown: copied,
		};
	const ahead = () => cache.ahead(state.section, width, view, ascii);

	const inEvidence = evidence !== undefined;
	const content = evidence
		? pickedRow(evidence, state.cursor, ascii)
		: state.overlay
			? overlay
			: cache.lines(state.section, width, view, ascii);
	const top = state.overlay ? state.overlayScroll : state.scroll;
	let pane = content.slice(top, top + pageHeight);
	if (state.mark && !state.overlay && state.mark.section === state.section)
		pane = markRow(pane, cache.rowPlaces(state.section, state.mark.row, width, view, ascii), top);
	// The sections' search while browsing, the evidence view's in it; none in the other overlays.
	const search =
		state.search && (state.search.scope === 'evidence') === inEvidence && (!state.overlay || inEvidence)
			? state.search
			: undefined;
	const hits = search ? extent.hits(search.query) : [];
	if (hits.length > 0) {
		const current = hits[Math.min(search?.current ?? 0, hits.length - 1)];
		const marks = new Map<number, Mark[]>();
		const mark = (range: LineRange, isCurrent: boolean) => {
			if (range.line < top || range.line >= top + pageHeight) return;
			const list = marks.get(range.line - top) ?? [];
			list.push({start: range.start, end: range.end, current: isCurrent});
			marks.set(range.line - top, list);
		};
		for (const hit of hits) {
			if (hit.section !== (inEvidence ? 0 : state.section)) continue;
			mark(hit, hit === current);
			// A hit the width broke over lines is marked on each of them.
			for (const range of hit.more ?? []) mark(range, hit === current);
		}
		pane = pane.map((line, index) => highlight(line, marks.get(index) ?? []));
	}
	if (decision) pane = [...decision.lines];
	while (pane.length < pageHeight) pane.push([]);
	// The header of a table scrolled past its top stays at the top of the pane, over its rows.
	const pinned = state.overlay && !inEvidence ? undefined : pinnedHeader(content, top, pageHeight);
	if (pinned) pane = [...pinned.lines, ...pane.slice(pinned.lines.length)];
	const panned = state.overlay ? undefined : pannedOnPage(content, top, pageHeight)?.panned;

	const section = comparison.sections[state.section];
	const where = decision
		? decision.where
		: state.overlay
			? `${overlayTitles[state.overlay]}  ${percent(top, pageHeight, content.length)}`
			: `${section?.title ?? ''} ${state.section + 1}/${comparison.sections.length}  ${percent(top, pageHeight, content.length)}`;
	const hidden =
		section && !state.overlay && state.differences ? visibleRows(section, view, shownText(cache.document)).hidden : 0;
	let right = hidden > 0 ? `${hidden} ${hidden === 1 ? 'row' : 'rows'} hidden  ${where}` : where;
	if (panned) {
		// Which columns of a panned table show, as long as the position still fits beside it.
		const range = `${panned.from}${ascii ? '-' : '–'}${panned.to}`;
		const shown = [`columns ${range} of ${panned.of} < >  `, `${range}/${panned.of}  `].find(
			(text) => textWidth(text) + textWidth(right) < width,
		);
		if (shown) right = `${shown}${right}`;
	}

	let left: Line = [];
	let context: KeyContext = state.overlay ?? 'browse';
	if (search?.editing) {
		context = 'search';
		const count =
			hits.length === 0
				? search.query === ''
					? ''
					: '  no matches'
				: `  ${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`;
		left = [span(`/${search.query}`, Role.strong), span('█', Role.muted), span(count, Role.muted)];
	} else if (state.overlay === 'outline' && state.filter !== '') {
		const kept = outlineMatches(outline(), state.filter).targets.length;
		left = [
			span(`filter: ${state.filter}`, Role.strong),
			span('█', Role.muted),
			span(`  ${kept} of ${outline().length}`, Role.muted),
		];
	} else if (search && inEvidence) {
		const index = Math.min(search.current, Math.max(0, hits.length - 1));
		left =
			hits.length > 0
				? [span(`${index + 1}/${hits.length}`, Role.strong), span('  n/N next/prev', Role.muted)]
				: [span(`no matches for "${search.query}"`, Role.strong)];
	} else if (search) {
		const index = Math.min(search.current, Math.max(0, hits.length - 1));
		const hit = hits[index];
		const subject = comparison.subjects.find((candidate) => candidate.id === hit?.subject);
		const hitSection = hit ? comparison.sections[hit.section] : undefined;
		left =
			hit && hitSection
				? [
						span(
							`${index + 1}/${hits.length} ${placeName(hitSection, subject?.name ?? hit.column ?? (hit.criterion ? 'criterion' : undefined))}`,
							Role.strong,
						),
						span('  n/N next/prev', Role.muted),
					]
				: [span(`no matches for "${search.query}"`, Role.strong)];
	}
	if (state.notice) left = [span(state.notice, Role.strong)];
	if (state.digits !== undefined) left = [span(`section ${state.digits}…`, Role.strong)];
	// A note being written takes the footer, as a search does, with the keys that end it.
	if (decision?.editor) {
		context = 'note';
		left = decision.editor;
	}
	const available: Here = {subjects: comparison.subjects.length, sections: comparison.sections.length};
	const tips = left.length > 0 && context !== 'note' ? [] : hints(context, available);
	const lines = [...header, ...bar, ...pane, footer(left, tips, right, width)];
	const paneTop = header.length + bar.length;
	const click = (column: number, row: number): readonly Command[] => {
		if (column < 0 || column >= width) return nothing;
		if (row === header.length) return targetAt(barLayout.targets, column);
		const index = row - paneTop;
		if (index < 0 || index >= pageHeight) return nothing;
		const line = pinned && index < pinned.lines.length ? pinned.first + index : top + index;
		if (state.overlay === 'references') {
			const id = references ? referenceAt(references, line) : undefined;
			if (id !== undefined) return [{type: 'reference', id}];
			// A link: a click picks it, a click on the one picked opens it.
			const item = references?.items.findIndex((entry) => line >= entry.start && line < entry.end) ?? -1;
			if (item === -1) return nothing;
			return item === state.cursor ? [{type: 'openLink'}] : [{type: 'cursor', by: item - state.cursor}];
		}
		if (state.overlay === 'outline') {
			// Headings are one a line: a click chooses one, a click on the one chosen goes there.
			if (line >= outlineMatches(outline(), state.filter).targets.length) return nothing;
			return line === state.cursor ? [{type: 'pickHeading'}] : [{type: 'cursor', by: line - state.cursor}];
		}
		if (state.overlay === 'subjects') {
			const subject = line - firstSubjectLine;
			if (subject < 0 || subject >= state.order.length) return nothing;
			const moveTo: Command = {type: 'cursor', by: subject - state.cursor};
			return column >= subjectBox.start && column < subjectBox.end ? [moveTo, {type: 'toggleSubject'}] : [moveTo];
		}
		if (decision) return decision.click(column, index);
		if (state.overlay === 'evidence' && evidence) {
			// A click picks a row; a click on the picked row opens it, as Enter does.
			const index = evidenceRowAt(evidence, line);
			if (index === undefined) return nothing;
			return index === state.cursor ? [{type: 'openRow'}] : [{type: 'pickRow', index}];
		}
		if (state.overlay) return nothing;
		const id = citationAt(content[line] ?? [], column);
		if (id !== undefined)
			return [
				{type: 'open', overlay: 'references'},
				{type: 'reference', id},
			];
		// A link in the text opens the references on it, to open or copy.
		const url = linkAt(content[line] ?? [], column);
		return url === undefined
			? nothing
			: [
					{type: 'open', overlay: 'references'},
					{type: 'pickLink', url},
				];
	};
	return {lines, extent, state, click, ahead, link, sectionMarkdown: copied};
}

/** The reference a line of the references list belongs to, if it is one of theirs. */
function referenceAt(overlay: {starts: ReadonlyMap<number, number>; end: number}, line: number): number | undefined {
	if (line >= overlay.end) return undefined;
	let found: {id: number; start: number} | undefined;
	for (const [id, start] of overlay.starts) {
		if (start <= line && (!found || start > found.start)) found = {id, start};
	}
	return found?.id;
}

/** The number of the citation ("[3]") drawn at a column of a line, if one is. */
export function citationAt(line: Line, column: number): number | undefined {
	let start = 0;
	for (const piece of line) {
		const end = start + textWidth(piece.text);
		if (column < end) {
			if (!(piece.role & Role.ref)) return undefined;
			// Citations are ASCII ("[1]" or " [1][2]" after a cell's text): a character a column.
			for (const match of piece.text.matchAll(/\[(\d+)\]/g)) {
				const from = start + match.index;
				if (column >= from && column < from + match[0].length) return Number(match[1]);
			}
			return undefined;
		}
		start = end;
	}
	return undefined;
}

/**
 * Applies commands in order, as keys that arrived together or a click that opens a list and
 * picks in it do: the sizes are measured again whenever an overlay opens or closes, because the
 * next command may need the new overlay's. Gives the state and the sizes for what comes next
 * (quit and suspend are the caller's to do).
 */
export function applyCommands(
	input: ScreenInput,
	extent: Extent,
	commands: readonly Command[],
): {state: BrowserState; extent: Extent} {
	let state = input.state;
	let sizes = extent;
	for (const command of commands) {
		const next = reduce(state, command, sizes);
		// The sizes change with what is shown, and the next command needs the new ones: an overlay
		// opened or closed, differences only turned on or off, a table panned or wide tables stacked
		// (subjects are hidden and moved only in their overlay, whose closing measures again).
		if (
			next.overlay !== state.overlay ||
			next.differences !== state.differences ||
			next.pans !== state.pans ||
			next.stackTables !== state.stackTables
		)
			sizes = frame({...input, state: next}).extent;
		state = next;
	}
	return {state, extent: sizes};
}
