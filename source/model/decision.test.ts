import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {bundledComparison, tiny} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {
	cellOf,
	cleanNote,
	type Decision,
	emptyDecision,
	filledIn,
	filledInNote,
	goneRows,
	isEmptyDecision,
	matrixRows,
	noteLimit,
	rowKey,
	weightOf,
	withNote,
	withScore,
	withWeight,
} from './decision.js';
import type {Comparison} from './schema.js';
import {defaultView} from './view.js';

const comparison = bundledComparison();
const rows = matrixRows(comparison, defaultView(comparison), comparison.sections);
const place = {section: 'performance', criterion: 'Throughput', occurrence: 1};

/** A comparison whose one section has two rows named alike, and a silent cell. */
const twice: Comparison = {
	...tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[],
	),
	sections: [
		{
			id: 'only',
			title: 'Only',
			table: {
				rows: [
					{criterion: 'Speed', cells: {a: 'fast', b: null}},
					{criterion: 'Price', cells: {a: 'same', b: 'same'}},
					{criterion: 'Speed', cells: {a: 'slow', b: 'quick'}},
				],
			},
		},
		{id: 'empty', title: 'Empty'},
	],
};

describe('the rows of the matrix', () => {
	test('every row of every table, in reading order, each with its section, index and key', () => {
		const count = comparison.sections.reduce((sum, section) => sum + (section.table?.rows.length ?? 0), 0);
		expect(rows).toHaveLength(count);
		expect(rows[0]).toMatchObject({section: 'summary', sectionIndex: 0, row: 0, criterion: 'Standing', occurrence: 1});
		const throughput = rows.find((row) => row.criterion === 'Throughput');
		expect(throughput).toMatchObject({section: 'performance', sectionIndex: 2, row: 0});
		expect(throughput?.key).toBe(rowKey(place));
		// Documentation is a criterion of two sections: two rows, two keys.
		const documentation = rows.filter((row) => row.criterion === 'Documentation');
		expect(documentation.map((row) => row.section)).toEqual(['architecture', 'developer-experience']);
		expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
	});

	test('a criterion written twice in one section is told apart by which of them it is', () => {
		const matrix = matrixRows(twice, defaultView(twice), twice.sections);
		expect(matrix.map((row) => [row.criterion, row.occurrence, row.row])).toEqual([
			['Speed', 1, 0],
			['Price', 1, 1],
			['Speed', 2, 2],
		]);
		expect(matrix[0]?.key).not.toBe(matrix[2]?.key);
	});

	test('differences only leaves out the rows where the shown subjects agree, keeping the others their keys', () => {
		const matrix = matrixRows(twice, {subjects: twice.subjects, differencesOnly: true}, twice.sections);
		expect(matrix.map((row) => [row.criterion, row.occurrence])).toEqual([
			['Speed', 1],
			['Speed', 2],
		]);
	});

	test('only the sections asked for', () => {
		const performance = comparison.sections.filter((section) => section.id === 'performance');
		const matrix = matrixRows(comparison, defaultView(comparison), performance);
		expect(matrix.map((row) => row.criterion)).toEqual([
			'Throughput',
			'Against synchronous frameworks',
			'Benchmark evidence',
			'2025 MLflow vulnerability',
		]);
		expect(matrix.every((row) => row.sectionIndex === 2)).toBe(true);
	});
});

describe('changing a decision', () => {
	test('scores are whole numbers from 0 to 5; x (undefined) clears one', () => {
		let decision = withScore(emptyDecision, place, 'fastapi', 4);
		expect(cellOf(decision, rowKey(place), 'fastapi')).toEqual({score: 4});
		decision = withScore(decision, place, 'litestar', 9);
		expect(cellOf(decision, rowKey(place), 'litestar').score).toBe(5);
		decision = withScore(decision, place, 'litestar', -3);
		expect(cellOf(decision, rowKey(place), 'litestar').score).toBe(0);
		decision = withScore(decision, place, 'litestar', 2.6);
		expect(cellOf(decision, rowKey(place), 'litestar').score).toBe(3);
		decision = withScore(decision, place, 'fastapi', undefined);
		expect(cellOf(decision, rowKey(place), 'fastapi')).toEqual({});
		expect(decision.rows.get(rowKey(place))?.cells).toEqual({litestar: {score: 3}});
	});

	test('weights run from 0 to 5, 1 when never set', () => {
		expect(weightOf(emptyDecision, rowKey(place))).toBe(1);
		expect(weightOf(withWeight(emptyDecision, place, 3), rowKey(place))).toBe(3);
		expect(weightOf(withWeight(emptyDecision, place, 8), rowKey(place))).toBe(5);
		expect(weightOf(withWeight(emptyDecision, place, -1), rowKey(place))).toBe(0);
		expect(weightOf(withWeight(emptyDecision, place, 0), rowKey(place))).toBe(0);
	});

	test('a row back to weight 1 with no cell is dropped: the decision holds only what the reader said', () => {
		let decision = withWeight(emptyDecision, place, 2);
		expect(isEmptyDecision(decision)).toBe(false);
		decision = withWeight(decision, place, 1);
		expect(isEmptyDecision(decision)).toBe(true);
		decision = withNote(withScore(emptyDecision, place, 'fastapi', 1), place, 'fastapi', 'ok');
		decision = withNote(withScore(decision, place, 'fastapi', undefined), place, 'fastapi', '  ');
		expect(decision.rows.size).toBe(0);
	});

	test('a row keeps its place: section, criterion, occurrence', () => {
		const second = {section: 'only', criterion: 'Speed', occurrence: 2};
		const decision = withScore(emptyDecision, second, 'a', 2);
		expect([...decision.rows.values()]).toEqual([{...second, weight: 1, cells: {a: {score: 2}}}]);
		expect(decision.rows.has(rowKey({...second, occurrence: 1}))).toBe(false);
	});

	test('changes give a new decision and leave the old one as it was', () => {
		const before = withScore(emptyDecision, place, 'fastapi', 3);
		const after = withNote(before, place, 'fastapi', 'note');
		expect(cellOf(before, rowKey(place), 'fastapi')).toEqual({score: 3});
		expect(cellOf(after, rowKey(place), 'fastapi')).toEqual({score: 3, note: 'note'});
		expect(emptyDecision.rows.size).toBe(0);
	});

	test('a score and a note on one cell are kept apart', () => {
		let decision = withNote(emptyDecision, place, 'fastapi', 'fast enough');
		decision = withScore(decision, place, 'fastapi', 5);
		expect(cellOf(decision, rowKey(place), 'fastapi')).toStrictEqual({note: 'fast enough', score: 5});
		decision = withScore(decision, place, 'fastapi', undefined);
		expect(cellOf(decision, rowKey(place), 'fastapi')).toStrictEqual({note: 'fast enough'});
		decision = withNote(withScore(decision, place, 'fastapi', 2), place, 'fastapi', undefined);
		expect(cellOf(decision, rowKey(place), 'fastapi')).toStrictEqual({score: 2});
	});
});

describe('notes', () => {
	test('are one clean line: breaks and tabs are spaces, controls and escapes gone, trimmed', () => {
		expect(cleanNote(' two\nlines\tand\r\na tab ')).toBe('two lines and a tab');
		expect(cleanNote('red \u001b[31mtext\u001b[0m\u0007')).toBe('red text');
		expect(cleanNote('\u001b]52;c;aGk=\u0007clip')).toBe('clip');
		expect(cleanNote('   ')).toBeUndefined();
		expect(cleanNote(undefined)).toBeUndefined();
		expect(cleanNote('a  \u2028  b')).toBe('a b');
		expect(cleanNote('Vote\u000bnow\fVery')).toBe('Vote now Very');
	});

	test('keep at most the limit, counted in characters', () => {
		const long = '表'.repeat(noteLimit + 10);
		expect(Array.from(cleanNote(long) ?? '')).toHaveLength(noteLimit);
		expect(cleanNote(`${'a'.repeat(noteLimit - 1)} b`)).toBe('a'.repeat(noteLimit - 1));
	});

	test('property: whatever is typed, a kept note is one line of at most the limit, with no control character', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
				const note = cleanNote(text);
				if (note === undefined) return;
				expect(note).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
				expect(note).toBe(note.trim());
				expect(Array.from(note).length).toBeLessThanOrEqual(noteLimit);
				expect(cleanNote(note)).toBe(note);
			}),
			{numRuns: runs(300)},
		);
	});
});

describe('rows no longer in the comparison', () => {
	test('are the decision rows whose section and criterion the comparison has no more, whatever the view', () => {
		let decision: Decision = withScore(emptyDecision, place, 'fastapi', 4);
		const gone = {section: 'performance', criterion: 'Latency', occurrence: 1};
		const moved = {section: 'removed-section', criterion: 'Throughput', occurrence: 1};
		const third = {section: 'performance', criterion: 'Throughput', occurrence: 2};
		decision = withWeight(withScore(decision, gone, 'litestar', 2), moved, 4);
		decision = withNote(decision, third, 'fastapi', 'was there');
		expect(goneRows(decision, comparison).map((row) => [row.section, row.criterion, row.occurrence])).toEqual([
			['performance', 'Latency', 1],
			['removed-section', 'Throughput', 1],
			['performance', 'Throughput', 2],
		]);
		expect(goneRows(emptyDecision, comparison)).toEqual([]);
		// A section without a table has no rows, whatever a row of the decision is called.
		const tableless = {section: 'empty', criterion: 'undefined', occurrence: 1};
		expect(goneRows(withScore(emptyDecision, tableless, 'a', 1), twice)).toHaveLength(1);
	});
});

describe('the reader filling in silent cells', () => {
	const litestar = {section: 'performance', criterion: 'Throughput', occurrence: 1};

	test('a note on a cell the source is silent on fills it in; a note on a stated cell does not', () => {
		let decision = withNote(emptyDecision, litestar, 'litestar', 'about 3k req/s in our test');
		decision = withNote(decision, litestar, 'fastapi', 'matches our numbers');
		const filled = filledIn(decision, comparison);
		expect(filledInNote(filled, 'performance', 0, 'litestar')).toBe('about 3k req/s in our test');
		expect(filledInNote(filled, 'performance', 0, 'fastapi')).toBeUndefined();
		expect(filledInNote(filled, 'performance', 1, 'litestar')).toBeUndefined();
		expect(filledInNote(undefined, 'performance', 0, 'litestar')).toBeUndefined();
	});

	test('the key changes with the notes and is empty without any', () => {
		expect(filledIn(emptyDecision, comparison).key).toBe('');
		expect(filledIn(withScore(emptyDecision, litestar, 'litestar', 3), comparison).key).toBe('');
		const one = filledIn(withNote(emptyDecision, litestar, 'litestar', 'one'), comparison).key;
		const two = filledIn(withNote(emptyDecision, litestar, 'litestar', 'two'), comparison).key;
		expect(one).not.toBe('');
		expect(one).not.toBe(two);
	});

	test('the second of two rows named alike is found by its own index', () => {
		const decision = withNote(emptyDecision, {section: 'only', criterion: 'Speed', occurrence: 1}, 'b', 'mine');
		const filled = filledIn(decision, twice);
		expect(filledInNote(filled, 'only', 0, 'b')).toBe('mine');
		expect(filledInNote(filled, 'only', 2, 'b')).toBeUndefined();
	});
});

describe('subjects named like what every object has', () => {
	test('"constructor" and "__proto__" are subjects like any other', () => {
		for (const subject of ['constructor', '__proto__', 'toString']) {
			expect(cellOf(emptyDecision, rowKey(place), subject)).toEqual({});
			const decision = withScore(emptyDecision, place, subject, 2);
			expect(cellOf(decision, rowKey(place), subject)).toEqual({score: 2});
			expect(cellOf(withScore(decision, place, 'other', 1), rowKey(place), subject)).toEqual({score: 2});
			expect(cellOf(decision, rowKey(place), 'other')).toEqual({});
		}
	});
});
