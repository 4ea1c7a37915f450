// A Markdown document's tables: which of them compare the document's subjects side by side (and
// become section tables, with cells by subject, so picking subjects, differences, search places
// and charts work on them), and the cells of those tables as markdown that stands on its own.
import type {Token, Tokens} from 'marked';
import {figuresIn} from '../layout/chart.js';
import {lineText, Role, type Span} from '../layout/styled.js';
import {subjectLimits} from '../model/limits.js';
import type {Cell, Row, Subject} from '../model/schema.js';
import {inlineTokens} from './markdown-parse.js';
import {slug, uniqueIds} from './slug.js';

/** One cell of a table: its markdown (standing on its own), what it shows, and that as plain text. */
export type TableCell = {readonly source: string; readonly spans: readonly Span[]; readonly plain: string};

/** A table's cells, header first. */
export type TableCells = {readonly header: readonly TableCell[]; readonly rows: readonly (readonly TableCell[])[]};

/** The cell for a subject a table says nothing about (an empty cell, or no column for it): not stated. */
export function unstatedCell(): Cell {
	return null;
}

function hasReferenceLink(tokens: readonly Token[] | undefined): boolean {
	return (tokens ?? []).some(
		(token) =>
			((token.type === 'link' || token.type === 'image') && !token.raw.includes('](')) ||
			('tokens' in token && hasReferenceLink(token.tokens)),
	);
}

function destination(href: string, title: string | null | undefined): string {
	const url = /[\s()<>]/.test(href) ? `<${href}>` : href;
	return title ? `${url} "${title.replace(/"/g, '\\"')}"` : url;
}

/**
 * Inline tokens back to markdown, with reference links ([text][label]) written as inline ones:
 * a cell's markdown must read the same without the document's link definitions (in a JSON
 * export, or the parsed-cell cache keyed by it).
 */
export function standalone(tokens: readonly Token[] | undefined): string {
	let markdown = '';
	for (const token of tokens ?? []) {
		if (!hasReferenceLink([token])) markdown += token.raw;
		else if (token.type === 'link') {
			const link = token as Tokens.Link;
			markdown += `[${standalone(link.tokens)}](${destination(link.href, link.title)})`;
		} else if (token.type === 'image') {
			const image = token as Tokens.Image;
			markdown += `![${image.text}](${destination(image.href, image.title)})`;
		} else if ('tokens' in token && token.tokens) {
			// Emphasis around a reference link: the same delimiters around the rewritten inside.
			const delimiter = /^(\*\*|__|~~|\*|_|~)/.exec(token.raw)?.[1] ?? '';
			markdown += `${delimiter}${standalone(token.tokens)}${delimiter}`;
		} else markdown += token.raw;
	}
	return markdown.trim();
}

function cellOf(cell: Tokens.TableCell): TableCell {
	const spans = inlineTokens(cell.tokens);
	return {source: standalone(cell.tokens), spans, plain: lineText(spans).trim()};
}

/** A table token's cells. */
export function tableCells(table: Tokens.Table): TableCells {
	return {header: table.header.map(cellOf), rows: table.rows.map((row) => row.map(cellOf))};
}

/** The name a header cell gives a subject: the text it shows, without the URLs of its links. */
export function subjectName(cell: TableCell): string {
	let name = '';
	let previousHref: string | undefined;
	for (const piece of cell.spans) {
		// The " (url)" prose adds after a link is not part of a name.
		if (!(previousHref !== undefined && piece.role & Role.muted && piece.text === ` (${previousHref})`))
			name += piece.text;
		previousHref = piece.href;
	}
	return name.replace(/\s+/g, ' ').trim();
}

function folded(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The subjects a document's tables name, when it names none in front matter: the header of a
 * feature matrix, a table whose top-left cell is empty and whose first column labels every row
 * (got's "| | got | ky | axios |"), gives them. Every such table must name the same 2 to 8
 * subjects; otherwise the document has none, and its tables stay tables.
 *
 * Not "the same header across tables": benchmark grids repeat their header with the subjects as
 * rows (zap, rust_serialization_benchmark), and "Bash | Nu | Task" repeats with a column that is
 * no subject. Front matter names subjects wherever the corner is not empty.
 */
export function inferSubjects(tables: readonly TableCells[]): Subject[] {
	let names: string[] | undefined;
	for (const table of tables) {
		const [corner, ...rest] = table.header;
		if (corner?.plain !== '' || rest.length < subjectLimits.min || rest.length > subjectLimits.max) continue;
		if (table.rows.length === 0 || table.rows.some((row) => (row[0]?.plain ?? '') === '')) continue;
		const candidate = rest.map(subjectName);
		if (candidate.some((name) => name === '') || new Set(candidate.map(folded)).size !== candidate.length) continue;
		if (names === undefined) names = candidate;
		else if (folded(names.join('\n')) !== folded(candidate.join('\n'))) return [];
	}
	const ids = uniqueIds();
	return (names ?? []).map((name, index) => ({id: ids(slug(name), `subject-${index + 1}`), name}));
}

/** Which columns of a table hold which subject, when it compares at least two of them side by side. */
export function subjectColumns(table: TableCells, subjects: readonly Subject[]): Map<number, string> | undefined {
	if (subjects.length < subjectLimits.min) return undefined;
	const columns = new Map<number, string>();
	const used = new Set<string>();
	table.header.forEach((cell, index) => {
		const names = [folded(cell.plain), folded(subjectName(cell))];
		const subject = subjects.find(
			(candidate) =>
				!used.has(candidate.id) && (names.includes(folded(candidate.name)) || names.includes(candidate.id)),
		);
		if (subject) {
			columns.set(index, subject.id);
			used.add(subject.id);
		}
	});
	// At least two subjects side by side, and a column left to say what each row compares.
	if (columns.size < subjectLimits.min || columns.size === table.header.length) return undefined;
	return columns;
}

/** The figures of a row by subject, when it is a row of figures in one unit (then also a chart). */
function rowFigures(cells: ReadonlyMap<string, TableCell>): Map<string, {value: number; unit: string}> | undefined {
	return figuresIn(new Map([...cells].map(([id, cell]) => [id, cell.plain])));
}

/**
 * A subject table's rows, the spans of each criterion and cell by its markdown, and the header
 * cells that show more than their subject's name (a link), by subject id.
 */
export function subjectRows(
	table: TableCells,
	columns: ReadonlyMap<number, string>,
	subjects: readonly Subject[],
	firstRow: number,
): {rows: Row[]; spans: Map<string, readonly Span[]>; header: Record<string, readonly Span[]>} {
	const header: Record<string, readonly Span[]> = {};
	for (const [column, id] of columns) {
		const cell = table.header[column];
		if (cell && cell.spans.some((piece) => piece.href !== undefined)) header[id] = cell.spans;
	}
	const spans = new Map<string, readonly Span[]>();
	const labels = table.header.map((_, index) => index).filter((index) => !columns.has(index));
	let group: TableCell | undefined;
	const rows = table.rows.map((row, index): Row => {
		// A blank first label under a filled one continues its group (a row span drawn by hand),
		// when another label column says what the row itself is.
		let parts = labels.map((column) => row[column]).filter((cell): cell is TableCell => cell !== undefined);
		if (labels.length > 1 && parts[0]?.plain === '' && group) parts = [group, ...parts.slice(1)];
		if (labels.length > 1 && parts[0]?.plain !== '') group = parts[0];
		const named = parts.filter((cell) => cell.plain !== '');
		let criterion = named.map((cell) => cell.source).join(' — ');
		if (criterion === '') criterion = `Row ${firstRow + index + 1}`;
		else if (named.some((cell) => cell.source !== cell.plain))
			spans.set(
				criterion,
				named.flatMap((cell, at) => [...(at > 0 ? [{text: ' — ', role: Role.none}] : []), ...cell.spans]),
			);
		const bySubject = new Map<string, TableCell>();
		for (const [column, id] of columns) {
			const cell = row[column];
			if (cell) bySubject.set(id, cell);
		}
		const figures = rowFigures(bySubject);
		const cells: Record<string, Cell> = {};
		for (const subject of subjects) {
			const cell = bySubject.get(subject.id);
			if (!cell || cell.source === '') {
				cells[subject.id] = unstatedCell();
				continue;
			}
			if (cell.source !== cell.plain) spans.set(cell.source, cell.spans);
			const found = figures?.get(subject.id);
			cells[subject.id] = found ? {text: cell.source, value: found.value, unit: found.unit} : cell.source;
		}
		return {criterion, cells};
	});
	return {rows, spans, header};
}
