// HTML tables as GitHub draws them: rows and columns, a spanned cell's text repeated into every
// row and column it spans (so each cell stays attributable: in a stacked record, a JSON field, a
// search hit), header rows from <thead> or <th>, alignment from align= or text-align. Model cards
// write their benchmark tables this way (<tr><td>MMLU (5-shot)</td><td>66.6</td>…, rowspan for
// groups). A cell's content is kept as inline markdown (its inline tags as written, which inline
// parsing reads as GitHub shows them), its characters that markdown would read as emphasis or code
// escaped (GitHub shows them as text inside an HTML block), citations kept.
import type {Token, Tokens} from 'marked';
import type {Alignment} from '../model/schema.js';

/** A table read from HTML: the header (blank cells where it has none), the rows, the alignments. */
export type HtmlTable = {
	readonly header: readonly string[];
	readonly rows: readonly (readonly string[])[];
	readonly align: readonly (Alignment | undefined)[];
};

/** A piece of an HTML block: HTML to show as text, or a table. */
export type HtmlPiece =
	| {readonly type: 'html'; readonly html: string}
	| {readonly type: 'table'; readonly html: string; readonly table: HtmlTable};

const tag =
	/<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** The most rows and columns a span reaches: a span of 10,000 would be a table of a million cells. */
const maxSpan = 100;

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function span(attributes: string, name: string): number {
	const value = Number.parseInt(attribute(attributes, name) ?? '1', 10);
	return Number.isFinite(value) && value > 1 ? Math.min(value, maxSpan) : 1;
}

function alignmentOf(attributes: string): Alignment | undefined {
	const value = (
		attribute(attributes, 'align') ??
		/text-align\s*:\s*(left|center|right)/i.exec(attribute(attributes, 'style') ?? '')?.[1] ??
		''
	).toLowerCase();
	return value === 'left' || value === 'center' || value === 'right' ? value : undefined;
}

/** A cell's inner HTML as one line of inline markdown that shows what GitHub shows. */
function cellSource(html: string): string {
	let source = '';
	let last = 0;
	for (const match of html.matchAll(tag)) {
		source += escapeText(html.slice(last, match.index));
		// Comments show nothing, nor an image without alt text (a logo), as in the rest of an HTML
		// block; other tags stay for inline parsing (br, sup, img, a, b...).
		const shown =
			!match[0].startsWith('<!--') && !(match[2]?.toLowerCase() === 'img' && !attribute(match[3] ?? '', 'alt'));
		if (shown) source += match[0];
		last = match.index + match[0].length;
	}
	source += escapeText(html.slice(last));
	return source.replace(/\s+/g, ' ').trim();
}

// Not [ and ]: a citation [1] in a cell is one, as in the rest of an HTML block.
function escapeText(text: string): string {
	return text.replace(/[\\*_`~|]/g, (character) => `\\${character}`);
}

/** Whether a cell's markdown shows anything: text, or an image's alt text. */
function shows(source: string): boolean {
	return (
		source
			.replace(/<img\b[^>]*>/gi, (image) => (attribute(image.slice(4), 'alt') ? 'x' : ''))
			.replace(/<[^>]*>/g, '')
			.trim() !== ''
	);
}

type Cell = {readonly source: string; readonly header: boolean; readonly align: Alignment | undefined};
type RawRow = {readonly head: boolean; readonly cells: {cell: Cell; rows: number; columns: number}[]};

/** The rows of a table's HTML (the text between <table> and </table>), cells with their spans. */
function rawRows(html: string): RawRow[] {
	const rows: RawRow[] = [];
	let row: RawRow | undefined;
	let inHead = false;
	let cell: {start: number; attributes: string; header: boolean} | undefined;
	let depth = 0;
	const close = (end: number) => {
		if (!cell) return;
		if (!row) {
			row = {head: inHead, cells: []};
			rows.push(row);
		}
		row.cells.push({
			cell: {source: cellSource(html.slice(cell.start, end)), header: cell.header, align: alignmentOf(cell.attributes)},
			rows: span(cell.attributes, 'rowspan'),
			columns: span(cell.attributes, 'colspan'),
		});
		cell = undefined;
	};
	for (const match of html.matchAll(tag)) {
		const [whole, closing, name = '', attributes = ''] = match;
		if (whole.startsWith('<!--')) continue;
		const lower = name.toLowerCase();
		// A table inside a cell is part of the cell's content.
		if (lower === 'table') depth += closing ? -1 : 1;
		if (depth > 0 || (lower === 'table' && closing)) continue;
		if (lower === 'thead' || lower === 'tbody' || lower === 'tfoot') {
			// A section's start or end ends the row left open (end tags may be left out): cells
			// after it with no <tr> of their own make a row of the section they are in.
			close(match.index);
			inHead = lower === 'thead' && !closing;
			row = undefined;
		} else if (lower === 'tr') {
			close(match.index);
			row = closing ? undefined : {head: inHead, cells: []};
			if (row) rows.push(row);
		} else if (lower === 'td' || lower === 'th') {
			close(match.index);
			if (!closing) cell = {start: match.index + whole.length, attributes, header: lower === 'th'};
		}
	}
	close(html.length);
	return rows.filter((candidate) => candidate.cells.length > 0);
}

/** Rows and columns of a table's HTML, each spanned cell repeated into every slot it covers. */
function grid(rows: readonly RawRow[]): {cells: (Cell | undefined)[][]; head: boolean[]} {
	const cells: (Cell | undefined)[][] = rows.map(() => []);
	rows.forEach((row, rowIndex) => {
		const line = cells[rowIndex] as (Cell | undefined)[];
		let column = 0;
		for (const {cell, rows: down, columns: across} of row.cells) {
			while (line[column] !== undefined) column++;
			for (let below = 0; below < down && rowIndex + below < rows.length; below++) {
				const target = cells[rowIndex + below] as (Cell | undefined)[];
				for (let right = 0; right < across; right++) target[column + right] = cell;
			}
			column += across;
		}
	});
	return {cells, head: rows.map((row) => row.head)};
}

/** A table from the HTML between <table> and </table>, or undefined when it shows nothing at all. */
export function htmlTable(inner: string): HtmlTable | undefined {
	const {cells, head} = grid(rawRows(inner));
	const width = Math.max(0, ...cells.map((row) => row.length));
	if (width === 0) return undefined;
	const texts = cells.map((row) => Array.from({length: width}, (_, column) => row[column]?.source ?? ''));
	// Header rows: those in <thead>, else those of <th> only at the top, else the first of two or more.
	let headRows = head.filter(Boolean).length;
	if (headRows === 0) {
		while (headRows < cells.length && (cells[headRows] ?? []).every((cell) => cell === undefined || cell.header))
			headRows++;
		if (headRows === cells.length) headRows = cells.length > 1 ? 1 : 0;
	}
	if (headRows === 0 && cells.length > 1) headRows = 1;
	const headers = texts.filter((_, index) => index < headRows || head[index]);
	const body = texts.filter((_, index) => !(index < headRows || head[index]));
	// Header rows stacked over a column read as one name: "Model A / Base" under a spanning "Model A".
	const header = Array.from({length: width}, (_, column) => {
		const names: string[] = [];
		for (const row of headers) {
			const name = row[column] ?? '';
			if (name !== '' && names.at(-1) !== name) names.push(name);
		}
		return names.join(' / ');
	});
	if (![...header, ...body.flat()].some(shows)) return undefined;
	const align = Array.from({length: width}, (_, column) => {
		for (const row of cells) {
			const found = row[column]?.align;
			if (found) return found;
		}
		return undefined;
	});
	return {header, rows: body, align};
}

/**
 * An HTML block cut into the HTML around its tables and the tables (the outermost ones), in
 * order. A block without a whole table is one piece.
 */
export function splitHtmlTables(html: string): HtmlPiece[] {
	const pieces: HtmlPiece[] = [];
	let depth = 0;
	let start = -1;
	let innerStart = 0;
	let last = 0;
	for (const match of html.matchAll(tag)) {
		if ((match[2] ?? '').toLowerCase() !== 'table') continue;
		if (!match[1]) {
			if (depth === 0) {
				start = match.index;
				innerStart = match.index + match[0].length;
			}
			depth++;
			continue;
		}
		if (depth === 0) continue;
		depth--;
		if (depth > 0) continue;
		const table = htmlTable(html.slice(innerStart, match.index));
		if (!table) continue;
		if (start > last) pieces.push({type: 'html', html: html.slice(last, start)});
		const end = match.index + match[0].length;
		pieces.push({type: 'table', html: html.slice(start, end), table});
		last = end;
	}
	if (last < html.length) pieces.push({type: 'html', html: html.slice(last)});
	return pieces;
}

function opensTable(text: string): number {
	let open = 0;
	for (const match of text.matchAll(/<(\/?)table\b/gi)) open += match[1] ? -1 : 1;
	return open;
}

/**
 * Block tokens with an HTML table cut by blank lines put back together: CommonMark ends an HTML
 * block at a blank line, so a table written with blank lines between its rows comes as several
 * tokens; the tokens from its <table> to its </table> become one HTML block.
 */
export function joinHtmlTables(tokens: readonly Token[]): Token[] {
	if (!tokens.some((token) => token.type === 'html' && opensTable(token.raw) > 0)) return tokens as Token[];
	const result: Token[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index] as Token;
		let open = token.type === 'html' ? opensTable(token.raw) : 0;
		if (open <= 0) {
			result.push(token);
			continue;
		}
		let raw = token.raw;
		while (open > 0 && index + 1 < tokens.length) {
			const next = tokens[++index] as Token;
			raw += next.raw;
			open += opensTable(next.raw);
		}
		result.push({type: 'html', block: true, pre: false, raw, text: raw} as Tokens.HTML);
	}
	return result;
}
