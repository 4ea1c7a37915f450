// Search across a comparison, case-insensitively. The browser searches the laid-out lines (so a
// hit is a place on screen to highlight, on two or more lines where the width broke a phrase);
// printed output searches the source text (so a hit prints the whole cell or sentence). Both name
// a hit by its place: the section, then the subject whose cell matched, or "prose".
import {type Document, shownText} from '../layout/document.js';
import {evidenceWords} from '../layout/evidence.js';
import type {Block} from '../layout/markdown.js';
import {type Line, Role, type Span} from '../layout/styled.js';
import type {Evidence} from '../model/evidence.js';
import type {Comparison, Section} from '../model/schema.js';
import {locatedParts} from '../model/table-parts.js';
import {normalCell, type View, visibleRows} from '../model/view.js';

/** A hit's place, e.g. "Performance › Litestar", "Summary › prose" or "Features › criterion". */
export function placeName(section: Section, subjectName: string | undefined): string {
	return `${section.title} › ${subjectName ?? 'prose'}`;
}

/** Text on one line: a hit holding a line break (<br> in a cell) is still one line of output. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Lowercases text keeping every offset where it was (a few letters lowercase to two units). */
function lower(text: string): string {
	const folded = text.toLowerCase();
	if (folded.length === text.length) return folded;
	let kept = '';
	for (const unit of text) {
		const one = unit.toLowerCase();
		kept += one.length === unit.length ? one : unit;
	}
	return kept;
}

/** A range of one laid-out line. */
export type LineRange = {readonly line: number; readonly start: number; readonly end: number};

/**
 * A hit in the browser: a range of a laid-out line, and the subject whose cell it is in. A hit that
 * the width broke over lines goes on in `more`, a range on each following line.
 */
export type LineHit = LineRange & {
	readonly section: number;
	readonly subject: string | undefined;
	/** Set where the hit is in a row's criterion (its label cell), not in prose. */
	readonly criterion?: true;
	/** The header of the column the hit is in, for a table's label or other columns that have one. */
	readonly column?: string;
	readonly more?: readonly LineRange[];
};

/** Where a piece of a text came from: a line, the column its first unit is at, and its offset in the text. */
type Piece = {readonly line: number; readonly start: number; readonly from: number; length: number};

/** One text as a reader sees it (a paragraph, a table cell), folded, with the lines it is laid out on. */
type Text = {
	readonly section: number;
	readonly subject: string | undefined;
	readonly criterion: boolean;
	readonly column: string | undefined;
	text: string;
	readonly pieces: Piece[];
};

/** Counts the whitespace at the start of a string. */
function leadingSpace(text: string): number {
	return text.length - text.trimStart().length;
}

/**
 * The searchable text of laid-out sections, folded once: each line is cut into runs at table
 * borders and between cells, so a match never spans two columns, and a run that wrapping
 * continued (Role.wrapped) joins the text it continues, so a phrase is found wherever the width
 * broke it. Build it once per layout; each keystroke then only scans strings.
 */
export class SearchIndex {
	readonly #texts: Text[] = [];

	constructor(sections: readonly (readonly Line[])[]) {
		sections.forEach((lines, section) => {
			// The texts of the line above, by column and subject, that a continued run may join: a
			// table of a document's own columns has no subjects, so the column tells its cells apart.
			let above = new Map<string, Text>();
			lines.forEach((line, lineIndex) => {
				const here = new Map<string, Text>();
				let column = 0;
				let offset = 0;
				let text = '';
				let start = 0;
				let subject: string | undefined;
				let continues = 0;
				let criterion = false;
				let named: string | undefined;
				const flush = () => {
					if (text.trim() !== '') {
						const folded = lower(text);
						const key = `${column}\u0000${subject ?? ''}`;
						const previous = continues === 0 ? undefined : above.get(key);
						if (previous) {
							// The width broke the text here: one space at a space, none inside a word. The
							// line above loses its trailing blanks (a cell's padding) to the join.
							const trimmed = previous.text.trimEnd();
							const last = previous.pieces.at(-1);
							if (last) last.length = Math.min(last.length, trimmed.length - last.from);
							previous.text = trimmed + (continues & Role.wrappedInWord ? '' : ' ');
							const skip = leadingSpace(folded);
							previous.pieces.push({
								line: lineIndex,
								start: start + skip,
								from: previous.text.length,
								length: folded.length - skip,
							});
							previous.text += folded.slice(skip);
							here.set(key, previous);
						} else {
							const fresh: Text = {
								section,
								subject,
								criterion,
								column: named,
								text: folded,
								pieces: [{line: lineIndex, start, from: 0, length: folded.length}],
							};
							this.#texts.push(fresh);
							here.set(key, fresh);
						}
					}
					text = '';
					continues = 0;
					criterion = false;
					named = undefined;
				};
				for (const piece of line) {
					if (piece.role & Role.border || piece.subject !== subject) {
						flush();
						// A border between cells starts a column; one that starts the line (code's
						// continuation marker) does not.
						if (piece.role & Role.border && offset > 0) column++;
						start = offset;
						subject = piece.role & Role.border ? undefined : piece.subject;
					}
					if (piece.role & (Role.wrapped | Role.wrappedInWord) && text.trim() === '') continues = piece.role;
					if (piece.role & Role.border) start = offset + piece.text.length;
					else {
						text += piece.text;
						if (piece.row !== undefined) criterion = true;
						if (piece.column !== undefined) named = piece.column;
					}
					offset += piece.text.length;
				}
				flush();
				above = here;
			});
		});
	}

	/**
	 * Every occurrence of the query, in reading order: text by text, as the texts begin on screen,
	 * so prose goes line by line and a table row by row, cell by cell (a cell over three lines is
	 * read through before the cell beside it).
	 */
	search(query: string): LineHit[] {
		const needle = lower(query);
		if (needle.trim() === '') return [];
		const hits: LineHit[] = [];
		for (const text of this.#texts) {
			let piece = 0;
			for (let at = text.text.indexOf(needle); at !== -1; at = text.text.indexOf(needle, at + needle.length)) {
				const end = at + needle.length;
				// The piece the hit starts in (or the next one, if it starts on a joining space).
				while (
					piece < text.pieces.length - 1 &&
					(text.pieces[piece] as Piece).from + (text.pieces[piece] as Piece).length <= at
				)
					piece++;
				const first = text.pieces[piece] as Piece;
				let hit: LineHit;
				if (end <= first.from + first.length && at >= first.from) {
					const start = first.start + at - first.from;
					hit = {
						section: text.section,
						subject: text.subject,
						...(text.criterion ? {criterion: true} : {}),
						...(text.column === undefined ? {} : {column: text.column}),
						line: first.line,
						start,
						end: start + needle.length,
					};
				} else {
					const ranges: LineRange[] = [];
					for (let index = piece; index < text.pieces.length; index++) {
						const part = text.pieces[index] as Piece;
						const from = Math.max(at, part.from);
						const to = Math.min(end, part.from + part.length);
						if (from < to)
							ranges.push({line: part.line, start: part.start + from - part.from, end: part.start + to - part.from});
						if (part.from + part.length >= end) break;
					}
					const [head, ...more] = ranges;
					if (!head) continue;
					hit = {
						section: text.section,
						subject: text.subject,
						...(text.criterion ? {criterion: true} : {}),
						...(text.column === undefined ? {} : {column: text.column}),
						...head,
						...(more.length > 0 ? {more} : {}),
					};
				}
				hits.push(hit);
			}
		}
		return hits;
	}
}

/** Ranges of a line to mark: every hit, and whether it is the current one. */
export type Mark = {readonly start: number; readonly end: number; readonly current: boolean};

/** A line with its marked ranges in reverse video (the current hit stands out more). */
export function highlight(line: Line, marks: readonly Mark[]): Line {
	if (marks.length === 0) return line;
	const result: Span[] = [];
	let offset = 0;
	for (const piece of line) {
		const end = offset + piece.text.length;
		// Cut points inside this span.
		const cuts = new Set<number>([0, piece.text.length]);
		for (const mark of marks) {
			if (mark.start > offset && mark.start < end) cuts.add(mark.start - offset);
			if (mark.end > offset && mark.end < end) cuts.add(mark.end - offset);
		}
		const points = [...cuts].sort((a, b) => a - b);
		for (let index = 0; index < points.length - 1; index++) {
			const from = points[index] ?? 0;
			const to = points[index + 1] ?? 0;
			const mark = marks.find((candidate) => candidate.start <= offset + from && candidate.end >= offset + to);
			const role = mark ? piece.role | (mark.current ? Role.current : Role.match) : piece.role;
			result.push({...piece, text: piece.text.slice(from, to), role});
		}
		offset = end;
	}
	return result;
}

/** A hit in printed output: its place and the whole text it was found in. */
export type TextHit = {readonly place: string; readonly text: string};

function blockText(blocks: readonly Block[], texts: string[] = []): string[] {
	for (const block of blocks) {
		if (block.type === 'paragraph' || block.type === 'heading')
			texts.push(block.spans.map((piece) => piece.text).join(''));
		else if (block.type === 'list') for (const item of block.items) blockText(item.blocks, texts);
		else if (block.type === 'quote') blockText(block.blocks, texts);
		else if (block.type === 'code') texts.push(block.text);
		else if (block.type === 'table')
			for (const cell of [...block.header, ...block.rows.flat()]) texts.push(cell.map((piece) => piece.text).join(''));
	}
	return texts;
}

/**
 * Searches the source text of the chosen sections: prose sentence by sentence, each shown
 * subject's cells whole. One hit per text that contains the query.
 */
export function searchText(document: Document, sections: readonly Section[], view: View, query: string): TextHit[] {
	const needle = lower(query);
	if (needle.trim() === '') return [];
	const hits: TextHit[] = [];
	const found = (text: string) => lower(text).includes(needle);
	// Cells are searched as the reader sees them: their markdown rendered.
	const shown = shownText(document);
	for (const section of sections) {
		const prose = [section.title, ...blockText(document.bodies.get(section.id) ?? [])];
		for (const text of prose) {
			for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) {
				if (found(sentence)) hits.push({place: placeName(section, undefined), text: oneLine(sentence)});
			}
		}
		const parts = locatedParts(section.table, document.comparison.subjects);
		const indexes = new Map((section.table?.rows ?? []).map((row, index) => [row, index]));
		for (const row of visibleRows(section, view, shown).rows) {
			const criterion = oneLine(shown(row.criterion));
			// The row's label column, by its header when it has one ("Feature"), else "criterion".
			const index = indexes.get(row) ?? -1;
			const part = parts.find((candidate) => index >= candidate.start && index < candidate.end);
			const label = part?.columns.find((column) => 'label' in column);
			const labelName = label && 'label' in label ? oneLine(shown(label.label)) : '';
			if (found(criterion)) hits.push({place: placeName(section, labelName || 'criterion'), text: criterion});
			for (const [name, field] of Object.entries(row.fields ?? {})) {
				const text = oneLine(shown(field));
				if (found(text))
					hits.push({place: placeName(section, oneLine(shown(name)) || 'criterion'), text: `${criterion}: ${text}`});
			}
			for (const subject of view.subjects) {
				const text = oneLine(shown(normalCell(row.cells[subject.id]).text));
				if (found(text)) hits.push({place: placeName(section, subject.name), text: `${criterion}: ${text}`});
			}
		}
	}
	return hits;
}

/**
 * Searches the evidence view row by row: a row's text is its criterion and what backs each shown
 * subject's claim ("Throughput: FastAPI cited [1]; Litestar not stated"), so a query finds
 * criteria and kinds alike. One hit per matching row, placed under "Evidence › <section>".
 */
export function searchEvidence(comparison: Comparison, evidence: Evidence, query: string): TextHit[] {
	const needle = lower(query);
	if (needle.trim() === '') return [];
	const hits: TextHit[] = [];
	for (const row of evidence.rows) {
		const claims = row.cells.map((cell, column) => {
			const name = evidence.subjects[column]?.subject.name ?? '';
			const refs = cell.refs.map((number) => `[${number}]`).join('');
			return `${name} ${evidenceWords[cell.kind]}${refs === '' ? '' : ` ${refs}`}`;
		});
		const text = `${row.criterion}: ${claims.join('; ')}`;
		if (lower(text).includes(needle))
			hits.push({place: `Evidence › ${comparison.sections[row.section]?.title ?? ''}`, text});
	}
	return hits;
}

/** A text as spans with every occurrence of a query (any case) marked as a hit, for printed hits. */
export function hitSpans(text: string, query: string): Span[] {
	const needle = lower(query);
	if (needle.trim() === '') return [{text, role: Role.none}];
	const folded = lower(text);
	const spans: Span[] = [];
	let from = 0;
	for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
		if (at > from) spans.push({text: text.slice(from, at), role: Role.none});
		spans.push({text: text.slice(at, at + needle.length), role: Role.match});
		from = at + needle.length;
	}
	if (from < text.length) spans.push({text: text.slice(from), role: Role.none});
	return spans;
}
