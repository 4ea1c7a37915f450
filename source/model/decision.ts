// The reader's decision on a comparison: how much each row matters to them (a weight) and, for each
// cell, a score and a note of their own. Rows are known by their section's id and their
// criterion's text, not by position, so a decision survives a document that gains, loses or
// reorders rows; a criterion written twice in one section is told apart by which of them it is.
// Pure and immutable: every change gives a new decision, which is what lets the browser's state
// hold it and the store compare what changed.

import {isNotStated} from './not-stated.js';
import {sanitizeText} from './sanitize.js';
import type {Comparison, Row, Section} from './schema.js';
import {type ShownText, type View, visibleRows} from './view.js';

/** Scores run from 0 (fails the need) to 5 (serves it best). */
export const scoreRange = {min: 0, max: 5} as const;
/** Weights run from 0 (the row is left out) to 5; a row nobody weighed weighs 1. */
export const weightRange = {min: 0, max: 5, initial: 1} as const;
/** The longest note kept, in characters: a line, not an essay. */
export const noteLimit = 1000;

/** What the reader made of one cell. */
export type CellDecision = {readonly score?: number; readonly note?: string};

/** A row of the decision by name: its section's id, its criterion, and which of that criterion it is. */
export type RowName = {
	readonly section: string;
	readonly criterion: string;
	/** The nth row of its section with this criterion, from 1 (almost always 1). */
	readonly occurrence: number;
};

/** What the reader made of one row: its weight and its cells by subject id. */
export type RowDecision = RowName & {
	readonly weight: number;
	readonly cells: Readonly<Record<string, CellDecision>>;
};

/** A decision: the rows the reader weighed, scored or wrote on, by key ({@link rowKey}). */
export type Decision = {readonly rows: ReadonlyMap<string, RowDecision>};

/** A decision with nothing in it yet. */
export const emptyDecision: Decision = {rows: new Map()};

/** The key of a row: one string for the section, the criterion and which occurrence it is. */
export function rowKey(place: RowName): string {
	return `${place.section}\u0000${place.occurrence}\u0000${place.criterion}`;
}

/** A row of the comparison as the decision matrix shows it. */
export type MatrixRow = RowName & {
	readonly key: string;
	/** Index of the section in the comparison. */
	readonly sectionIndex: number;
	/** Index of the row in the section's table, to find it again (Enter opens it there). */
	readonly row: number;
	/** The row itself, for its cells. */
	readonly data: Row;
};

/** Every row of a section with its place, in table order. */
function sectionRows(section: Section, sectionIndex: number): MatrixRow[] {
	const seen = new Map<string, number>();
	return (section.table?.rows ?? []).map((data, row) => {
		const occurrence = (seen.get(data.criterion) ?? 0) + 1;
		seen.set(data.criterion, occurrence);
		const place = {section: section.id, criterion: data.criterion, occurrence};
		return {...place, key: rowKey(place), sectionIndex, row, data};
	});
}

/**
 * The rows of the matrix: every row of the chosen sections' tables that the view shows (with
 * differences only, the rows where the shown subjects differ), in reading order.
 */
export function matrixRows(
	comparison: Comparison,
	view: View,
	sections: readonly Section[],
	shown?: ShownText,
): MatrixRow[] {
	const rows: MatrixRow[] = [];
	for (const section of sections) {
		const index = comparison.sections.indexOf(section);
		const all = sectionRows(section, index);
		const visible = new Set(visibleRows(section, view, shown).rows);
		for (const row of all) if (visible.has(row.data)) rows.push(row);
	}
	return rows;
}

/** The rows of the decision that name no row of the comparison any more, in the decision's order. */
export function goneRows(decision: Decision, comparison: Comparison): RowDecision[] {
	const present = new Set(
		comparison.sections.flatMap((section, index) => sectionRows(section, index).map((row) => row.key)),
	);
	return [...decision.rows.entries()].filter(([key]) => !present.has(key)).map(([, row]) => row);
}

/** A row's weight in the decision (1 when the reader never weighed it). */
export function weightOf(decision: Decision, key: string): number {
	return decision.rows.get(key)?.weight ?? weightRange.initial;
}

/** What the reader made of a cell (nothing: an empty object). */
export function cellOf(decision: Decision, key: string, subject: string): CellDecision {
	const cells = decision.rows.get(key)?.cells;
	// Own keys only: a subject named "constructor" must not find Object's.
	return cells && Object.hasOwn(cells, subject) ? (cells[subject] ?? {}) : {};
}

/** A whole number kept within a range. */
function clampWhole(value: number, range: {readonly min: number; readonly max: number}): number {
	return Math.max(range.min, Math.min(range.max, Math.round(value)));
}

/**
 * A note as kept: one line (line breaks and tabs become spaces), no control characters, trimmed,
 * at most {@link noteLimit} characters; undefined when nothing is left.
 */
export function cleanNote(text: string | undefined): string | undefined {
	if (text === undefined) return undefined;
	const line = sanitizeText(text.replace(/[\r\n\t\v\f\u2028\u2029]/g, ' '))
		.replace(/ {2,}/g, ' ')
		.trim();
	const kept = Array.from(line).slice(0, noteLimit).join('').trimEnd();
	return kept === '' ? undefined : kept;
}

/** A cell without the fields that say nothing. */
function tidyCell(cell: CellDecision): CellDecision {
	return {
		...(cell.score === undefined ? {} : {score: cell.score}),
		...(cell.note === undefined ? {} : {note: cell.note}),
	};
}

/**
 * The decision with one row replaced by what change makes of it; a row left with the first weight
 * and no cell is dropped, so that a decision holds only what the reader said.
 */
function changeRow(decision: Decision, place: RowName, change: (row: RowDecision) => RowDecision): Decision {
	const key = rowKey(place);
	const before = decision.rows.get(key) ?? {
		section: place.section,
		criterion: place.criterion,
		occurrence: place.occurrence,
		weight: weightRange.initial,
		cells: {},
	};
	const after = change(before);
	const cells = Object.fromEntries(
		Object.entries(after.cells)
			.map(([subject, cell]) => [subject, tidyCell(cell)] as const)
			.filter(([, cell]) => cell.score !== undefined || cell.note !== undefined),
	);
	const rows = new Map(decision.rows);
	if (after.weight === weightRange.initial && Object.keys(cells).length === 0) rows.delete(key);
	else rows.set(key, {...after, cells});
	return {rows};
}

/** The decision with a cell scored (0 to 5), or its score cleared (undefined). */
export function withScore(decision: Decision, place: RowName, subject: string, score: number | undefined): Decision {
	const value = score === undefined ? undefined : clampWhole(score, scoreRange);
	return changeRow(decision, place, (row) => ({
		...row,
		cells: {...row.cells, [subject]: {...cellOf(decision, rowKey(place), subject), score: value}},
	}));
}

/** The decision with a row's weight set (0 to 5). */
export function withWeight(decision: Decision, place: RowName, weight: number): Decision {
	return changeRow(decision, place, (row) => ({...row, weight: clampWhole(weight, weightRange)}));
}

/** The decision with a cell's note written (cleaned: {@link cleanNote}), or removed (undefined or blank). */
export function withNote(decision: Decision, place: RowName, subject: string, note: string | undefined): Decision {
	return changeRow(decision, place, (row) => ({
		...row,
		cells: {...row.cells, [subject]: {...cellOf(decision, rowKey(place), subject), note: cleanNote(note)}},
	}));
}

/** Whether the reader has said anything at all: a score, a weight other than 1, a note. */
export function isEmptyDecision(decision: Decision): boolean {
	return decision.rows.size === 0;
}

/**
 * The reader's notes on cells where the source is silent, by section id, row index and subject:
 * what the section's table shows in those cells as the reader's own. `key` changes whenever a note
 * does, so that a layout kept for one set of notes is not taken for another.
 */
export type FilledIn = {
	readonly key: string;
	readonly notes: ReadonlyMap<string, ReadonlyMap<number, ReadonlyMap<string, string>>>;
};

/** The reader's notes on the cells of the comparison where the source says nothing. */
export function filledIn(decision: Decision, comparison: Comparison): FilledIn {
	const notes = new Map<string, Map<number, Map<string, string>>>();
	const parts: string[][] = [];
	comparison.sections.forEach((section, index) => {
		for (const row of sectionRows(section, index)) {
			if (!decision.rows.has(row.key)) continue;
			for (const subject of comparison.subjects) {
				const note = cellOf(decision, row.key, subject.id).note;
				if (note === undefined || !isNotStated(row.data.cells[subject.id])) continue;
				const bySection = notes.get(section.id) ?? new Map<number, Map<string, string>>();
				const byRow = bySection.get(row.row) ?? new Map<string, string>();
				byRow.set(subject.id, note);
				bySection.set(row.row, byRow);
				notes.set(section.id, bySection);
				parts.push([section.id, String(row.row), subject.id, note]);
			}
		}
	});
	return {key: parts.length === 0 ? '' : JSON.stringify(parts), notes};
}

/** The reader's note on a silent cell of a section's table, if they wrote one. */
export function filledInNote(
	filled: FilledIn | undefined,
	section: string,
	row: number,
	subject: string,
): string | undefined {
	return filled?.notes.get(section)?.get(row)?.get(subject);
}
