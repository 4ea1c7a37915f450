import {describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {UsageError} from './errors.js';
import {applyView, defaultView, findSection, normalCell, pickSubjects, rowIsUniform, visibleRows} from './view.js';

const comparison = bundledComparison();
const cost = comparison.sections.find((section) => section.id === 'cost');

describe('view', () => {
	test('normalCell reads both shapes of a cell', () => {
		expect(normalCell('text')).toEqual({text: 'text', refs: []});
		expect(normalCell({text: 't', refs: [1], value: 2, unit: '%'})).toEqual({
			text: 't',
			refs: [1],
			value: 2,
			unit: '%',
		});
		expect(normalCell({text: 't'})).toEqual({text: 't', refs: []});
	});

	test('normalCell reads every way of saying "not stated" as one: null, the words, an empty cell', () => {
		const silent = {text: 'not stated in the source', refs: [], notStated: true};
		for (const cell of [null, undefined, 'Not stated in the source.', 'NOT STATED IN THE SOURCE', '', {text: ' '}])
			expect(normalCell(cell), JSON.stringify(cell)).toEqual(silent);
	});

	test('a row whose subjects are all silent, however each file put it, counts as uniform', () => {
		const row = {criterion: 'x', cells: {fastapi: null, litestar: 'Not stated in the source.', 'django-ninja': ''}};
		expect(rowIsUniform(row, comparison.subjects)).toBe(true);
		expect(rowIsUniform({...row, cells: {...row.cells, litestar: 'Yes'}}, comparison.subjects)).toBe(false);
	});

	test('applyView writes every silent cell as null', () => {
		const section = {
			id: 's',
			title: 'S',
			table: {
				rows: [{criterion: 'x', cells: {fastapi: 'not stated in the source', litestar: null, 'django-ninja': 'Yes'}}],
			},
		};
		const applied = applyView(comparison, defaultView(comparison), [section]);
		expect(applied.sections[0]?.table?.rows[0]?.cells).toEqual({fastapi: null, litestar: null, 'django-ninja': 'Yes'});
	});

	test('pickSubjects keeps the order asked for and drops repeats; unknown ids are usage errors', () => {
		expect(pickSubjects(comparison, ['django-ninja', 'fastapi', 'django-ninja']).map((subject) => subject.id)).toEqual([
			'django-ninja',
			'fastapi',
		]);
		expect(() => pickSubjects(comparison, ['flask'])).toThrow(UsageError);
		expect(() => pickSubjects(comparison, [])).toThrow('--only needs at least one subject id');
	});

	test('findSection by id or number', () => {
		expect(findSection(comparison, 'cost').id).toBe('cost');
		expect(findSection(comparison, '3').id).toBe('performance');
		expect(() => findSection(comparison, '8')).toThrow(UsageError);
		expect(() => findSection(comparison, 'pricing')).toThrow(UsageError);
	});

	test('a row is uniform when every shown subject says the same (case and spacing aside)', () => {
		const [licence, infrastructure] = cost?.table?.rows ?? [];
		const all = defaultView(comparison);
		expect(licence && rowIsUniform(licence, all.subjects)).toBe(true);
		expect(infrastructure && rowIsUniform(infrastructure, all.subjects)).toBe(false);
		const two = pickSubjects(comparison, ['litestar', 'django-ninja']);
		const development = cost?.table?.rows[2];
		expect(development && rowIsUniform(development, two)).toBe(true);
	});

	test('a row where some but not all shown subjects agree is not uniform', () => {
		const row = {criterion: 'x', cells: {fastapi: 'Same', litestar: 'same ', 'django-ninja': 'Other'}};
		expect(rowIsUniform(row, comparison.subjects)).toBe(false);
		expect(rowIsUniform(row, pickSubjects(comparison, ['fastapi', 'litestar']))).toBe(true);
		expect(rowIsUniform(row, pickSubjects(comparison, ['django-ninja', 'fastapi', 'litestar']))).toBe(false);
	});

	test('visibleRows hides uniform rows only when asked, and counts them', () => {
		if (!cost) throw new Error('no cost section');
		expect(visibleRows(cost, defaultView(comparison))).toMatchObject({hidden: 0});
		expect(visibleRows(cost, {...defaultView(comparison), differencesOnly: true}).hidden).toBe(1);
	});

	test('applyView keeps only the shown subjects, in order, in subjects and cells', () => {
		const view = {subjects: pickSubjects(comparison, ['litestar', 'fastapi']), differencesOnly: true};
		const applied = applyView(comparison, view, cost ? [cost] : []);
		expect(applied.subjects.map((subject) => subject.id)).toEqual(['litestar', 'fastapi']);
		expect(applied.sections[0]?.table?.rows.map((row) => Object.keys(row.cells))).toEqual([
			['litestar', 'fastapi'],
			['litestar', 'fastapi'],
		]);
	});
});
