// Two tradeoff processes deciding on the same comparison each save into one file. Each keeps what it
// last saved (base) beside what it has now (mine); the file may hold another's changes (theirs).
// Merged field by field (a row's weight; a cell's score; a cell's note): what this process changed
// since it last saved wins, everything else comes from the file. So neither loses a change, and
// where both changed the same field, the later save wins.
import {type CellDecision, type Decision, type RowDecision, weightRange} from './decision.js';

type Field<T> = {readonly base: T; readonly mine: T; readonly theirs: T};

/** Mine where I changed it since base, else theirs. */
function pick<T>({base, mine, theirs}: Field<T>): T {
	return mine === base ? theirs : mine;
}

/** A decision's row by key, or undefined. */
function rowIn(decision: Decision, key: string): RowDecision | undefined {
	return decision.rows.get(key);
}

/** The three-way merge of two decisions that started from base. */
export function mergeDecisions(base: Decision, mine: Decision, theirs: Decision): Decision {
	const keys = new Set([...theirs.rows.keys(), ...mine.rows.keys(), ...base.rows.keys()]);
	const rows = new Map<string, RowDecision>();
	for (const key of keys) {
		const [b, m, t] = [rowIn(base, key), rowIn(mine, key), rowIn(theirs, key)];
		const place = (m ?? t ?? b) as RowDecision;
		const weight = pick({
			base: b?.weight ?? weightRange.initial,
			mine: m?.weight ?? weightRange.initial,
			theirs: t?.weight ?? weightRange.initial,
		});
		const subjects = new Set([
			...Object.keys(t?.cells ?? {}),
			...Object.keys(m?.cells ?? {}),
			...Object.keys(b?.cells ?? {}),
		]);
		// Entries, not assignment: an id "__proto__" from a file must stay a key, never the prototype.
		const entries: [string, CellDecision][] = [];
		for (const subject of subjects) {
			const cell = (row: RowDecision | undefined): CellDecision => row?.cells[subject] ?? {};
			const score = pick({base: cell(b).score, mine: cell(m).score, theirs: cell(t).score});
			const note = pick({base: cell(b).note, mine: cell(m).note, theirs: cell(t).note});
			if (score !== undefined || note !== undefined)
				entries.push([subject, {...(score === undefined ? {} : {score}), ...(note === undefined ? {} : {note})}]);
		}
		const cells = Object.fromEntries(entries);
		if (weight === weightRange.initial && Object.keys(cells).length === 0) continue;
		rows.set(key, {
			section: place.section,
			criterion: place.criterion,
			occurrence: place.occurrence,
			weight,
			cells,
		});
	}
	return {rows};
}

/** Whether two decisions say the same (the same rows, weights, scores and notes). */
export function sameDecision(a: Decision, b: Decision): boolean {
	if (a.rows.size !== b.rows.size) return false;
	for (const [key, row] of a.rows) {
		const other = b.rows.get(key);
		if (!other || other.weight !== row.weight) return false;
		const cells = Object.entries(row.cells);
		if (cells.length !== Object.keys(other.cells).length) return false;
		for (const [subject, mine] of cells) {
			const theirs = Object.hasOwn(other.cells, subject) ? other.cells[subject] : undefined;
			if (mine.score !== theirs?.score || mine.note !== theirs?.note) return false;
		}
	}
	return true;
}
