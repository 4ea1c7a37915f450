// The outline overlay (o): every heading of the document, sections numbered and the headings of
// their prose indented by level, the one the reader is at marked, filtered as the reader types.
import type {Heading} from '../layout/outline.js';
import {type Line, Role, type Span, span, textWidth} from '../layout/styled.js';
import {fuzzyMatch} from './fuzzy.js';
import {ellipsize} from './screen.js';
import type {OutlineMatches} from './state.js';

/** An entry the filter keeps, and which characters of its title matched. */
export type OutlineEntry = {readonly heading: Heading; readonly index: number; readonly positions: readonly number[]};

/**
 * The entries a filter keeps, in reading order (a heading keeps its place among the others), and
 * the one that fits best; every entry for an empty filter.
 */
export function filterOutline(outline: readonly Heading[], filter: string): {entries: OutlineEntry[]; best: number} {
	const entries: OutlineEntry[] = [];
	let best = 0;
	let bestScore = Number.NEGATIVE_INFINITY;
	outline.forEach((heading, index) => {
		const match = fuzzyMatch(filter, heading.title);
		if (!match) return;
		if (match.score > bestScore) {
			bestScore = match.score;
			best = entries.length;
		}
		entries.push({heading, index, positions: match.positions});
	});
	return {entries, best};
}

/** The same as the state reads it: where each entry goes. */
export function outlineMatches(outline: readonly Heading[], filter: string): OutlineMatches {
	const {entries, best} = filterOutline(outline, filter);
	return {
		targets: entries.map(({heading}) =>
			heading.heading === undefined ? {section: heading.section} : {section: heading.section, heading: heading.heading},
		),
		best,
	};
}

/**
 * The heading the reader is at: the last of the section's headings that starts at or above the top
 * of the page, else the section itself.
 */
export function outlineHere(
	outline: readonly Heading[],
	section: number,
	scroll: number,
	headingLine: (heading: number) => number | undefined,
): number {
	let here = outline.findIndex((entry) => entry.section === section && entry.heading === undefined);
	outline.forEach((entry, index) => {
		if (entry.section !== section || entry.heading === undefined) return;
		const line = headingLine(entry.heading);
		if (line !== undefined && line <= scroll) here = index;
	});
	return Math.max(0, here);
}

/** A title with the characters the filter matched marked. */
function marked(title: string, positions: readonly number[]): Span[] {
	if (positions.length === 0) return [span(title)];
	const spans: Span[] = [];
	let from = 0;
	for (const position of positions) {
		const end = position + ((title.codePointAt(position) ?? 0) > 0xffff ? 2 : 1);
		if (position > from) spans.push(span(title.slice(from, position)));
		spans.push(span(title.slice(position, end), Role.match));
		from = end;
	}
	if (from < title.length) spans.push(span(title.slice(from)));
	return spans;
}

/**
 * The outline's lines, one per entry: the chosen one pointed at and in reverse video, the one the
 * reader is at marked "◂ here" (kept when a long title is cut); while filtering, a heading of
 * prose says which section it is in.
 */
export function outlineLines(
	outline: readonly Heading[],
	options: {
		readonly filter: string;
		readonly cursor: number;
		readonly here: number;
		readonly width: number;
		readonly ascii: boolean;
	},
): Line[] {
	const {entries} = filterOutline(outline, options.filter);
	const {width, ascii} = options;
	if (entries.length === 0) return [[span(`No heading matches "${options.filter}".`, Role.muted)]];
	// Section numbers right-aligned, so that titles start in one column.
	const digits = String(Math.max(1, ...outline.map((entry) => entry.section + 1))).length;
	const sectionTitles = new Map(
		outline.filter((entry) => entry.heading === undefined).map((entry) => [entry.section, entry.title]),
	);
	return entries.map((entry, at) => {
		const {heading} = entry;
		const chosen = at === options.cursor;
		const pointer = span(chosen ? (ascii ? '> ' : '▶ ') : '  ', chosen ? Role.selected : Role.none);
		// A heading of prose under its section's title, deeper ones two columns further each.
		const level = Math.min(heading.level, 6);
		const indent = span(level === 0 ? '' : ' '.repeat(digits + 1 + 2 * (level - 1)));
		const number =
			heading.heading === undefined ? [span(`${String(heading.section + 1).padStart(digits)} `, Role.muted)] : [];
		const title: Span[] = marked(heading.title, entry.positions).map((piece) =>
			heading.heading === undefined ? {...piece, role: piece.role | Role.strong} : piece,
		);
		const where =
			options.filter !== '' && heading.heading !== undefined
				? [span(` · ${sectionTitles.get(heading.section) ?? ''}`, Role.muted)]
				: [];
		const here = entry.index === options.here ? [span(ascii ? ' < here' : ' ◂ here', Role.ref)] : [];
		const room = Math.max(1, width - textWidth(pointer.text) - textWidth(indent.text) - textWidth(here[0]?.text ?? ''));
		const body = ellipsize([...number, ...title, ...where], room);
		const line: Span[] = [pointer, indent, ...body, ...here];
		const shown = chosen ? line.map((piece) => ({...piece, role: piece.role | Role.selected})) : line;
		return ellipsize(shown, width);
	});
}
