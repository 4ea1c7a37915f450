import {describe, expect, test} from 'vitest';
import type {Heading} from '../layout/outline.js';
import {lineText, lineWidth, Role} from '../layout/styled.js';
import {filterOutline, outlineHere, outlineLines, outlineMatches} from './outline-overlay.js';

const outline: Heading[] = [
	{section: 0, level: 0, title: 'Summary', id: 'summary'},
	{section: 1, level: 0, title: 'Performance', id: 'performance'},
	{section: 1, heading: 0, level: 1, title: 'Benchmarks', id: 'benchmarks'},
	{section: 1, heading: 1, level: 2, title: 'Method', id: 'method'},
	{section: 1, heading: 2, level: 1, title: 'Pricing notes', id: 'pricing-notes'},
	{section: 2, level: 0, title: 'Pricing', id: 'pricing'},
];
const lines = (filter: string, cursor: number, here: number, width = 40, ascii = false) =>
	outlineLines(outline, {filter, cursor, here, width, ascii});

describe('outlineLines', () => {
	test('sections numbered, headings indented by level, the chosen one pointed at, the one the reader is at marked', () => {
		expect(lines('', 2, 3).map(lineText)).toEqual([
			'  1 Summary',
			'  2 Performance',
			'▶   Benchmarks',
			'      Method ◂ here',
			'    Pricing notes',
			'  3 Pricing',
		]);
		const chosen = lines('', 2, 3)[2] ?? [];
		expect(chosen.every((piece) => piece.role & Role.selected)).toBe(true);
		expect(lineText(lines('', 0, 0, 40, true)[0] ?? [])).toBe('> 1 Summary < here');
	});

	test('a filter keeps what matches, in reading order, its letters marked, a heading saying its section', () => {
		const shown = lines('pric', 0, 0);
		expect(shown.map(lineText)).toEqual(['▶   Pricing notes · Performance', '  3 Pricing']);
		const marked = (shown[1] ?? []).filter((piece) => piece.role & Role.match).map((piece) => piece.text);
		expect(marked).toEqual(['P', 'r', 'i', 'c']);
		expect(lines('zzz', 0, 0).map(lineText)).toEqual(['No heading matches "zzz".']);
	});

	test('a long title is cut, the "here" mark kept; nothing is wider than the width', () => {
		const long: Heading[] = [{section: 0, level: 0, title: 'A very long section title indeed, and more', id: 'x'}];
		expect(outlineLines(long, {filter: '', cursor: 0, here: 0, width: 24, ascii: false}).map(lineText)).toEqual([
			'▶ 1 A very long … ◂ here',
		]);
		for (const width of [20, 21, 30, 80])
			for (const line of lines('', 3, 3, width)) expect(lineWidth(line)).toBeLessThanOrEqual(width);
	});
});

describe('filterOutline and outlineMatches', () => {
	test('the best match is chosen, where it stands; every entry for no filter', () => {
		expect(filterOutline(outline, 'pricing').entries.map((entry) => entry.heading.title)).toEqual([
			'Pricing notes',
			'Pricing',
		]);
		expect(filterOutline(outline, 'pricing').best).toBe(0);
		expect(outlineMatches(outline, 'meth')).toEqual({targets: [{section: 1, heading: 1}], best: 0});
		expect(outlineMatches(outline, '').targets).toHaveLength(6);
		expect(outlineMatches(outline, 'zz')).toEqual({targets: [], best: 0});
	});
});

describe('outlineHere', () => {
	const lineOf = (heading: number) => [10, 20, 30][heading];
	test('the last heading at or above the top of the page, else the section', () => {
		expect(outlineHere(outline, 1, 0, lineOf)).toBe(1);
		expect(outlineHere(outline, 1, 10, lineOf)).toBe(2);
		expect(outlineHere(outline, 1, 25, lineOf)).toBe(3);
		expect(outlineHere(outline, 1, 99, lineOf)).toBe(4);
		expect(outlineHere(outline, 2, 99, lineOf)).toBe(5);
	});
});
