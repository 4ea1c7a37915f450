import {append, type Line, lineWidth, Role, type Span, span, textWidth} from './styled.js';
import {wrapSpans} from './wrap.js';

/** How a column's text is aligned in its cells. */
export type Alignment = 'left' | 'center' | 'right';

/** A table to lay out: a header row and body rows, each a list of cells made of spans. */
export type TableInput = {
	readonly header: readonly (readonly Span[])[];
	readonly rows: readonly (readonly (readonly Span[])[])[];
	/** Each column's alignment as the source wrote it (undefined: as text reads, from the left). */
	readonly align?: readonly (Alignment | undefined)[];
};

/** How a table is drawn. */
export type TableOptions = {
	readonly width: number;
	/** Draw borders with ASCII (| - +) instead of box-drawing characters. */
	readonly ascii?: boolean;
	/**
	 * How a table too wide for its columns is stacked: a block per column after the first (a
	 * comparison's subjects, the default), or a record per row ("column: value" under the row's
	 * first cell), which reads better where the rows are the things compared.
	 */
	readonly stack?: 'columns' | 'records';
};

/** Narrower than this, a column stops being readable and the table is stacked instead. */
export const minColumnWidth = 8;
/** Long words (URLs) do not widen a column past this; they are broken instead. */
const longestUnbrokenWord = 16;

const separatorWidth = 3;

// Spans of spaces by width, shared: a table pads most of its cells, and spans are never changed.
const paddings: Span[] = [];
function padding(width: number): Span {
	let found = paddings[width];
	if (!found) {
		found = span(' '.repeat(width));
		paddings[width] = found;
	}
	return found;
}

function border(ascii: boolean | undefined) {
	return ascii ? {vertical: '|', horizontal: '-', cross: '+'} : {vertical: '│', horizontal: '─', cross: '┼'};
}

function cellWidths(cell: readonly Span[]): {natural: number; longestWord: number} {
	let natural = 0;
	let line = 0;
	let longestWord = 0;
	let word = 0;
	for (const piece of cell) {
		// A line break (<br> in a cell) ends a line and a word: the cell is as wide as its widest line.
		if (piece.role & Role.break) {
			natural = Math.max(natural, line);
			line = 0;
			longestWord = Math.max(longestWord, word);
			word = 0;
			continue;
		}
		const text = piece.text;
		line += textWidth(text);
		// Words between spaces, found by index rather than by splitting: every cell of every table
		// is measured, and printing allocates as little as it can (see wrap.ts).
		const ascii = printableAscii.test(text);
		for (let start = 0; ; ) {
			const space = text.indexOf(' ', start);
			const end = space === -1 ? text.length : space;
			if (end > start) word += ascii ? end - start : textWidth(text.slice(start, end));
			if (space === -1) break;
			longestWord = Math.max(longestWord, word);
			word = 0;
			start = space + 1;
		}
	}
	return {natural: Math.max(natural, line), longestWord: Math.max(longestWord, word)};
}

const printableAscii = /^[\x20-\x7e]*$/;

/** The first column holds row labels, which read well narrower than the cells beside them. */
const labelWeight = 0.6;

/**
 * Column widths for the table at a width, or undefined when even the narrowest readable columns
 * do not fit. Columns take their natural width when the table fits. Otherwise the room is shared
 * like water poured into the columns: each column is filled to a common level (the label column to
 * a lower one), never below its readable minimum nor above its natural width, so one long column
 * cannot starve the others.
 */
export function columnWidths(table: TableInput, width: number): number[] | undefined {
	const count = table.header.length;
	const natural = new Array<number>(count).fill(0);
	const longest = new Array<number>(count).fill(0);
	for (const row of [table.header, ...table.rows]) {
		row.forEach((cell, index) => {
			const measured = cellWidths(cell);
			natural[index] = Math.max(natural[index] ?? 0, measured.natural);
			longest[index] = Math.max(longest[index] ?? 0, measured.longestWord);
		});
	}
	const available = width - separatorWidth * (count - 1);
	const minimum = natural.map((want, index) =>
		Math.max(1, Math.min(want, Math.max(minColumnWidth, Math.min(longest[index] ?? 0, longestUnbrokenWord)))),
	);
	const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
	if (sum(minimum) > available) return undefined;
	if (sum(natural) <= available) return natural;
	const weight = (index: number) => (index === 0 && count > 2 ? labelWeight : 1);
	const at = (level: number) =>
		natural.map((want, index) => Math.min(want, Math.max(minimum[index] ?? 0, Math.floor(weight(index) * level))));
	// The highest level whose widths still fit; widths grow with the level, so bisect.
	let low = 0;
	// Whole numbers only: with a fractional bound the bisection would never close.
	let high = Math.ceil(Math.max(...natural) / labelWeight) + 1;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (sum(at(middle)) <= available) low = middle;
		else high = middle;
	}
	const widths = at(low);
	// Flooring leaves a few columns spare: give them one by one to the columns furthest from natural.
	for (let spare = available - sum(widths); spare > 0; spare--) {
		let best = -1;
		for (let index = 0; index < count; index++) {
			const room = (natural[index] ?? 0) - (widths[index] ?? 0);
			if (room > 0 && (best === -1 || room > (natural[best] ?? 0) - (widths[best] ?? 0))) best = index;
		}
		if (best === -1) break;
		widths[best] = (widths[best] ?? 0) + 1;
	}
	return widths;
}

/**
 * Rows laid out between two pauses of {@link tableParts}: a 1,000-row table is 16 parts of a few
 * milliseconds, so laying it out ahead of the reader never holds a key back for long.
 */
export const rowsPerPart = 64;

function* sideBySide(table: TableInput, widths: readonly number[], options: TableOptions): Generator<Line[]> {
	const {vertical, horizontal, cross} = border(options.ascii);
	const separator = span(` ${vertical} `, Role.border);
	const rule: Line = [
		span(widths.map((width) => horizontal.repeat(width)).join(`${horizontal}${cross}${horizontal}`), Role.border),
	];
	let lines: Line[] = [];
	const drawRow = (cells: readonly (readonly Span[])[], role: number) => {
		const wrapped = cells.map((cell, index) =>
			wrapSpans(
				role === Role.none ? cell : cell.map((piece) => ({...piece, role: piece.role | role})),
				widths[index] ?? 1,
			),
		);
		const height = Math.max(...wrapped.map((cellLines) => cellLines.length));
		const last = wrapped.length - 1;
		for (let lineIndex = 0; lineIndex < height; lineIndex++) {
			const line: Span[] = [];
			for (let index = 0; index <= last; index++) {
				if (index > 0) line.push(separator);
				const content = (wrapped[index] as Line[])[lineIndex] ?? [];
				for (const piece of content) line.push(piece);
				// The last column is not padded: plain output has no trailing spaces.
				if (index < last) {
					const missing = (widths[index] ?? 0) - lineWidth(content);
					if (missing > 0) line.push(padding(missing));
				}
			}
			lines.push(line);
		}
	};
	// A table without a header (an HTML table of <td> rows only) starts with its first row.
	const headed = !table.header.every(isBlank);
	if (headed) {
		drawRow(table.header, Role.subject);
		lines.push(rule);
	}
	for (const [index, row] of table.rows.entries()) {
		if (index > 0) lines.push(rule);
		drawRow(row, Role.none);
		if (index % rowsPerPart === rowsPerPart - 1) {
			yield lines;
			lines = [];
		}
	}
	yield lines;
}

/**
 * The stacked form for narrow widths: one block per column after the first, headed by the
 * column's name, with each row as "label: value" wrapped under a hanging indent.
 */
function stacked(table: TableInput, options: TableOptions): Line[] {
	const lines: Line[] = [];
	const [, ...columns] = table.header;
	columns.forEach((name, offset) => {
		const column = offset + 1;
		if (offset > 0) lines.push([]);
		append(
			lines,
			wrapSpans(
				name.map((piece) => ({...piece, role: piece.role | Role.subject})),
				options.width,
			),
		);
		for (const row of table.rows) {
			const label = (row[0] ?? []).map((piece) => ({...piece, role: piece.role | Role.label}));
			const value = row[column] ?? [];
			append(
				lines,
				wrapSpans([...label, span(': ', Role.label), ...value], options.width, {
					first: [span('  ')],
					rest: [span('    ')],
				}),
			);
		}
	});
	return lines;
}

function isBlank(cell: readonly Span[] | undefined): boolean {
	return (cell ?? []).every((piece) => piece.text.trim() === '');
}

/**
 * The stacked form by rows: each row a record, its first cell as the heading and each other
 * non-empty cell as "column: value" under a hanging indent.
 */
function records(table: TableInput, options: TableOptions): Line[] {
	const lines: Line[] = [];
	// Each column's "name: " once, not once per row.
	const labels = table.header.map((name): Span[] =>
		isBlank(name) ? [] : [...name.map((piece) => ({...piece, role: piece.role | Role.label})), span(': ', Role.label)],
	);
	const step = options.width >= 12 ? 2 : 0;
	const indents = [span(''), span(' '.repeat(step)), span(' '.repeat(2 * step))];
	table.rows.forEach((row, index) => {
		if (index > 0) lines.push([]);
		const [first, ...cells] = row;
		// Indents only where they leave room: a record laid out very narrow (in a deep list) keeps
		// every line within the width.
		const indent = isBlank(first) ? 0 : 1;
		if (!isBlank(first))
			lines.push(
				...wrapSpans(
					[...(labels[0] ?? []), ...(first ?? []).map((piece) => ({...piece, role: piece.role | Role.strong}))],
					options.width,
					{rest: [indents[1] as Span]},
				),
			);
		cells.forEach((value, offset) => {
			if (isBlank(value)) return;
			lines.push(
				...wrapSpans([...(labels[offset + 1] ?? []), ...value], options.width, {
					first: [indents[indent] as Span],
					rest: [indents[indent + 1] as Span],
				}),
			);
		});
	});
	return lines;
}

/**
 * Lays out a table at a width: side by side when every column can stay readable, otherwise
 * stacked. Every line is at most options.width columns; no column or cell is ever dropped.
 */
export function layoutTable(table: TableInput, options: TableOptions): Line[] {
	const lines: Line[] = [];
	for (const part of tableParts(table, options)) append(lines, part);
	return lines;
}

/**
 * The same lines in parts: side by side, {@link rowsPerPart} rows at a time (the stacked forms,
 * for narrow widths, in one part), so that a caller can stop between parts and go on later.
 */
export function* tableParts(table: TableInput, options: TableOptions): Generator<Line[]> {
	const widths = columnWidths(table, options.width);
	if (widths) yield* sideBySide(table, widths, options);
	else yield options.stack === 'records' ? records(table, options) : stacked(table, options);
}
