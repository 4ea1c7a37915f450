// The interactive screen as lines: header, section bar, the visible slice of the section (or of an
// overlay), footer. Pure: the Ink components only draw what this returns, so every frame can be
// tested exactly and a key press costs the lines on screen, not the length of the section.

import {type Document, referenceLines, sectionLines, shownText, sourceLine} from '../layout/document.js';
import {type Line, lineWidth, Role, type Span, span, textWidth, truncateLine} from '../layout/styled.js';
import {wrapSpans} from '../layout/wrap.js';
import type {Comparison} from '../model/schema.js';
import {type View, visibleRows} from '../model/view.js';
import {helpGroups, hints, type KeyContext, keymap} from './keymap.js';
import {highlight, type LineHit, type LineRange, type Mark, placeName, SearchIndex} from './search.js';
import {type BrowserState, type Extent, fit} from './state.js';

/** The smallest terminal the browser draws in; below it, it says so until the terminal grows. */
export const minimumSize = {columns: 20, rows: 6} as const;

/** Terminal size in cells. */
export type Size = {readonly columns: number; readonly rows: number};

function viewKey(view: View, width: number, ascii: boolean): string {
	return `${width}\u0000${ascii}\u0000${view.differencesOnly}\u0000${view.subjects.map((subject) => subject.id).join(',')}`;
}

/**
 * Section layouts and search indexes by width and view: a section is laid out once per width and
 * view, then reused; the search index is built once per layout, the hits once per query.
 */
export class LayoutCache {
	readonly #lines = new Map<string, Line[]>();
	readonly #indexes = new Map<string, SearchIndex>();
	#lastHits: {key: string; query: string; hits: readonly LineHit[]} | undefined;

	constructor(readonly document: Document) {}

	/** The lines of a section at a width. */
	lines(section: number, width: number, view: View, ascii: boolean): Line[] {
		const key = `${section}\u0000${viewKey(view, width, ascii)}`;
		let lines = this.#lines.get(key);
		if (lines) {
			// Least recently used goes first: touch this one.
			this.#lines.delete(key);
		} else {
			const data = this.document.comparison.sections[section];
			lines = data ? sectionLines(this.document, data, {width, view, ascii}) : [];
			// A long session of resizes must not keep every width it ever saw: a few layouts of
			// every section are enough to go back and forth.
			const oldest = this.#lines.keys().next();
			if (this.#lines.size >= 4 * this.document.comparison.sections.length && !oldest.done)
				this.#lines.delete(oldest.value);
		}
		this.#lines.set(key, lines);
		return lines;
	}

	/** Every hit of a query across all sections, laid out at this width and view. */
	hits(query: string, width: number, view: View, ascii: boolean): readonly LineHit[] {
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

/** The view a state asks for: shown subjects in their order, and differences only or not. */
export function viewOf(comparison: Comparison, state: BrowserState): View {
	const subjects = state.order
		.filter((id) => !state.hidden.includes(id))
		.map((id) => comparison.subjects.find((subject) => subject.id === id))
		.filter((subject) => subject !== undefined);
	return {subjects, differencesOnly: state.differences};
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
};

/** A line cut to a width, ending in an ellipsis when something was cut. */
export function ellipsize(line: Line, width: number): Line {
	if (lineWidth(line) <= width) return line;
	if (width <= 1) return truncateLine(line, width);
	return [...truncateLine(line, width - 1), span('…', Role.muted)];
}

/** The section bar: every section numbered, the current one marked by a glyph and by reverse video. */
export function sectionBar(titles: readonly string[], current: number, width: number, ascii: boolean): Line {
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
	if (first > 0) line.push(span(ascii ? '< ' : '‹ ', Role.muted));
	items.slice(first, last + 1).forEach((item, index) => {
		if (index > 0) line.push(span(' '.repeat(gap)));
		line.push(item);
	});
	if (last < items.length - 1) line.push(span(ascii ? ' >' : ' ›', Role.muted));
	return ellipsize(line, width);
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
			lines.push(
				...wrapSpans([span(binding.description)], width, {
					first: [span('  '), label, span('  ')],
					rest: [span(' '.repeat(labelWidth + 4))],
				}),
			);
		}
		lines.push([]);
	}
	return lines.slice(0, -1).map((line) => ellipsize(line, width));
}

/** The references list with the picked one marked; also where each reference starts. */
export function referencesOverlay(
	comparison: Comparison,
	width: number,
	picked: number | undefined,
	ascii: boolean,
): {lines: Line[]; starts: Map<number, number>} {
	const references = comparison.references ?? [];
	if (references.length === 0)
		return {
			lines: [...heading('References'), [span('This comparison cites no references.', Role.muted)]],
			starts: new Map(),
		};
	const lines = referenceLines(references, {width, ascii});
	const starts = new Map<number, number>();
	lines.forEach((line, index) => {
		const marker = /^\[(\d+)\]/.exec(line[0]?.text ?? '');
		if (marker && line[0]?.role === Role.ref) starts.set(Number(marker[1]), index);
	});
	const pickedLine = picked === undefined ? undefined : starts.get(picked);
	const marked = lines.map((line, index) =>
		index === pickedLine ? line.map((piece, at) => (at === 0 ? {...piece, role: Role.selected} : piece)) : line,
	);
	marked.push([], ...wrapSpans([span('Press a number to go to that reference.', Role.muted)], width));
	return {lines: marked, starts};
}

/** Where the comparison comes from: the source's metadata and notes. */
export function infoLines(comparison: Comparison, width: number): Line[] {
	const lines: Line[] = heading('About this comparison');
	const field = (name: string, value: string | undefined) => {
		if (!value) return;
		lines.push(
			...wrapSpans([span(value)], width, {
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
	field('Subjects', comparison.subjects.map((subject) => subject.name).join(', '));
	field('References', String((comparison.references ?? []).length));
	if (source?.machineGenerated) {
		lines.push([], ...wrapSpans([span('The source says it was generated by a machine.', Role.strong)], width));
	}
	if (source?.note) lines.push([], ...wrapSpans([span(source.note)], width));
	return lines;
}

/** The subjects picker: every subject in column order, shown or hidden, the cursor marked. */
export function columnsLines(comparison: Comparison, state: BrowserState, width: number, ascii: boolean): Line[] {
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

function tooSmall(size: Size): Line[] {
	const height = size.rows - 1;
	if (height <= 0 || size.columns <= 0) return [];
	const text = `Terminal too small: ${size.columns}×${size.rows}, need ${minimumSize.columns}×${minimumSize.rows}`;
	return wrapSpans([span(text, Role.strong)], size.columns)
		.slice(0, height)
		.map((line) => ellipsize(line, size.columns));
}

const overlayTitles = {help: 'Help', references: 'References', info: 'Info', columns: 'Subjects'} as const;

/** The frame for a state at a terminal size. */
export function frame(input: ScreenInput): Frame {
	const {cache, size, ascii} = input;
	const {comparison} = cache.document;
	const width = size.columns;
	const view = viewOf(comparison, input.state);
	const small = size.columns < minimumSize.columns || size.rows < minimumSize.rows;
	const compact = size.rows < 12;
	const header: Line[] = [ellipsize([span(comparison.title, Role.title | Role.strong)], width)];
	const source = sourceLine(comparison);
	if (!compact && source) header.push(ellipsize([span(source, Role.muted)], width));
	const bar: Line[] = [
		sectionBar(
			comparison.sections.map((section) => section.title),
			input.state.section,
			width,
			ascii,
		),
	];
	if (!compact) bar.push([span((ascii ? '-' : '─').repeat(width), Role.border)]);
	const pageHeight = Math.max(1, size.rows - 1 - header.length - bar.length - 1);

	const references =
		input.state.overlay === 'references'
			? referencesOverlay(comparison, width, input.state.reference, ascii)
			: undefined;
	const overlay =
		input.state.overlay === 'help'
			? helpLines(width)
			: input.state.overlay === 'info'
				? infoLines(comparison, width)
				: input.state.overlay === 'columns'
					? columnsLines(comparison, input.state, width, ascii)
					: (references?.lines ?? []);
	const extent: Extent = {
		sections: comparison.sections.length,
		pageHeight,
		sectionLines: (section) => cache.lines(section, width, view, ascii).length,
		overlayLines: overlay.length,
		// Only the references list sends reference commands, and it is open then.
		referenceLine: (id) => references?.starts.get(id),
		hits: (query) => cache.hits(query, width, view, ascii),
	};
	const state = fit(input.state, extent);
	if (small) return {lines: tooSmall(size), extent, state};

	const content = state.overlay ? overlay : cache.lines(state.section, width, view, ascii);
	const top = state.overlay ? state.overlayScroll : state.scroll;
	let pane = content.slice(top, top + pageHeight);
	const search = state.search;
	const hits = search && !state.overlay ? extent.hits(search.query) : [];
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
			if (hit.section !== state.section) continue;
			mark(hit, hit === current);
			// A hit the width broke over lines is marked on each of them.
			for (const range of hit.more ?? []) mark(range, hit === current);
		}
		pane = pane.map((line, index) => highlight(line, marks.get(index) ?? []));
	}
	while (pane.length < pageHeight) pane.push([]);

	const section = comparison.sections[state.section];
	const where = state.overlay
		? `${overlayTitles[state.overlay]}  ${percent(top, pageHeight, content.length)}`
		: `${section?.title ?? ''} ${state.section + 1}/${comparison.sections.length}  ${percent(top, pageHeight, content.length)}`;
	const hidden =
		section && !state.overlay && state.differences ? visibleRows(section, view, shownText(cache.document)).hidden : 0;
	const right = hidden > 0 ? `${hidden} ${hidden === 1 ? 'row' : 'rows'} hidden  ${where}` : where;

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
	} else if (search && !state.overlay) {
		const index = Math.min(search.current, Math.max(0, hits.length - 1));
		const hit = hits[index];
		const subject = comparison.subjects.find((candidate) => candidate.id === hit?.subject);
		const hitSection = hit ? comparison.sections[hit.section] : undefined;
		left =
			hit && hitSection
				? [
						span(`${index + 1}/${hits.length} ${placeName(hitSection, subject?.name)}`, Role.strong),
						span('  n/N next/prev', Role.muted),
					]
				: [span(`no matches for "${search.query}"`, Role.strong)];
	}
	if (state.notice) left = [span(state.notice, Role.strong)];
	const lines = [...header, ...bar, ...pane, footer(left, left.length > 0 ? [] : hints(context), right, width)];
	return {lines, extent, state};
}
