// Tables at a width. Side by side as a browser lays out an automatic table (CSS 2.1 §17.5.2.2):
// each column has a minimum (its longest word) and a preferred width (its longest cell on one
// line); when the minimums fit, no word is broken, and the width left over goes to the columns
// short of their preferred width. Browsers share it in proportion to what each lacks; a terminal
// pays a whole line for each wrapped cell, so here that sharing is one of a few, and the one whose
// rows take the fewest lines wins. Stacked, one block per subject or one record per row, only
// when the minimums cannot fit; the browser pans such a table instead, its first column frozen.
// Links in cells show their text, numbered, and their addresses are listed under the table.
import {append, type Line, lineText, lineWidth, Role, type Span, span, type TableMark, textWidth} from './styled.js';
import {breakPlans, wrapSpans} from './wrap.js';

/** How a column's text sits in its width, as a GFM table's delimiter row says (`:--`, `:-:`, `--:`). */
export type Alignment = 'left' | 'center' | 'right';

/** A table to lay out: a header row and body rows, each a list of cells made of spans. */
export type TableInput = {
	readonly header: readonly (readonly Span[])[];
	readonly rows: readonly (readonly (readonly Span[])[])[];
	/**
	 * Each column's alignment as the source writes it; undefined where it says nothing, and then a
	 * column whose cells are all numbers is right-aligned, any other left-aligned.
	 */
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
	/**
	 * What a table too wide for its columns' minimums becomes: stacked (printed output, the
	 * default), or panned (the browser): side by side with its first column frozen and as many of
	 * the others as fit, from the `pan`th after the first on.
	 */
	readonly wide?: 'stack' | 'pan';
	/** Columns after the first scrolled out of view, in a panned table (kept in range). */
	readonly pan?: number;
	/** The table's number among the tables laid out with it, carried by its lines' marks. */
	readonly index?: number;
};

/**
 * Words up to this long are never broken while the table is side by side: a column's minimum is
 * at least its longest word of up to this many columns, and a table whose minimums do not fit is
 * stacked (or panned) instead.
 */
export const unbrokenWord = 15;
/**
 * Longer words (paths, package names) keep their whole length as the minimum while it fits, up to
 * this; a longer token (a URL, a hash) is a column's minimum only this far, and is broken.
 */
const longestUnbrokenWord = 30;
/** In a panned table, the floor of a column's minimum when not even two columns fit at words of 15. */
const narrowestPanned = 8;

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

const printableAscii = /^[\x20-\x7e]*$/;

// What cellWidths found, in variables rather than a new object per cell: every cell of every table
// is measured, and printing allocates as little as it can (see wrap.ts).
let measuredNatural = 0;
let measuredLongestWord = 0;
let measuredBreak = false;

/**
 * Measures a cell: its widest line on one line, its longest word, whether it holds a line break;
 * and, given a list, adds the width of each of its words to it (-1 for a line break).
 */
function measureCell(cell: readonly Span[], words?: number[]): void {
	let natural = 0;
	let line = 0;
	let longestWord = 0;
	let word = 0;
	let broken = false;
	const plans = breakPlans(cell);
	for (let index = 0; index < cell.length; index++) {
		const piece = cell[index] as Span;
		// A line break (<br> in a cell) ends a line and a word: the cell is as wide as its widest line.
		if (piece.role & Role.break) {
			natural = Math.max(natural, line);
			line = 0;
			longestWord = Math.max(longestWord, word);
			if (words) {
				if (word > 0) words.push(word);
				words.push(-1);
			}
			word = 0;
			broken = true;
			continue;
		}
		const text = piece.text;
		line += textWidth(text);
		// Text with East Asian characters breaks where wrapping breaks it (wrap.ts): also between
		// ideographs, and never at a space before ），。 or "/": its words are what lies between.
		const plan = plans?.[index];
		if (plan) {
			const glue = plan.glue ?? [];
			const inner = plan.inner ?? [];
			let start = 0;
			for (let at = 0; at <= text.length; at++) {
				const space = at < text.length && text.charCodeAt(at) === 0x20 && !glue.includes(at);
				if (!(at === text.length || space || inner.includes(at))) continue;
				if (at > start) word += textWidth(text.slice(start, at));
				if (at === text.length) break;
				longestWord = Math.max(longestWord, word);
				if (words && word > 0) words.push(word);
				word = 0;
				start = space ? at + 1 : at;
			}
			continue;
		}
		// Words between spaces, found by index rather than by splitting.
		const ascii = printableAscii.test(text);
		for (let start = 0; ; ) {
			const space = text.indexOf(' ', start);
			const end = space === -1 ? text.length : space;
			if (end > start) word += ascii ? end - start : textWidth(text.slice(start, end));
			if (space === -1) break;
			longestWord = Math.max(longestWord, word);
			if (words && word > 0) words.push(word);
			word = 0;
			start = space + 1;
		}
	}
	if (words && word > 0) words.push(word);
	measuredNatural = Math.max(natural, line);
	measuredLongestWord = Math.max(longestWord, word);
	measuredBreak = broken;
}

/** What a table's layout needs to know of its cells, measured once whatever the width. */
type Measure = {
	/** Columns: the header's, or the longest row's if longer. */
	readonly count: number;
	/** Each column's longest cell on one line (its preferred width). */
	readonly natural: number[];
	/** Each column's longest word. */
	readonly longest: number[];
	/** Each body cell's width on one line, row after row (Infinity for a cell with a line break). */
	readonly cells: Float64Array;
	readonly rows: number;
	/**
	 * The words of the body cells of some rows (all of a short table, a few hundred spread over a
	 * long one), to count the lines each way of sharing the width gives: their widths one after
	 * the other (-1 a line break), and where each row's cells start (one offset a cell, and one
	 * after the last).
	 */
	readonly sample: {readonly rows: readonly number[]; readonly words: readonly number[]; readonly starts: Int32Array};
};

/** Rows whose words are kept to judge a sharing of the width by: enough to judge it, few enough to be quick. */
const sampledRows = 200;

function columnCount(table: TableInput): number {
	let count = table.header.length;
	for (const row of table.rows) count = Math.max(count, row.length);
	return count;
}

/**
 * Measures a table's cells. In a column of numbers a cell's line is one word: a figure is never
 * parted from its unit (`3.6863 ms`).
 */
function measure(table: TableInput, numeric: readonly boolean[]): Measure {
	const count = columnCount(table);
	const natural = new Array<number>(count).fill(0);
	const longest = new Array<number>(count).fill(0);
	const cells = new Float64Array(table.rows.length * count);

	table.header.forEach((cell, column) => {
		measureCell(cell);
		if (measuredNatural > (natural[column] ?? 0)) natural[column] = measuredNatural;
		if (measuredLongestWord > (longest[column] ?? 0)) longest[column] = measuredLongestWord;
	});
	// Every row of a short table; of a long one, one row in each of sampledRows stretches, at a
	// place in its stretch that moves by the golden ratio, so that rows repeating every few (as
	// generated tables do) are not all met at the same phase.
	const size = Math.min(table.rows.length, sampledRows);
	const picked = new Uint8Array(table.rows.length);
	for (let stretch = 0; stretch < size; stretch++) {
		const phase = (stretch * 0.6180339887) % 1;
		picked[Math.min(table.rows.length - 1, Math.floor(((stretch + phase) * table.rows.length) / size))] = 1;
	}
	const sampled: number[] = [];
	const words: number[] = [];
	const starts = new Int32Array(size * count + 1);
	table.rows.forEach((row, index) => {
		const sampling = picked[index] === 1;
		if (sampling) sampled.push(index);
		for (let column = 0; column < count; column++) {
			if (sampling) starts[(sampled.length - 1) * count + column] = words.length;
			if (column >= row.length) continue;
			measureCell(row[column] as Span[], sampling ? words : undefined);
			const whole = numeric[column] === true;
			if (measuredNatural > (natural[column] ?? 0)) natural[column] = measuredNatural;
			const word = whole && !measuredBreak ? measuredNatural : measuredLongestWord;
			if (word > (longest[column] ?? 0)) longest[column] = word;
			cells[index * count + column] = measuredBreak ? Number.POSITIVE_INFINITY : measuredNatural;
		}
	});
	starts[sampled.length * count] = words.length;
	return {count, natural, longest, cells, rows: table.rows.length, sample: {rows: sampled, words, starts}};
}

// The functions from here to columnWidths run hundreds of times for every table, before anything
// is printed, and mostly in V8's interpreter: they use indexed loops and allocate as little as they
// can (a for-of allocates an iterator and a result object a step there, and what is allocated is
// collected in pauses of milliseconds).

function sum(values: readonly number[]): number {
	let total = 0;
	for (let index = 0; index < values.length; index++) total += values[index] ?? 0;
	return total;
}

/** A column's minimum when no word longer than `cap` keeps its whole length. */
function minimumOf(measured: Measure, column: number, cap: number): number {
	return Math.max(1, Math.min(measured.natural[column] ?? 0, measured.longest[column] ?? 0, cap));
}

/** The columns' minimums when no word longer than `cap` keeps its whole length. */
function minimums(measured: Measure, columns: readonly number[], cap: number): number[] {
	const widths = new Array<number>(columns.length);
	for (let index = 0; index < columns.length; index++) widths[index] = minimumOf(measured, columns[index] ?? 0, cap);
	return widths;
}

/** The sum of the columns' minimums at `cap`. */
function minimumsSum(measured: Measure, columns: readonly number[], cap: number): number {
	let total = 0;
	for (let index = 0; index < columns.length; index++) total += minimumOf(measured, columns[index] ?? 0, cap);
	return total;
}

/**
 * Widths for some of a table's columns side by side in `available` columns (separators already
 * taken off), or undefined when their minimums do not fit with words of up to `floor` whole.
 * Longer words keep their length while it fits (up to longestUnbrokenWord); then the room left
 * goes to the columns short of their preferred width, in proportion to how short they are.
 */
function fit(
	measured: Measure,
	columns: readonly number[],
	available: number,
	floor = unbrokenWord,
): number[] | undefined {
	let cap = floor;
	if (minimumsSum(measured, columns, cap) > available) return undefined;
	let longestWord = 0;
	for (let index = 0; index < columns.length; index++)
		longestWord = Math.max(longestWord, measured.longest[columns[index] ?? 0] ?? 0);
	while (cap < Math.min(longestWord, longestUnbrokenWord) && minimumsSum(measured, columns, cap + 1) <= available)
		cap++;
	const widths = minimums(measured, columns, cap);
	const lacks = new Array<number>(columns.length);
	for (let index = 0; index < columns.length; index++)
		lacks[index] = Math.max(0, (measured.natural[columns[index] ?? 0] ?? 0) - (widths[index] ?? 0));
	const spare = available - sum(widths);
	const lacking = sum(lacks);
	if (lacking <= spare) return widths.map((width, index) => width + (lacks[index] ?? 0));
	// Ways of sharing the room left, each judged by the lines its sampled rows take (fewest wins):
	// in proportion to what each column lacks, weighted by how many of its cells wrap (the columns
	// that wrap most get most); in proportion to what each lacks; the same to each, up to what it
	// lacks (a column that lacks little is made whole); every column filled to a common width, or
	// every column but one.
	const wrapping = new Array<number>(columns.length);
	for (let index = 0; index < columns.length; index++) {
		const column = columns[index] ?? 0;
		const width = widths[index] ?? 0;
		let count = 0;
		for (let row = 0; row < measured.rows; row++)
			if ((measured.cells[row * measured.count + column] ?? 0) > width) count++;
		wrapping[index] = count;
	}
	const candidates = [
		distribute(
			widths,
			lacks,
			lacks.map((lack, index) => lack * (wrapping[index] ?? 0)),
			spare,
		),
		distribute(widths, lacks, lacks, spare),
		distribute(
			widths,
			lacks,
			lacks.map(() => 1),
			spare,
		),
		levelled(widths, lacks, spare),
		// A column held at its minimum and the others filled to a common width: labels that wrap
		// to two lines cost nothing beside cells that take three either way.
		...columns.map((_, held) =>
			levelled(
				widths,
				lacks.map((lack, index) => (index === held ? 0 : lack)),
				spare,
			),
		),
	];
	const counts: LineCounts = [];
	let best = candidates[0] as number[];
	let fewest = Number.POSITIVE_INFINITY;
	for (let index = 0; index < candidates.length; index++) {
		const candidate = candidates[index] as number[];
		const lines = sampledLines(measured, columns, candidate, counts);
		if (lines < fewest) {
			fewest = lines;
			best = candidate;
		}
	}
	return improved(measured, columns, best, widths, lacks, counts);
}

/**
 * The best sharing made better, a few columns at a time: a column moved from one column to
 * another wherever that saves lines of the sampled rows, until no move does (12 rounds at most, so
 * that a long table costs a bounded time: a few milliseconds for the 1,000-row table).
 */
function improved(
	measured: Measure,
	columns: readonly number[],
	start: readonly number[],
	minimums: readonly number[],
	lacks: readonly number[],
	counts: LineCounts,
): number[] {
	// Moves are tried on the widths in place and taken back when they save nothing: this runs
	// hundreds of times for a table, before anything is printed.
	const best = [...start];
	let fewest = sampledLines(measured, columns, best, counts);
	for (let round = 0; round < 12; round++) {
		let better = false;
		for (let from = 0; from < best.length; from++)
			for (let to = 0; to < best.length; to++) {
				if (from === to) continue;
				for (let by = 1; by <= 8; by *= 2) {
					const source = (best[from] ?? 0) - by;
					const target = (best[to] ?? 0) + by;
					if (source < (minimums[from] ?? 0)) break;
					if (target > (minimums[to] ?? 0) + (lacks[to] ?? 0)) break;
					best[from] = source;
					best[to] = target;
					const lines = sampledLines(measured, columns, best, counts);
					if (lines < fewest) {
						fewest = lines;
						better = true;
					} else {
						best[from] = source + by;
						best[to] = target - by;
					}
				}
			}
		if (!better) break;
	}
	return best;
}

/**
 * Every column filled to a common width, none past its preferred width nor below its minimum (so
 * columns of prose come out alike), the columns left over by whole numbers to the furthest short.
 */
function levelled(widths: readonly number[], lacks: readonly number[], spare: number): number[] {
	const available = sum(widths) + spare;
	const widthAt = (index: number, level: number) =>
		Math.min((widths[index] ?? 0) + (lacks[index] ?? 0), Math.max(widths[index] ?? 0, level));
	const sumAt = (level: number) => {
		let total = 0;
		for (let index = 0; index < widths.length; index++) total += widthAt(index, level);
		return total;
	};
	let low = 0;
	let high = Number.NEGATIVE_INFINITY;
	for (let index = 0; index < widths.length; index++) high = Math.max(high, (widths[index] ?? 0) + (lacks[index] ?? 0));
	high += 1;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (sumAt(middle) <= available) low = middle;
		else high = middle;
	}
	const result = widths.map((_, index) => widthAt(index, low));
	const rest = result.map((width, index) => (widths[index] ?? 0) + (lacks[index] ?? 0) - width);
	return distribute(result, rest, rest, available - sum(result));
}

/** Lines a cell's words take at a width, wrapped as wrap.ts wraps them (a word too wide broken). */
function linesOf(words: readonly number[], from: number, to: number, width: number): number {
	let lines = 1;
	// Columns used on the line so far; -1 on a line with nothing on it yet.
	let used = -1;
	for (let index = from; index < to; index++) {
		const word = words[index] ?? 0;
		if (word < 0) {
			lines++;
			used = -1;
			continue;
		}
		if (used >= 0 && used + 1 + word <= width) {
			used += 1 + word;
			continue;
		}
		if (used >= 0) lines++;
		if (word <= width) used = word;
		else {
			lines += Math.ceil(word / width) - 1;
			used = word - (Math.ceil(word / width) - 1) * width;
		}
	}
	return lines;
}

/** Each sampled row's lines in a column (by its number) at a width, worked out once per column and width. */
type LineCounts = Map<number, Uint16Array>[];

function columnLines(measured: Measure, counts: LineCounts, column: number, width: number): Uint16Array {
	let byWidth = counts[column];
	if (!byWidth) {
		byWidth = new Map();
		counts[column] = byWidth;
	}
	let lines = byWidth.get(width);
	if (!lines) {
		const {rows, words, starts} = measured.sample;
		lines = new Uint16Array(rows.length);
		for (let at = 0; at < rows.length; at++) {
			const cell = at * measured.count + column;
			lines[at] = Math.min(65535, linesOf(words, starts[cell] ?? 0, starts[cell + 1] ?? 0, width));
		}
		byWidth.set(width, lines);
	}
	return lines;
}

const sampledColumns: Uint16Array[] = [];

/** The lines the sampled rows take at some widths, with a rule beside each row of more than one. */
function sampledLines(
	measured: Measure,
	columns: readonly number[],
	widths: readonly number[],
	counts: LineCounts = [],
): number {
	// One array for every call (this is never re-entered), grown once, its first entries used.
	const perColumn = sampledColumns;
	const count = columns.length;
	for (let index = 0; index < count; index++)
		perColumn[index] = columnLines(measured, counts, columns[index] ?? 0, widths[index] ?? 1);
	let total = 0;
	const rows = measured.sample.rows.length;
	for (let at = 0; at < rows; at++) {
		let height = 1;
		for (let index = 0; index < count; index++) {
			const lines = (perColumn[index] as Uint16Array)[at] ?? 1;
			if (lines > height) height = lines;
		}
		total += height > 1 ? height + 1 : height;
	}
	return total;
}

/**
 * Adds `spare` columns to `widths`, to each in proportion to its weight but never more than it
 * lacks (what one cannot take goes to the others), whole columns first, then one more to the
 * largest remainders.
 */
function distribute(
	widths: readonly number[],
	lacks: readonly number[],
	weights: readonly number[],
	spare: number,
): number[] {
	const count = widths.length;
	const given = new Array<number>(count).fill(0);
	// The columns still to be given some, by index: those that lack some and weigh something.
	const open = new Array<boolean>(count);
	let opened = 0;
	for (let index = 0; index < count; index++) {
		open[index] = (lacks[index] ?? 0) > 0 && (weights[index] ?? 0) > 0;
		if (open[index]) opened++;
	}
	let left = spare;
	// Columns whose share would pass what they lack take what they lack, until none would (the
	// weight is the pass's; what is left shrinks as columns take theirs).
	for (let capped = true; capped && opened > 0; ) {
		capped = false;
		let weight = 0;
		for (let index = 0; index < count; index++) if (open[index]) weight += weights[index] ?? 0;
		for (let index = 0; index < count; index++) {
			if (!open[index]) continue;
			if (left * (weights[index] ?? 0) >= (lacks[index] ?? 0) * weight) {
				given[index] = lacks[index] ?? 0;
				left -= given[index] ?? 0;
				open[index] = false;
				opened--;
				capped = true;
			}
		}
	}
	let weight = 0;
	for (let index = 0; index < count; index++) if (open[index]) weight += weights[index] ?? 0;
	const shares = new Array<number>(count).fill(0);
	const order: number[] = [];
	let rest = left;
	for (let index = 0; index < count; index++) {
		if (!open[index]) continue;
		const share = weight === 0 ? 0 : (left * (weights[index] ?? 0)) / weight;
		shares[index] = share;
		given[index] = Math.floor(share);
		rest -= given[index] ?? 0;
		order.push(index);
	}
	// One more to the largest remainders, the column that lacks most first among equals (a stable
	// sort: then the first).
	const remainder = (index: number) => (shares[index] ?? 0) - Math.floor(shares[index] ?? 0);
	order.sort((a, b) => remainder(b) - remainder(a) || (lacks[b] ?? 0) - (lacks[a] ?? 0));
	for (let at = 0; at < order.length && rest > 0; at++) {
		const index = order[at] ?? 0;
		given[index] = (given[index] ?? 0) + 1;
		rest--;
	}
	const result = new Array<number>(count);
	for (let index = 0; index < count; index++) result[index] = (widths[index] ?? 0) + (given[index] ?? 0);
	return result;
}

function all(count: number): number[] {
	return Array.from({length: count}, (_, index) => index);
}

function availableFor(columns: number, width: number): number {
	return width - separatorWidth * (columns - 1);
}

/**
 * Column widths for the table at a width, or undefined when even its columns' minimums do not fit
 * (then it is stacked, or panned).
 */
export function columnWidths(table: TableInput, width: number): number[] | undefined {
	const measured = measure(table, numericColumns(table));
	return fit(measured, all(measured.count), availableFor(measured.count, width));
}

/**
 * The columns a panned table shows: the first, then from `start` on as many as fit without their
 * rows taking more lines.
 */
function panWindow(measured: Measure, start: number, width: number, floor: number): number[] {
	const columns = [0];
	const counts: LineCounts = [];
	let lines = Number.POSITIVE_INFINITY;
	for (let column = start; column < measured.count; column++) {
		const tried = [...columns, column];
		const widths = fit(measured, tried, availableFor(tried.length, width), floor);
		if (!widths) break;
		// A column more is worth it only while the rows take no more lines for it: the columns
		// left out are a key away.
		const more = sampledLines(measured, tried, widths, counts);
		if (columns.length > 1 && more > lines) break;
		lines = more;
		columns.push(column);
	}
	return columns;
}

/** The columns and widths of a panned table, and where its pan stands, or undefined when not even two columns fit. */
function panned(
	measured: Measure,
	options: TableOptions,
): {columns: number[]; widths: number[]; pan: number; maxPan: number} | undefined {
	const {count} = measured;
	if (count < 2) return undefined;
	for (const floor of [unbrokenWord, narrowestPanned]) {
		if (panWindow(measured, 1, options.width, floor).length < 2) continue;
		// The furthest pan is the first that shows the last column.
		let maxPan = 0;
		while (maxPan < count - 2 && panWindow(measured, 1 + maxPan, options.width, floor).at(-1) !== count - 1) maxPan++;
		const pan = Math.max(0, Math.min(maxPan, Math.floor(options.pan ?? 0)));
		const columns = panWindow(measured, 1 + pan, options.width, floor);
		const widths = fit(measured, columns, availableFor(columns.length, options.width), floor);
		if (widths) return {columns, widths, pan, maxPan};
	}
	return undefined;
}

// A number as tables write them: a sign or a comparison (− ± ~ ≈ < > ≤ ≥), a currency ($ € £ ¥),
// digits with separators (not a plain space: two figures in a cell are not one), an exponent, a
// unit (%, ms, µs, ns/op, x), a footnote mark (* † ‡ ¹).
// Escaped: regular expressions reach the bundle as written, and the bundle is kept ASCII.
const numberPattern =
	/^[([]?[-+\u2212\u00b1~\u2248<>\u2264\u2265]?[$\u20ac\u00a3\u00a5]?\d[\d,.'_\u00a0\u202f]*(?:[eE][-+]?\d+)?\s?(?:%|[A-Za-z\u00b5\u03bc]{1,6}(?:\/[A-Za-z]{1,6})?)?[)\]]?[*\u2020\u2021\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079]*$/u;
// What a column of numbers may hold besides them: nothing, a dash, "n/a", a question mark.
const noNumber = /^(?:|[-\u2013\u2014?]|n\/?a)$/i;

function isNumeric(rows: readonly (readonly (readonly Span[])[])[], column: number): boolean {
	let numbers = 0;
	for (let index = 0; index < rows.length; index++) {
		const cell = (rows[index] as readonly (readonly Span[])[])[column];
		const text = cell ? lineText(cell).trim() : '';
		if (noNumber.test(text)) continue;
		if (!numberPattern.test(text)) return false;
		numbers++;
	}
	return numbers > 0;
}

/** Which columns hold numbers only. */
function numericColumns(table: TableInput): boolean[] {
	return all(columnCount(table)).map((column) => isNumeric(table.rows, column));
}

/** Each column's alignment: as written, else right for a column of numbers, else left. */
function alignments(table: TableInput, numeric: readonly boolean[]): Alignment[] {
	return numeric.map((isNumber, column) => table.align?.[column] ?? (isNumber ? 'right' : 'left'));
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A link's note number as it follows the link's text: ¹², or ^12 in ASCII. */
export function noteNumber(number: number, ascii: boolean | undefined): string {
	return ascii ? `^${number}` : String(number).replace(/\d/g, (digit) => superscripts[Number(digit)] ?? digit);
}

/** An address listed under a table, after the number its links carry. */
type Note = {readonly number: number; readonly href: string};

const superscriptNumber = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;

/**
 * The numbers a table already writes as superscripts (got's `✔️¹`, whose note is the document's
 * own): the links' numbers leave them out, so that no number means two things.
 */
function writtenNumbers(table: TableInput): Set<number> {
	const written = new Set<number>();
	for (const row of [table.header, ...table.rows])
		for (const cell of row)
			for (const piece of cell) {
				if (printableAscii.test(piece.text)) continue;
				for (const found of piece.text.matchAll(superscriptNumber))
					written.add(Number([...found[0]].map((digit) => superscripts.indexOf(digit)).join('')));
			}
	return written;
}

/**
 * The table with each link's text followed by its note number (one number per address, none the
 * table writes itself), and the addresses with their numbers. A mail link that shows its address
 * needs no note.
 */
function numberLinks(table: TableInput, ascii: boolean | undefined): {table: TableInput; notes: Note[]} {
	const hasLinks = (row: readonly (readonly Span[])[]) => row.some((cell) => cell.some((piece) => piece.href));
	if (!hasLinks(table.header) && !table.rows.some(hasLinks)) return {table, notes: []};
	const written = writtenNumbers(table);
	const numbers = new Map<string, number>();
	const notes: Note[] = [];
	let next = 1;
	const numbered = (cell: readonly Span[]): readonly Span[] => {
		if (!cell.some((piece) => piece.href !== undefined)) return cell;
		const result: Span[] = [];
		let text = '';
		cell.forEach((piece, index) => {
			result.push(piece);
			const href = piece.href;
			if (href === undefined) return;
			text += piece.text;
			if (cell[index + 1]?.href === href) return;
			const shown = text;
			text = '';
			if (`mailto:${shown.trim()}` === href) return;
			let number = numbers.get(href);
			if (number === undefined) {
				while (written.has(next)) next++;
				number = next++;
				notes.push({number, href});
				numbers.set(href, number);
			}
			const mark: Span = {text: noteNumber(number, ascii), role: Role.muted};
			result.push({
				...mark,
				...(piece.subject === undefined ? {} : {subject: piece.subject}),
				...(piece.row === undefined ? {} : {row: piece.row}),
			});
		});
		return result;
	};
	const header = table.header.map(numbered);
	const rows = table.rows.map((row) => (hasLinks(row) ? row.map(numbered) : row));
	if (notes.length === 0) return {table, notes};
	return {table: {...table, header, rows}, notes};
}

/** The addresses of a table's links under it, each after its number. */
function noteLines(notes: readonly Note[], options: TableOptions): Line[] {
	if (notes.length === 0) return [];
	const marks = notes.map((note) => noteNumber(note.number, options.ascii));
	const markWidth = Math.max(...marks.map(textWidth)) + 1;
	const lines: Line[] = [[]];
	const indent = [padding(markWidth)];
	notes.forEach(({href}, index) => {
		const mark = marks[index] ?? '';
		append(
			lines,
			wrapSpans([span(href, Role.link, href)], options.width, {
				first: [span(mark + ' '.repeat(markWidth - textWidth(mark)), Role.muted)],
				rest: indent,
			}),
		);
	});
	return lines;
}

/**
 * Rows laid out between two pauses of {@link tableParts}: a 1,000-row table is 16 parts of a few
 * milliseconds, so laying it out ahead of the reader never holds a key back for long.
 */
export const rowsPerPart = 64;

/** A line of a cell placed in its column's width as its column is aligned (the last column unpadded on the right). */
function placeCell(line: Span[], content: Line, width: number, align: Alignment, last: boolean): void {
	const missing = width - lineWidth(content);
	const before = missing <= 0 ? 0 : align === 'right' ? missing : align === 'center' ? Math.floor(missing / 2) : 0;
	if (before > 0 && content.length > 0) line.push(padding(before));
	for (let index = 0; index < content.length; index++) line.push(content[index] as Span);
	// The last column is not padded: plain output has no trailing spaces.
	const after = content.length === 0 ? missing : missing - before;
	if (!last && after > 0) line.push(padding(after));
}

type Placed = {
	readonly columns: readonly number[];
	readonly widths: readonly number[];
	readonly aligns: readonly Alignment[];
	readonly panned?: TableMark['panned'];
};

function* sideBySide(
	table: TableInput,
	placed: Placed,
	notes: readonly Note[],
	options: TableOptions,
): Generator<Line[]> {
	const {columns, widths, aligns} = placed;
	const {vertical, horizontal, cross} = border(options.ascii);
	const separator = span(` ${vertical} `, Role.border);
	const ruleSpan = span(
		widths.map((width) => horizontal.repeat(width)).join(`${horizontal}${cross}${horizontal}`),
		Role.border,
	);
	const drawRow = (cells: readonly (readonly Span[])[], role: number, mark: Span | undefined): Line[] => {
		const wrapped = columns.map((column, index) => {
			const cell = cells[column] ?? [];
			return wrapSpans(
				role === Role.none ? cell : cell.map((piece) => ({...piece, role: piece.role | role})),
				widths[index] ?? 1,
			);
		});
		let height = 0;
		for (const cellLines of wrapped) height = Math.max(height, cellLines.length);
		const last = wrapped.length - 1;
		const lines: Line[] = [];
		for (let lineIndex = 0; lineIndex < height; lineIndex++) {
			const line: Span[] = [];
			for (let index = 0; index <= last; index++) {
				if (index > 0) line.push(separator);
				const content = (wrapped[index] as Line[])[lineIndex] ?? [];
				placeCell(line, content, widths[index] ?? 0, aligns[columns[index] ?? 0] ?? 'left', index === last);
			}
			if (mark) line.push(mark);
			lines.push(line);
		}
		return lines;
	};
	// A table without a header (an HTML table of <td> rows only) starts with its first row.
	const headed = !table.header.every(isBlank);
	const headerLines = headed ? drawRow(table.header, Role.subject, undefined) : [];
	const tableMark: TableMark = {
		index: options.index ?? 0,
		header: headed ? headerLines.length + 1 : 0,
		...(placed.panned ? {panned: placed.panned} : {}),
	};
	const mark: Span = {text: '', role: Role.none, table: tableMark};
	const rule: Line = [ruleSpan, mark];
	let lines: Line[] = headerLines.map((line) => [...line, mark]);
	if (headed) lines.push(rule);
	let previousTall = false;
	for (const [index, row] of table.rows.entries()) {
		const drawn = drawRow(row, Role.none, mark);
		// A rule only beside a row of more than a line, where it shows which lines go together.
		const tall = drawn.length > 1;
		if (index > 0 && (tall || previousTall)) lines.push(rule);
		previousTall = tall;
		append(lines, drawn);
		if (index % rowsPerPart === rowsPerPart - 1) {
			yield lines;
			lines = [];
		}
	}
	append(lines, noteLines(notes, options));
	yield lines;
}

/**
 * Lines made for a table, each ended by the table's mark. They are fresh from wrapSpans, so the
 * mark is pushed onto them rather than copying each (a long stacked table has thousands).
 */
function marked(target: Line[], made: readonly Line[], mark: Span): void {
	for (const line of made) {
		(line as Span[]).push(mark);
		target.push(line);
	}
}

/**
 * The stacked form for narrow widths: one block per column after the first, headed by the
 * column's name, with each row as "label: value" wrapped under a hanging indent.
 */
function stacked(table: TableInput, options: TableOptions, mark: Span): Line[] {
	const lines: Line[] = [];
	const [, ...columns] = table.header;
	columns.forEach((name, offset) => {
		const column = offset + 1;
		if (offset > 0) lines.push([]);
		marked(
			lines,
			wrapSpans(
				name.map((piece) => ({...piece, role: piece.role | Role.subject})),
				options.width,
			),
			mark,
		);
		for (const row of table.rows) {
			const label = (row[0] ?? []).map((piece) => ({...piece, role: piece.role | Role.label}));
			const value = row[column] ?? [];
			marked(
				lines,
				wrapSpans([...label, span(': ', Role.label), ...value], options.width, {
					first: [span('  ')],
					rest: [span('    ')],
				}),
				mark,
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
function records(table: TableInput, options: TableOptions, mark: Span): Line[] {
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
			marked(
				lines,
				wrapSpans(
					[...(labels[0] ?? []), ...(first ?? []).map((piece) => ({...piece, role: piece.role | Role.strong}))],
					options.width,
					{rest: [indents[1] as Span]},
				),
				mark,
			);
		cells.forEach((value, offset) => {
			if (isBlank(value)) return;
			marked(
				lines,
				wrapSpans([...(labels[offset + 1] ?? []), ...value], options.width, {
					first: [indents[indent] as Span],
					rest: [indents[indent + 1] as Span],
				}),
				mark,
			);
		});
	});
	return lines;
}

/**
 * Lays out a table at a width: side by side when every column can stay readable, otherwise
 * stacked (or panned). Every line is at most options.width columns; no cell is ever dropped.
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
export function* tableParts(input: TableInput, options: TableOptions): Generator<Line[]> {
	const {table, notes} = numberLinks(input, options.ascii);
	const numeric = numericColumns(table);
	const measured = measure(table, numeric);
	const aligns = alignments(table, numeric);
	const widths = fit(measured, all(measured.count), availableFor(measured.count, options.width));
	if (widths) {
		yield* sideBySide(table, {columns: all(measured.count), widths, aligns}, notes, options);
		return;
	}
	const pan = options.wide === 'pan' ? panned(measured, options) : undefined;
	if (pan) {
		const {columns} = pan;
		const panning = {
			from: (columns[1] ?? 0) + 1,
			to: (columns.at(-1) ?? 0) + 1,
			of: measured.count,
			pan: pan.pan,
			maxPan: pan.maxPan,
		};
		yield* sideBySide(table, {columns, widths: pan.widths, aligns, panned: panning}, notes, options);
		return;
	}
	// Stacked lines are marked too (with no header to pin), so that what is a table's stays known;
	// the blank lines between blocks stay empty, where a row's block is found to start (rowPlaces).
	const mark: Span = {text: '', role: Role.none, table: {index: options.index ?? 0, header: 0}};
	const lines = options.stack === 'records' ? records(table, options, mark) : stacked(table, options, mark);
	yield append(lines, noteLines(notes, options));
}
