// The browser's header: the title and what the source says of itself, folded into one line where
// they fit, so that the first screen shows the comparison. "machine-generated", when the source
// says so, is never cut: the other parts of the meta line give way first, then the title.
import {type Line, lineWidth, Role, type Span, span, textWidth} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {ellipsize} from './screen.js';

/** The one part of the meta line that always stays. */
export const machineGenerated = 'machine-generated';

const separator = ' · ';

/** The meta line's parts in the order they read, and the order they give way in (last first). */
function metaParts(comparison: Comparison): {text: string; keep: number}[] {
	const source = comparison.source;
	if (!source) return [];
	const parts = [
		{text: source.publisher ?? '', keep: 1},
		{text: source.date ?? '', keep: 2},
		{text: source.readingMinutes === undefined ? '' : `${source.readingMinutes} min read`, keep: 3},
		{text: source.wordCount === undefined ? '' : `${source.wordCount} words`, keep: 4},
		{text: source.machineGenerated ? machineGenerated : '', keep: 0},
	];
	return parts.filter((part) => part.text !== '');
}

/**
 * As many parts as fit in a width, in reading order: "machine-generated" first of all, then the
 * others by how much they say (publisher, date, reading time, words), each that fits taken.
 */
function fitParts(parts: readonly {text: string; keep: number}[], width: number): Span[] {
	const chosen = new Set<number>();
	let used = 0;
	const order = [...parts.keys()].sort((a, b) => (parts[a]?.keep ?? 0) - (parts[b]?.keep ?? 0));
	for (const index of order) {
		const part = parts[index] as {text: string; keep: number};
		const more = textWidth(part.text) + (chosen.size > 0 ? separator.length : 0);
		if (used + more > width && part.keep !== 0) continue;
		chosen.add(index);
		used += more;
	}
	const spans: Span[] = [];
	parts.forEach((part, index) => {
		if (!chosen.has(index)) return;
		if (spans.length > 0) spans.push(span(separator, Role.muted));
		spans.push(span(part.text, part.keep === 0 ? Role.label : Role.muted));
	});
	return spans;
}

/**
 * The header lines at a width: the title and the meta line on one line when the title and at least
 * "machine-generated" fit beside each other (the other parts of the meta line as they fit); else
 * the title on a line of its own, cut to the width, and the meta line under it (in a compact
 * header, one line: what is left of the title, then "machine-generated").
 */
export function titleLines(comparison: Comparison, width: number, compact: boolean): Line[] {
	const title = span(comparison.title, Role.title | Role.strong);
	const parts = metaParts(comparison);
	const must = parts.filter((part) => part.keep === 0);
	const titleWidth = textWidth(comparison.title);
	const mustWidth = must.reduce((sum, part) => sum + textWidth(part.text), 0);
	const room = width - titleWidth - separator.length;
	if (parts.length === 0) return [ellipsize([title], width)];
	if (room >= mustWidth) {
		const meta = fitParts(parts, room);
		if (meta.length > 0) return [[title, span(separator, Role.muted), ...meta]];
		// Nothing fits beside the title: the meta line under it, where there is room for a line.
		if (compact) return [[title]];
	} else if (compact) {
		if (must.length === 0) return [ellipsize([title], width)];
		const left = width - mustWidth - separator.length;
		const warning = fitParts(must, width);
		return [
			left >= 2 ? [...ellipsize([title], left), span(separator, Role.muted), ...warning] : ellipsize(warning, width),
		];
	}
	const meta = fitParts(parts, width);
	return [ellipsize([title], width), lineWidth(meta) <= width ? meta : ellipsize(meta, width)];
}
