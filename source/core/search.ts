// Search across a comparison, case-insensitively. The browser searches the laid-out lines (so a
// hit is a position on screen to highlight); printed output searches the source text (so a hit
// prints the whole cell or sentence). Both name a hit by its place: the section, then the subject
// whose cell matched, or "prose".
import type {Document} from './document.js';
import type {Block} from './layout/markdown.js';
import {type Line, Role, type Span} from './layout/styled.js';
import type {Section} from './schema.js';
import {normalCell, type View, visibleRows} from './view.js';

/** A hit's place, e.g. "Performance › Litestar" or "Summary › prose". */
export function placeName(section: Section, subjectName: string | undefined): string {
	return `${section.title} › ${subjectName ?? 'prose'}`;
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

/** A hit in the browser: a range of a laid-out line, and the subject whose cell it is in. */
export type LineHit = {
	readonly section: number;
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly subject: string | undefined;
};

type Run = {
	readonly section: number;
	readonly line: number;
	readonly start: number;
	readonly text: string;
	readonly subject: string | undefined;
};

/**
 * The searchable text of laid-out sections, folded once: each line is cut into runs at table
 * borders and between cells, so a match never spans two columns. Build it once per layout; each
 * keystroke then only scans strings.
 */
export class SearchIndex {
	readonly #runs: Run[] = [];

	constructor(sections: readonly (readonly Line[])[]) {
		sections.forEach((lines, section) => {
			lines.forEach((line, lineIndex) => {
				let offset = 0;
				let text = '';
				let start = 0;
				let subject: string | undefined;
				const flush = () => {
					if (text.trim() !== '') this.#runs.push({section, line: lineIndex, start, text: lower(text), subject});
					text = '';
				};
				for (const piece of line) {
					if (piece.role & Role.border || piece.subject !== subject) {
						flush();
						start = offset;
						subject = piece.role & Role.border ? undefined : piece.subject;
					}
					if (piece.role & Role.border) start = offset + piece.text.length;
					else text += piece.text;
					offset += piece.text.length;
				}
				flush();
			});
		});
	}

	/** Every occurrence of the query, in reading order. */
	search(query: string): LineHit[] {
		const needle = lower(query);
		if (needle.trim() === '') return [];
		const hits: LineHit[] = [];
		for (const run of this.#runs) {
			for (let at = run.text.indexOf(needle); at !== -1; at = run.text.indexOf(needle, at + needle.length)) {
				hits.push({
					section: run.section,
					line: run.line,
					start: run.start + at,
					end: run.start + at + needle.length,
					subject: run.subject,
				});
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

function blockText(blocks: readonly Block[]): string[] {
	const texts: string[] = [];
	for (const block of blocks) {
		if (block.type === 'paragraph' || block.type === 'heading')
			texts.push(block.spans.map((piece) => piece.text).join(''));
		else if (block.type === 'list') for (const item of block.items) texts.push(...blockText(item.blocks));
		else if (block.type === 'quote') texts.push(...blockText(block.blocks));
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
	for (const section of sections) {
		const prose = [section.title, ...blockText(document.bodies.get(section.id) ?? [])];
		for (const text of prose) {
			for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) {
				if (found(sentence)) hits.push({place: placeName(section, undefined), text: sentence.trim()});
			}
		}
		for (const row of visibleRows(section, view).rows) {
			if (found(row.criterion)) hits.push({place: placeName(section, undefined), text: row.criterion});
			for (const subject of view.subjects) {
				const cell = normalCell(row.cells[subject.id]);
				if (found(cell.text))
					hits.push({place: placeName(section, subject.name), text: `${row.criterion}: ${cell.text}`});
			}
		}
	}
	return hits;
}
