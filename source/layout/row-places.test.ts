// Where a table row stands in a section's lines (the row the evidence view opens, marked), and a
// section laid out without its title, as the browser shows it under its section bar.
import {describe, expect, test} from 'vitest';
import {defaultView} from '../model/view.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {rowLine, rowPlaces, sectionLines} from './document.js';
import {lineText} from './styled.js';

const document = bundledDocument();
const view = defaultView(document.comparison);
const summary = document.comparison.sections[0];
if (!summary) throw new Error('no summary');

describe('rowPlaces', () => {
	test('side by side: the row from its criterion to the rule under it, the header at the top of its table', () => {
		const lines = sectionLines(document, summary, {width: 80, view, title: false});
		const texts = lines.map(lineText);
		const [place] = rowPlaces(lines, 0);
		expect(place).toBeDefined();
		const {start, end, header} = place ?? {start: 0, end: 0, header: 0};
		expect(texts.slice(start, end)).toEqual([
			"Standing    │ Preferred for most   │ Too few public      │ Held back by Django's",
			'            │ ML APIs; the most    │ benchmarks and docs │ performance on',
			'            │ pragmatic choice [3] │ for production use  │ API-centric workloads',
		]);
		expect(texts[header]).toMatch(/^ +│ FastAPI +│ Litestar +│ Django Ninja$/);
		expect(rowLine(lines, 0)).toBe(start);
		// The last row ends where the table does.
		const last = rowPlaces(lines, 2)[0];
		expect(texts.slice(last?.start, last?.end)).toEqual([
			'Development │ Up to 40% against    │ not stated in the   │ not stated in the',
			'time saved  │ traditional          │ source              │ source',
			'            │ frameworks [1]       │                     │ ',
		]);
		expect(last?.header).toBe(header);
		expect(rowPlaces(lines, 99)).toEqual([]);
	});

	test("stacked: the row under each subject, each under its subject's name", () => {
		const lines = sectionLines(document, summary, {width: 30, view, title: false});
		const texts = lines.map(lineText);
		const places = rowPlaces(lines, 1);
		expect(places).toHaveLength(3);
		expect(places.map((place) => texts[place.header])).toEqual(['FastAPI', 'Litestar', 'Django Ninja']);
		expect(places.map((place) => texts[place.start])).toEqual([
			'  Concurrency model:',
			'  Concurrency model: not',
			'  Concurrency model:',
		]);
		for (const place of places) expect(place.end).toBeGreaterThan(place.start);
	});
});

describe('a section without its title', () => {
	test('starts with its text: no heading, no underline, no blank line', () => {
		const titled = sectionLines(document, summary, {width: 80, view}).map(lineText);
		const bare = sectionLines(document, summary, {width: 80, view, title: false}).map(lineText);
		expect(titled.slice(0, 3)).toEqual(['Summary', '───────', '']);
		expect(bare).toEqual(titled.slice(3));
	});

	test('a section of a table only, or of a chart only, starts with it', () => {
		const tableOnly = {...summary, id: 'bare', body: undefined};
		const bodies = new Map(document.bodies);
		bodies.set('bare', []);
		const lines = sectionLines({...document, bodies}, tableOnly, {width: 80, view, title: false}).map(lineText);
		expect(lines[0]).toMatch(/^ +│ FastAPI/);
	});
});
