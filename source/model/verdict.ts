// The verdict's arithmetic. For each subject: its weighted score, the sum of weight × score over the
// rows scored for it, over the sum of weight × 5 over the same rows (so a row nobody scored neither
// helps nor hurts); its coverage, the weight of its scored rows over the weight of all rows (how much
// of what matters the score rests on); and its rank among the subjects scored. Scores are compared
// as exact fractions, so a tie is a tie and not two roundings that happen to meet; figures are
// rounded to a tenth only when shown.
import {cellOf, type Decision, type MatrixRow, type RowDecision, rowKey, scoreRange, weightOf} from './decision.js';
import type {Subject} from './schema.js';

/** One subject's standing. */
export type SubjectVerdict = {
	readonly subject: Subject;
	/** Sum of weight × score over the rows scored for this subject. */
	readonly points: number;
	/** Sum of weight × 5 over the same rows: what the points are out of. */
	readonly possible: number;
	/** Sum of the weights of the rows scored for this subject. */
	readonly scoredWeight: number;
	/** The weighted score as a percentage, to a tenth; undefined when the subject is not scored. */
	readonly score: number | undefined;
	/** The weight of its scored rows over the weight of all rows, as a percentage to a tenth. */
	readonly coverage: number;
	/** 1 for the best; tied subjects share a rank (1, 1, 3); undefined when not scored. */
	readonly rank: number | undefined;
};

/** The verdict over the rows of a matrix and the subjects shown. */
export type Verdict = {
	/** Every subject, in the order shown. */
	readonly subjects: readonly SubjectVerdict[];
	/** The subjects scored, best first, those tied in one group (in the order shown). */
	readonly ranked: readonly (readonly SubjectVerdict[])[];
	/** The weight of every row: what coverage is out of. */
	readonly totalWeight: number;
	/**
	 * How far the first (or those tied first) lead the next, in percentage points to a tenth;
	 * undefined when fewer than two scores differ.
	 */
	readonly margin: number | undefined;
};

/** numerator / denominator × 100, rounded half up to a tenth (both whole, denominator above 0). */
function tenthsOfPercent(numerator: number, denominator: number): number {
	return Math.floor((2000 * numerator + denominator) / (2 * denominator)) / 10;
}

/** Whether a scores better than b (exactly, as fractions). */
function compare(a: SubjectVerdict, b: SubjectVerdict): number {
	return b.points * a.possible - a.points * b.possible;
}

/** The verdict on the shown subjects over the matrix's rows. */
export function verdictOf(decision: Decision, rows: readonly MatrixRow[], subjects: readonly Subject[]): Verdict {
	let totalWeight = 0;
	const weights = rows.map((row) => weightOf(decision, row.key));
	for (const weight of weights) totalWeight += weight;
	const unranked = subjects.map((subject) => {
		let points = 0;
		let possible = 0;
		let scoredWeight = 0;
		rows.forEach((row, index) => {
			const weight = weights[index] ?? 0;
			const score = cellOf(decision, row.key, subject.id).score;
			// A row weighing 0 adds nothing to either sum: it is left out by the arithmetic itself.
			if (score === undefined) return;
			points += weight * score;
			possible += weight * scoreRange.max;
			scoredWeight += weight;
		});
		return {
			subject,
			points,
			possible,
			scoredWeight,
			score: possible === 0 ? undefined : tenthsOfPercent(points, possible),
			coverage: totalWeight === 0 ? 0 : tenthsOfPercent(scoredWeight, totalWeight),
			rank: undefined as number | undefined,
		};
	});
	const scored = unranked.filter((entry) => entry.score !== undefined).sort(compare);
	const groups: SubjectVerdict[][] = [];
	const ranks = new Map<Subject, number>();
	scored.forEach((entry, index) => {
		const last = groups.at(-1);
		const first = last?.[0];
		if (last && first && compare(first, entry) === 0) last.push(entry);
		else groups.push([entry]);
		const group = groups.at(-1) as SubjectVerdict[];
		ranks.set(entry.subject, index - group.length + 2);
	});
	const withRank = (entry: SubjectVerdict): SubjectVerdict => ({...entry, rank: ranks.get(entry.subject)});
	const ranked = groups.map((group) => group.map(withRank));
	const leader = groups[0]?.[0];
	const next = groups[1]?.[0];
	const margin =
		leader && next
			? tenthsOfPercent(leader.points * next.possible - next.points * leader.possible, leader.possible * next.possible)
			: undefined;
	return {subjects: unranked.map(withRank), ranked, totalWeight, margin};
}

/** A percentage as the verdict shows it: a tenth only when there is one ("73.3%", "80%"). */
export function percentText(value: number): string {
	return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** Names in a list: "A", "A and B", "A, B and C". */
export function namesText(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The verdict in a sentence or two: who leads and by how much, every tie said, who is not scored.
 * Empty when nothing is scored.
 */
export function verdictSentences(verdict: Verdict): string[] {
	const [first, second] = verdict.ranked;
	if (!first) return [];
	const name = (group: readonly SubjectVerdict[]) => namesText(group.map((entry) => entry.subject.name));
	// Every group of the ranking has a subject, and every subject in it a score.
	const at = (group: readonly SubjectVerdict[]) => percentText((group[0] as SubjectVerdict).score as number);
	const sentences: string[] = [];
	const points = (value: number) => `${percentText(value).slice(0, -1)} ${value === 1 ? 'point' : 'points'}`;
	// A margin there is when, and only when, a second group is.
	if (first.length > 1) {
		const ahead = second ? `, ${points(verdict.margin as number)} ahead of ${name(second)}` : '';
		sentences.push(`${name(first)} tie for first at ${at(first)}${ahead}.`);
	} else if (second) {
		sentences.push(
			`${name(first)} leads at ${at(first)}, ${points(verdict.margin as number)} ahead of ${name(second)} (${at(second)}).`,
		);
	} else {
		sentences.push(`${name(first)} is the only subject scored (${at(first)}).`);
	}
	for (const group of verdict.ranked.slice(1)) {
		if (group.length > 1) sentences.push(`${name(group)} tie at ${at(group)}.`);
	}
	const unscored = verdict.subjects.filter((entry) => entry.score === undefined);
	if (unscored.length > 0)
		sentences.push(
			`${namesText(unscored.map((entry) => entry.subject.name))} ${unscored.length === 1 ? 'is' : 'are'} not scored.`,
		);
	return sentences;
}

/** One row as `--verdict --format json` writes it. */
export type VerdictJsonRow = {
	readonly section: string;
	readonly criterion: string;
	readonly weight: number;
	readonly cells: Readonly<Record<string, {readonly score: number | null; readonly note: string | null}>>;
};

/** The verdict as `--verdict --format json` writes it. */
export type VerdictJson = {
	readonly subjects: readonly {
		readonly id: string;
		readonly name: string;
		readonly score: number | null;
		readonly coverage: number;
		readonly rank: number | null;
	}[];
	readonly rows: readonly VerdictJsonRow[];
	/** Rows of the decision the comparison no longer has, kept (written only when there are some). */
	readonly noLongerInComparison?: readonly VerdictJsonRow[];
};

/** A row of the decision as JSON, a cell for each subject given (null where the reader said nothing). */
function jsonRow(
	decision: Decision,
	row: {readonly key: string; readonly section: string; readonly criterion: string},
	subjects: readonly string[],
): VerdictJsonRow {
	return {
		section: row.section,
		criterion: row.criterion,
		weight: weightOf(decision, row.key),
		cells: Object.fromEntries(
			subjects.map((id) => {
				const cell = cellOf(decision, row.key, id);
				return [id, {score: cell.score ?? null, note: cell.note ?? null}];
			}),
		),
	};
}

/**
 * The verdict as data: each shown subject's score, coverage and rank (null when not scored), and
 * every row of the matrix with its weight and each shown subject's score and note; the rows no
 * longer in the comparison after them, each with the cells the reader gave it.
 */
export function verdictJson(
	decision: Decision,
	verdict: Verdict,
	rows: readonly MatrixRow[],
	gone: readonly RowDecision[] = [],
): VerdictJson {
	const ids = verdict.subjects.map((entry) => entry.subject.id);
	const json: VerdictJson = {
		subjects: verdict.subjects.map((entry) => ({
			id: entry.subject.id,
			name: entry.subject.name,
			score: entry.score ?? null,
			coverage: entry.coverage,
			rank: entry.rank ?? null,
		})),
		rows: rows.map((row) => jsonRow(decision, row, ids)),
	};
	if (gone.length === 0) return json;
	return {
		...json,
		noLongerInComparison: gone.map((row) => jsonRow(decision, {...row, key: rowKey(row)}, Object.keys(row.cells))),
	};
}
