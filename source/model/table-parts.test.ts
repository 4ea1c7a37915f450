import {describe, expect, test} from 'vitest';
import type {Section, Table} from './schema.js';
import {bodyLines, keptParts, locatedParts, shownColumns} from './table-parts.js';

const subjects = [
	{id: 'a', name: 'A'},
	{id: 'b', name: 'B'},
	{id: 'c', name: 'C'},
];
const row = (criterion: string) => ({criterion, cells: {a: '1', b: '2', c: '3'}});

describe('locatedParts', () => {
	test('a table without parts is one part after the body: a nameless label, then every subject', () => {
		expect(locatedParts({rows: [row('x'), row('y')]}, subjects)).toEqual([
			{
				index: 0,
				start: 0,
				end: 2,
				after: undefined,
				columns: [{label: ''}, {subject: 'a'}, {subject: 'b'}, {subject: 'c'}],
				written: false,
			},
		]);
		expect(locatedParts(undefined, subjects)).toEqual([]);
	});

	test('parts take their rows in turn, with their places and columns', () => {
		const table: Table = {
			rows: [row('x'), row('y'), row('z')],
			parts: [{rows: 1, after: 0, columns: [{subject: 'b'}, {label: 'L'}]}, {rows: 2}],
		};
		expect(
			locatedParts(table, subjects).map(({index, start, end, after, written}) => [index, start, end, after, written]),
		).toEqual([
			[0, 0, 1, 0, true],
			[1, 1, 3, undefined, false],
		]);
	});
});

describe('shownColumns', () => {
	const [part] = locatedParts(
		{
			rows: [row('x')],
			parts: [
				{
					rows: 1,
					columns: [
						{field: 'Group', align: 'left'},
						{label: 'Feature'},
						{subject: 'b', name: 'B (beta)', align: 'center'},
						{subject: 'a'},
						{field: 'Notes'},
					],
				},
			],
		},
		subjects,
	);

	test('label and fields where the source put them; the shown subjects, in the order shown, where its first stood', () => {
		expect(
			shownColumns(part!, [subjects[2]!, subjects[0]!, subjects[1]!]).map((column) =>
				column.kind === 'subject'
					? `${column.subject.id}:${column.name}:${column.align ?? ''}`
					: `${column.kind}:${column.name}`,
			),
		).toEqual(['field:Group', 'label:Feature', 'c:C:', 'a:A:', 'b:B (beta):center', 'field:Notes']);
	});

	test('a part without subject columns shows the subjects after its own', () => {
		const [bare] = locatedParts({rows: [row('x')], parts: [{rows: 1, columns: [{label: 'L'}]}]}, subjects);
		expect(shownColumns(bare!, subjects.slice(0, 1)).map((column) => column.kind)).toEqual(['label', 'subject']);
	});
});

describe('keptParts', () => {
	const section: Section = {
		id: 's',
		title: 'S',
		table: {
			rows: [row('x'), row('y'), row('z')],
			parts: [
				{rows: 2, after: 1, columns: [{label: 'L'}, {subject: 'a'}, {subject: 'b'}, {field: 'N'}, {subject: 'c'}]},
				{rows: 1},
			],
		},
	};

	test('the counts follow the rows kept; a part left empty goes; hidden subjects lose their columns', () => {
		expect(keptParts(section, [subjects[2]!, subjects[0]!], (index) => index !== 1 && index !== 2)).toEqual([
			{rows: 1, after: 1, columns: [{label: 'L'}, {subject: 'c'}, {subject: 'a'}, {field: 'N'}]},
		]);
		expect(keptParts({id: 's', title: 'S', table: {rows: [row('x')]}}, subjects, () => true)).toBeUndefined();
	});
});

test('bodyLines: none for no body', () => {
	expect(bodyLines(undefined)).toEqual([]);
	expect(bodyLines('')).toEqual([]);
	expect(bodyLines('a\n\nb')).toEqual(['a', '', 'b']);
});
