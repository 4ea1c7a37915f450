import {describe, expect, test} from 'vitest';
import {defaultView} from '../model/view.js';
import {documentOf, small} from '../test-support/fixtures.js';
import {openingState} from './opening.js';
import {frame, LayoutCache} from './screen.js';
import {initialState} from './state.js';

const subjects = [
	{id: 'a', name: 'Alpha'},
	{id: 'b', name: 'Beta'},
];
const filler = Array.from({length: 40}, (_, index) => `Paragraph ${index} of the introduction.`).join('\n\n');
const document = documentOf(
	small(subjects, [
		{title: 'Intro', body: `${filler}\n\n## Deep heading\n\nThe needle is here.`},
		{title: 'Other', body: `${filler}\n\n## Later heading\n\nThe end of the other.`},
	]),
);
const size = {columns: 60, rows: 16};
const opened = (start: Parameters<typeof openingState>[0]['start'], query?: string) => {
	const cache = new LayoutCache(document);
	const state = openingState({cache, size, ascii: false, start, query});
	return {
		state,
		lines: frame({cache, size, ascii: false, state}).lines.map((line) => line.map((s) => s.text).join('')),
	};
};

describe('the state the browser opens on', () => {
	test('a plain start is the start, as its first frame keeps it', () => {
		const {state} = opened({order: ['a', 'b'], section: 1});
		expect(state).toEqual(
			frame({
				cache: new LayoutCache(document),
				size,
				ascii: false,
				state: initialState({order: ['a', 'b'], section: 1}),
			}).state,
		);
		expect(state.section).toBe(1);
	});

	test('a heading of the prose (-s section/heading) opens the section scrolled to it', () => {
		const {state, lines} = opened({order: ['a', 'b'], section: 0, heading: 0});
		expect(state.scroll).toBeGreaterThan(0);
		expect(lines.some((line) => line.includes('Deep heading'))).toBe(true);
	});

	test('a heading of another section opens that section at it', () => {
		const {state, lines} = opened({order: ['a', 'b'], section: 1, heading: 0});
		expect(state.section).toBe(1);
		expect(lines.some((line) => line.includes('Later heading'))).toBe(true);
	});

	test('an overlay open from the start (--evidence) stays open when no heading is asked for', () => {
		expect(opened({order: ['a', 'b'], section: 0, overlay: 'evidence'}).state.overlay).toBe('evidence');
	});

	test('a search (--search) is run and closed, its first hit on the page', () => {
		const {state, lines} = opened({order: ['a', 'b'], section: 0}, 'needle');
		expect(state.search?.query).toBe('needle');
		expect(lines.some((line) => line.includes('The needle is here.'))).toBe(true);
	});
});

describe('a layout cache seeded from another (the painted frame’s, taken by the browser)', () => {
	test('gives the seeded sections as they were laid out, and lays out the others itself', () => {
		const view = defaultView(document.comparison);
		const painted = new LayoutCache(document);
		const first = painted.lines(0, 60, view, false);
		const browser = new LayoutCache(document);
		browser.seed(painted.laidOut());
		expect(browser.lines(0, 60, view, false)).toBe(first);
		// Another width, or a section not laid out, is laid out here.
		expect(browser.lines(0, 50, view, false)).not.toBe(first);
		expect(browser.lines(1, 60, view, false).length).toBeGreaterThan(0);
		expect(painted.laidOut()).toHaveLength(1);
		// What a cache laid out itself stays its own.
		const own = new LayoutCache(document);
		const mine = own.lines(0, 60, view, false);
		own.seed(painted.laidOut());
		expect(own.lines(0, 60, view, false)).toBe(mine);
	});
});
