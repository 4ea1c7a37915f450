// How well each subject's claims are backed. Every table cell is a claim about one subject, and
// it is one of three kinds: cited (it names references), uncited (it states something and cites
// nothing) or not stated (the source is silent). Counted per subject over the rows the view shows,
// this is the evidence view; counted per reference over the whole comparison, it says what each
// reference backs. Pure: built only when the reader asks for it.
import {bodyCitedNumbers, citedNumbers} from './citations.js';
import type {Cell, Comparison, Section, Subject} from './schema.js';
import {normalCell, type View, visibleRows} from './view.js';

/** The three kinds of claim, in the order the view lists them. */
export const evidenceKinds = ['cited', 'uncited', 'notStated'] as const;
/** What backs one cell. */
export type EvidenceKind = (typeof evidenceKinds)[number];

/** One cell's kind and the references it cites (in `refs` or as [n] in its text), ascending. */
export type CellEvidence = {readonly kind: EvidenceKind; readonly refs: readonly number[]};

/** The kind of one cell. */
export function cellEvidence(cell: Cell | undefined): CellEvidence {
	const normal = normalCell(cell);
	if (normal.notStated) return {kind: 'notStated', refs: []};
	const refs = [...new Set([...normal.refs, ...citedNumbers(normal.text)])].sort((a, b) => a - b);
	return {kind: refs.length > 0 ? 'cited' : 'uncited', refs};
}

/** One table row of the view: where it is, and each shown subject's cell, in the view's order. */
export type EvidenceRow = {
	/** Index of the section in the comparison. */
	readonly section: number;
	/** Index of the row in the section's table (not among the visible rows), to find it again. */
	readonly row: number;
	readonly criterion: string;
	readonly cells: readonly CellEvidence[];
};

/** How many of a subject's cells are of each kind. */
export type EvidenceCounts = {readonly [kind in EvidenceKind]: number};

/** The evidence view: per shown subject its counts, and every visible row. */
export type Evidence = {
	readonly subjects: readonly (EvidenceCounts & {readonly subject: Subject})[];
	readonly rows: readonly EvidenceRow[];
	/** Rows differences-only hid. */
	readonly hidden: number;
};

/** The evidence of the chosen sections as the view shows them (subjects, order, differences only). */
export function evidenceOf(comparison: Comparison, view: View, sections: readonly Section[]): Evidence {
	const rows: EvidenceRow[] = [];
	let hidden = 0;
	for (const section of sections) {
		const index = comparison.sections.indexOf(section);
		const position = new Map((section.table?.rows ?? []).map((row, at) => [row, at]));
		const visible = visibleRows(section, view);
		hidden += visible.hidden;
		for (const row of visible.rows) {
			rows.push({
				section: index,
				row: position.get(row) ?? -1,
				criterion: row.criterion,
				cells: view.subjects.map((subject) => cellEvidence(row.cells[subject.id])),
			});
		}
	}
	const subjects = view.subjects.map((subject, column) => {
		const counts = {cited: 0, uncited: 0, notStated: 0};
		for (const row of rows) {
			const cell = row.cells[column];
			if (cell) counts[cell.kind]++;
		}
		return {subject, ...counts};
	});
	return {subjects, rows, hidden};
}

/** The evidence as `--evidence --format json` writes it: plain data, keyed by ids. */
export type EvidenceJson = {
	readonly subjects: readonly {
		readonly id: string;
		readonly name: string;
		readonly cited: number;
		readonly uncited: number;
		readonly notStated: number;
	}[];
	readonly rows: readonly {
		readonly section: string;
		readonly criterion: string;
		readonly cells: Readonly<Record<string, EvidenceKind>>;
	}[];
};

/** The evidence as JSON data: subjects with their counts, rows with each subject's kind. */
export function evidenceJson(comparison: Comparison, evidence: Evidence): EvidenceJson {
	const ids = evidence.subjects.map((entry) => entry.subject.id);
	return {
		subjects: evidence.subjects.map(({subject, cited, uncited, notStated}) => ({
			id: subject.id,
			name: subject.name,
			cited,
			uncited,
			notStated,
		})),
		rows: evidence.rows.map((row) => ({
			section: comparison.sections[row.section]?.id ?? '',
			criterion: row.criterion,
			cells: Object.fromEntries(row.cells.map((cell, column) => [ids[column] ?? '', cell.kind])),
		})),
	};
}

/** What one reference backs: how many claims cite it, and how many of them are each subject's. */
export type ReferenceUse = {
	readonly claims: number;
	/** Subjects whose claims cite it, in the comparison's order, with how many claims each. */
	readonly subjects: readonly {readonly subject: Subject; readonly claims: number}[];
	/** Sections whose prose cites it (prose is about no one subject, so it makes no claim here). */
	readonly prose: number;
};

/** For every reference of the comparison, the table claims that cite it (every row, every subject). */
export function referenceUses(comparison: Comparison): Map<number, ReferenceUse> {
	const counts = new Map<number, Map<string, number>>();
	for (const section of comparison.sections) {
		for (const row of section.table?.rows ?? []) {
			for (const subject of comparison.subjects) {
				for (const number of cellEvidence(row.cells[subject.id]).refs) {
					const bySubject = counts.get(number) ?? new Map<string, number>();
					bySubject.set(subject.id, (bySubject.get(subject.id) ?? 0) + 1);
					counts.set(number, bySubject);
				}
			}
		}
	}
	const uses = new Map<number, ReferenceUse>();
	for (const reference of comparison.references ?? []) {
		const bySubject = counts.get(reference.id);
		const subjects = comparison.subjects
			.map((subject) => ({subject, claims: bySubject?.get(subject.id) ?? 0}))
			.filter((entry) => entry.claims > 0);
		const prose = comparison.sections.filter((section) =>
			bodyCitedNumbers(section.body ?? '').includes(reference.id),
		).length;
		uses.set(reference.id, {claims: subjects.reduce((sum, entry) => sum + entry.claims, 0), subjects, prose});
	}
	return uses;
}
