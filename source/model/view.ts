import {bodyCitedNumbers, citedNumbers} from './citations.js';
import type {FilledIn} from './decision.js';
import {UsageError} from './errors.js';
import {isNotStated, notStatedText} from './not-stated.js';
import type {Cell, Comparison, Row, Section, Subject} from './schema.js';
import {keptParts} from './table-parts.js';

/** A cell in one shape, whichever of the shapes the file used. */
export type NormalCell = {
	readonly text: string;
	readonly refs: readonly number[];
	readonly value?: number;
	readonly unit?: string;
	/** The source is silent here: the text is then tradeoff's own words, {@link notStatedText}. */
	readonly notStated?: true;
};

const silent: NormalCell = {text: notStatedText, refs: [], notStated: true};

/**
 * Reads a cell written as null, a string or {text, refs, value, unit}. Every way of saying "not
 * stated" reads the same, so rows compare, search and export alike whichever way a file put it.
 */
export function normalCell(cell: Cell | undefined): NormalCell {
	if (isNotStated(cell) || cell === null || cell === undefined) return silent;
	if (typeof cell === 'string') return {text: cell, refs: []};
	const {text, refs = [], value, unit} = cell;
	if (value === undefined) return {text, refs};
	return unit === undefined ? {text, refs, value} : {text, refs, value, unit};
}

/** What the reader chose to see: which subjects in which order, and whether to hide equal rows. */
export type View = {
	readonly subjects: readonly Subject[];
	readonly differencesOnly: boolean;
	/** The reader's own notes on cells the source is silent on, shown in those cells as theirs. */
	readonly filledIn?: FilledIn;
};

/** The default view: every subject in file order, every row. */
export function defaultView(comparison: Comparison): View {
	return {subjects: comparison.subjects, differencesOnly: false};
}

/** Subjects named by --only, in the order given; unknown ids are a usage error. */
export function pickSubjects(comparison: Comparison, ids: readonly string[]): Subject[] {
	const picked: Subject[] = [];
	for (const id of ids) {
		const subject = comparison.subjects.find((candidate) => candidate.id === id);
		if (subject === undefined) {
			const known = comparison.subjects.map((candidate) => candidate.id).join(', ');
			throw new UsageError(`unknown subject "${id}" in --only (subjects are ${known})`);
		}
		if (!picked.includes(subject)) picked.push(subject);
	}
	if (picked.length === 0) throw new UsageError('--only needs at least one subject id');
	return picked;
}

/** Finds a section by id or by its 1-based number; unknown ones are a usage error. */
export function findSection(comparison: Comparison, key: string): Section {
	const byId = comparison.sections.find((section) => section.id === key);
	if (byId) return byId;
	const number = /^\d+$/.test(key) ? Number(key) : Number.NaN;
	const byNumber = comparison.sections[number - 1];
	if (byNumber) return byNumber;
	const known = comparison.sections.map((section) => section.id).join(', ');
	throw new UsageError(`unknown section "${key}" (sections are ${known}, or 1 to ${comparison.sections.length})`);
}

/**
 * The text a reader sees for a cell's source: cells are markdown, so "**Yes**" reads as "Yes".
 * Given by whoever parsed the cells (the model does not parse markdown); without it, the source.
 */
export type ShownText = (source: string) => string;

const asWritten: ShownText = (source) => source;

/** True when every shown subject says the same thing in this row, as the reader sees it. */
export function rowIsUniform(row: Row, subjects: readonly Subject[], shown: ShownText = asWritten): boolean {
	const [first, ...others] = subjects.map((subject) => normalCell(row.cells[subject.id]));
	if (!first) return true;
	const text = (cell: NormalCell) => shown(cell.text).trim().toLowerCase();
	const same = (a: NormalCell, b: NormalCell) => text(a) === text(b) && a.value === b.value && a.unit === b.unit;
	return others.every((other) => same(first, other));
}

/** The rows of a section's table that the view shows, and how many it hides. */
export function visibleRows(section: Section, view: View, shown: ShownText = asWritten): {rows: Row[]; hidden: number} {
	const all = section.table?.rows ?? [];
	if (!view.differencesOnly) return {rows: [...all], hidden: 0};
	const rows = all.filter((row) => !rowIsUniform(row, view.subjects, shown));
	return {rows, hidden: all.length - rows.length};
}

/** Reference numbers a section cites, in order of first appearance. */
export function sectionCitations(section: Section, view: View, shown: ShownText = asWritten): number[] {
	const numbers = new Set<number>(bodyCitedNumbers(section.body ?? ''));
	for (const row of visibleRows(section, view, shown).rows) {
		for (const text of Object.values(row.fields ?? {})) for (const number of citedNumbers(text)) numbers.add(number);
		for (const subject of view.subjects) {
			const cell = normalCell(row.cells[subject.id]);
			for (const number of [...citedNumbers(cell.text), ...cell.refs]) numbers.add(number);
		}
	}
	return [...numbers];
}

/** The comparison as the view shows it: chosen sections, chosen subjects, visible rows only. */
export function applyView(
	comparison: Comparison,
	view: View,
	sections: readonly Section[],
	shown: ShownText = asWritten,
): Comparison {
	const ids = view.subjects.map((subject) => subject.id);
	const {$schema, ...rest} = comparison;
	return {
		// A relative $schema names a file beside the one read, not beside the export: only an
		// absolute address goes with it.
		...($schema !== undefined && /^[a-z][a-z0-9+.-]*:/i.test($schema) ? {$schema} : {}),
		...rest,
		subjects: [...view.subjects],
		sections: sections.map((section) => {
			if (!section.table) return section;
			const visible = visibleRows(section, view, shown).rows;
			const kept = new Set(visible);
			const rows = visible.map((row) => ({
				...row,
				// A silent cell is written as null however the file said it, so the export says it one way.
				cells: Object.fromEntries(ids.map((id) => [id, isNotStated(row.cells[id]) ? null : (row.cells[id] ?? null)])),
			}));
			const all = section.table.rows;
			const parts = keptParts(section, view.subjects, (index) => kept.has(all[index] as Row));
			return {...section, table: parts ? {rows, parts} : {rows}};
		}),
	};
}
