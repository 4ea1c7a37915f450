// The interactive screen as lines: header, section bar, the visible slice of the section, footer.
// Pure: the Ink components only draw what this returns, so every frame can be tested exactly and
// a key press costs the lines on screen, not the length of the section.
import {type BrowserState, type Extent, fit} from './browser.js';
import {type Document, sectionLines, sourceLine} from './document.js';
import {hints, type KeyContext, keymap} from './keymap.js';
import {type Line, lineWidth, Role, type Span, span, textWidth, truncateLine} from './layout/styled.js';
import {wrapSpans} from './layout/wrap.js';
import type {View} from './view.js';

/** The smallest terminal the browser draws in; below it, it says so until the terminal grows. */
export const minimumSize = {columns: 20, rows: 6} as const;

/** Terminal size in cells. */
export type Size = {readonly columns: number; readonly rows: number};

/** Section layouts by section, width and view: a section is laid out once per width, then reused. */
export class LayoutCache {
	readonly #entries = new Map<string, Line[]>();

	constructor(readonly document: Document) {}

	/** The lines of a section at a width. */
	lines(section: number, width: number, view: View, ascii: boolean): Line[] {
		const key = `${section}\u0000${width}\u0000${ascii}\u0000${view.differencesOnly}\u0000${view.subjects.map((subject) => subject.id).join(',')}`;
		let lines = this.#entries.get(key);
		if (!lines) {
			const data = this.document.comparison.sections[section];
			lines = data ? sectionLines(this.document, data, {width, view, ascii}) : [];
			// A long session of resizes must not keep every width it ever saw.
			if (this.#entries.size >= 64) this.#entries.clear();
			this.#entries.set(key, lines);
		}
		return lines;
	}
}

/** Everything a frame depends on. */
export type ScreenInput = {
	readonly cache: LayoutCache;
	readonly view: View;
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

/** The help overlay: every binding of the keymap with its keys and what it does. */
export function helpLines(width: number): Line[] {
	const labelWidth = Math.min(16, Math.max(...keymap.map((binding) => textWidth(binding.label))));
	const lines: Line[] = [[span('Keys', Role.heading | Role.strong)], []];
	const sections: [KeyContext, string][] = [
		['browse', 'While browsing'],
		['overlay', 'In this help'],
	];
	for (const [context, title] of sections) {
		lines.push([span(title, Role.label)]);
		for (const binding of keymap) {
			if (binding.context !== context && !(binding.context === 'any' && context === 'browse')) continue;
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

function footer(left: readonly string[], right: string, width: number): Line {
	const rightSpan = span(right, Role.muted);
	const rightWidth = textWidth(right);
	if (rightWidth >= width) return ellipsize([rightSpan], width);
	// Drop hints from the end until they fit beside the position.
	for (let count = left.length; count >= 0; count--) {
		const text = left.slice(0, count).join('  ');
		const used = textWidth(text) + rightWidth;
		if (used + (count > 0 ? 2 : 0) <= width) {
			return [span(text, Role.muted), span(' '.repeat(width - used)), rightSpan];
		}
	}
	return [rightSpan];
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

/** The frame for a state at a terminal size. */
export function frame(input: ScreenInput): Frame {
	const {cache, view, size, ascii} = input;
	const {comparison} = cache.document;
	const width = size.columns;
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
	const help = helpLines(width);
	const extent: Extent = {
		sections: comparison.sections.length,
		pageHeight,
		sectionLines: (section) => cache.lines(section, width, view, ascii).length,
		overlayLines: help.length,
	};
	const state = fit(input.state, extent);
	if (small) return {lines: tooSmall(size), extent, state};

	const content = state.overlay === 'help' ? help : cache.lines(state.section, width, view, ascii);
	const top = state.overlay ? state.overlayScroll : state.scroll;
	const pane = content.slice(top, top + pageHeight);
	while (pane.length < pageHeight) pane.push([]);

	const current = comparison.sections[state.section];
	const position = state.overlay
		? `Help  ${percent(top, pageHeight, content.length)}`
		: `${current?.title ?? ''} ${state.section + 1}/${comparison.sections.length}  ${percent(top, pageHeight, content.length)}`;
	const lines = [...header, ...bar, ...pane, footer(hints(state.overlay ? 'overlay' : 'browse'), position, width)];
	return {lines, extent, state};
}
