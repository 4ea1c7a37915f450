import {describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {UsageError} from './errors.js';
import type {Section} from './schema.js';
import {
	applyView,
	defaultView,
	findSection,
	normalCell,
	pickSubjects,
	rowIsUniform,
	sectionCitations,
	visibleRows,
} from './view.js';

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

	test('normalCell keeps a figure with its unit, or a count without one; a unit alone is dropped', () => {
		// A count ("56K") has no unit; the loader rejects a unit without a value.
		expect(normalCell({text: 't', value: 2})).toStrictEqual({text: 't', refs: [], value: 2});
		expect(normalCell({text: 't', unit: '%'})).toStrictEqual({text: 't', refs: []});
		expect(normalCell({text: 't'})).toStrictEqual({text: 't', refs: []});
		expect(normalCell({text: 't', value: 0, unit: 'ms'})).toStrictEqual({text: 't', refs: [], value: 0, unit: 'ms'});
	});

	test('an unknown subject in --only names the subjects there are', () => {
		expect(() => pickSubjects(comparison, ['fastapi', 'flask'])).toThrow(
			new UsageError('unknown subject "flask" in --only (subjects are fastapi, litestar, django-ninja)'),
		);
	});

	test('an unknown section names the sections there are and the numbers that work', () => {
		expect(() => findSection(comparison, 'pricing')).toThrow(
			new UsageError(
				'unknown section "pricing" (sections are summary, architecture, performance, developer-experience, cost, best-for, verdict, or 1 to 7)',
			),
		);
	});

	test('a section number is digits only, however many', () => {
		const sections = Array.from({length: 12}, (_, index) => ({id: `s${index + 1}`, title: `S${index + 1}`}));
		const many = {...comparison, sections};
		expect(findSection(many, '10').id).toBe('s10');
		expect(findSection(many, '012').id).toBe('s12');
		for (const key of [' 3', '3 ', '3x', 'x3', '0x3', '1e1', '3.0', ''])
			expect(() => findSection(many, key), JSON.stringify(key)).toThrow(UsageError);
	});

	test('with no subjects shown, every row is uniform', () => {
		expect(rowIsUniform({criterion: 'x', cells: {fastapi: 'a', litestar: 'b'}}, [])).toBe(true);
	});

	test('case is ignored by lower-casing: "Maße" and "MASSE" are different words', () => {
		// Upper-casing would make both "MASSE".
		const row = {criterion: 'x', cells: {fastapi: 'Maße', litestar: 'MASSE'}};
		expect(rowIsUniform(row, pickSubjects(comparison, ['fastapi', 'litestar']))).toBe(false);
	});

	test('a row with the same words but different figures or units is not uniform', () => {
		const two = pickSubjects(comparison, ['fastapi', 'litestar']);
		const fast = {text: 'Fast', value: 1, unit: 'ms'};
		expect(rowIsUniform({criterion: 'x', cells: {fastapi: fast, litestar: {...fast, text: 'fast '}}}, two)).toBe(true);
		expect(rowIsUniform({criterion: 'x', cells: {fastapi: fast, litestar: {...fast, value: 2}}}, two)).toBe(false);
		expect(rowIsUniform({criterion: 'x', cells: {fastapi: fast, litestar: {...fast, unit: 's'}}}, two)).toBe(false);
	});

	test('a section cites its body first, then the shown cells row by row, text before refs', () => {
		const section: Section = {
			id: 's',
			title: 'S',
			body: 'See [2].',
			table: {
				rows: [
					{
						criterion: 'a',
						cells: {fastapi: {text: 'Yes [3]', refs: [1]}, litestar: 'No [2]', 'django-ninja': 'No [4]'},
					},
					{criterion: 'b', cells: {fastapi: 'Same [5]', litestar: 'Same [5]', 'django-ninja': 'Other [6]'}},
				],
			},
		};
		const two = pickSubjects(comparison, ['litestar', 'fastapi']);
		expect(sectionCitations(section, {subjects: two, differencesOnly: false})).toEqual([2, 3, 1, 5]);
		// The second row, uniform for these two, is hidden, and so are its citations.
		expect(sectionCitations(section, {subjects: two, differencesOnly: true})).toEqual([2, 3, 1]);
		expect(sectionCitations({...section, body: undefined}, defaultView(comparison))).toEqual([3, 1, 2, 4, 5, 6]);
	});

	test('applyView leaves a section without a table as it is', () => {
		const prose = {id: 'p', title: 'P', body: 'Only words.'};
		const applied = applyView(comparison, defaultView(comparison), [prose]);
		expect(applied.sections).toStrictEqual([{id: 'p', title: 'P', body: 'Only words.'}]);
	});
});
