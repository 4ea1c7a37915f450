import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {runs} from '../test-support/runs.js';
import {
	cellOf,
	type Decision,
	emptyDecision,
	type RowName,
	rowKey,
	withNote,
	withScore,
	withWeight,
} from './decision.js';
import {decisionFormat, decisionText, decisionVersion, readDecisionText} from './decision-file.js';
import {sameDecision} from './decision-merge.js';

const about = {title: 'Tabs vs spaces', source: '/home/me/tabs.json', updated: '2026-12-06T10:00:00.000Z'};
const place: RowName = {section: 'performance', criterion: 'Throughput', occurrence: 1};

function read(text: string): Decision {
	const result = readDecisionText(text);
	if (!result.ok) throw new Error(result.reason);
	return result.decision;
}

function reason(value: unknown): string {
	const result = readDecisionText(typeof value === 'string' ? value : JSON.stringify(value));
	return result.ok ? 'read' : result.reason;
}

const file = (rows: unknown[], extra: Record<string, unknown> = {}) => ({
	format: decisionFormat,
	version: decisionVersion,
	rows,
	...extra,
});

describe('the decision file', () => {
	test('names its format and version, what it decides on and when it changed; rows in order', () => {
		let decision = withScore(emptyDecision, place, 'fastapi', 4);
		decision = withNote(withWeight(decision, {...place, occurrence: 2}, 0), {...place, occurrence: 2}, 'litestar', 'n');
		const data = JSON.parse(decisionText(decision, about));
		expect(data).toEqual({
			format: 'tradeoff-decision',
			version: 1,
			comparison: {title: 'Tabs vs spaces', source: '/home/me/tabs.json'},
			updated: '2026-12-06T10:00:00.000Z',
			rows: [
				{section: 'performance', criterion: 'Throughput', weight: 1, cells: {fastapi: {score: 4}}},
				{section: 'performance', criterion: 'Throughput', occurrence: 2, weight: 0, cells: {litestar: {note: 'n'}}},
			],
		});
		expect(decisionText(decision, about).endsWith('}\n')).toBe(true);
	});

	test('reads back what it wrote, with the time', () => {
		const decision = withNote(withScore(emptyDecision, place, 'a', 0), place, 'b', 'x');
		const result = readDecisionText(decisionText(decision, about));
		expect(result).toMatchObject({ok: true, updated: about.updated});
		expect(result.ok && sameDecision(result.decision, decision)).toBe(true);
		expect(read(`\uFEFF${decisionText(decision, about)}`).rows.size).toBe(1);
	});

	test('property: any decision reads back the same', () => {
		const subject = fc.constantFrom('a', 'b', 'c-d', '__proto__', '表');
		const change = fc.tuple(
			fc.record({
				section: fc.constantFrom('s', 'other', 'ü'),
				criterion: fc
					.string({minLength: 1, maxLength: 20})
					.filter((text) => text.trim() !== '' && !/[\u0000-\u001f\u007f-\u009f]/.test(text)),
				occurrence: fc.integer({min: 1, max: 3}),
			}),
			subject,
			fc.option(fc.integer({min: 0, max: 5}), {nil: undefined}),
			fc.integer({min: 0, max: 5}),
			fc.option(fc.string({maxLength: 30}), {nil: undefined}),
		);
		fc.assert(
			fc.property(fc.array(change, {maxLength: 10}), (changes) => {
				let decision = emptyDecision;
				for (const [where, who, score, weight, note] of changes) {
					decision = withNote(withWeight(withScore(decision, where, who, score), where, weight), where, who, note);
				}
				expect(sameDecision(read(decisionText(decision, about)), decision)).toBe(true);
			}),
			{numRuns: runs(300)},
		);
	});

	test('defaults: a row without weight weighs 1, without cells has none; a row saying nothing is not kept', () => {
		const decision = read(
			JSON.stringify(
				file([
					{section: 's', criterion: 'c', cells: {a: {score: 2}}},
					{section: 's', criterion: 'd'},
				]),
			),
		);
		expect([...decision.rows.values()]).toEqual([
			{section: 's', criterion: 'c', occurrence: 1, weight: 1, cells: {a: {score: 2}}},
		]);
		expect(read(JSON.stringify(file([]))).rows.size).toBe(0);
	});

	test('a cell that says nothing is no cell; a row left with none and weight 1 is not kept', () => {
		const decision = read(JSON.stringify(file([{section: 's', criterion: 'c', cells: {a: {}, b: {note: '  '}}}])));
		expect(decision.rows.size).toBe(0);
		const weighed = read(JSON.stringify(file([{section: 's', criterion: 'c', weight: 2, cells: {a: {}}}])));
		expect([...weighed.rows.values()][0]?.cells).toStrictEqual({});
	});

	test('a byte-order mark is read only at the start; one inside a note stays', () => {
		const decision = read(JSON.stringify(file([{section: 's', criterion: 'c', cells: {a: {note: 'a\uFEFFb'}}}])));
		expect(cellOf(decision, rowKey({section: 's', criterion: 'c', occurrence: 1}), 'a').note).toBe('a\uFEFFb');
	});

	test('a time that is not text is no time', () => {
		const result = readDecisionText(JSON.stringify(file([], {updated: 5})));
		expect(result.ok && result.updated).toBeUndefined();
	});

	test('fields it does not know are left alone (a later tradeoff of the same version may add some)', () => {
		const decision = read(
			JSON.stringify(
				file([{section: 's', criterion: 'c', weight: 2, cells: {a: {score: 1, when: 'now'}}, extra: true}], {x: 1}),
			),
		);
		expect(cellOf(decision, rowKey({section: 's', criterion: 'c', occurrence: 1}), 'a')).toEqual({score: 1});
	});

	test('untrusted texts are cleaned: no control sequence from a file reaches the screen', () => {
		const decision = read(
			JSON.stringify(
				file([
					{
						section: 's\u001b[2J',
						criterion: 'c\u0007',
						cells: {'a\u001b]0;x\u0007': {note: 'line\none\u001b[31m red'}},
					},
				]),
			),
		);
		const [row] = [...decision.rows.values()];
		expect(row).toEqual({section: 's', criterion: 'c', occurrence: 1, weight: 1, cells: {a: {note: 'line one red'}}});
	});

	test('a subject id "__proto__" stays a key', () => {
		const text = `{"format":"tradeoff-decision","version":1,"rows":[{"section":"s","criterion":"c","cells":{"__proto__":{"score":3}}}]}`;
		const [row] = [...read(text).rows.values()];
		expect(Object.keys(row?.cells ?? {})).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(row?.cells)).toBe(Object.prototype);
	});
});

describe('a file that cannot be read says why', () => {
	test.each([
		['', 'it is not JSON (damaged, or not a decision file)'],
		['{"format": "tradeoff-decision", "version": 1, "rows": [', 'it is not JSON (damaged, or not a decision file)'],
		['[]', 'it is not a tradeoff decision file'],
		['null', 'it is not a tradeoff decision file'],
		['{"title": "a comparison", "subjects": []}', 'it is not a tradeoff decision file'],
		[
			'{"format": "tradeoff-decision", "version": 2, "rows": []}',
			'it was written by a newer tradeoff (format version 2; this one reads 1)',
		],
		['{"format": "tradeoff-decision", "version": 0, "rows": []}', 'it is damaged: version: expected 1'],
		['{"format": "tradeoff-decision", "version": "1", "rows": []}', 'it is damaged: version: expected 1'],
		['{"format": "tradeoff-decision", "version": 1.5, "rows": []}', 'it is damaged: version: expected 1'],
		['{"format": "tradeoff-decision", "version": 1}', 'it is damaged: rows: expected a list'],
		['{"format": "tradeoff-decision", "version": 1, "rows": {}}', 'it is damaged: rows: expected a list'],
	])('%s', (text, expected) => {
		expect(reason(text)).toBe(expected);
	});

	test.each([
		[[3], 'rows[0]: expected an object'],
		[[{criterion: 'c'}], 'rows[0].section: expected a section id'],
		[[{section: '', criterion: 'c'}], 'rows[0].section: expected a section id'],
		[[{section: 's'}], 'rows[0].criterion: expected a criterion'],
		[[{section: 's', criterion: ''}], 'rows[0].criterion: expected a criterion'],
		[[{section: 's', criterion: 7}], 'rows[0].criterion: expected a criterion'],
		[[{section: 's', criterion: 'c', occurrence: 0}], 'rows[0].occurrence: expected a whole number from 1'],
		[[{section: 's', criterion: 'c', weight: 6}], 'rows[0].weight: expected a whole number from 0 to 5'],
		[[{section: 's', criterion: 'c', weight: -1}], 'rows[0].weight: expected a whole number from 0 to 5'],
		[[{section: 's', criterion: 'c', weight: 1.5}], 'rows[0].weight: expected a whole number from 0 to 5'],
		[[{section: 's', criterion: 'c', cells: []}], 'rows[0].cells: expected an object'],
		[[{section: 's', criterion: 'c', cells: {a: 1}}], 'rows[0].cells["a"]: expected an object'],
		[
			[{section: 's', criterion: 'c', cells: {a: {score: 6}}}],
			'rows[0].cells["a"].score: expected a whole number from 0 to 5',
		],
		[
			[{section: 's', criterion: 'c', cells: {a: {score: '3'}}}],
			'rows[0].cells["a"].score: expected a whole number from 0 to 5',
		],
		[[{section: 's', criterion: 'c', cells: {a: {note: 3}}}], 'rows[0].cells["a"].note: expected text'],
		[[{section: 's', criterion: 'c'}, {section: 's'}], 'rows[1].criterion: expected a criterion'],
	])('damaged: %j', (rows, expected) => {
		expect(reason(file(rows))).toBe(`it is damaged: ${expected}`);
	});
});
