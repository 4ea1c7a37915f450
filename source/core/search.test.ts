import {describe, expect, test} from 'vitest';
import {bundledDocument, documentOf, tiny} from '../test-support/fixtures.js';
import {sectionLines} from './document.js';
import {lineText, Role, span} from './layout/styled.js';
import {highlight, SearchIndex, searchText} from './search.js';
import {defaultView} from './view.js';

const document = bundledDocument();
const view = defaultView(document.comparison);
const sections = (width: number) =>
	document.comparison.sections.map((section) => sectionLines(document, section, {width, view}));

describe('SearchIndex', () => {
	test('finds every occurrence, case-insensitively, with its section, line, range and subject', () => {
		const lines = sections(120);
		const hits = new SearchIndex(lines).search('NOT STATED');
		expect(hits.length).toBeGreaterThan(10);
		for (const hit of hits) {
			const text = lineText(lines[hit.section]?.[hit.line] ?? []);
			expect(text.slice(hit.start, hit.end).toLowerCase()).toBe('not stated');
		}
		const litestar = hits.filter((hit) => hit.subject === 'litestar');
		expect(litestar.length).toBeGreaterThan(3);
	});

	test('a table cell hit names its subject; a prose hit names none', () => {
		const hits = new SearchIndex(sections(120)).search('1,200 concurrent');
		expect(hits.map((hit) => [hit.section, hit.subject])).toEqual([
			[2, undefined],
			[2, 'fastapi'],
			[5, undefined],
		]);
	});

	test('a match never spans two columns of a table', () => {
		expect(new SearchIndex(sections(120)).search('source │')).toEqual([]);
		expect(new SearchIndex(sections(120)).search('source not')).toEqual([]);
	});

	test('an empty query finds nothing', () => {
		expect(new SearchIndex(sections(80)).search('  ')).toEqual([]);
	});

	test('searching a comparison 50 times the size stays fast', () => {
		const big = documentOf({
			...document.comparison,
			sections: document.comparison.sections.map((section) => ({
				...section,
				body: Array.from({length: 50}, () => section.body).join('\n\n'),
			})),
		});
		const index = new SearchIndex(
			big.comparison.sections.map((section) => sectionLines(big, section, {width: 80, view})),
		);
		// Typing "framework" one key at a time: the whole comparison is searched on every key.
		const start = performance.now();
		for (let length = 1; length <= 'framework'.length; length++) index.search('framework'.slice(0, length));
		const perKey = (performance.now() - start) / 'framework'.length;
		// A generous bound for a shared machine; npm run bench reports the real figure.
		expect(perKey).toBeLessThan(50);
	});
});

describe('highlight', () => {
	test('splits spans at the ranges and marks them, the current one differently', () => {
		const line = [span('Fast '), span('API', Role.strong), span(' wins')];
		const marked = highlight(line, [
			{start: 2, end: 6, current: false},
			{start: 9, end: 12, current: true},
		]);
		expect(lineText(marked)).toBe('Fast API wins');
		expect(marked.map((piece) => [piece.text, piece.role])).toEqual([
			['Fa', Role.none],
			['st ', Role.match],
			['A', Role.strong | Role.match],
			['PI', Role.strong],
			[' ', Role.none],
			['win', Role.current],
			['s', Role.none],
		]);
	});
});

describe('searchText (printed output)', () => {
	test('one hit per matching sentence or cell, each named by its place', () => {
		const hits = searchText(document, document.comparison.sections, view, 'benchmark');
		expect(hits).toContainEqual({
			place: 'Performance › Litestar',
			text: 'Benchmark evidence: Not enough public benchmarks',
		});
		expect(hits).toContainEqual({place: 'Performance › FastAPI', text: 'Benchmark evidence: One cited benchmark'});
		expect(
			hits.some(
				(hit) => hit.place === 'Performance › prose' && hit.text.startsWith('In the benchmark the source cites'),
			),
		).toBe(true);
		expect(hits.some((hit) => hit.place === 'Summary › prose' && hit.text.includes('public benchmarks'))).toBe(true);
	});

	test('--only limits the cells searched', () => {
		const only = {
			subjects: document.comparison.subjects.filter((subject) => subject.id === 'fastapi'),
			differencesOnly: false,
		};
		const hits = searchText(document, document.comparison.sections, only, 'not stated');
		expect(hits.every((hit) => !hit.place.endsWith('› Litestar'))).toBe(true);
	});

	test('CJK text is found', () => {
		const small = documentOf(
			tiny(
				[
					{id: 'a', name: '甲'},
					{id: 'b', name: '乙'},
				],
				[{a: '速度很快', b: '没有说明'}],
			),
		);
		expect(searchText(small, small.comparison.sections, defaultView(small.comparison), '很快')).toEqual([
			{place: 'Only › 甲', text: 'Row 1: 速度很快'},
		]);
	});
});
