import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {tiny} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {type Decision, emptyDecision, matrixRows, type RowName, withNote, withScore, withWeight} from './decision.js';
import type {Comparison, Subject} from './schema.js';
import {namesText, percentText, type Verdict, verdictJson, verdictOf, verdictSentences} from './verdict.js';

/** Three subjects, four rows of one section. */
const comparison: Comparison = tiny(
	[
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
		{id: 'c', name: 'Gamma'},
	],
	[
		{a: 'x', b: 'y', c: 'z'},
		{a: 'x', b: 'y', c: 'z'},
		{a: 'x', b: 'y', c: 'z'},
		{a: 'x', b: 'y', c: 'z'},
	],
);
const view = {subjects: comparison.subjects, differencesOnly: false};
const rows = matrixRows(comparison, view, comparison.sections);
const row = (index: number): RowName => rows[index] as RowName;

/** A decision from a table of scores: one array per row, a score per subject (undefined: not scored). */
function scored(table: readonly (readonly (number | undefined)[])[], weights: readonly number[] = []): Decision {
	let decision = emptyDecision;
	table.forEach((scores, index) => {
		scores.forEach((score, column) => {
			const subject = comparison.subjects[column] as Subject;
			if (score !== undefined) decision = withScore(decision, row(index), subject.id, score);
		});
		const weight = weights[index];
		if (weight !== undefined) decision = withWeight(decision, row(index), weight);
	});
	return decision;
}

function figures(verdict: Verdict) {
	return verdict.subjects.map((entry) => [entry.subject.id, entry.score, entry.coverage, entry.rank]);
}

describe('the verdict', () => {
	test('nothing scored: every subject is "not scored", no rank, no coverage, no margin', () => {
		const verdict = verdictOf(emptyDecision, rows, comparison.subjects);
		expect(figures(verdict)).toEqual([
			['a', undefined, 0, undefined],
			['b', undefined, 0, undefined],
			['c', undefined, 0, undefined],
		]);
		expect(verdict.ranked).toEqual([]);
		expect(verdict.margin).toBeUndefined();
		expect(verdict.totalWeight).toBe(4);
		expect(verdictSentences(verdict)).toEqual([]);
	});

	test('the weighted score: weight × score over weight × 5 of the rows scored for it; coverage over all rows', () => {
		// Alpha: rows 1 (w 2, score 5) and 2 (w 1, score 2): (10 + 2) / (10 + 5) = 80%; covers 3 of 5.
		// Beta: row 1 only (w 2, score 3): 6 / 10 = 60%; covers 2 of 5.
		// Gamma: rows 3 (w 1, 4) and 4 (w 1, 1): 5 / 10 = 50%; covers 2 of 5.
		const decision = scored(
			[
				[5, 3, undefined],
				[2, undefined, undefined],
				[undefined, undefined, 4],
				[undefined, undefined, 1],
			],
			[2],
		);
		const verdict = verdictOf(decision, rows, comparison.subjects);
		expect(verdict.totalWeight).toBe(5);
		expect(figures(verdict)).toEqual([
			['a', 80, 60, 1],
			['b', 60, 40, 2],
			['c', 50, 40, 3],
		]);
		expect(verdict.subjects[0]).toMatchObject({points: 12, possible: 15, scoredWeight: 3});
		expect(verdict.margin).toBe(20);
		expect(verdictSentences(verdict)).toEqual(['Alpha leads at 80%, 20 points ahead of Beta (60%).']);
	});

	test('a row weighing 0 is left out: neither its scores nor its weight count', () => {
		const decision = scored(
			[
				[0, 5, undefined],
				[5, 5, undefined],
			],
			[0, 1],
		);
		const verdict = verdictOf(decision, rows, comparison.subjects);
		expect(verdict.totalWeight).toBe(3);
		expect(figures(verdict)).toEqual([
			['a', 100, 33.3, 1],
			['b', 100, 33.3, 1],
			['c', undefined, 0, undefined],
		]);
		// Scored only where the weight is 0: not scored at all.
		const only = verdictOf(scored([[3]], [0]), rows, comparison.subjects);
		expect(only.subjects[0]).toMatchObject({score: undefined, coverage: 0, rank: undefined});
	});

	test('every row left out (weight 0), or no rows at all: nothing is scored, coverage is 0', () => {
		const none = verdictOf(scored([[5, 4, 3], [], [], []], [0, 0, 0, 0]), rows, comparison.subjects);
		expect(none.totalWeight).toBe(0);
		expect(figures(none)).toEqual([
			['a', undefined, 0, undefined],
			['b', undefined, 0, undefined],
			['c', undefined, 0, undefined],
		]);
		expect(figures(verdictOf(scored([[5]]), [], comparison.subjects))).toEqual(figures(none));
	});

	test('every weight from 0 to 5 counts as many times over', () => {
		for (let weight = 0; weight <= 5; weight++) {
			// Row 1 scored 5, row 2 scored 0 with the weight under test.
			const decision = scored([[5], [0]], [1, weight]);
			const verdict = verdictOf(decision, rows, comparison.subjects);
			expect(verdict.subjects[0]?.score, `weight ${weight}`).toBe(Math.round((1000 * 5) / (5 + 5 * weight)) / 10);
			expect(verdict.totalWeight).toBe(3 + weight);
			expect(verdict.subjects[0]?.coverage).toBe(Math.round((1000 * (1 + weight)) / (3 + weight)) / 10);
		}
	});

	test('ties share a rank, the next rank skips (1, 1, 3), and are said', () => {
		const decision = scored([
			[4, 4, 2],
			[2, 2, 1],
		]);
		const verdict = verdictOf(decision, rows, comparison.subjects);
		expect(figures(verdict)).toEqual([
			['a', 60, 50, 1],
			['b', 60, 50, 1],
			['c', 30, 50, 3],
		]);
		expect(verdict.ranked.map((group) => group.map((entry) => entry.subject.id))).toEqual([['a', 'b'], ['c']]);
		expect(verdict.margin).toBe(30);
		expect(verdictSentences(verdict)).toEqual(['Alpha and Beta tie for first at 60%, 30 points ahead of Gamma.']);
	});

	test('a tie is exact: equal fractions tie though their rows differ; near ones do not, even when they round alike', () => {
		// 3/5 on one row and 6/10 on two rows: both 60%.
		const equal = verdictOf(
			scored([
				[3, 3, 3],
				[undefined, 3],
			]),
			rows,
			comparison.subjects,
		);
		expect(equal.ranked).toHaveLength(1);
		expect(verdictSentences(equal)).toEqual(['Alpha, Beta and Gamma tie for first at 60%.']);
		// 2/3 against 2001/3000 would round alike; here: 10/15 (66.7%) against 13/20 (65%).
		const near = verdictOf(
			scored([
				[5, 5],
				[5, 5],
				[0, 3],
				[undefined, 0],
			]),
			rows,
			comparison.subjects,
		);
		expect(near.subjects.map((entry) => entry.score)).toEqual([66.7, 65, undefined]);
		expect(near.ranked).toHaveLength(2);
		expect(near.margin).toBe(1.7);
	});

	test('ties lower down are said too; a lone scored subject is said to be the only one', () => {
		const lower = verdictOf(scored([[5, 2, 2]]), rows, comparison.subjects);
		expect(verdictSentences(lower)).toEqual([
			'Alpha leads at 100%, 60 points ahead of Beta and Gamma (40%).',
			'Beta and Gamma tie at 40%.',
		]);
		const alone = verdictOf(scored([[undefined, 1]]), rows, comparison.subjects);
		expect(alone.margin).toBeUndefined();
		expect(verdictSentences(alone)).toEqual([
			'Beta is the only subject scored (20%).',
			'Alpha and Gamma are not scored.',
		]);
	});

	test('hidden subjects are not in the verdict and change no one else’s figures', () => {
		const decision = scored([
			[5, 1, 3],
			[4, 2, 3],
		]);
		const all = verdictOf(decision, rows, comparison.subjects);
		const shown = comparison.subjects.filter((subject) => subject.id !== 'a');
		const some = verdictOf(decision, rows, shown);
		expect(some.subjects.map((entry) => entry.subject.id)).toEqual(['b', 'c']);
		expect(some.subjects.map((entry) => [entry.score, entry.coverage])).toEqual(
			all.subjects.slice(1).map((entry) => [entry.score, entry.coverage]),
		);
		// Without Alpha, Gamma is first.
		expect(some.subjects.map((entry) => entry.rank)).toEqual([2, 1]);
		expect(all.subjects.map((entry) => entry.rank)).toEqual([1, 3, 2]);
	});

	test('rows outside the matrix (another section, hidden by -d) do not count', () => {
		const decision = scored([[5], [1]]);
		const first = verdictOf(decision, rows.slice(0, 1), comparison.subjects);
		expect(first.subjects[0]).toMatchObject({score: 100, coverage: 100});
		expect(first.totalWeight).toBe(1);
	});

	test('figures are rounded half up to a tenth', () => {
		// 1/3 of the weight: 33.3%; 2/3: 66.7%; 1/6 of the points: 16.7%.
		const decision = scored([[1], [0], [0], [undefined]], [1, 1, 4]);
		expect(verdictOf(decision, rows, comparison.subjects).subjects[0]).toMatchObject({score: 3.3, coverage: 85.7});
		expect(percentText(80)).toBe('80%');
		expect(percentText(3.3)).toBe('3.3%');
		expect(percentText(0)).toBe('0%');
	});

	test('names in a list', () => {
		expect(namesText([])).toBe('');
		expect(namesText(['A'])).toBe('A');
		expect(namesText(['A', 'B'])).toBe('A and B');
		expect(namesText(['A', 'B', 'C'])).toBe('A, B and C');
	});

	test('a lead of one point is one point', () => {
		const twenty = tiny(
			comparison.subjects,
			Array.from({length: 20}, () => ({a: 'x', b: 'y', c: 'z'})),
		);
		const all = matrixRows(twenty, view, twenty.sections);
		let decision = emptyDecision;
		all.forEach((entry, index) => {
			decision = withScore(withScore(decision, entry, 'a', 5), entry, 'b', index === 0 ? 4 : 5);
		});
		const verdict = verdictOf(decision, all, comparison.subjects);
		expect(verdict.margin).toBe(1);
		expect(verdictSentences(verdict)[0]).toBe('Alpha leads at 100%, 1 point ahead of Beta (99%).');
	});
});

describe('properties of the verdict', () => {
	const table = fc.array(
		fc.array(fc.option(fc.integer({min: 0, max: 5}), {nil: undefined}), {minLength: 3, maxLength: 3}),
		{
			minLength: 4,
			maxLength: 4,
		},
	);
	const weights = fc.array(fc.integer({min: 0, max: 5}), {minLength: 4, maxLength: 4});

	test('scores and coverage stay within 0 to 100; ranks follow the scores; ties share a rank', () => {
		fc.assert(
			fc.property(table, weights, (scores, weight) => {
				const verdict = verdictOf(scored(scores, weight), rows, comparison.subjects);
				for (const entry of verdict.subjects) {
					expect(entry.coverage).toBeGreaterThanOrEqual(0);
					expect(entry.coverage).toBeLessThanOrEqual(100);
					if (entry.score === undefined) {
						expect(entry.rank).toBeUndefined();
						continue;
					}
					expect(entry.score).toBeGreaterThanOrEqual(0);
					expect(entry.score).toBeLessThanOrEqual(100);
					// Better scores rank higher; equal points over possible rank the same.
					for (const other of verdict.subjects) {
						if (other.score === undefined || other.rank === undefined || entry.rank === undefined) continue;
						const a = entry.points * other.possible;
						const b = other.points * entry.possible;
						if (a > b) expect(entry.rank).toBeLessThan(other.rank);
						if (a === b) expect(entry.rank).toBe(other.rank);
					}
				}
				const ranks = verdict.ranked.flatMap((group, index) => group.map(() => index));
				expect(ranks.length).toBe(verdict.subjects.filter((entry) => entry.score !== undefined).length);
			}),
			{numRuns: runs(400)},
		);
	});

	test('weighing every row the same, whatever the weight above 0, changes no score', () => {
		fc.assert(
			fc.property(table, fc.integer({min: 1, max: 5}), (scores, weight) => {
				const once = verdictOf(scored(scores), rows, comparison.subjects);
				const more = verdictOf(scored(scores, [weight, weight, weight, weight]), rows, comparison.subjects);
				expect(figures(more)).toEqual(figures(once));
			}),
			{numRuns: runs(200)},
		);
	});

	test('a subject scored 5 wherever it is scored has 100%; 0 everywhere, 0%', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), {minLength: 4, maxLength: 4}), weights, (where, weight) => {
				const scores = where.map((on) => [on ? 5 : undefined, on ? 0 : undefined]);
				const verdict = verdictOf(scored(scores, weight), rows, comparison.subjects);
				const counted = where.some((on, index) => on && (weight[index] ?? 0) > 0);
				expect(verdict.subjects[0]?.score).toBe(counted ? 100 : undefined);
				expect(verdict.subjects[1]?.score).toBe(counted ? 0 : undefined);
			}),
			{numRuns: runs(200)},
		);
	});

	test('notes count for nothing in the figures', () => {
		fc.assert(
			fc.property(table, weights, (scores, weight) => {
				const decision = scored(scores, weight);
				const noted = withNote(withNote(decision, row(0), 'a', 'a note'), row(3), 'c', 'another');
				expect(figures(verdictOf(noted, rows, comparison.subjects))).toEqual(
					figures(verdictOf(decision, rows, comparison.subjects)),
				);
			}),
			{numRuns: runs(100)},
		);
	});
});

describe('the verdict as JSON', () => {
	test('subjects with score, coverage and rank (null when not scored); every row with its weight and cells', () => {
		let decision = scored([[4, undefined, undefined]], [3]);
		decision = withNote(decision, row(1), 'b', 'my note');
		const verdict = verdictOf(decision, rows, comparison.subjects);
		const json = verdictJson(decision, verdict, rows);
		expect(json.subjects).toEqual([
			{id: 'a', name: 'Alpha', score: 80, coverage: 50, rank: 1},
			{id: 'b', name: 'Beta', score: null, coverage: 0, rank: null},
			{id: 'c', name: 'Gamma', score: null, coverage: 0, rank: null},
		]);
		expect(json.rows).toHaveLength(4);
		expect(json.rows[0]).toEqual({
			section: 'only',
			criterion: 'Row 1',
			weight: 3,
			cells: {
				a: {score: 4, note: null},
				b: {score: null, note: null},
				c: {score: null, note: null},
			},
		});
		expect(json.rows[1]?.cells.b).toEqual({score: null, note: 'my note'});
		expect(Object.keys(json)).toEqual(['subjects', 'rows']);
	});

	test('rows no longer in the comparison come after, only when there are some', () => {
		const gone = withScore(
			withWeight(emptyDecision, {section: 'old', criterion: 'Gone', occurrence: 1}, 2),
			{section: 'old', criterion: 'Gone', occurrence: 1},
			'a',
			1,
		);
		const verdict = verdictOf(gone, rows, comparison.subjects);
		const json = verdictJson(gone, verdict, rows, [...gone.rows.values()]);
		expect(json.noLongerInComparison).toEqual([
			{section: 'old', criterion: 'Gone', weight: 2, cells: {a: {score: 1, note: null}}},
		]);
	});
});
