import displayWidth, {graphemeClusters, isNarrow} from './display-width.js';

/**
 * What a piece of text is, not how it looks: a theme turns these roles into terminal styles, and
 * plain output ignores them. Roles combine as bits (a link inside bold text is STRONG | LINK).
 */
export const Role = {
	none: 0,
	strong: 1,
	em: 2,
	code: 4,
	link: 8,
	ref: 16,
	heading: 32,
	title: 64,
	border: 128,
	label: 256,
	muted: 512,
	match: 1024,
	current: 2048,
	del: 4096,
	subject: 8192,
	bar: 16384,
	selected: 32768,
	/** A forced line break (markdown's trailing backslash or two spaces). */
	break: 65536,
	/**
	 * An empty span that starts a line where wrapping continued the text of the line above, after
	 * a space (wrapped) or inside a word too wide for the line (wrappedInWord). Search joins the two
	 * lines there, so a phrase is found wherever the width broke it; nothing draws it.
	 */
	wrapped: 131072,
	wrappedInWord: 262144,
	/** Tokens of highlighted code (highlight/highlight.ts), on top of code. */
	codeKeyword: 524288,
	codeString: 1048576,
	codeComment: 2097152,
	/** Numbers and literals (true, None). */
	codeNumber: 4194304,
	/** Names being defined: functions, classes, sections. */
	codeTitle: 8388608,
	/** Types and built-ins. */
	codeType: 16777216,
	/** Decorators, attributes, annotations, variables. */
	codeMeta: 33554432,
	/**
	 * The reader's own words (a note on a cell the source is silent on): drawn in a style of their
	 * own, after a ✎, so that they never pass for what the source says.
	 */
	own: 67108864,
} as const;

/**
 * Where a line of a table belongs, carried by an empty span at the end of each of the table's
 * lines (nothing draws it): the browser pins a side-by-side table's header while its rows scroll
 * by, and pans a table wider than the screen.
 */
export type TableMark = {
	/** The table's number among the tables laid out with it (a section's, from 0). */
	readonly index: number;
	/** Lines of the header row and the rule under it (0 for a table stacked into blocks). */
	readonly header: number;
	/**
	 * Which columns show when the table is panned (numbered from 1, the frozen first column being
	 * 1): from and to of `of`, and the pan that shows them, of at most `maxPan`.
	 */
	readonly panned?: {
		readonly from: number;
		readonly to: number;
		readonly of: number;
		readonly pan: number;
		readonly maxPan: number;
	};
};

/**
 * A run of text with one set of roles. href makes it a hyperlink where the terminal allows;
 * subject names the subject whose table cell the text comes from (search reports it); row marks
 * the criterion of a section's table row, by its index in the table (the evidence view finds the
 * row there); heading marks a heading of a section's prose, by its index among them (the outline
 * finds it there); column
 * names the header of a table of the subjects' other columns (the label's, a field's) the
 * text is in, when it has one (search reports it); table marks a line
 * of a table (on an empty span).
 */
export type Span = {
	readonly text: string;
	readonly role: number;
	readonly href?: string;
	readonly subject?: string;
	readonly row?: number;
	readonly heading?: number;
	readonly column?: string;
	readonly table?: TableMark;
};

/** One screen line: spans laid end to end, never wider than the width it was laid out for. */
export type Line = readonly Span[];

/**
 * Appends items to an array one by one and returns it. push(...items) passes every item as an
 * argument, and V8 throws a RangeError past about 120,000 of them: a section of 100,000 lines.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
	// Indexed: a for-of allocates in V8's interpreter, where a print runs most of its code.
	for (let index = 0; index < items.length; index++) target.push(items[index] as T);
	return target;
}

/** The largest of some numbers, or `empty` when there are none (Math.max(...) has the same limit as push). */
export function largest(values: readonly number[], empty = 0): number {
	let result = values.length === 0 ? empty : Number.NEGATIVE_INFINITY;
	for (let index = 0; index < values.length; index++)
		if ((values[index] as number) > result) result = values[index] as number;
	return result;
}

/** Makes a span; role defaults to none. */
export function span(text: string, role: number = Role.none, href?: string): Span {
	return href === undefined ? {text, role} : {text, role, href};
}

const printableAscii = /^[\x20-\x7e]*$/;

/** Columns a string takes in a terminal (CJK and emoji count two). */
export function textWidth(text: string): number {
	return printableAscii.test(text) ? text.length : displayWidth(text);
}

/** Columns a line takes. */
export function lineWidth(line: Line): number {
	let width = 0;
	for (let index = 0; index < line.length; index++) width += textWidth((line[index] as Span).text);
	return width;
}

/** The table a line belongs to, when it is a line of a side-by-side table. */
export function tableMarkOf(line: Line): TableMark | undefined {
	// The mark is the line's last span; a search hit's highlighting may have dropped it.
	const last = line.at(-1);
	return last?.table;
}

/** The text of a line without any styling. */
export function lineText(line: Line): string {
	let text = '';
	for (let index = 0; index < line.length; index++) text += (line[index] as Span).text;
	return text;
}

/** Splits text into grapheme clusters, the units a terminal draws. */
export function graphemes(text: string): string[] {
	// One-column text has one code unit per cluster: nothing to look up.
	if (isNarrow(text)) return text.split('');
	return graphemeClusters(text);
}

/** Pads a line with spaces to a width (no-op when it is already as wide). */
export function padLine(line: Line, width: number): Line {
	const missing = width - lineWidth(line);
	return missing > 0 ? [...line, span(' '.repeat(missing))] : line;
}

/** Cuts a line to at most width columns, never splitting a wide character in half. */
export function truncateLine(line: Line, width: number): Line {
	const result: Span[] = [];
	let used = 0;
	for (const piece of line) {
		const pieceWidth = textWidth(piece.text);
		if (used + pieceWidth <= width) {
			result.push(piece);
			used += pieceWidth;
			continue;
		}
		let text = '';
		for (const cluster of graphemes(piece.text)) {
			const clusterWidth = textWidth(cluster);
			if (used + clusterWidth > width) break;
			text += cluster;
			used += clusterWidth;
		}
		if (text !== '') result.push({...piece, text});
		break;
	}
	return result;
}
