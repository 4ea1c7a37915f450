import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {runs} from '../test-support/runs.js';
import {
	cellOf,
	type Decision,
	emptyDecision,
	type RowName,
	rowKey,
	weightOf,
	withNote,
	withScore,
	withWeight,
} from './decision.js';
import {mergeDecisions, sameDecision} from './decision-merge.js';

const places: RowName[] = [
	{section: 's', criterion: 'One', occurrence: 1},
	{section: 's', criterion: 'Two', occurrence: 1},
	{section: 't', criterion: 'One', occurrence: 1},
];
const subjects = ['a', 'b'];

/** One change a reader can make. */
type Change =
	| {kind: 'score'; place: number; subject: number; value: number | undefined}
	| {kind: 'weight'; place: number; value: number}
	| {kind: 'note'; place: number; subject: number; value: string | undefined};

function apply(decision: Decision, change: Change): Decision {
	const place = places[change.place] as RowName;
	if (change.kind === 'weight') return withWeight(decision, place, change.value);
	const subject = subjects[change.subject] as string;
	return change.kind === 'score'
		? withScore(decision, place, subject, change.value)
		: withNote(decision, place, subject, change.value);
}

const change: fc.Arbitrary<Change> = fc.oneof(
	fc.record({
		kind: fc.constant('score' as const),
		place: fc.integer({min: 0, max: 2}),
		subject: fc.integer({min: 0, max: 1}),
		value: fc.option(fc.integer({min: 0, max: 5}), {nil: undefined}),
	}),
	fc.record({
		kind: fc.constant('weight' as const),
		place: fc.integer({min: 0, max: 2}),
		value: fc.integer({min: 0, max: 5}),
	}),
	fc.record({
		kind: fc.constant('note' as const),
		place: fc.integer({min: 0, max: 2}),
		subject: fc.integer({min: 0, max: 1}),
		value: fc.option(fc.constantFrom('x', 'y', 'longer note'), {nil: undefined}),
	}),
);
const decision = fc.array(change, {maxLength: 8}).map((changes) => changes.reduce(apply, emptyDecision));

/** Each field of a decision, as a plain value to compare: weights, scores and notes by place. */
function fields(value: Decision): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const place of places) {
		const key = rowKey(place);
		result[`${key}/weight`] = weightOf(value, key);
		for (const subject of subjects) {
			result[`${key}/${subject}/score`] = cellOf(value, key, subject).score;
			result[`${key}/${subject}/note`] = cellOf(value, key, subject).note;
		}
	}
	return result;
}

/** The fields two decisions differ in. */
function changed(from: Decision, to: Decision): Set<string> {
	const a = fields(from);
	const b = fields(to);
	return new Set(Object.keys(a).filter((field) => a[field] !== b[field]));
}

describe('merging two processes’ decisions', () => {
	test('each keeps what it changed: different cells of one row, a weight and a note', () => {
		const base = withScore(emptyDecision, places[0] as RowName, 'a', 2);
		const mine = withScore(base, places[0] as RowName, 'b', 4);
		const theirs = withNote(withWeight(base, places[0] as RowName, 3), places[1] as RowName, 'a', 'theirs');
		const merged = mergeDecisions(base, mine, theirs);
		const key = rowKey(places[0] as RowName);
		expect(cellOf(merged, key, 'a')).toEqual({score: 2});
		expect(cellOf(merged, key, 'b')).toEqual({score: 4});
		expect(weightOf(merged, key)).toBe(3);
		expect(cellOf(merged, rowKey(places[1] as RowName), 'a')).toEqual({note: 'theirs'});
	});

	test('a score and a note of one cell merge apart', () => {
		const place = places[0] as RowName;
		const mine = withScore(emptyDecision, place, 'a', 5);
		const theirs = withNote(emptyDecision, place, 'a', 'n');
		expect(cellOf(mergeDecisions(emptyDecision, mine, theirs), rowKey(place), 'a')).toStrictEqual({
			score: 5,
			note: 'n',
		});
		// A cell holds only the fields it has.
		expect(cellOf(mergeDecisions(emptyDecision, emptyDecision, theirs), rowKey(place), 'a')).toStrictEqual({note: 'n'});
		expect(cellOf(mergeDecisions(emptyDecision, mine, emptyDecision), rowKey(place), 'a')).toStrictEqual({score: 5});
	});

	test('what I cleared stays cleared; what I did not touch follows theirs, cleared or not', () => {
		const place = places[0] as RowName;
		const base = withScore(withScore(emptyDecision, place, 'a', 3), place, 'b', 3);
		const mine = withScore(base, place, 'a', undefined);
		const theirs = withScore(base, place, 'b', undefined);
		const merged = mergeDecisions(base, mine, theirs);
		expect(merged.rows.size).toBe(0);
	});

	test('both changed one field: mine wins (the later save)', () => {
		const place = places[2] as RowName;
		const mine = withScore(emptyDecision, place, 'a', 1);
		const theirs = withScore(emptyDecision, place, 'a', 5);
		expect(cellOf(mergeDecisions(emptyDecision, mine, theirs), rowKey(place), 'a').score).toBe(1);
	});

	test('a row goes when every field of it is back to nothing; its place comes from whichever has it', () => {
		const place = places[1] as RowName;
		const theirs = withWeight(emptyDecision, place, 4);
		const merged = mergeDecisions(emptyDecision, emptyDecision, theirs);
		expect([...merged.rows.values()]).toEqual([{...place, weight: 4, cells: {}}]);
	});

	test('an id "__proto__" from a file stays a key, never the prototype', () => {
		const place = places[0] as RowName;
		const theirs = withScore(emptyDecision, place, '__proto__', 3);
		const merged = mergeDecisions(emptyDecision, emptyDecision, theirs);
		const cells = merged.rows.get(rowKey(place))?.cells ?? {};
		expect(Object.keys(cells)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
	});

	test('property: neither loses a change; where both changed a field, mine wins', () => {
		fc.assert(
			fc.property(
				decision,
				fc.array(change, {maxLength: 6}),
				fc.array(change, {maxLength: 6}),
				(base, ours, others) => {
					const mine = ours.reduce(apply, base);
					const theirs = others.reduce(apply, base);
					const merged = fields(mergeDecisions(base, mine, theirs));
					const mineFields = fields(mine);
					const theirFields = fields(theirs);
					const baseFields = fields(base);
					const byMe = changed(base, mine);
					for (const field of Object.keys(merged)) {
						if (byMe.has(field)) expect(merged[field], field).toBe(mineFields[field]);
						else expect(merged[field], field).toBe(theirFields[field]);
					}
					// Untouched by both: as it was.
					for (const field of Object.keys(merged))
						if (!byMe.has(field) && !changed(base, theirs).has(field)) expect(merged[field]).toBe(baseFields[field]);
				},
			),
			{numRuns: runs(500)},
		);
	});

	test('property: merging with no change of mine gives theirs; with none of theirs, mine; both ways alike when apart', () => {
		fc.assert(
			fc.property(
				decision,
				fc.array(change, {maxLength: 6}),
				fc.array(change, {maxLength: 6}),
				(base, ours, others) => {
					const mine = ours.reduce(apply, base);
					const theirs = others.reduce(apply, base);
					expect(sameDecision(mergeDecisions(base, base, theirs), theirs)).toBe(true);
					expect(sameDecision(mergeDecisions(base, mine, base), mine)).toBe(true);
					expect(sameDecision(mergeDecisions(base, mine, mine), mine)).toBe(true);
					// Changes to different fields: the order of the saves does not matter.
					const overlap = [...changed(base, mine)].some((field) => changed(base, theirs).has(field));
					if (!overlap)
						expect(sameDecision(mergeDecisions(base, mine, theirs), mergeDecisions(base, theirs, mine))).toBe(true);
				},
			),
			{numRuns: runs(500)},
		);
	});
});

describe('sameDecision', () => {
	const place = places[0] as RowName;
	test('compares weights, scores and notes, not identity', () => {
		const one = withScore(emptyDecision, place, 'a', 1);
		expect(sameDecision(one, withScore(emptyDecision, place, 'a', 1))).toBe(true);
		expect(sameDecision(one, withScore(emptyDecision, place, 'a', 2))).toBe(false);
		expect(sameDecision(one, withScore(emptyDecision, place, 'b', 1))).toBe(false);
		expect(sameDecision(one, withNote(one, place, 'a', 'n'))).toBe(false);
		expect(sameDecision(one, withWeight(one, place, 2))).toBe(false);
		expect(sameDecision(one, withScore(one, places[1] as RowName, 'a', 1))).toBe(false);
		expect(sameDecision(one, withScore(one, place, 'b', 1))).toBe(false);
		expect(
			sameDecision(withScore(one, place, 'b', 1), withScore(withScore(emptyDecision, place, 'b', 1), place, 'a', 1)),
		).toBe(true);
		expect(sameDecision(withScore(emptyDecision, places[1] as RowName, 'a', 1), one)).toBe(false);
		// Notes only, on different subjects of the same row.
		expect(sameDecision(withNote(emptyDecision, place, 'a', 'n'), withNote(emptyDecision, place, 'b', 'n'))).toBe(
			false,
		);
	});
});
