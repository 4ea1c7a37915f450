// A Markdown document's tables: which of them compare the document's subjects side by side (and
// become section tables, with cells by subject, so picking subjects, differences, search places
// and charts work on them), and the cells of those tables as markdown that stands on its own.
import type {Token, Tokens} from 'marked';
import {figuresIn} from '../layout/chart.js';
import type {Block} from '../layout/markdown.js';
import {lineText, type Span} from '../layout/styled.js';
import {subjectLimits} from '../model/limits.js';
import type {Alignment, Cell, Row, Subject, TableColumn} from '../model/schema.js';
import {type HtmlTable, splitHtmlTables} from './html-table.js';
import {inlineTokens, parseCell} from './markdown-parse.js';
import {coreName, folded, shownHeader, subjectName} from './subject-tables.js';

/** One cell of a table: its markdown (standing on its own), what it shows, and that as plain text. */
export type TableCell = {readonly source: string; readonly spans: readonly Span[]; readonly plain: string};

/** A table's cells, header first, and each column's alignment as written. */
export type TableCells = {
	readonly header: readonly TableCell[];
	readonly rows: readonly (readonly TableCell[])[];
	readonly align?: readonly (Alignment | undefined)[];
};

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
	const header = table.header.map(cellOf);
	const rows = table.rows.map((row) => row.map(cellOf));
	if (!table.align.some((align) => align !== null)) return {header, rows};
	return {header, rows, align: table.align.map((align) => align ?? undefined)};
}

/** Whether a header cell heads a subject's column: its name or id, in any case, links and a trailing parenthesis aside. */
export function heads(cell: TableCell, subject: Subject): boolean {
	const name = subjectName(cell);
	const names = [folded(cell.plain), folded(name), folded(coreName(name))];
	return (
		names.includes(folded(subject.name)) || names.includes(folded(coreName(subject.name))) || names.includes(subject.id)
	);
}

/** Which columns of a table hold which subject, when it compares at least two of them side by side. */
export function subjectColumns(table: TableCells, subjects: readonly Subject[]): Map<number, string> | undefined {
	if (subjects.length < subjectLimits.min) return undefined;
	const columns = new Map<number, string>();
	const used = new Set<string>();
	table.header.forEach((cell, index) => {
		const subject = subjects.find((candidate) => !used.has(candidate.id) && heads(cell, candidate));

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
 * The column that names a subject table's rows: of the other columns before the first subject's,
 * the one with the most different labels ("Benchmark" rather than the "Category" that groups
 * them); with none before, the first after.
 */
export function labelColumn(table: TableCells, columns: ReadonlyMap<number, string>): number | undefined {
	const others = table.header.map((_, index) => index).filter((index) => !columns.has(index));
	const first = Math.min(...columns.keys());
	const before = others.filter((index) => index < first);
	if (before.length === 0) return others[0];
	let best: number | undefined;
	let most = -1;
	for (const column of before) {
		const distinct = new Set(table.rows.map((row) => row[column]?.plain ?? '').filter((text) => text !== '')).size;
		if (distinct > most) {
			best = column;
			most = distinct;
		}
	}
	return best;
}

/** A part's columns and its rows' fields: what a subject table holds besides its subjects' cells. */
export type SubjectTable = {
	rows: Row[];
	spans: Map<string, readonly Span[]>;
	/** Its columns in the source's order; undefined where they are a nameless label and the subjects in order. */
	columns: TableColumn[] | undefined;
	/** The header cells that show more than their subject's name (a link), by subject id. */
	header: Record<string, readonly Span[]>;
};

/** A subject table's rows, its columns, and the spans of each criterion, field and cell by its markdown. */
export function subjectRows(
	table: TableCells,
	columns: ReadonlyMap<number, string>,
	subjects: readonly Subject[],
	firstRow: number,
): SubjectTable {
	const header: Record<string, readonly Span[]> = {};
	for (const [column, id] of columns) {
		const cell = table.header[column];
		if (cell?.spans.some((piece) => piece.href !== undefined)) header[id] = cell.spans;
	}
	const spans = new Map<string, readonly Span[]>();
	const remember = (cell: TableCell) => {
		if (cell.source !== cell.plain) spans.set(cell.source, cell.spans);
	};
	const label = labelColumn(table, columns) ?? 0;
	// Fields are keyed by their header: one key each, however the headers repeat.
	const keys = new Map<number, string>();
	const taken = new Set<string>();
	table.header.forEach((cell, index) => {
		if (index === label || columns.has(index)) return;
		let key = cell.source;
		for (let number = 2; taken.has(key); number++) key = `${cell.source} (${number})`;
		taken.add(key);
		keys.set(index, key);
		remember(cell);
	});
	for (const cell of table.header) remember(cell);
	const above = new Map<number, TableCell>();
	const rows = table.rows.map((row, index): Row => {
		const labelCell = row[label];
		const named = labelCell !== undefined && labelCell.plain !== '';
		let criterion = labelCell?.source ?? '';
		if (!named || criterion === '') criterion = `Row ${firstRow + index + 1}`;
		else remember(labelCell);
		const fields: Record<string, string> = {};
		for (const [column, key] of keys) {
			let cell = row[column];
			// A blank group cell (before the label) under a filled one continues its group: a row
			// span drawn by hand, repeated so that every row says what it belongs to.
			if (column < label && named && (cell?.plain ?? '') === '') cell = above.get(column);
			if (column < label && cell && cell.plain !== '') above.set(column, cell);
			if (!cell || cell.source === '') continue;
			fields[key] = cell.source;
			remember(cell);
		}
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
			remember(cell);
			const found = figures?.get(subject.id);
			cells[subject.id] = found
				? {text: cell.source, value: found.value, ...(found.unit === '' ? {} : {unit: found.unit})}
				: cell.source;
		}
		return Object.keys(fields).length > 0 ? {criterion, cells, fields} : {criterion, cells};
	});
	return {rows, spans, columns: partColumns(table, columns, subjects, label, keys), header};
}

/** The columns of a subject table as its part writes them, or undefined when they say nothing new. */
function partColumns(
	table: TableCells,
	columns: ReadonlyMap<number, string>,
	subjects: readonly Subject[],
	label: number,
	keys: ReadonlyMap<number, string>,
): TableColumn[] | undefined {
	const written = table.header.map((cell, index): TableColumn => {
		const align = table.align?.[index];
		const aligned = align ? {align} : {};
		if (index === label) return {label: cell.source, ...aligned};
		const id = columns.get(index);
		if (id === undefined) return {field: keys.get(index) ?? cell.source, ...aligned};
		const subject = subjects.find((candidate) => candidate.id === id);
		// The header as written where it shows more than the name ("SWR (Website)", "uv (uv.lock)").
		const same = subject !== undefined && folded(shownHeader(cell)) === folded(subject.name);
		return {subject: id, ...(same ? {} : {name: cell.source}), ...aligned};
	});
	// A nameless label, then every subject in order, as written: what a table without parts means.
	const plain =
		written.length === subjects.length + 1 &&
		written.every((column, index) =>
			index === 0
				? 'label' in column && column.label === '' && column.align === undefined
				: 'subject' in column &&
					column.subject === subjects[index - 1]?.id &&
					column.name === undefined &&
					column.align === undefined,
		);
	return plain ? undefined : written;
}

/** A cell from its markdown (an HTML table's cell, kept as inline markdown). */
export function cellFromSource(source: string): TableCell {
	const spans = parseCell(source);
	return {source, spans, plain: lineText(spans).trim()};
}

/** An HTML table's cells. */
export function htmlTableCells(table: HtmlTable): TableCells {
	const header = table.header.map(cellFromSource);
	const rows = table.rows.map((row) => row.map(cellFromSource));
	return table.align.some((align) => align !== undefined) ? {header, rows, align: table.align} : {header, rows};
}

/** A piece of a block token: markdown to keep as it is, or a table (its markdown, its cells, its block). */
export type TablePiece =
	| {readonly raw: string; readonly cells?: undefined}
	| {readonly raw: string; readonly cells: TableCells; readonly block: Block};

/**
 * A block token cut into its tables and the rest: a GFM table is one table; an HTML block holding
 * tables is the HTML around them and each table. Undefined for a token that holds no table.
 */
export function tablePieces(token: Token): TablePiece[] | undefined {
	if (token.type !== 'table' && (token.type !== 'html' || !/<table\b/i.test(token.raw))) return undefined;
	// Read once: the subjects are chosen from the tables before the sections are read.
	const known = piecesOf.get(token);
	if (known) return known;
	const pieces =
		token.type === 'table'
			? [tablePiece(token.raw, tableCells(token as Tokens.Table))]
			: splitHtmlTables(token.raw).map(
					(piece): TablePiece =>
						piece.type === 'table' ? tablePiece(piece.html, htmlTableCells(piece.table)) : {raw: piece.html},
				);
	piecesOf.set(token, pieces);
	return pieces;
}

const piecesOf = new WeakMap<Token, TablePiece[]>();

/** A table as a piece: its markdown, its cells, and the block of a table of its own columns. */
function tablePiece(raw: string, cells: TableCells): TablePiece {
	const header = cells.header.map((cell) => cell.spans);
	const rows = cells.rows.map((row) => row.map((cell) => cell.spans));
	const align = cells.align?.map((column) => column ?? null);
	return {raw, cells, block: align ? {type: 'table', header, rows, align} : {type: 'table', header, rows}};
}
