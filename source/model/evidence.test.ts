import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {loadComparison} from '../input/load.js';
import {comparison as generated} from '../test-support/arbitraries.js';
import {countKinds, kindOf} from '../test-support/evidence-count.js';
import {bundledComparison, bundledJson} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {cellEvidence, evidenceJson, evidenceOf, referenceUses} from './evidence.js';
import type {Comparison} from './schema.js';
import {defaultView, pickSubjects, rowIsUniform} from './view.js';

const comparison = bundledComparison();
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** The view's counts as the JSON gives them, keyed by subject id. */
function countsOf(json: ReturnType<typeof evidenceJson>) {
	return Object.fromEntries(json.subjects.map(({id, cited, uncited, notStated}) => [id, {cited, uncited, notStated}]));
}

describe('cellEvidence', () => {
	test('refs or a [n] in the text cite; a Markdown link does not; null and the old words say nothing', () => {
		expect(cellEvidence({text: 'fast', refs: [3, 1]})).toEqual({kind: 'cited', refs: [1, 3]});
		expect(cellEvidence('fast [2] and [2]')).toEqual({kind: 'cited', refs: [2]});
		expect(cellEvidence({text: 'fast [4]', refs: [1]})).toEqual({kind: 'cited', refs: [1, 4]});
		expect(cellEvidence('see [2](https://example.com)')).toEqual({kind: 'uncited', refs: []});
		expect(cellEvidence({text: 'fast', refs: []})).toEqual({kind: 'uncited', refs: []});
		expect(cellEvidence({text: '40%', value: 40, unit: '%'})).toEqual({kind: 'uncited', refs: []});
		expect(cellEvidence(null)).toEqual({kind: 'notStated', refs: []});
		expect(cellEvidence('Not stated in the source.')).toEqual({kind: 'notStated', refs: []});
	});
});

describe('evidenceOf', () => {
	test('the bundled comparison: the counts of the JSON are those of its cells, counted apart', () => {
		const data = bundledJson();
		const ids = comparison.subjects.map((subject) => subject.id);
		const json = evidenceJson(comparison, evidenceOf(comparison, defaultView(comparison), comparison.sections));
		expect(countsOf(json)).toEqual(countKinds(data as never, ids));
		// What the article is: FastAPI's claims cite something half the time, Litestar's never.
		expect(countsOf(json)).toEqual({
			fastapi: {cited: 14, uncited: 10, notStated: 3},
			litestar: {cited: 0, uncited: 14, notStated: 13},
			'django-ninja': {cited: 3, uncited: 15, notStated: 9},
		});
	});

	test('every row, in order, with its section id and each subject kind, as the JSON shape of the issue', () => {
		const json = evidenceJson(comparison, evidenceOf(comparison, defaultView(comparison), comparison.sections));
		const data = bundledJson();
		const expected = data.sections.flatMap((section: any) =>
			section.table.rows.map((row: any) => ({
				section: section.id,
				criterion: row.criterion,
				cells: Object.fromEntries(Object.entries(row.cells).map(([id, cell]) => [id, kindOf(cell as never)])),
			})),
		);
		expect(json.rows).toEqual(expected);
		expect(Object.keys(json.subjects[0] ?? {})).toEqual(['id', 'name', 'cited', 'uncited', 'notStated']);
		expect(Object.keys(json.rows[0]?.cells ?? {})).toEqual(['fastapi', 'litestar', 'django-ninja']);
	});

	test('follows --only (subjects and their order), --section and -d, as the tables do', () => {
		const view = {subjects: pickSubjects(comparison, ['django-ninja', 'litestar']), differencesOnly: true};
		const cost = comparison.sections.filter((section) => section.id === 'cost');
		const evidence = evidenceOf(comparison, view, cost);
		const json = evidenceJson(comparison, evidence);
		expect(json.subjects.map((subject) => subject.id)).toEqual(['django-ninja', 'litestar']);
		// Licence (all agree) and development cost (both silent) are hidden; infrastructure differs.
		expect(json.rows).toEqual([
			{
				section: 'cost',
				criterion: 'Infrastructure cost saved',
				cells: {'django-ninja': 'uncited', litestar: 'notStated'},
			},
		]);
		expect(evidence.hidden).toBe(2);
		expect(evidence.rows[0]).toMatchObject({section: 4, row: 1});
	});

	test('generated comparisons: the counts of the JSON are those of their cells, counted apart, in any view', () => {
		fc.assert(
			fc.property(generated, fc.boolean(), fc.integer({min: 1, max: 8}), (data, differences, keep) => {
				const loaded = loadComparison(encode(data), 'generated.json');
				const subjects = loaded.subjects.slice(0, keep);
				const view = {subjects, differencesOnly: differences};
				const json = evidenceJson(loaded, evidenceOf(loaded, view, loaded.sections));
				// Differences only counts the rows where the subjects differ, and only those.
				const kept: Comparison = {
					...loaded,
					sections: loaded.sections.map((section) => ({
						...section,
						table: {rows: (section.table?.rows ?? []).filter((row) => !differences || !rowIsUniform(row, subjects))},
					})),
				};
				const ids = subjects.map((subject) => subject.id);
				expect(countsOf(json)).toEqual(countKinds(kept as never, ids));
				expect(json.subjects.map((subject) => subject.id)).toEqual(ids);
				const rows = kept.sections.reduce((sum, section) => sum + (section.table?.rows.length ?? 0), 0);
				expect(json.rows).toHaveLength(rows);
				for (const subject of json.subjects) expect(subject.cited + subject.uncited + subject.notStated).toBe(rows);
			}),
			{numRuns: runs(300)},
		);
	});
});

describe('referenceUses', () => {
	test('says, for each reference, how many claims cite it and whose they are, counted apart', () => {
		const uses = referenceUses(comparison);
		const data = bundledJson();
		for (const reference of data.references) {
			const bySubject: Record<string, number> = {};
			for (const section of data.sections)
				for (const row of section.table.rows)
					for (const [id, cell] of Object.entries(row.cells) as [string, any][]) {
						const cites =
							cell !== null &&
							((typeof cell === 'object' && cell.refs?.includes(reference.id)) ||
								(typeof cell === 'string' ? cell : cell.text).includes(`[${reference.id}]`));
						if (cites) bySubject[id] = (bySubject[id] ?? 0) + 1;
					}
			const use = uses.get(reference.id);
			expect(Object.fromEntries(use?.subjects.map((entry) => [entry.subject.id, entry.claims]) ?? [])).toEqual(
				bySubject,
			);
			expect(use?.claims).toBe(Object.values(bySubject).reduce((sum, count) => sum + count, 0));
			const prose = data.sections.filter((section: any) => section.body.includes(`[${reference.id}]`));
			expect(use?.prose).toBe(prose.length);
		}
		// The OpenAI blog post backs nearly every cited figure, most of them FastAPI's.
		expect(uses.get(1)).toMatchObject({claims: 11, prose: 6});
		expect(uses.get(4)).toMatchObject({claims: 0, subjects: [], prose: 4});
	});
});
