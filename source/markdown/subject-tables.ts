// Which tables of a document compare things side by side, and which things: read from what is in
// the tables, as a reader reads them, not from a list of header words.
//
// A table compares its columns when its first column names the rows (a feature, a task, a
// dimension: any header, or none) and a run of the other columns answer each row alike: the cells
// of a row are of one kind (marks, figures in one unit, versions, code, text), as answers to one
// question are. A benchmark grid is the other way round: each column holds one kind (ns/op, %,
// allocs/op) and the rows are the things measured, ranked or listed again table after table. So a
// candidate is refused when its columns agree more than its rows, when its figures spread more
// along a row than down a column, when its first column is a rank, or (when nothing else vouches
// for it) when its header comes again over the same rows, or its names are never mentioned
// outside the table. The subjects are those of the most tables; ties go to the stronger evidence
// (an empty top-left cell, marks), then to the names the document talks about most.

import {figureOf} from '../layout/chart.js';
import {Role, type Span} from '../layout/styled.js';
import {subjectLimits} from '../model/limits.js';
import type {Subject} from '../model/schema.js';
import type {TableCell, TableCells} from './markdown-tables.js';
import {slug, uniqueIds} from './slug.js';

/** What a cell holds, for comparing cells: a mark, a figure in a unit, a version, code or text. */
type Kind = string;

// What a comparison writes for yes, no, partly or not at all: a symbol or emoji, or the words.
const mark =
	/^(?:\p{Extended_Pictographic}|[\u2713\u2714\u2717\u2718\u2611\u2715\u25cf\u25cb\u25d0\u25d1\u2605\u2606\u2796]|(?:yes|no|y|n|true|false|partial|partially|none|x)(?![\p{L}\p{N}]))/iu;
// What a table writes for no value: nothing to compare.
const noValue = /^(?:-|\u2013|\u2014|\?|n\/a|tbd)$/i;
// A version: "v2", "1.2.3", "4.x" (not "76.2", a figure).
const version = /^(?:v\d+(?:\.\w+)*|\d+(?:\.\d+){2,}[\w.-]*|\d+(?:\.\d+)*\.[x*])$/i;

/** The kind of a cell, or undefined when it holds no value. */
export function cellKind(cell: TableCell | undefined): Kind | undefined {
	const text = (cell?.plain ?? '').replace(/\s+/g, ' ').trim();
	if (text === '' || noValue.test(text)) return undefined;
	if (mark.test(text)) return 'mark';
	if (version.test(text)) return 'version';
	const figure = figureOf(text);
	if (figure) return `figure ${figure.unit}`;
	if (/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text)) return 'figure ';
	const shown = (cell?.spans ?? []).filter((piece) => piece.text.trim() !== '');
	if (shown.length > 0 && shown.every((piece) => piece.role & Role.code)) return 'code';
	// A short text by what it is made of: words, a code of letters and digits ("0x00", "MD5"), or
	// symbols ("␀"); anything longer is text.
	if (text.split(' ').length > 3 || text.length > 24) return 'text';
	const letters = /\p{L}/u.test(text);
	const digits = /\p{N}/u.test(text);
	return letters ? (digits ? 'alphanumeric' : 'text') : digits ? 'figure ' : 'symbol';
}

/** The most common kind among some, when one is more common than every other (else undefined). */
function majority(kinds: readonly (Kind | undefined)[]): Kind | undefined {
	const counts = new Map<Kind, number>();
	for (const kind of kinds) if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	let best: Kind | undefined;
	let most = 0;
	let tied = false;
	for (const [kind, count] of counts) {
		if (count > most) {
			best = kind;
			most = count;
			tied = false;
		} else if (count === most) tied = true;
	}
	return tied || most < 2 ? undefined : best;
}

/** How much the groups (rows, or columns) agree within: the mean share of each group's commonest kind. */
function agreement(groups: readonly (readonly (Kind | undefined)[])[]): number | undefined {
	let total = 0;
	let counted = 0;
	for (const group of groups) {
		const kinds = group.filter((kind): kind is Kind => kind !== undefined);
		if (kinds.length < 2) continue;
		const counts = new Map<Kind, number>();
		for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
		total += Math.max(...counts.values()) / kinds.length;
		counted++;
	}
	return counted === 0 ? undefined : total / counted;
}

/** How far the figures of each group spread, on a log scale, on average. */
function spread(groups: readonly (readonly (number | undefined)[])[]): number | undefined {
	let total = 0;
	let counted = 0;
	for (const group of groups) {
		const logs = group.filter((value): value is number => value !== undefined).map((value) => Math.log10(1 + value));
		if (logs.length < 2) continue;
		const mean = logs.reduce((sum, value) => sum + value, 0) / logs.length;
		total += Math.sqrt(logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / logs.length);
		counted++;
	}
	return counted === 0 ? undefined : total / counted;
}

function numberIn(cell: TableCell | undefined): number | undefined {
	const text = (cell?.plain ?? '').replace(/[*\s]/g, '');
	const figure = figureOf(text);
	if (figure) return Math.abs(figure.value);
	const bare = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN;
	return Number.isFinite(bare) ? Math.abs(bare) : undefined;
}

/** The name a header cell gives a subject: the text it shows, without links that are not the name. */
export function subjectName(cell: TableCell): string {
	let previousHref: string | undefined;
	const pieces = cell.spans.filter((piece) => {
		// The " (url)" prose adds after a link is not part of a name.
		const address = previousHref !== undefined && piece.role & Role.muted && piece.text === ` (${previousHref})`;
		previousHref = piece.href;
		return !address;
	});
	// A line break (<br>) in a header parts words as a space does: "Foo<br>Bar" is "Foo Bar".
	const textOf = (piece: Span) => (piece.role & Role.break ? ' ' : piece.text);
	// "SWR [(Website)][swr]": where the header has words of its own, its links are notes beside
	// the name; a header that is all link ("[React Query](…)") is named by the link's text.
	const own = pieces.filter((piece) => piece.href === undefined);
	const words = own
		.map(textOf)
		.join('')
		.replace(/\([^()]*\)|\uff08[^\uff08\uff09]*\uff09/g, '');
	const named = /[\p{L}\p{N}]/u.test(words) ? own : pieces;
	return (
		named
			.map(textOf)
			.join('')
			// What held the links, left empty ("Apollo (https://…)" is Apollo).
			.replace(/\(\s*\)|\[\s*\]/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** What a header cell shows, without the address shown after a link. */
export function shownHeader(cell: TableCell): string {
	let previousHref: string | undefined;
	return cell.spans
		.filter((piece) => {
			const address = previousHref !== undefined && piece.role & Role.muted && piece.text === ` (${previousHref})`;
			previousHref = piece.href;
			return !address;
		})
		.map((piece) => piece.text)
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Text folded for comparing names: lowercase, one space. */
export function folded(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A name without what a trailing parenthesis adds ("uv (uv.lock)" is uv). */
export function coreName(name: string): string {
	const core = name.replace(/\s*[(\uff08][^()\uff08\uff09]*[)\uff09]\s*$/, '').trim();
	return core === '' ? name : core;
}

/** A table's claim to compare some of its columns: which, under which names, how well vouched for. */
export type Candidate = {
	readonly table: number;
	readonly columns: readonly number[];
	readonly names: readonly string[];
	/** An empty top-left cell, or marks in the cells: a feature matrix, whatever else is true. */
	readonly strong: boolean;
};

function firstColumnLabels(table: TableCells): string[] {
	return table.rows.map((row) => folded(row[0]?.plain ?? '')).filter((label) => label !== '');
}

/**
 * The columns a table compares, if it compares any: the run of columns whose cells answer each row
 * alike (from the first such column to the end under an empty top-left cell), refused where the
 * table reads as a grid or a list instead. `others` are the document's other tables.
 */
export function tableCandidate(
	table: TableCells,
	index: number,
	others: readonly TableCells[],
	mentioned: (name: string) => number,
): Candidate | undefined {
	const width = table.header.length;
	if (width < 1 + subjectLimits.min || table.rows.length === 0) return undefined;
	const corner = table.header[0]?.plain ?? '';
	const kinds = table.rows.map((row) => table.header.map((_, column) => cellKind(row[column])));
	const majorities = kinds.map((row) => majority(row.slice(1)));
	const conforms = (column: number) => {
		let cells = 0;
		let agreeing = 0;
		kinds.forEach((row, rowIndex) => {
			const kind = row[column];
			if (kind === undefined) return;
			cells++;
			if (kind === majorities[rowIndex]) agreeing++;
		});
		return cells > 0 && agreeing / cells >= 0.5;
	};
	// The longest run of conforming columns after the first.
	let best: number[] = [];
	let run: number[] = [];
	for (let column = 1; column < width; column++) {
		if (conforms(column)) run.push(column);
		else run = [];
		if (run.length > best.length) best = [...run];
	}
	let columns = best;
	if (corner === '') {
		// Under an empty corner the columns are the things compared: all of them from the first
		// that answers alike (columns before it label the rows, as "Benchmark" and "# Shots" do).
		const first = best[0] ?? 1;
		columns = [];
		for (let column = first; column < width; column++) columns.push(column);
	}
	if (columns.length < subjectLimits.min || columns.length > subjectLimits.max) return undefined;
	const names = columns.map((column) => subjectName(table.header[column] as TableCell));
	if (names.some((name) => name === '') || new Set(names.map((name) => folded(coreName(name)))).size !== names.length)
		return undefined;
	// Every row needs a label: a cell before the compared columns that says what it is.
	const first = columns[0] ?? 1;
	if (table.rows.some((row) => row.slice(0, first).every((cell) => (cell?.plain ?? '') === ''))) return undefined;
	const cells = kinds.flatMap((row) => columns.map((column) => row[column]));
	const marks = cells.filter((kind) => kind === 'mark').length;
	const filled = cells.filter((kind) => kind !== undefined).length;
	const strong = corner === '' || (filled > 0 && marks / filled >= 0.3);
	if (corner !== '') {
		// At least half the columns after the first are the things compared: two of six alike
		// (rclone's "Case Insensitive | Duplicate Files" among "Hash | ModTime | …") are attributes.
		if (2 * columns.length < width - 1) return undefined;
		const rows = kinds.map((row) => columns.map((column) => row[column]));
		const byColumn = columns.map((column) => kinds.map((row) => row[column]));
		// Columns that agree more than rows are measures (or attributes), each of its own kind.
		const along = agreement(rows) ?? 1;
		const down = agreement(byColumn) ?? 1;
		if (down > along + 0.05) return undefined;
		// Figures closer together down a column than along a row measure one thing per column.
		const figures = cells.filter((kind) => kind?.startsWith('figure')).length;
		const numbers =
			figures >= 0.8 * filled ? table.rows.map((row) => columns.map((column) => numberIn(row[column]))) : [];
		// (Not for two rows of two figures: two figures a side say nothing of spread.)
		const numericRows = numbers.filter((row) => row.filter((value) => value !== undefined).length >= 2).length;
		if (numericRows >= 2 && (numericRows > 2 || columns.length > 2)) {
			const alongSpread = spread(numbers) ?? 0;
			const downSpread = spread(columns.map((_, at) => numbers.map((row) => row[at]))) ?? 0;
			if (downSpread < 0.7 * alongSpread) return undefined;
		}
		// A first column of numbers ranks the rows: they are what is compared.
		const ranks = table.rows.filter((row) => numberIn(row[0]) !== undefined).length;
		if (ranks >= 0.8 * table.rows.length) return undefined;
		if (!strong) {
			// The same header again over the same rows: the rows are measured again, not compared.
			const header = folded(table.header.map((cell) => cell.plain).join('\n'));
			const labels = new Set(firstColumnLabels(table));
			const again = others.some((other) => {
				if (other === table || folded(other.header.map((cell) => cell.plain).join('\n')) !== header) return false;
				const shared = firstColumnLabels(other).filter((label) => labels.has(label)).length;
				return shared >= 2 && shared >= 0.5 * Math.min(labels.size, other.rows.length);
			});
			if (again) return undefined;
			// Nothing else vouches for them: the document must speak of each thing it compares.
			if (names.some((name) => mentioned(coreName(name)) === 0)) return undefined;
		}
	}
	return {table: index, columns, names, strong};
}

/**
 * How often a document's text (`text`: everything but the tables' headers) names something: as a
 * word where the name starts and ends with a letter or digit of a spaced script, anywhere in CJK.
 */
export function mentions(text: string): (name: string) => number {
	const counts = new Map<string, number>();
	return (name) => {
		const known = counts.get(name);
		if (known !== undefined) return known;
		if (name === '') return 0;
		// A name that starts (or ends) with a letter of a spaced script must not go on into a word there.
		const bounded = (character: string) => wordCharacter.test(character) && !han.test(character);
		const checkBefore = bounded(name[0] ?? '');
		const checkAfter = bounded(name.at(-1) ?? '');
		let count = 0;
		for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
			if (checkBefore && wordCharacter.test(text[at - 1] ?? '')) continue;
			if (checkAfter && wordCharacter.test(text[at + name.length] ?? '')) continue;
			count++;
		}
		counts.set(name, count);
		return count;
	};
}

const wordCharacter = /[\p{L}\p{N}]/u;
const han = /\p{Script=Han}/u;

/**
 * The subjects a document's tables compare, when it names none in front matter: those of the
 * most tables that compare columns (see {@link tableCandidate}); ties go to tables with stronger
 * evidence, then to names the document mentions most, then to the first. `text` is the document
 * without its tables' headers, to count mentions in.
 */
export function inferSubjects(tables: readonly TableCells[], text = ''): Subject[] {
	const mentioned = mentions(text);
	const groups = new Map<string, Candidate[]>();
	tables.forEach((table, index) => {
		const candidate = tableCandidate(table, index, tables, mentioned);
		if (!candidate) return;
		const key = candidate.names
			.map((name) => folded(coreName(name)))
			.sort()
			.join('\n');
		groups.set(key, [...(groups.get(key) ?? []), candidate]);
	});
	const score = (group: readonly Candidate[]) => [
		group.length,
		group.filter((candidate) => candidate.strong).length,
		Math.min(...(group[0]?.names ?? []).map((name) => mentioned(coreName(name)))),
	];
	let winner: Candidate[] | undefined;
	for (const group of groups.values()) {
		if (!winner) {
			winner = group;
			continue;
		}
		const [a, b] = [score(group), score(winner)];
		const better = a.findIndex((value, at) => value !== b[at]);
		if (better !== -1 && (a[better] ?? 0) > (b[better] ?? 0)) winner = group;
	}
	return subjectsNamed(winner?.[0]?.names ?? []);
}

/** Subjects for names: ids made from them, unique. */
export function subjectsNamed(names: readonly string[]): Subject[] {
	const ids = uniqueIds();
	return names.map((name, index) => ({id: ids(slug(name), `subject-${index + 1}`), name}));
}
