import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {keymap} from './keymap.js';
import {columnsLines, frame, helpLines, LayoutCache, minimumSize, sectionBar} from './screen.js';
import {type BrowserState, initialState as start} from './state.js';

const document = bundledDocument();
const cache = new LayoutCache(document);
const view = defaultView(document.comparison);
const order = document.comparison.subjects.map((subject) => subject.id);
const initialState = (section = 0): BrowserState => start({section, order});
const at = (columns: number, rows: number, state: BrowserState = initialState(0), ascii = false) =>
	frame({cache, state, size: {columns, rows}, ascii});
const text = (columns: number, rows: number, state?: BrowserState) => at(columns, rows, state).lines.map(lineText);

describe('frame', () => {
	test('60×16 at Performance: header, bar, rule, the top of the section, footer', () => {
		expect(text(60, 16, initialState(2))).toEqual([
			'FastAPI vs Litestar vs Django Ninja for ML APIs',
			'Daily Neural Digest · 2026-04-11 · 4 min read · 738 words ·…',
			'‹  2 Architecture ▶3 Performance  4 Developer experience ›',
			'────────────────────────────────────────────────────────────',
			'Performance',
			'───────────',
			'',
			'In the benchmark the source cites, FastAPI serves 1,200',
			'concurrent requests per second where Django manages 600 [1],',
			'and it is expected to beat synchronous frameworks',
			'consistently. No throughput figure is given for Litestar,',
			'nor for Django Ninja itself.',
			'',
			'Integrations cost speed too. The 2025 MLflow vulnerability',
			'←→ section  / search  ? help  q quit    Performance 3/7  22%',
		]);
	});

	test('the current section is marked by a glyph and by the selected role, not by colour alone', () => {
		const bar = at(120, 24, initialState(1)).lines[2] ?? [];
		const selected = bar.find((piece) => piece.role & Role.selected);
		expect(selected?.text).toBe('▶2 Architecture');
		expect(lineText(at(120, 24, initialState(1), true).lines[2] ?? [])).toContain('>2 Architecture');
	});

	test('every frame from 1×1 to 200×60 fits: at most rows - 1 lines, none wider than the terminal', () => {
		for (const columns of [1, 2, 5, 10, 19, 20, 21, 33, 40, 57, 80, 81, 120, 200]) {
			for (const rows of [1, 2, 3, 5, 6, 7, 11, 12, 24, 60]) {
				for (const section of [0, 2, 6]) {
					const result = at(columns, rows, {...initialState(section), scroll: 1000});
					expect(result.lines.length, `${columns}×${rows}`).toBeLessThanOrEqual(Math.max(0, rows - 1));
					for (const line of result.lines) expect(lineWidth(line), `${columns}×${rows}`).toBeLessThanOrEqual(columns);
				}
			}
		}
	});

	test('a full-size frame is exactly rows - 1 lines, with the footer last', () => {
		const lines = text(80, 24, initialState(3));
		expect(lines).toHaveLength(23);
		expect(lines.at(-1)).toMatch(/Developer experience 4\/7 {2}\d+%$/);
	});

	test(`below ${minimumSize.columns}×${minimumSize.rows} the screen says the terminal is too small`, () => {
		expect(text(19, 10)).toEqual(['Terminal too small:', '19×10, need 20×6']);
		expect(text(40, 5)).toEqual(['Terminal too small: 40×5, need 20×6']);
		expect(text(10, 1)).toEqual([]);
		expect(text(20, 6)).toEqual(['FastAPI vs Litestar…', '▶1 Summary ›', 'Summary', '───────', '     Summary 1/7  2%']);
	});

	test('scrolling shows the next lines; the position says how far down', () => {
		const top = text(80, 24, initialState(2));
		const down = text(80, 24, {...initialState(2), scroll: 3});
		expect(down[4]).toBe(top[7]);
		expect(top.at(-1)).toMatch(/Performance 3\/7 {2}\d+%$/);
	});

	test('scroll beyond the end is kept to the last page', () => {
		const result = at(80, 24, {...initialState(0), scroll: 10_000});
		const lines = cache.lines(0, 80, view, false);
		expect(lines.length).toBeGreaterThan(30);
		expect(result.state.scroll).toBe(lines.length - result.extent.pageHeight);
		expect(lineText(result.lines.at(-1) ?? [])).toMatch(/100%$/);
	});

	test('a search hit the width broke over two lines is marked on both, as the current hit', () => {
		const state: BrowserState = {
			...initialState(2),
			search: {query: '1,200 concurrent', editing: false, current: 0, origin: {section: 2, scroll: 0}},
		};
		const lines = at(60, 16, state).lines;
		const marked = (index: number) =>
			(lines[index] ?? [])
				.filter((piece) => piece.role & Role.current)
				.map((piece) => piece.text)
				.join('');
		expect(lineText(lines[7] ?? [])).toBe('In the benchmark the source cites, FastAPI serves 1,200');
		expect(marked(7)).toBe('1,200');
		expect(marked(8)).toBe('concurrent');
	});

	test('the help overlay lists every key of the keymap', () => {
		const lines = text(80, 100, {...initialState(0), overlay: 'help', overlayScroll: 0});
		const help = lines.join('\n');
		for (const binding of keymap) expect(help).toContain(binding.label);
		expect(lines.at(-1)).toMatch(/^Esc close {2}↑↓ scroll +Help {2}All$/);
	});
});

describe('sectionBar', () => {
	const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
	test('everything fits: all items, the current one marked', () => {
		expect(lineText(sectionBar(titles, 1, 80, false))).toBe(' 1 One ▶2 Two  3 Three  4 Four  5 Five');
	});
	test('too narrow: a window around the current item with arrows on the clipped sides', () => {
		expect(lineText(sectionBar(titles, 2, 22, false))).toBe('‹ ▶3 Three  4 Four ›');
		expect(lineText(sectionBar(titles, 4, 22, false))).toBe('‹  4 Four ▶5 Five');
	});
	test('the current item alone too wide is cut with an ellipsis', () => {
		const line = sectionBar(['A very long section title indeed'], 0, 12, false);
		expect(lineText(line)).toBe('▶1 A very l…');
	});
});

test('help lines never exceed the width', () => {
	for (const width of [20, 30, 80])
		for (const line of helpLines(width)) expect(lineWidth(line)).toBeLessThanOrEqual(width);
});

test('the subjects picker of a document that names none says why there is nothing to pick', () => {
	const lines = columnsLines({...document.comparison, subjects: []}, start({order: []}), 40, false).map(lineText);
	expect(lines[0]).toBe('Subjects');
	expect(lines.join(' ')).toContain('This document names no subjects');
	for (const line of columnsLines(document.comparison, start({order: []}), 40, false))
		expect(lineWidth(line)).toBeLessThanOrEqual(40);
});
