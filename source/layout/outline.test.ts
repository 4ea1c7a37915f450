import {describe, expect, test} from 'vitest';
import {UsageError} from '../model/errors.js';
import type {Comparison} from '../model/schema.js';
import {defaultView} from '../model/view.js';
import {documentOf} from '../test-support/fixtures.js';
import {documentLines, headingLine, sectionLines} from './document.js';
import {anchor, findTarget, outlineOf, subsection} from './outline.js';
import {lineText} from './styled.js';

const comparison: Comparison = {
	title: 'Doc',
	subjects: [
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
	],
	sections: [
		{id: 'summary', title: 'Summary', body: 'Intro.'},
		{
			id: 'performance',
			title: 'Performance',
			body: 'Before.\n\n### Benchmarks\n\nFast [1].\n\n#### Method\n\nHow.\n\n### Pricing notes\n\nCheap.',
			table: {rows: [{criterion: 'Speed', cells: {a: '1', b: '2'}}]},
		},
		{id: 'pricing', title: 'Pricing', body: '### Summary\n\nAgain.\n\n### Setup\n\nOne.\n\n### Setup\n\nTwo.'},
		{id: 'setup-2x', title: 'Set-up & teardown', body: '### 性能 对比!\n\nCJK.'},
	],
	references: [{id: 1, title: 'R'}],
};
const document = documentOf(comparison);

describe('anchor', () => {
	test("GitHub's rule: lowercase, punctuation and symbols dropped, letters of every script kept, spaces as hyphens", () => {
		expect(anchor('Pricing notes')).toBe('pricing-notes');
		expect(anchor('Set-up & teardown')).toBe('set-up--teardown');
		expect(anchor('性能 对比!')).toBe('性能-对比');
		expect(anchor('  C++ / Rust_2 ')).toBe('c--rust_2');
	});
});

describe('outlineOf', () => {
	test('each section, then the headings of its prose by level, ids unique in the document', () => {
		expect(
			outlineOf(document).map(({section, heading, level, title, id}) => [section, heading, level, title, id]),
		).toEqual([
			[0, undefined, 0, 'Summary', 'summary'],
			[1, undefined, 0, 'Performance', 'performance'],
			[1, 0, 1, 'Benchmarks', 'benchmarks'],
			[1, 1, 2, 'Method', 'method'],
			[1, 2, 1, 'Pricing notes', 'pricing-notes'],
			[2, undefined, 0, 'Pricing', 'pricing'],
			[2, 0, 1, 'Summary', 'summary-2'],
			[2, 1, 1, 'Setup', 'setup'],
			[2, 2, 1, 'Setup', 'setup-2'],
			[3, undefined, 0, 'Set-up & teardown', 'setup-2x'],
			[3, 0, 1, '性能 对比!', '性能-对比'],
		]);
	});
});

describe('findTarget (-s)', () => {
	test('a section by id, by number, by title in any case, by a unique prefix of either', () => {
		expect(findTarget(document, 'performance')).toEqual({section: 1});
		expect(findTarget(document, '2')).toEqual({section: 1});
		expect(findTarget(document, 'Performance')).toEqual({section: 1});
		expect(findTarget(document, 'PERFORMANCE')).toEqual({section: 1});
		expect(findTarget(document, 'perf')).toEqual({section: 1});
		expect(findTarget(document, 'Set-up &')).toEqual({section: 3});
		expect(findTarget(document, 'sum')).toEqual({section: 0});
	});

	test('a heading of the prose by its id, its title, or as section/heading', () => {
		expect(findTarget(document, 'benchmarks')).toEqual({section: 1, heading: 0});
		expect(findTarget(document, 'Pricing notes')).toEqual({section: 1, heading: 2});
		expect(findTarget(document, 'performance/benchmarks')).toEqual({section: 1, heading: 0});
		expect(findTarget(document, 'perf/meth')).toEqual({section: 1, heading: 1});
		expect(findTarget(document, 'Performance/Pricing Notes')).toEqual({section: 1, heading: 2});
		expect(findTarget(document, 'setup-2')).toEqual({section: 2, heading: 2});
		expect(findTarget(document, 'pricing/summary')).toEqual({section: 2, heading: 0});
		expect(findTarget(document, '性能')).toEqual({section: 3, heading: 0});
		// A prefix no section has, that one heading has.
		expect(findTarget(document, 'bench')).toEqual({section: 1, heading: 0});
	});

	test('a section goes before a heading of the same name', () => {
		expect(findTarget(document, 'summary')).toEqual({section: 0});
		expect(findTarget(document, 'pricing')).toEqual({section: 2});
	});

	test('a prefix that fits several is an error naming them; nothing found names the sections', () => {
		expect(() => findTarget(document, 'p')).toThrow(UsageError);
		expect(() => findTarget(document, 'p')).toThrow(
			'section "p" is ambiguous: it could be performance (Performance), pricing (Pricing); give more of it',
		);
		// One section starts so, two headings too: the section is meant.
		expect(findTarget(document, 'set')).toEqual({section: 3});
		expect(() => findTarget(document, 'pricing/set')).toThrow(
			'section "pricing/set" is ambiguous: it could be setup (Setup), setup-2 (Setup); give more of it',
		);
		expect(() => findTarget(document, 'zzz')).toThrow(
			'unknown section "zzz" (sections are summary, performance, pricing, setup-2x, or 1 to 4)',
		);
		expect(() => findTarget(document, 'performance/zzz')).toThrow(
			'section "performance" has no heading "zzz" (its headings are benchmarks, method, pricing-notes)',
		);
		expect(() => findTarget(document, '9')).toThrow(/unknown section "9"/);
		expect(() => findTarget(document, '')).toThrow(/unknown section ""/);
	});
});

describe('subsection', () => {
	const view = defaultView(comparison);
	const performance = comparison.sections[1] as Comparison['sections'][number];

	test('a heading and what it heads, up to the next as high, printed as a section of its own', () => {
		const part = subsection(document, performance, 0);
		expect(part.section).toMatchObject({id: 'benchmarks', title: 'Benchmarks'});
		expect(part.section.table).toBeUndefined();
		expect(sectionLines(part.document, part.section, {width: 40, view}).map(lineText)).toEqual([
			'Benchmarks',
			'──────────',
			'',
			'Fast [1].',
			'',
			'Method',
			'',
			'How.',
		]);
		// Printed alone, with the references it cites, without the document's title.
		const printed = documentLines(part.document, [part.section], {width: 40, view}).map(lineText);
		expect(printed[0]).toBe('Benchmarks');
		expect(printed.slice(-2)).toEqual(['', '[1] R']);
	});

	test("the last part of a section takes the table that follows the section's prose", () => {
		const part = subsection(document, performance, 2);
		expect(part.section.table?.rows).toHaveLength(1);
		expect(sectionLines(part.document, part.section, {width: 40, view}).map(lineText).join('\n')).toContain('Speed');
	});
});

describe('headingLine', () => {
	test('where each heading of the prose starts in the laid-out lines, at any width', () => {
		const section = comparison.sections[1] as Comparison['sections'][number];
		for (const width of [20, 40, 80]) {
			const lines = sectionLines(document, section, {width, view: defaultView(comparison), title: false});
			expect(lineText(lines[headingLine(lines, 0) ?? -1] ?? [])).toBe('Benchmarks');
			expect(lineText(lines[headingLine(lines, 1) ?? -1] ?? [])).toBe('Method');
			expect(lineText(lines[headingLine(lines, 2) ?? -1] ?? [])).toBe('Pricing notes');
			expect(headingLine(lines, 3)).toBeUndefined();
		}
	});
});
