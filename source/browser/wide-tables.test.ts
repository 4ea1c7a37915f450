// Tables in the browser: a table wider than the screen panned by > and <, all of them stacked
// by s, and the header of the table the reader is in pinned under the section bar.
import {describe, expect, test} from 'vitest';
import type {Document} from '../layout/document.js';
import {lineText} from '../layout/styled.js';
import {importMarkdown} from '../markdown/markdown-document.js';
import {bundledComparison, documentOf} from '../test-support/fixtures.js';
import {applyCommands, frame, LayoutCache, pinnedHeader} from './screen.js';
import {type BrowserState, type Extent, reduce, initialState as start} from './state.js';

const extent: Extent = {
	sections: 1,
	pageHeight: 10,
	sectionLines: () => 100,
	overlayLines: 0,
	referenceLine: () => undefined,
	hits: () => [],
};

describe('the reducer', () => {
	const state = start({order: []});

	test('> and < pan the table on screen within its range; at an end, the footer says so', () => {
		const on = {...extent, pannedTable: () => ({key: '0/1', pan: 1, maxPan: 2})};
		expect(reduce(state, {type: 'pan', by: 1}, on).pans).toEqual({'0/1': 2});
		expect(reduce(state, {type: 'pan', by: -1}, on).pans).toEqual({'0/1': 0});
		const last = {...extent, pannedTable: () => ({key: '0/1', pan: 2, maxPan: 2})};
		expect(reduce(state, {type: 'pan', by: 1}, last)).toMatchObject({pans: {}, notice: 'the last column shows'});
		const first = {...extent, pannedTable: () => ({key: '0/1', pan: 0, maxPan: 2})};
		expect(reduce(state, {type: 'pan', by: -1}, first).notice).toBe('the first columns show');
	});

	test('with no panned table on screen, > says why nothing moves', () => {
		expect(reduce(state, {type: 'pan', by: 1}, extent).notice).toBe('no table wider than the screen here');
		const stacked = {...state, stackTables: true};
		expect(reduce(stacked, {type: 'pan', by: 1}, extent).notice).toBe(
			'wide tables are stacked: s shows them side by side',
		);
	});

	test('s stacks wide tables and puts them side by side again, saying which', () => {
		const stacked = reduce(state, {type: 'stackTables'}, extent);
		expect(stacked).toMatchObject({stackTables: true, notice: 'wide tables stacked: s shows them side by side again'});
		expect(reduce(stacked, {type: 'stackTables'}, extent)).toMatchObject({
			stackTables: false,
			notice: 'wide tables side by side: < and > pan them',
		});
	});

	test('a page down leaves no line unseen under a pinned header; a page up neither', () => {
		const pinned = {...extent, pinned: (top: number) => (top >= 20 && top < 80 ? 2 : 0)};
		const at = (scroll: number) => ({...state, scroll});
		// From 15 the next page starts at 25, where 2 lines of header cover 25 and 26: it starts at 23.
		expect(reduce(at(15), {type: 'page', pages: 1}, pinned).scroll).toBe(23);
		expect(reduce(at(0), {type: 'page', pages: 1}, pinned).scroll).toBe(10);
		// From 40 (its first two lines under the header) back to 32: line 41 stays the last one shown.
		expect(reduce(at(40), {type: 'page', pages: -1}, pinned).scroll).toBe(32);
		// Two pages are one move of 20 lines.
		expect(reduce(at(40), {type: 'page', pages: 2}, pinned).scroll).toBe(58);
	});
});

async function markdownDocument(markdown: string): Promise<Document> {
	return importMarkdown(new TextEncoder().encode(markdown), 'doc.md');
}

const wide = [
	'## Scores',
	'',
	`| Benchmark | ${Array.from({length: 7}, (_, index) => `Model-number-${index + 1}`).join(' | ')} |`,
	`|---|${Array.from({length: 7}, () => '--:').join('|')}|`,
	...Array.from(
		{length: 30},
		(_, row) => `| Bench ${row + 1} | ${Array.from({length: 7}, (__, column) => `${row}.${column}`).join(' | ')} |`,
	),
	'',
].join('\n');

describe('the frame', () => {
	const shown = async (changes: Partial<BrowserState>, columns = 60, rows = 14) => {
		const cache = new LayoutCache(await markdownDocument(wide));
		return frame({cache, state: {...start({order: []}), ...changes}, size: {columns, rows}, ascii: false});
	};

	test('a table wider than the screen: its first column and what fits beside it; the footer says which', async () => {
		const at = await shown({});
		const lines = at.lines.map(lineText);
		// The title, the section bar and its rule, then the table (the section's title is the bar's).
		expect(lines[3]).toBe('Benchmark │ Model-number-1 │ Model-number-2 │ Model-number-3');
		expect(lines.at(-1)).toMatch(/columns 2–4 of 8 < > {2}Scores 1\/1 {2}\d+%$/);
		expect(at.extent.pannedTable?.()).toEqual({key: '0/0', pan: 0, maxPan: 4});
		const panned = (await shown({pans: {'0/0': 4}})).lines.map(lineText);
		expect(panned[3]).toBe('Benchmark │ Model-number-5 │ Model-number-6 │ Model-number-7');
		expect(panned.at(-1)).toMatch(/columns 6–8 of 8 < >/);
	});

	test('keys that arrive together pan on from where each left the table', async () => {
		const cache = new LayoutCache(await markdownDocument(wide));
		const input = {cache, state: start({order: []}), size: {columns: 60, rows: 14}, ascii: false};
		const {extent} = frame(input);
		const pan = {type: 'pan', by: 1} as const;
		expect(applyCommands(input, extent, [pan, pan, pan]).state.pans).toEqual({'0/0': 3});
	});

	test('narrow, the columns shown are said short, then not at all, before the position is cut', async () => {
		expect((await shown({}, 40)).lines.map(lineText).at(-1)).toMatch(/ columns 2–2 of 8 < > {2}Scores 1\/1 {2}\d+%$/);
		expect((await shown({}, 36)).lines.map(lineText).at(-1)).toMatch(/ 2–2\/8 {2}Scores 1\/1 {2}\d+%$/);
		expect((await shown({}, 22)).lines.map(lineText).at(-1)).toMatch(/^ *Scores 1\/1 {2}\d+%$/);
	});

	test('s: the table stacked, no columns in the footer, nothing to pan', async () => {
		const at = await shown({stackTables: true});
		expect(at.lines.map(lineText)[3]).toBe('Benchmark: Bench 1');
		expect(at.lines.map(lineText).at(-1)).not.toContain('columns');
		expect(at.extent.pannedTable?.()).toBeUndefined();
	});

	test('scrolled past its header, the table keeps it at the top of the pane, over its rows', async () => {
		const at = await shown({scroll: 12});
		const lines = at.lines.map(lineText);
		// Title, section bar and its rule, then the header and its rule, then the rows below them.
		expect(lines.slice(3, 6)).toEqual([
			'Benchmark │ Model-number-1 │ Model-number-2 │ Model-number-3',
			'──────────┼────────────────┼────────────────┼───────────────',
			'Bench 13  │           12.0 │           12.1 │           12.2',
		]);
		expect(at.extent.pinned?.(12)).toBe(2);
		expect(at.extent.pinned?.(0)).toBe(0);
	});

	test('the header is not pinned while it is on screen, nor when the rows left would all be under it', async () => {
		const cache = new LayoutCache(await markdownDocument(wide));
		const lines = cache.lines(0, 60, {subjects: [], differencesOnly: false}, false);
		// The header is the section's first line (its title is the section bar's).
		expect(lineText(lines[0] ?? [])).toMatch(/^Benchmark │/);
		expect(pinnedHeader(lines, 0, 10)).toBeUndefined();
		expect(pinnedHeader(lines, 1, 10)?.lines.map(lineText)[0]).toMatch(/^Benchmark │/);
		const last = lines.length - 1;
		expect(pinnedHeader(lines, last - 2, 10)?.lines.length).toBe(2);
		expect(pinnedHeader(lines, last - 1, 10)).toBeUndefined();
		expect(pinnedHeader(lines, 20, 3)).toBeUndefined();
	});
});

describe('the evidence view', () => {
	test("its matrix's header of subject names stays at the top while its rows scroll by", () => {
		const document = documentOf(bundledComparison());
		const order = document.comparison.subjects.map((subject) => subject.id);
		const cache = new LayoutCache(document);
		const state = {...start({order}), overlay: 'evidence' as const, overlayScroll: 20};
		const lines = frame({cache, state, size: {columns: 80, rows: 16}, ascii: false}).lines.map(lineText);
		expect(lines[3]).toMatch(/^ {20,}FastAPI {2}Litestar {2}Django Ninja$/);
		expect(lines.slice(4).join('\n')).not.toContain('FastAPI  Litestar');
	});
});
