// One section at one width becomes a list of styled lines: the single source of what is shown,
// whether the lines go to a pipe or into the interactive pane.

import {citationMarks} from '../model/citations.js';
import {filledInNote} from '../model/decision.js';
import {isNotStatedText} from '../model/not-stated.js';
import type {Comparison, Reference, Row, Section} from '../model/schema.js';
import {type LocatedPart, locatedParts, shownColumns} from '../model/table-parts.js';
import {normalCell, type ShownText, sectionCitations, type View, visibleRows} from '../model/view.js';
import {type Chart, figureOf, layoutChart} from './chart.js';
import {withCitations} from './citations.js';
import {type Block, blockPieces, type TableSetting, tableSetting, type WideTables} from './markdown.js';
import {append, type Line, lineText, Role, type Span, span} from './styled.js';
import {rowsPerPart, tableParts} from './table.js';
import {urlLines} from './url-lines.js';
import {underlinedHeading, wrapSpans} from './wrap.js';

/**
 * A comparison ready to lay out: the data plus each section's parsed prose, keyed by section id.
 * Parsing does not depend on the width, so it happens once (for the bundled comparison, at build).
 */
export type Document = {
	readonly comparison: Comparison;
	readonly bodies: ReadonlyMap<string, readonly Block[]>;
	/**
	 * Criteria and cell texts parsed as inline markdown, by their source text, parsed when the
	 * prose is. Texts that read as written (no markdown in them) are left out: they cost nothing.
	 */
	readonly inline?: ReadonlyMap<string, readonly Span[]>;
	/**
	 * Set for a Markdown document: what it names may not make a comparison file (no subjects, a
	 * citation of no reference), so its JSON export is checked before it is written.
	 */
	readonly markdown?: true;
	/**
	 * Where the document was read from, for the info panel: the resolved path, the URL the reader
	 * gave, `-` for stdin, or the bundled comparison's name; the address really fetched when it
	 * differs; its size in bytes; and when it was read (given by the reader of the bytes, as layout
	 * reads no clock).
	 */
	readonly origin?: {
		readonly location: string;
		readonly fetchedFrom?: string;
		readonly bytes: number;
		readonly readAt: string;
	};
};

/** A criterion's or a cell's text as spans: its markdown rendered, its citations marked. */
export function inlineSpans(document: Document, text: string, role: number = Role.none): Span[] {
	const parsed = document.inline?.get(text);
	if (!parsed) return withCitations(text, role);
	return role === Role.none ? [...parsed] : parsed.map((piece) => ({...piece, role: piece.role | role}));
}

/** What a reader sees of a cell's source in this document (the markdown rendered, as plain text). */
export function shownText(document: Document): ShownText {
	const inline = document.inline;
	if (!inline || inline.size === 0) return (source) => source;
	return (source) => {
		const parsed = inline.get(source);
		return parsed ? lineText(parsed) : source;
	};
}

/** How many tables of a document's prose are not tables of its subjects (a document's own columns). */
export function otherTables(document: Document): number {
	let count = 0;
	const visit = (blocks: readonly Block[]) => {
		for (const block of blocks) {
			if (block.type === 'table') count++;
			else if (block.type === 'quote') visit(block.blocks);
			else if (block.type === 'list') for (const item of block.items) visit(item.blocks);
		}
	};
	for (const blocks of document.bodies.values()) visit(blocks);
	return count;
}

/** Everything that decides how a section is laid out. */
export type LayoutOptions = {
	readonly width: number;
	readonly view: View;
	readonly ascii?: boolean;
	/**
	 * Whether a section starts with its title as a heading (default true). The browser leaves it
	 * out: its section bar names the section already.
	 */
	readonly title?: boolean;
	/** The browser's: tables too wide for the width panned, each by its pan (printed output stacks them). */
	readonly tables?: WideTables;
};

/**
 * A cell's text (its markdown rendered) with its citations, as spans tagged with the subject;
 * "not stated" is muted.
 */
export function cellSpans(document: Document, text: string, refs: readonly number[], subject: string): Span[] {
	const shown = shownText(document)(text);
	const spans = inlineSpans(document, text, isNotStatedText(shown) ? Role.muted : Role.none);
	if (refs.length > 0) spans.push(span(` ${citationMarks(refs)}`, Role.ref));
	return spans.map((piece) => ({...piece, subject}));
}

/** The mark before the reader's own words, so they never read as the source's. */
export function ownMark(ascii: boolean | undefined): string {
	return ascii ? 'you:' : '✎';
}

/** The reader's note in a cell the source is silent on: their mark, then their words, in a style of their own. */
export function ownNoteSpans(note: string, subject: string, ascii: boolean | undefined): Span[] {
	return [span(`${ownMark(ascii)} `, Role.own), span(note, Role.own)].map((piece) => ({...piece, subject}));
}

/**
 * The side-by-side (or stacked) table of one part of a section's table (one table of the source),
 * or nothing when no row of it is visible, in parts, with empty parts as pauses while the cells
 * are read: a caller laying out ahead of the reader can stop at any part ({@link sectionPieces}).
 * Its columns are the source's: the label column under its header, the shown subjects where the
 * source put its subjects, other columns (fields) under their own headers. Each criterion's spans
 * carry their row's index in the table, so a row can be found in the lines ({@link rowLine}).
 */
function* subjectTableParts(
	document: Document,
	section: Section,
	options: LayoutOptions,
	tables: TableSetting,
	part: LocatedPart,
	/** The header cells the source writes with more than a subject's name (a link), by subject id. */
	links?: Readonly<Record<string, readonly Span[]>>,
): Generator<Line[]> {
	const all = section.table?.rows ?? [];
	const slice = {...section, table: {rows: all.slice(part.start, part.end)}};
	const {rows, hidden} = visibleRows(slice, options.view, shownText(document));
	if (rows.length > 0) {
		const columns = shownColumns(part, options.view.subjects);
		const position = new Map(slice.table.rows.map((row, index) => [row, part.start + index]));
		// What search calls a hit in the label's or a field's cell: its column's header.
		const shown = shownText(document);
		const named = (name: string) => {
			const header = shown(name).replace(/\s+/g, ' ').trim();
			return header === '' ? {} : {column: header};
		};
		const cells: Span[][][] = [];
		for (const row of rows) {
			cells.push(
				columns.map((column) => {
					if (column.kind === 'label')
						return inlineSpans(document, row.criterion, Role.label).map((piece) => ({
							...piece,
							row: position.get(row) ?? -1,
							...named(column.name),
						}));
					if (column.kind === 'field')
						return inlineSpans(document, row.fields?.[column.name] ?? '').map((piece) => ({
							...piece,
							...named(column.name),
						}));
					const cell = normalCell(row.cells[column.subject.id]);
					// Where the source is silent, the reader's own note, marked as theirs.
					const note = cell.notStated
						? filledInNote(options.view.filledIn, section.id, position.get(row) ?? -1, column.subject.id)
						: undefined;
					if (note !== undefined) return ownNoteSpans(note, column.subject.id, options.ascii);
					return cellSpans(document, cell.text, cell.refs, column.subject.id);
				}),
			);
			if (cells.length % rowsPerPart === 0) yield [];
		}
		const header = columns.map((column) =>
			column.kind === 'subject' && column.name === column.subject.name
				? (links?.[column.subject.id] ?? [span(column.name)])
				: inlineSpans(document, column.name),
		);
		const align = columns.some((column) => column.align) ? columns.map((column) => column.align) : undefined;
		// A table that names its label or has columns besides the subjects' is stacked a row at a
		// time, each cell under its header ("Notes: 5-shot"); one of subjects only, a block per subject.
		const records =
			part.written &&
			columns.some((column) => column.kind === 'field' || (column.kind === 'label' && column.name !== ''));
		const index = tables.next();
		yield* tableParts(
			{header, rows: cells, ...(align ? {align} : {})},
			{
				width: options.width,
				...(options.ascii === undefined ? {} : {ascii: options.ascii}),
				...(records ? {stack: 'records' as const} : {}),
				wide: tables.wide,
				pan: tables.pan?.(index) ?? 0,
				index,
			},
		);
	}
	if (hidden > 0) {
		const what = hidden === 1 ? 'row' : 'rows';
		const note = wrapSpans([span(`${hidden} ${what} where every subject agrees hidden`, Role.muted)], options.width);
		yield rows.length > 0 ? [[], ...note] : note;
	}
	// The table's charts follow it, under the heading it stands under.
	for (const chart of partCharts(document, rows, options.view)) {
		yield [[]];
		yield layoutChart(chart, options.width, options.ascii);
	}
}

/** The line of a section's lines where a heading of its prose (by its index among them) starts. */
export function headingLine(lines: readonly Line[], heading: number): number | undefined {
	const index = lines.findIndex((line) => line.some((piece) => piece.heading === heading));
	return index === -1 ? undefined : index;
}

/**
 * Where a table row stands in a section's lines: its first line, the line after its last, and the
 * first line of its table (the header, or in the stacked form the subject's name above the row).
 */
export type RowPlace = {readonly start: number; readonly end: number; readonly header: number};

function isRule(line: Line): boolean {
	return line.every((piece) => piece.role & Role.border || piece.text.trim() === '');
}

/**
 * Every place a table row (by its index in the table) stands in a section's lines: once side by
 * side, once under each subject when the table is stacked. A row goes on from its criterion's
 * line until a rule, a blank line, a heading of the table, or another row's criterion.
 */
export function rowPlaces(lines: readonly Line[], row: number): RowPlace[] {
	const places: RowPlace[] = [];
	const tagged = (line: Line | undefined) => line?.some((piece) => piece.row === row) ?? false;
	for (let start = 0; start < lines.length; start++) {
		if (!tagged(lines[start]) || tagged(lines[start - 1])) continue;
		let end = start + 1;
		for (; end < lines.length; end++) {
			const line = lines[end] as Line;
			if (line.length === 0 || isRule(line)) break;
			if (line.some((piece) => (piece.row !== undefined && piece.row !== row) || piece.role & Role.subject)) break;
		}
		let header = start;
		while (header > 0 && (lines[header - 1] as Line).length > 0) header--;
		places.push({start, end, header});
	}
	return places;
}

/** The line of a section's lines where a table row (by its index in the table) first shows. */
export function rowLine(lines: readonly Line[], row: number): number | undefined {
	const index = lines.findIndex((line) => line.some((piece) => piece.row === row));
	return index === -1 ? undefined : index;
}

/** Charts for rows whose cells carry figures, in the order of the shown subjects. */
function partCharts(document: Document, rows: readonly Row[], view: View): Chart[] {
	const charts: Chart[] = [];
	const shown = shownText(document);
	for (const row of rows) {
		const cells = view.subjects.map((subject) => normalCell(row.cells[subject.id]));
		const figured = cells.find((cell) => cell.value !== undefined);
		if (figured === undefined) continue;
		charts.push({
			title: shown(row.criterion),
			unit: figured.unit ?? '',
			bars: view.subjects.map((subject, index) => {
				const cell = cells[index];
				const more = cell?.value !== undefined && figureOf(shown(cell.text))?.atLeast === true;
				return {label: subject.name, value: cell?.value, ...(more ? {atLeast: true} : {})};
			}),
		});
	}
	return charts;
}

/** Charts for the visible rows of a section whose cells carry figures, in the order of the shown subjects. */
export function sectionCharts(document: Document, section: Section, view: View): Chart[] {
	return partCharts(document, visibleRows(section, view, shownText(document)).rows, view);
}

/**
 * The body and table of a section, a piece at a time, each piece in parts: each block of its
 * prose, and each table of its subjects where it stands (a Markdown document's, or a file's whose
 * parts say where), with its charts; a table whose place is not marked comes after the prose.
 */
function* bodyPieces(document: Document, section: Section, options: LayoutOptions): Generator<Iterable<Line[]>> {
	const blocks = document.bodies.get(section.id) ?? [];
	const parts = locatedParts(section.table, document.comparison.subjects);
	const placed = new Set<number>();
	// Rows placed by a block that names no part (blocks made before parts): they stand there, and
	// the table is not repeated after the prose.
	let unnamed = false;
	// The section's tables numbered in the order they are laid out, prose tables and its own alike.
	const tables = tableSetting(options.tables);
	const prose = {width: options.width, ...(options.ascii === undefined ? {} : {ascii: options.ascii}), tables};
	let run: Block[] = [];
	let heading = 0;
	for (const block of blocks) {
		if (block.type === 'heading') {
			// Each heading's lines carry its index, so the outline can find where it stands.
			const index = heading++;
			run.push({...block, spans: block.spans.map((piece) => ({...piece, heading: index}))});
			continue;
		}
		if (block.type !== 'subject-table') {
			run.push(block);
			continue;
		}
		for (const piece of blockPieces(run, prose)) yield [piece];
		run = [];
		const part = block.part === undefined ? undefined : parts[block.part];
		if (part) placed.add(part.index);
		else unnamed = true;
		yield subjectTableParts(document, section, options, tables, part ?? rowsPart(parts, block), block.header);
	}
	for (const piece of blockPieces(run, prose)) yield [piece];
	if (unnamed) return;
	for (const part of parts)
		if (!placed.has(part.index)) yield subjectTableParts(document, section, options, tables, part);
}

/** The rows a block places without naming its part, with the columns of the first part. */
function rowsPart(parts: readonly LocatedPart[], block: Extract<Block, {type: 'subject-table'}>): LocatedPart {
	return {
		index: -1,
		start: block.start,
		end: block.end,
		after: undefined,
		columns: parts[0]?.columns ?? [],
		written: false,
	};
}

/**
 * A section laid out, a piece at a time: heading, then each piece of its prose and table and each
 * chart, a blank line before each (a piece with no lines, as a table with no row shown, is left
 * out). Printing renders each piece and lets it go: fewer lines are alive at once when the garbage
 * collector runs (it copies what is alive). A long table comes in parts, with empty parts as
 * pauses, so that the browser can lay a section out ahead of the reader a little at a time.
 */
export function* sectionPieces(document: Document, section: Section, options: LayoutOptions): Generator<Line[]> {
	// Under the document's title, the text before its first heading has no heading of its own; nor
	// has any section where the browser's bar already names it.
	const titled = options.title !== false && !isTitleSection(document.comparison, section);
	if (titled) yield underlinedHeading(section.title, options.width, options.ascii);
	// Without the title, the first piece starts the section: no blank line before it.
	let first = !titled;
	for (const piece of bodyPieces(document, section, options)) {
		let started = false;
		for (const part of piece) {
			if (!started && part.length > 0) {
				started = true;
				if (!first) yield [[]];
				first = false;
			}
			yield part;
		}
	}
}

/**
 * Whether a section is the one the comparison's title heads: the first, named as the comparison
 * (a Markdown document's text before its first heading). Its heading would say the title again.
 */
export function isTitleSection(comparison: Comparison, section: Section): boolean {
	return comparison.sections[0]?.id === section.id && section.title === comparison.title;
}

/** A section laid out at a width: heading, prose, its table, then charts of its figures. */
export function sectionLines(document: Document, section: Section, options: LayoutOptions): Line[] {
	const lines: Line[] = [];
	for (const piece of sectionPieces(document, section, options)) append(lines, piece);
	return lines;
}

/** The line under the title that says where the comparison comes from. */
export function sourceLine(comparison: Comparison): string {
	const source = comparison.source;
	if (!source) return '';
	const parts = [
		source.publisher,
		source.date,
		source.readingMinutes === undefined ? undefined : `${source.readingMinutes} min read`,
		source.wordCount === undefined ? undefined : `${source.wordCount} words`,
		source.machineGenerated ? 'machine-generated' : undefined,
	];
	return parts.filter((part): part is string => part !== undefined && part !== '').join(' · ');
}

/** The title block: title, description and source line. */
export function headerLines(comparison: Comparison, width: number): Line[] {
	const lines = wrapSpans([span(comparison.title, Role.title | Role.strong)], width);
	// A description that only says the title again (front matter often has both) is not shown.
	const {description} = comparison;
	if (description && description.replace(/\s+/g, ' ').trim().toLowerCase() !== comparison.title.toLowerCase())
		append(lines, wrapSpans([span(description)], width));
	const source = sourceLine(comparison);
	if (source) append(lines, wrapSpans([span(source, Role.muted)], width));
	return lines;
}

/**
 * A references list: number, title and publisher, then the URL on its own indented line, then the
 * reference's note if one is given (the browser says there what each reference backs).
 */
export function referenceLines(
	references: readonly Reference[],
	options: {width: number; ascii?: boolean; notes?: ReadonlyMap<number, string>},
): Line[] {
	const lines = underlinedHeading('References', options.width, options.ascii);
	lines.push([]);
	const numberWidth = Math.max(0, ...references.map((reference) => `[${reference.id}] `.length));
	for (const reference of references) {
		const marker = span(`[${reference.id}]`.padEnd(numberWidth), Role.ref);
		const rest = [span(' '.repeat(numberWidth))];
		// A reference whose title is its URL (a bare link in a list) is that link, said once, on
		// lines of its own as every reference's URL is.
		const titledByUrl = reference.url !== undefined && reference.title.trim() === reference.url;
		if (reference.url && titledByUrl) {
			append(lines, urlLines(reference.url, options.width, {first: [marker], rest}));
			if (reference.publisher) append(lines, wrapSpans([span(reference.publisher)], options.width, {first: rest}));
		} else {
			const text: Span[] = [span(reference.title, Role.strong)];
			if (reference.publisher) text.push(span(`${options.ascii ? ' - ' : ' — '}${reference.publisher}`));
			append(lines, wrapSpans(text, options.width, {first: [marker], rest}));
			// The URL on lines of its own, broken only after its separators: read and copied whole.
			if (reference.url) append(lines, urlLines(reference.url, options.width, {first: rest}));
		}
		const note = options.notes?.get(reference.id);
		if (note) append(lines, wrapSpans([span(note, Role.muted)], options.width, {first: rest}));
	}
	return lines;
}

/** References a set of sections cites, in the order the comparison lists them. */
export function citedReferences(document: Document, sections: readonly Section[], view: View): Reference[] {
	const {comparison} = document;
	const shown = shownText(document);
	const numbers = new Set(sections.flatMap((section) => sectionCitations(section, view, shown)));
	return (comparison.references ?? []).filter((reference) => numbers.has(reference.id));
}

/**
 * The printed document: the header, the chosen sections and the references they cite (all of
 * them when every section is printed).
 */
export function documentLines(document: Document, sections: readonly Section[], options: LayoutOptions): Line[] {
	const lines: Line[] = [];
	for (const part of documentParts(document, sections, options)) append(lines, part);
	return lines;
}

/**
 * The same lines, a piece at a time (the header, each block, table and chart of each section, the
 * references), so that printing can turn each piece into text and let its lines go: fewer objects
 * survive each scavenge, which was a fifth of the time of printing a long comparison.
 */
export function* documentParts(
	document: Document,
	sections: readonly Section[],
	options: LayoutOptions,
): Generator<readonly Line[]> {
	const {comparison} = document;
	// Every section, not a part of one standing in for it (-s section/heading).
	const whole =
		sections.length === comparison.sections.length &&
		sections.every((section, index) => section === comparison.sections[index]);
	if (whole) yield [...headerLines(comparison, options.width), []];
	// Printed alone, the section under the title is headed by it, as every other section is.
	else if (sections[0] && isTitleSection(comparison, sections[0]))
		yield [...underlinedHeading(sections[0].title, options.width, options.ascii), []];
	for (const [index, section] of sections.entries()) {
		if (index > 0) yield [[]];
		yield* sectionPieces(document, section, options);
	}
	const references = whole ? (comparison.references ?? []) : citedReferences(document, sections, options.view);
	if (references.length > 0) yield [[], ...referenceLines(references, options)];
}
