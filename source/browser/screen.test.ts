import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role, span} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {expectGolden} from '../test-support/golden.js';
import {keymap} from './keymap.js';
import {
	applyCommands,
	citationAt,
	frame,
	helpLines,
	LayoutCache,
	minimumSize,
	sectionBar,
	subjectsLines,
} from './screen.js';
import {type BrowserState, reduce, initialState as start} from './state.js';

const document = bundledDocument();
/** A golden file of this test's, in testdata/. */
const golden = (name: string) => new URL(`testdata/${name}.golden`, import.meta.url);
const cache = new LayoutCache(document);
const view = defaultView(document.comparison);
const order = document.comparison.subjects.map((subject) => subject.id);
const initialState = (section = 0): BrowserState => start({section, order});
const at = (columns: number, rows: number, state: BrowserState = initialState(0), ascii = false) =>
	frame({cache, state, size: {columns, rows}, ascii});
const text = (columns: number, rows: number, state?: BrowserState) => at(columns, rows, state).lines.map(lineText);

describe('frame', () => {
	test('60×16 at Performance: header, bar, rule, the top of the section, footer', () => {
		// The title does not fit beside "machine-generated": the meta line goes under it, and gives
		// way (reading time, words) to keep "machine-generated"; the section's name is not repeated.
		expectGolden(text(60, 16, initialState(2)).join('\n'), golden('performance-60x16'));
	});

	test('the current section is marked by a glyph and by the selected role, not by colour alone', () => {
		const bar = at(120, 24, initialState(1)).lines[1] ?? [];
		const selected = bar.find((piece) => piece.role & Role.selected);
		expect(selected?.text).toBe('▶2 Architecture');
		expect(lineText(at(120, 24, initialState(1), true).lines[1] ?? [])).toContain('>2 Architecture');
	});

	test('every frame from 1×1 to 200×60 fits: at most rows lines, none wider than the terminal', () => {
		for (const columns of [1, 2, 5, 10, 19, 20, 21, 33, 40, 57, 80, 81, 120, 200]) {
			for (const rows of [1, 2, 3, 5, 6, 7, 11, 12, 24, 60]) {
				for (const section of [0, 2, 6]) {
					const result = at(columns, rows, {...initialState(section), scroll: 1000});
					expect(result.lines.length, `${columns}×${rows}`).toBeLessThanOrEqual(rows);
					for (const line of result.lines) expect(lineWidth(line), `${columns}×${rows}`).toBeLessThanOrEqual(columns);
				}
			}
		}
	});

	test('a full-size frame is exactly rows lines, the last one included, with the footer last', () => {
		const lines = text(80, 24, initialState(3));
		expect(lines).toHaveLength(24);
		expect(lines.at(-1)).toMatch(/Developer experience 4\/7 {2}\d+%$/);
	});

	test(`below ${minimumSize.columns}×${minimumSize.rows} the screen says the terminal is too small`, () => {
		expect(text(19, 10)).toEqual(['Terminal too small:', '19×10, need 20×6']);
		expect(text(40, 5)).toEqual(['Terminal too small: 40×5, need 20×6']);
		expect(text(10, 1)).toEqual([]);
		// At the minimum, a frame: the header, the bar, the page and the footer, one line each at least.
		const least = text(20, 6);
		expect(least).toHaveLength(6);
		expect(least[1]).toMatch(/^▶1 /);
		expect(least.at(-1)).toMatch(/ 1\/7 {2}\d+%$/);
		expectGolden(least.join('\n'), golden('summary-20x6'));
	});

	test('scrolling shows the next lines; the position says how far down', () => {
		const top = text(80, 24, initialState(2));
		const down = text(80, 24, {...initialState(2), scroll: 3});
		expect(down[3]).toBe(top[6]);
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
		expect(lineText(lines[4] ?? [])).toBe('In the benchmark the source cites, FastAPI serves 1,200');
		expect(marked(4)).toBe('1,200');
		expect(marked(5)).toBe('concurrent');
	});

	test('digits waiting for the next one show in the footer, in place of the hints', () => {
		const footer = text(60, 16, {...initialState(2), digits: '1'}).at(-1);
		expect(footer).toMatch(/^section 1… +Performance 3\/7 {2}\d+%$/);
	});

	test('the help overlay lists every key of the keymap', () => {
		const lines = text(80, 190, {...initialState(0), overlay: 'help', overlayScroll: 0});
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

describe('the evidence view', () => {
	const evidence = (cursor = 0, overlayScroll = 0): BrowserState => ({
		...initialState(2),
		overlay: 'evidence',
		cursor,
		overlayScroll,
	});

	test('80×24: the counts at a glance, then the matrix with the picked row marked', () => {
		const lines = text(80, 24, evidence());
		expect(lines.slice(3, 5)).toEqual(['Evidence', '────────']);
		expect(lines[14]).toMatch(/^▶ /);
		expectGolden(lines.join('\n'), golden('evidence-80x24'));
		expect(lines.at(-1)).toMatch(/^Enter open {2}↑↓ row {2}\/ search {2}Esc close +Evidence {2}\d+%$/);
		const picked = at(80, 24, evidence()).lines[14] ?? [];
		expect(picked.every((piece) => piece.role & Role.selected)).toBe(true);
	});

	test('40×12: stacked by subject; the first key brings the picked row into view, the next moves on', () => {
		let shown = at(40, 12, evidence());
		expect(shown.lines.map(lineText).slice(4, 11)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited   ○ uncited   · not stated',
			'',
			'FastAPI',
			'  ● 14 cited ○ 10 uncited · 3 not stated',
		]);
		shown = at(40, 12, reduce(shown.state, {type: 'cursor', by: 1}, shown.extent));
		expect(shown.lines.map(lineText).slice(9, 11)).toEqual(['  Summary', '▶   ● Standing [3]']);
		shown = at(40, 12, reduce(shown.state, {type: 'cursor', by: 1}, shown.extent));
		expect(shown.lines.map(lineText).slice(9, 11)).toEqual(['    ● Standing [3]', '▶   ○ Concurrency model']);
	});

	test('Enter on a row opens its section with the row in view', () => {
		for (const [columns, rows] of [
			[80, 24],
			[40, 12],
		] as const) {
			const shown = at(columns, rows, evidence());
			const throughput = shown.extent.targets?.findIndex((target) => target.section === 2 && target.row === 0) ?? -1;
			const opened = reduce({...shown.state, cursor: throughput}, {type: 'openRow'}, shown.extent);
			expect(opened).toMatchObject({overlay: undefined, section: 2});
			const pane = text(columns, rows, opened).slice(columns === 80 ? 3 : 2, -1);
			// Side by side the row starts with its criterion; stacked, under the first subject.
			expect(
				pane.some((line) => /^(Throughput +│ | {2}Throughput: )/.test(line)),
				pane.join('\n'),
			).toBe(true);
		}
	});

	test('a search of the view marks its hits and names them in the footer', () => {
		let shown = at(80, 24, evidence());
		for (const command of [
			{type: 'searchOpen'},
			{type: 'searchType', text: 'familiarity'},
			{type: 'searchDone'},
		] as const)
			shown = at(80, 24, reduce(shown.state, command, shown.extent));
		const lines = shown.lines;
		expect(lineText(lines.at(-1) ?? [])).toMatch(/^1\/1 {2}n\/N next\/prev +Evidence/);
		const marked = lines.flat().filter((piece) => piece.role & Role.current);
		expect(marked.map((piece) => piece.text).join('')).toBe('Familiarity');
		expect(lines.some((line) => lineText(line).startsWith('▶ Familiarity'))).toBe(true);
	});

	test('every frame of the view fits, from 1×1 to 200×60, the cursor anywhere', () => {
		for (const columns of [1, 5, 19, 20, 33, 40, 57, 80, 120, 200])
			for (const rows of [1, 3, 6, 12, 24, 60])
				for (const cursor of [0, 40, 200]) {
					const result = at(columns, rows, evidence(cursor, 1000));
					expect(result.lines.length).toBeLessThanOrEqual(rows);
					for (const line of result.lines) expect(lineWidth(line), `${columns}×${rows}`).toBeLessThanOrEqual(columns);
				}
	});
});

describe('the references and the info', () => {
	// What each line says is checked on comparisons made for it in screen-overlays.test.ts; the
	// bundled comparison's are pinned whole.
	test("the bundled comparison's references: how many claims cite each and about whom", () => {
		const lines = text(80, 40, {...initialState(0), overlay: 'references'});
		expect(lines.some((line) => /^ {4}cited by \d+ claims: /.test(line))).toBe(true);
		expectGolden(lines.join('\n'), golden('references-80x40'));
	});

	test('the info gives one line per subject with its three counts', () => {
		const lines = text(80, 40, {...initialState(0), overlay: 'info'});
		const first = lines.findIndex((line) => line.startsWith('Evidence'));
		const names = document.comparison.subjects.map((subject) => subject.name);
		expect(lines.slice(first, first + names.length)).toEqual(
			names.map((name, index) =>
				expect.stringMatching(
					new RegExp(`^${index === 0 ? 'Evidence' : ' {8}'} {6}${name}: \\d+ cited, \\d+ uncited, \\d+ not stated$`),
				),
			),
		);
		expectGolden(lines.join('\n'), golden('info-80x40'));
	});
});

describe('what a click does', () => {
	/** The column where a text starts on a row of a frame's lines. */
	const columnOf = (lines: readonly string[], row: number, text: string) => {
		const column = lines[row]?.indexOf(text) ?? -1;
		expect(column, `${text} on row ${row}: ${lines[row]}`).toBeGreaterThanOrEqual(0);
		return column;
	};

	test('in the evidence view a click picks a row, and a click on the picked row opens it', () => {
		const state: BrowserState = {...initialState(0), overlay: 'evidence', cursor: 0};
		const shown = at(80, 40, state);
		const lines = shown.lines.map(lineText);
		// The pane starts below the title (the source beside it), the section bar and the rule.
		const rowOf = (text: string) => lines.findIndex((line, row) => row > 2 && line.includes(text));
		expect(shown.click(10, rowOf('Concurrency model'))).toEqual([{type: 'pickRow', index: 1}]);
		// A criterion the width wrapped: its second line belongs to the same row.
		const wrapped = rowOf('Concurrent requests against synchronous');
		expect(lines[wrapped + 1]?.trim()).toBe('frameworks');
		expect(shown.click(4, wrapped + 1)).toEqual([{type: 'pickRow', index: 4}]);
		expect(shown.click(10, rowOf('Standing'))).toEqual([{type: 'openRow'}]);
		// Section headings, the legend and the counts pick nothing.
		for (const text of ['Architecture', 'Litestar      ●', '● cited']) expect(shown.click(2, rowOf(text))).toEqual([]);
		const input = {cache, state, size: {columns: 80, rows: 40}, ascii: false};
		const picked = applyCommands(input, shown.extent, [{type: 'pickRow', index: 4}]).state;
		expect(picked.cursor).toBe(4);
		expect(at(80, 40, picked).lines.map(lineText)[wrapped]).toMatch(/^▶ Concurrent requests/);
	});
	test("a section's name in the bar jumps to it; the arrows move by one", () => {
		const shown = at(60, 16, initialState(2));
		const lines = shown.lines.map(lineText);
		expect(lines[2]).toBe('‹  2 Architecture ▶3 Performance  4 Developer experience ›');
		const developer = columnOf(lines, 2, '4 Developer');
		expect(shown.click(developer, 2)).toEqual([{type: 'jump', index: 3}]);
		expect(shown.click(developer + 10, 2)).toEqual([{type: 'jump', index: 3}]);
		expect(shown.click(columnOf(lines, 2, '2 Arch'), 2)).toEqual([{type: 'jump', index: 1}]);
		expect(shown.click(0, 2)).toEqual([{type: 'previous'}]);
		expect(shown.click((lines[2]?.length ?? 0) - 1, 2)).toEqual([{type: 'next'}]);
		// The gap between two names, the title, the source, the rule and the footer do nothing.
		expect(shown.click(1, 2)).toEqual([{type: 'previous'}]);
		expect(shown.click(columnOf(lines, 2, '  4 Developer'), 2)).toEqual([]);
		for (const row of [0, 1, 3, 15]) expect(shown.click(10, row)).toEqual([]);
		expect(shown.click(-1, 2)).toEqual([]);
		expect(shown.click(60, 2)).toEqual([]);
	});

	test('a [n] in the text opens the references at n, and the list scrolls to it', () => {
		// 60×10: a pane of 5 lines, so reference 4 is below the list's first page.
		expect(at(60, 16, initialState(2)).click(56, 5)).toEqual([
			{type: 'open', overlay: 'references'},
			{type: 'reference', id: 1},
		]);
		const shown = at(60, 16, initialState(2));
		const lines = shown.lines.map(lineText);
		expect(lines[5]).toBe('concurrent requests per second where Django manages 600 [1],');
		const citation = columnOf(lines, 5, '[1]');
		for (const column of [citation, citation + 1, citation + 2]) {
			expect(shown.click(column, 5)).toEqual([
				{type: 'open', overlay: 'references'},
				{type: 'reference', id: 1},
			]);
		}
		expect(shown.click(citation - 1, 5)).toEqual([]);
		expect(shown.click(citation + 3, 5)).toEqual([]);
		const input = {cache, state: shown.state, size: {columns: 60, rows: 10}, ascii: false};
		const opened = applyCommands(input, shown.extent, [
			{type: 'open', overlay: 'references'},
			{type: 'reference', id: 4},
		]).state;
		expect(opened.overlay).toBe('references');
		expect(opened.reference).toBe(4);
		// Reference 4 is below the first page of the list: the list scrolled to it.
		expect(opened.overlayScroll).toBeGreaterThan(0);
		const list = frame({...input, state: opened}).lines.map(lineText);
		expect(list.slice(2, -1).some((line) => line.startsWith('[4]'))).toBe(true);
	});

	test('in a table cell, each of several citations is its own target', () => {
		const line = [span('Yes'), span(' [2][13]', Role.ref)];
		expect(citationAt(line, 2)).toBeUndefined();
		expect(citationAt(line, 3)).toBeUndefined();
		expect(citationAt(line, 4)).toBe(2);
		expect(citationAt(line, 6)).toBe(2);
		expect(citationAt(line, 7)).toBe(13);
		expect(citationAt(line, 10)).toBe(13);
		expect(citationAt(line, 11)).toBeUndefined();
	});

	test('in the references list a click picks the reference on that line', () => {
		const shown = at(100, 40, {...initialState(0), overlay: 'references'});
		const lines = shown.lines.map(lineText);
		const row = lines.findIndex((line) => line.startsWith('[3]'));
		expect(shown.click(5, row)).toEqual([{type: 'reference', id: 3}]);
		// Its URL's line belongs to it too; the hint under the list to none.
		expect(lines[row + 1]).toMatch(/^ +https?:/);
		expect(shown.click(10, row + 1)).toEqual([{type: 'reference', id: 3}]);
		const hint = lines.findIndex((line) => line.startsWith('↑↓ pick'));
		expect(shown.click(3, hint)).toEqual([]);
	});

	test('in the subjects picker a click moves the cursor there, a click on the box also ticks it', () => {
		const shown = at(80, 24, {...initialState(0), overlay: 'subjects', cursor: 0});
		const lines = shown.lines.map(lineText);
		const row = lines.findIndex((line) => line.endsWith('[x] Django Ninja'));
		expect(lines[row]).toBe('  [x] Django Ninja');
		expect(shown.click(8, row)).toEqual([{type: 'cursor', by: 2}]);
		expect(shown.click(3, row)).toEqual([{type: 'cursor', by: 2}, {type: 'toggleSubject'}]);
		const input = {cache, state: shown.state, size: {columns: 80, rows: 24}, ascii: false};
		const ticked = applyCommands(input, shown.extent, shown.click(3, row)).state;
		expect(ticked.cursor).toBe(2);
		expect(ticked.hidden).toEqual(['django-ninja']);
		// Below the list, nothing.
		expect(shown.click(3, row + 1)).toEqual([]);
	});

	test('help and info have nothing to click, and nor has a terminal too small to draw', () => {
		for (const overlay of ['help', 'info'] as const) {
			const shown = at(80, 24, {...initialState(0), overlay});
			for (let row = 0; row < 24; row++) {
				for (let column = 0; column < 80; column += 7) {
					if (row === 1) continue;
					expect(shown.click(column, row)).toEqual([]);
				}
			}
		}
		expect(at(10, 4).click(1, 1)).toEqual([]);
	});
});

test('the help lists what the mouse does and how to leave it to the terminal', () => {
	const help = helpLines(100).map(lineText).join('\n');
	expect(help).toContain('M leaves it to the terminal, to select text');
	expect(help).toMatch(/wheel +scroll 3 lines a notch/);
	expect(help).toMatch(/Ctrl-Z +suspend: back to the shell; fg comes back here/);
});

test('the subjects picker of a document that names none says why there is nothing to pick', () => {
	const lines = subjectsLines({...document.comparison, subjects: []}, start({order: []}), 40, false).map(lineText);
	expect(lines[0]).toBe('Subjects');
	expect(lines.join(' ')).toContain('This document names no subjects');
	for (const line of subjectsLines(document.comparison, start({order: []}), 40, false))
		expect(lineWidth(line)).toBeLessThanOrEqual(40);
});
