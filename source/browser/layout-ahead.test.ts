// Laying out ahead of the reader (LayoutCache.ahead, Frame.ahead): sections not opened yet are laid
// out a part at a time, and what the reader then sees is exactly what laying out on demand gives.
import {describe, expect, it} from 'vitest';
import {type Document, sectionLines, sectionPieces} from '../layout/document.js';
import {type Line, lineText} from '../layout/styled.js';
import {rowsPerPart} from '../layout/table.js';
import type {Comparison} from '../model/schema.js';
import {defaultView} from '../model/view.js';
import {bundledDocument, documentOf} from '../test-support/fixtures.js';
import {frame, LayoutCache} from './screen.js';
import {initialState} from './state.js';

const answers = ['Yes', 'No, not without a plugin that most teams never install', 'Partial', 'not stated'];

/** Three sections: prose, a table of `rows` rows (with prose before it), prose. */
function longTable(rows: number): Comparison {
	return {
		title: 'Long',
		subjects: [
			{id: 'a', name: 'Alpha'},
			{id: 'b', name: 'Beta'},
		],
		sections: [
			{id: 'intro', title: 'Intro', body: 'Opening words.'},
			{
				id: 'table',
				title: 'Table',
				body: 'Every row.',
				table: {
					rows: Array.from({length: rows}, (_, row) => ({
						criterion: `Criterion ${row + 1}`,
						cells: {a: answers[row % 4] as string, b: answers[(row + 1) % 4] as string},
					})),
				},
			},
			{id: 'end', title: 'End', body: 'Closing words.'},
		],
		references: [],
	};
}

const text = (lines: readonly Line[]) => lines.map(lineText);

/** A document whose parsed bodies say which sections were laid out, in order (each layout reads its body once). */
function recorded(comparison: Comparison): {document: Document; laidOut: string[]} {
	const document = documentOf(comparison);
	const laidOut: string[] = [];
	const bodies = new Map(document.bodies);
	const get = bodies.get.bind(bodies);
	bodies.get = (id: string) => {
		laidOut.push(id);
		return get(id);
	};
	return {document: {...document, bodies}, laidOut};
}

describe('sectionPieces', () => {
	it('gives a long table in parts of 64 rows, with empty parts as pauses, and the same lines in all', () => {
		const document = documentOf(longTable(200));
		const view = defaultView(document.comparison);
		const section = document.comparison.sections[1];
		if (!section) throw new Error('no table section');
		const parts = [...sectionPieces(document, section, {width: 60, view})];
		// Heading; blank, prose; then 3 pauses while 200 rows of cells are read (at rows 64, 128
		// and 192); blank; header and 4 parts of rows (64, 64, 64, 8).
		expect(parts.map((part) => part.length === 0)).toEqual([
			false,
			false,
			false,
			true,
			true,
			true,
			false,
			false,
			false,
			false,
			false,
		]);
		expect(rowsPerPart).toBe(64);
		expect(text(parts.flat())).toEqual(text(sectionLines(document, section, {width: 60, view})));
		// The second part of rows starts with the rule before row 65.
		expect(lineText(parts[8]?.[0] ?? [])).toMatch(/^─+┼─+┼─+$/);
		expect(lineText(parts[8]?.[1] ?? [])).toMatch(/^Criterion 65 /);
	});

	it('a table with every row hidden (differences only) is its note, after one blank line', () => {
		const comparison = longTable(3);
		for (const row of comparison.sections[1]?.table?.rows ?? []) row.cells = {a: 'Same', b: 'Same'};
		const document = documentOf(comparison);
		const section = document.comparison.sections[1];
		if (!section) throw new Error('no table section');
		const view = {...defaultView(document.comparison), differencesOnly: true};
		expect(text(sectionLines(document, section, {width: 60, view}))).toEqual([
			'Table',
			'─────',
			'',
			'Every row.',
			'',
			'3 rows where every subject agrees hidden',
		]);
	});
});

describe('LayoutCache.ahead', () => {
	it('lays out the sections after the one shown, nearest first, a part at a time, then says it is done', () => {
		const {document, laidOut} = recorded(longTable(300));
		const view = defaultView(document.comparison);
		const cache = new LayoutCache(document);
		const fresh = new LayoutCache(documentOf(longTable(300)));
		let steps = 0;
		while (cache.ahead(0, 70, view, false)) steps++;
		expect(laidOut).toEqual(['table', 'end', 'intro']);
		// Section 2 (the table: prose, 4 pauses, blank, 5 parts of rows, the end) and section 3
		// (prose, the end), then section 1 (the same). The browser lays out no section's title.
		expect(steps).toBe(12 + 2 + 2);
		expect(cache.ahead(0, 70, view, false)).toBe(false);
		for (const section of [0, 1, 2])
			expect(text(cache.lines(section, 70, view, false))).toEqual(text(fresh.lines(section, 70, view, false)));
		// Opening them lays nothing out again.
		expect(laidOut).toEqual(['table', 'end', 'intro']);
	});

	it('a section begun ahead and then opened is finished on demand, with the same lines', () => {
		const {document, laidOut} = recorded(longTable(300));
		const view = defaultView(document.comparison);
		const cache = new LayoutCache(document);
		for (let step = 0; step < 6; step++) expect(cache.ahead(0, 70, view, false)).toBe(true);
		const lines = cache.lines(1, 70, view, false);
		// Finished from where it stood, not begun again.
		expect(laidOut).toEqual(['table']);
		expect(text(lines)).toEqual(text(new LayoutCache(document).lines(1, 70, view, false)));
		// Finished and kept: asked again, the same array; and ahead goes on to the next section.
		expect(cache.lines(1, 70, view, false)).toBe(lines);
		expect(cache.ahead(0, 70, view, false)).toBe(true);
	});

	it('starts after the section shown and wraps around: from the last, the first comes next', () => {
		const {document, laidOut} = recorded(longTable(10));
		const view = defaultView(document.comparison);
		const cache = new LayoutCache(document);
		const shown = cache.lines(2, 50, view, false);
		// Section 1 (prose, the end) comes before section 2's table.
		for (let step = 0; step < 2; step++) cache.ahead(2, 50, view, false);
		expect(laidOut).toEqual(['end', 'intro']);
		expect(text(cache.lines(0, 50, view, false))).toEqual(['Opening words.']);
		expect(laidOut).toEqual(['end', 'intro']);
		// The shown section is not laid out again: still the same array.
		expect(cache.lines(2, 50, view, false)).toBe(shown);
	});

	it('another width lets the parts begun at the old one go, and lays out at the new one', () => {
		const document = documentOf(longTable(300));
		const view = defaultView(document.comparison);
		const cache = new LayoutCache(document);
		for (let step = 0; step < 8; step++) cache.ahead(0, 70, view, false);
		while (cache.ahead(0, 40, view, false));
		const fresh = new LayoutCache(document);
		expect(text(cache.lines(1, 40, view, false))).toEqual(text(fresh.lines(1, 40, view, false)));
		// The table at 70 columns was let go half done: asked for, it is laid out whole.
		expect(text(cache.lines(1, 70, view, false))).toEqual(text(fresh.lines(1, 70, view, false)));
	});

	it("the frame's ahead lays out at the frame's width and view; a terminal too small lays out nothing", () => {
		const {document, laidOut} = recorded(bundledDocument().comparison);
		const cache = new LayoutCache(document);
		const order = document.comparison.subjects.map((subject) => subject.id);
		const state = initialState({section: 0, order});
		const small = frame({cache: new LayoutCache(document), state, size: {columns: 10, rows: 4}, ascii: false});
		expect(small.ahead()).toBe(false);
		expect(laidOut).toEqual(['summary']);
		laidOut.length = 0;
		const shown = frame({cache, state, size: {columns: 72, rows: 20}, ascii: false});
		let steps = 0;
		while (shown.ahead()) steps++;
		expect(steps).toBeGreaterThan(document.comparison.sections.length);
		const sections = document.comparison.sections.map((section) => section.id);
		// The shown section (by the frame), then the others from the next one on.
		expect(laidOut).toEqual(sections);
		const view = defaultView(document.comparison);
		const fresh = new LayoutCache(bundledDocument());
		for (const [index] of sections.entries())
			expect(text(cache.lines(index, 72, view, false))).toEqual(text(fresh.lines(index, 72, view, false)));
		// All of them were ready at the frame's width and view.
		expect(laidOut).toEqual(sections);
	});
});
