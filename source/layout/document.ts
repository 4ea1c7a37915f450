// One section at one width becomes a list of styled lines: the single source of what is shown,
// whether the lines go to a pipe or into the interactive pane.

import {filledInNote} from '../model/decision.js';
import {isNotStatedText} from '../model/not-stated.js';
import type {Comparison, Reference, Section} from '../model/schema.js';
import {normalCell, type ShownText, sectionCitations, type View, visibleRows} from '../model/view.js';
import {type Chart, layoutChart} from './chart.js';
import {withCitations} from './citations.js';
import {type Block, blockPieces} from './markdown.js';
import {append, type Line, largest, lineText, lineWidth, Role, type Span, span} from './styled.js';
import {rowsPerPart, tableParts} from './table.js';
import {wrapSpans} from './wrap.js';

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

/** Everything that decides how a section is laid out. */
export type LayoutOptions = {
	readonly width: number;
	readonly view: View;
	readonly ascii?: boolean;
};

/**
 * A cell's text (its markdown rendered) with its citations, as spans tagged with the subject;
 * "not stated" is muted.
 */
export function cellSpans(document: Document, text: string, refs: readonly number[], subject: string): Span[] {
	const shown = shownText(document)(text);
	const spans = inlineSpans(document, text, isNotStatedText(shown) ? Role.muted : Role.none);
	if (refs.length > 0) spans.push(span(` ${refs.map((number) => `[${number}]`).join('')}`, Role.ref));
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

function headingLines(title: string, width: number, ascii: boolean | undefined): Line[] {
	const lines = wrapSpans([span(title, Role.heading | Role.strong)], width);
	const underline = Math.min(width, largest(lines.map(lineWidth)));
	return [...lines, [span((ascii ? '-' : '─').repeat(underline), Role.border)]];
}

/** Rows start to end of a section's table (a Markdown document can have several tables of its subjects). */
export type RowRange = {readonly start: number; readonly end: number};

/**
 * The side-by-side (or stacked) table of a section (or rows of it), or nothing when no row is
 * visible, in parts, with empty parts as pauses while the cells are read: a caller laying out
 * ahead of the reader can stop at any part ({@link sectionPieces}). Each criterion's spans carry
 * their row's index in the table, so a row can be found in the lines ({@link rowLine}).
 */
function* subjectTableParts(
	document: Document,
	section: Section,
	options: LayoutOptions,
	range?: RowRange,
): Generator<Line[]> {
	const part =
		range && section.table ? {...section, table: {rows: section.table.rows.slice(range.start, range.end)}} : section;
	const {rows, hidden} = visibleRows(part, options.view, shownText(document));
	if (rows.length > 0) {
		const position = new Map((section.table?.rows ?? []).map((row, index) => [row, index]));
		const cells: Span[][][] = [];
		for (const row of rows) {
			cells.push([
				inlineSpans(document, row.criterion, Role.label).map((piece) => ({...piece, row: position.get(row) ?? -1})),
				...options.view.subjects.map((subject) => {
					const cell = normalCell(row.cells[subject.id]);
					// Where the source is silent, the reader's own note, marked as theirs.
					const note = cell.notStated
						? filledInNote(options.view.filledIn, section.id, position.get(row) ?? -1, subject.id)
						: undefined;
					if (note !== undefined) return ownNoteSpans(note, subject.id, options.ascii);
					return cellSpans(document, cell.text, cell.refs, subject.id);
				}),
			]);
			if (cells.length % rowsPerPart === 0) yield [];
		}
		const header = [[], ...options.view.subjects.map((subject) => [span(subject.name)])];
		yield* tableParts({header, rows: cells}, options);
	}
	if (hidden > 0) {
		const what = hidden === 1 ? 'row' : 'rows';
		const note = wrapSpans([span(`${hidden} ${what} where every subject agrees hidden`, Role.muted)], options.width);
		yield rows.length > 0 ? [[], ...note] : note;
	}
}

/** The line of a section's lines where a table row (by its index in the table) first shows. */
export function rowLine(lines: readonly Line[], row: number): number | undefined {
	const index = lines.findIndex((line) => line.some((piece) => piece.row === row));
	return index === -1 ? undefined : index;
}

/** Charts for the visible rows whose cells carry figures, in the order of the shown subjects. */
export function sectionCharts(document: Document, section: Section, view: View): Chart[] {
	const charts: Chart[] = [];
	const shown = shownText(document);
	for (const row of visibleRows(section, view, shown).rows) {
		const cells = view.subjects.map((subject) => normalCell(row.cells[subject.id]));
		const unit = cells.find((cell) => cell.unit !== undefined)?.unit;
		if (unit === undefined) continue;
		charts.push({
			title: shown(row.criterion),
			unit,
			bars: view.subjects.map((subject, index) => ({label: subject.name, value: cells[index]?.value})),
		});
	}
	return charts;
}

/**
 * The body and table of a section, a piece at a time, each piece in parts: each block of its
 * prose, then its table; or, where the prose marks where rows of the table stand (a Markdown
 * document's tables of its subjects), those rows there.
 */
function* bodyPieces(document: Document, section: Section, options: LayoutOptions): Generator<Iterable<Line[]>> {
	const blocks = document.bodies.get(section.id) ?? [];
	let run: Block[] = [];
	for (const block of blocks) {
		if (block.type !== 'subject-table') {
			run.push(block);
			continue;
		}
		for (const piece of blockPieces(run, options)) yield [piece];
		run = [];
		yield subjectTableParts(document, section, options, block);
	}
	for (const piece of blockPieces(run, options)) yield [piece];
	if (!blocks.some((block) => block.type === 'subject-table')) yield subjectTableParts(document, section, options);
}

/**
 * A section laid out, a piece at a time: heading, then each piece of its prose and table and each
 * chart, a blank line before each (a piece with no lines, as a table with no row shown, is left
 * out). Printing renders each piece and lets it go: fewer lines are alive at once when the garbage
 * collector runs (it copies what is alive). A long table comes in parts, with empty parts as
 * pauses, so that the browser can lay a section out ahead of the reader a little at a time.
 */
export function* sectionPieces(document: Document, section: Section, options: LayoutOptions): Generator<Line[]> {
	yield headingLines(section.title, options.width, options.ascii);
	for (const piece of bodyPieces(document, section, options)) {
		let started = false;
		for (const part of piece) {
			if (!started && part.length > 0) {
				started = true;
				yield [[]];
			}
			yield part;
		}
	}
	for (const chart of sectionCharts(document, section, options.view)) {
		yield [[]];
		yield layoutChart(chart, options.width, options.ascii);
	}
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
	if (comparison.description) append(lines, wrapSpans([span(comparison.description)], width));
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
	const lines = headingLines('References', options.width, options.ascii);
	lines.push([]);
	const numberWidth = Math.max(0, ...references.map((reference) => `[${reference.id}] `.length));
	for (const reference of references) {
		const marker = span(`[${reference.id}]`.padEnd(numberWidth), Role.ref);
		const text: Span[] = [span(reference.title, Role.strong)];
		if (reference.publisher) text.push(span(`${options.ascii ? ' - ' : ' — '}${reference.publisher}`));
		const rest = [span(' '.repeat(numberWidth))];
		append(lines, wrapSpans(text, options.width, {first: [marker], rest}));
		if (reference.url)
			append(lines, wrapSpans([span(reference.url, Role.link, reference.url)], options.width, {first: rest}));
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
	const whole = sections.length === comparison.sections.length;
	if (whole) yield [...headerLines(comparison, options.width), []];
	for (const [index, section] of sections.entries()) {
		if (index > 0) yield [[]];
		yield* sectionPieces(document, section, options);
	}
	const references = whole ? (comparison.references ?? []) : citedReferences(document, sections, options.view);
	if (references.length > 0) yield [[], ...referenceLines(references, options)];
}
