import {describe, expect, test} from 'vitest';
import {sectionLines} from '../layout/document.js';
import {layoutBlocks} from '../layout/markdown.js';
import {lineText, Role, span} from '../layout/styled.js';
import type {Evidence} from '../model/evidence.js';
import {defaultView} from '../model/view.js';
import {bundledDocument, documentOf, small, tiny} from '../test-support/fixtures.js';
import {highlight, SearchIndex, searchEvidence, searchText} from './search.js';

const document = bundledDocument();
const view = defaultView(document.comparison);
const sections = (width: number) =>
	document.comparison.sections.map((section) => sectionLines(document, section, {width, view}));

/** A one-row comparison of subjects a and b, laid out at a width. */
function laidOut(cells: Record<string, string>, width: number) {
	const small = documentOf(
		tiny(
			[
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			[cells],
		),
	);
	return small.comparison.sections.map((section) =>
		sectionLines(small, section, {width, view: defaultView(small.comparison)}),
	);
}

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
		const both = documentOf(
			small(
				[
					{id: 'a', name: 'A'},
					{id: 'b', name: 'B'},
				],
				[
					{title: 'One', body: 'No hit here.'},
					{
						title: 'Two',
						body: 'A serves 1,200 requests.',
						rows: [{criterion: 'Rate', cells: {a: '1,200 requests', b: '9'}}],
					},
					{title: 'Three', rows: [{criterion: 'Cost', cells: {a: '1', b: 'then 1,200 requests'}}]},
				],
			),
		);
		const lines = both.comparison.sections.map((section) =>
			sectionLines(both, section, {width: 120, view: defaultView(both.comparison)}),
		);
		const hits = new SearchIndex(lines).search('1,200 requests');
		expect(hits.map((hit) => [hit.section, hit.subject])).toEqual([
			[1, undefined],
			[1, 'a'],
			[2, 'b'],
		]);
	});

	test('a match never spans two columns of a table', () => {
		expect(new SearchIndex(sections(120)).search('source │')).toEqual([]);
		expect(new SearchIndex(sections(120)).search('source not')).toEqual([]);
	});

	test('a phrase the width broke over lines is found at every width, and only where it is', () => {
		const phrases = [
			'1,200 concurrent requests per second',
			'not stated in the source',
			'generated documentation and type hints',
		];
		const counts = (width: number) => phrases.map((phrase) => new SearchIndex(sections(width)).search(phrase).length);
		const wide = counts(400);
		expect(wide.every((count) => count > 0)).toBe(true);
		for (let width = 20; width <= 160; width += 7) {
			const lines = sections(width);
			expect(counts(width), `width ${width}`).toEqual(wide);
			// Each hit's ranges, read off the screen, are the phrase (the breaks aside).
			for (const phrase of phrases) {
				for (const hit of new SearchIndex(lines).search(phrase)) {
					const parts = [hit, ...(hit.more ?? [])].map((range) =>
						lineText(lines[hit.section]?.[range.line] ?? []).slice(range.start, range.end),
					);
					expect(parts.join('').replace(/\s/g, '').toLowerCase(), `width ${width}`).toBe(phrase.replace(/\s/g, ''));
					// No range takes in the blanks around it (a cell's padding, an indent).
					for (const part of parts) expect(part, `width ${width}`).toBe(part.trim());
				}
			}
		}
	});

	test('the ranges of a broken hit are on consecutive lines, each within its cell', () => {
		const lines = sections(70);
		const hit = new SearchIndex(lines).search('not stated in the source').find((candidate) => candidate.more);
		expect(hit?.subject).toBe('litestar');
		expect(hit?.more?.map((range) => range.line)).toEqual([(hit?.line ?? 0) + 1]);
		expect(lineText(lines[hit?.section ?? 0]?.[hit?.line ?? 0] ?? []).slice(hit?.start, hit?.end)).toBe(
			'not stated in',
		);
	});

	test('separate texts on adjacent lines are not joined: stacked criteria, list items', () => {
		for (const width of [20, 30, 45]) {
			const index = new SearchIndex(sections(width));
			// The end of one stacked criterion and the start of the next.
			expect(index.search('[1] against'), `width ${width}`).toEqual([]);
			// The end of one list item and the start of the next.
			expect(index.search('cycle. • high'), `width ${width}`).toEqual([]);
			expect(index.search('cycle. high'), `width ${width}`).toEqual([]);
		}
	});

	test('blanks at the end of a broken line are not part of the hit', () => {
		const cell = (text: string, role: number = Role.none) => ({text, role, subject: 'a'});
		const lines = [[cell('hello world   ')], [cell('', Role.wrapped), cell('again')]];
		expect(new SearchIndex([lines]).search('world again')).toEqual([
			{section: 0, subject: 'a', line: 0, start: 6, end: 11, more: [{line: 1, start: 0, end: 5}]},
		]);
	});

	test('hits come cell by cell: a cell read through before the cell beside it', () => {
		const lines = laidOut({a: 'alpha beta gamma delta key', b: 'key first'}, 40);
		const hits = new SearchIndex(lines).search('key');
		expect(hits.map((hit) => hit.subject)).toEqual(['a', 'b']);
		// A's hit is lower on the screen than B's, yet comes first.
		expect(hits[0]?.line).toBeGreaterThan(hits[1]?.line ?? Number.POSITIVE_INFINITY);
	});

	test('a word broken inside is found whole', () => {
		const long = 'Supercalifragilisticexpialidocious';
		const lines = laidOut({a: `a ${long} b`, b: 'x'}, 20);
		const hits = new SearchIndex(lines).search(long);
		expect(hits).toHaveLength(1);
		expect(hits[0]?.more?.length).toBeGreaterThan(0);
	});

	test('an empty query finds nothing', () => {
		expect(new SearchIndex(sections(80)).search('  ')).toEqual([]);
	});

	test('prose 50 times longer has 50 times the hits, typed one key at a time', () => {
		// How fast is npm run bench's business ("search per keystroke"); this checks the answers.
		const prose = (times: number) =>
			documentOf({
				...document.comparison,
				sections: document.comparison.sections.map(({table: _table, ...section}) => ({
					...section,
					body: Array.from({length: times}, () => section.body).join('\n\n'),
				})),
			});
		const indexOf = (of: ReturnType<typeof documentOf>) =>
			new SearchIndex(of.comparison.sections.map((section) => sectionLines(of, section, {width: 80, view})));
		// Section headings are there once whatever the prose (times 0: headings only).
		const [headings, once, fifty] = [indexOf(prose(0)), indexOf(prose(1)), indexOf(prose(50))];
		for (let length = 1; length <= 'framework'.length; length++) {
			const query = 'framework'.slice(0, length);
			const inHeadings = headings.search(query).length;
			expect(fifty.search(query).length, query).toBe(50 * (once.search(query).length - inHeadings) + inHeadings);
		}
		expect(once.search('framework').length).toBeGreaterThan(0);
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

describe('search in code', () => {
	test('finds a phrase in a code line the width cut, on both pieces', () => {
		const lines = layoutBlocks([{type: 'code', text: 'alpha_beta_gamma_delta'}], {width: 12});
		expect(lines.map(lineText)).toEqual(['  alpha_beta', '↪ _gamma_del', '↪ ta']);
		const [hit] = new SearchIndex([lines]).search('beta_gamma');
		expect(hit).toMatchObject({line: 0, start: 8, end: 12, more: [{line: 1, start: 2, end: 8}]});
	});
});

describe('searchText (printed output)', () => {
	test('one hit per matching sentence, criterion or cell, each named by its place', () => {
		const made = documentOf(
			small(
				[
					{id: 'a', name: 'Ant'},
					{id: 'b', name: 'Bee'},
				],
				[
					{title: 'Summary', body: 'Few public benchmarks exist. Nothing here.'},
					{
						title: 'Performance',
						body: 'In the benchmark Ant wins. Bee is slower. A second benchmark agrees.',
						rows: [{criterion: 'Benchmark evidence', cells: {a: 'One cited benchmark', b: 'None'}}],
					},
				],
			),
		);
		expect(searchText(made, made.comparison.sections, defaultView(made.comparison), 'benchmark')).toEqual([
			{place: 'Summary › prose', text: 'Few public benchmarks exist.'},
			{place: 'Performance › prose', text: 'In the benchmark Ant wins.'},
			{place: 'Performance › prose', text: 'A second benchmark agrees.'},
			{place: 'Performance › criterion', text: 'Benchmark evidence'},
			{place: 'Performance › Ant', text: 'Benchmark evidence: One cited benchmark'},
		]);
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

	// Before: RangeError from texts.push(...blockText(quote.blocks)) past ~120,000 texts.
	test('finds the last item of a quoted list of 200,000', () => {
		const items = Array.from({length: 200000}, (_, index) => ({
			blocks: [{type: 'paragraph' as const, spans: [{text: `item ${index}`, role: 0}]}],
			loose: false,
		}));
		const section = document.comparison.sections[0]!;
		const list = {type: 'list' as const, ordered: false, start: 1, loose: false, items};
		const bodies = new Map([[section.id, [{type: 'quote' as const, blocks: [list]}]]]);
		const hits = searchText({comparison: document.comparison, bodies}, [section], view, 'item 199999');
		expect(hits.map((hit) => hit.text)).toEqual(['item 199999']);
	});
});

describe('search over cells that hold markdown', () => {
	const marked = documentOf(
		tiny(
			[
				{id: 'a', name: 'Alpha'},
				{id: 'b', name: 'Beta'},
			],
			[{a: 'Uses **bold** text', b: 'plain'}],
		),
	);
	const section = marked.comparison.sections[0]!;

	test('printed search finds the rendered phrase and prints it without the markdown', () => {
		const hits = searchText(marked, [section], defaultView(marked.comparison), 'uses bold');
		expect(hits).toEqual([{place: 'Only › Alpha', text: 'Row 1: Uses bold text'}]);
	});

	test('the browser finds the rendered phrase on the laid-out lines', () => {
		const lines = sectionLines(marked, section, {width: 80, view: defaultView(marked.comparison)});
		const hits = new SearchIndex([lines]).search('uses bold text');
		expect(hits).toHaveLength(1);
		expect(hits[0]?.subject).toBe('a');
	});
});

describe('SearchIndex, on lines made by hand', () => {
	const cell = (text: string, role: number = Role.none, subject: string | undefined = 'a') => ({text, role, subject});
	const border = {text: '│', role: Role.border, subject: undefined};

	test('folding keeps every offset: İ lowercases to two units yet the hit after it is where it shows', () => {
		expect(new SearchIndex([[[cell('Go to İSTANBUL now')]]]).search('stanbul')).toEqual([
			{section: 0, subject: 'a', line: 0, start: 7, end: 14},
		]);
	});

	test('the whole text is folded at once: a final sigma stays final', () => {
		expect(new SearchIndex([[[cell('ΟΔΟΣ')]]]).search('οδος')).toEqual([
			{section: 0, subject: 'a', line: 0, start: 0, end: 4},
		]);
	});

	test('folding is by lowercase: the Kelvin sign is found by k', () => {
		expect(new SearchIndex([[[cell('at 5 \u212A')]]]).search('5 k')).toEqual([
			{section: 0, subject: 'a', line: 0, start: 3, end: 6},
		]);
	});

	test("a continued line joins its own subject's text, not another's in the same column", () => {
		const lines = [[cell('alpha')], [cell('', Role.wrapped, 'b'), cell('beta', Role.none, 'b')]];
		const index = new SearchIndex([lines]);
		expect(index.search('alpha beta')).toEqual([]);
		expect(index.search('beta')).toEqual([{section: 0, subject: 'b', line: 1, start: 0, end: 4}]);
	});

	test('a table without subjects: a continued cell joins the cell above it in its own column', () => {
		const plain = (text: string, role: number = Role.none) => ({text, role, subject: undefined});
		const lines = [
			[plain('left'), border, plain('alpha')],
			[plain('', Role.wrapped), plain('beta'), border, plain('', Role.wrapped), plain('gamma')],
		];
		const index = new SearchIndex([lines]);
		expect(index.search('left beta')).toEqual([
			{section: 0, subject: undefined, line: 0, start: 0, end: 4, more: [{line: 1, start: 0, end: 4}]},
		]);
		expect(index.search('alpha gamma')).toEqual([
			{section: 0, subject: undefined, line: 0, start: 5, end: 10, more: [{line: 1, start: 5, end: 10}]},
		]);
		expect(index.search('alpha beta')).toEqual([]);
	});

	test('a blank cell is no text: the line that continues it starts a text of its own', () => {
		const index = new SearchIndex([[[cell('   ')], [cell('', Role.wrapped), cell('word')]]]);
		expect(index.search(' word')).toEqual([]);
		expect(index.search('word')).toEqual([{section: 0, subject: 'a', line: 1, start: 0, end: 4}]);
	});

	test('a text over three lines loses the blanks of its middle line to the join', () => {
		const lines = [[cell('aaa bbb')], [cell('', Role.wrapped), cell('ccc   ')], [cell('', Role.wrapped), cell('ddd')]];
		expect(new SearchIndex([lines]).search('ccc ddd')).toEqual([
			{section: 0, subject: 'a', line: 1, start: 0, end: 3, more: [{line: 2, start: 0, end: 3}]},
		]);
	});

	test('the space where the width broke a line is in no range: a hit that starts or ends on it marks one line', () => {
		const index = new SearchIndex([[[cell('hello world')], [cell('', Role.wrapped), cell('again')]]]);
		expect(index.search(' again')).toEqual([{section: 0, subject: 'a', line: 1, start: 0, end: 5}]);
		expect(index.search('world ')).toEqual([{section: 0, subject: 'a', line: 0, start: 6, end: 11}]);
	});
});

test('highlight without marks gives the line back as it is', () => {
	const line = [span('Fast '), span('API', Role.strong)];
	expect(highlight(line, [])).toBe(line);
});

describe('searchText over every kind of block', () => {
	const comparison = tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[{a: 'fast', b: 'slow'}],
	);
	const blocks = [
		{type: 'heading' as const, depth: 1, spans: [span('Heading'), span(' words')]},
		{type: 'paragraph' as const, spans: [span('  Indented start.  Second \n line here!')]},
		{type: 'code' as const, text: 'let x = 1'},
		{type: 'rule' as const},
		{type: 'table' as const, header: [[span('Head'), span(' cell')]], rows: [[[span('Body'), span(' cell')]]]},
		{type: 'quote' as const, blocks: [{type: 'paragraph' as const, spans: [span('quoted words')]}]},
	];
	const prose = {comparison, bodies: new Map([['only', blocks]])};
	const texts = (query: string) =>
		searchText(prose, comparison.sections, defaultView(comparison), query).map((hit) => `${hit.place}: ${hit.text}`);

	test('headings, quotes, code, table cells: each a text of its own', () => {
		expect(texts('words')).toEqual(['Only › prose: Heading words', 'Only › prose: quoted words']);
		expect(texts('x = 1')).toEqual(['Only › prose: let x = 1']);
		expect(texts('cell')).toEqual(['Only › prose: Head cell', 'Only › prose: Body cell']);
	});

	test('prose is cut into sentences, its blanks made one space, each trimmed', () => {
		expect(texts('start')).toEqual(['Only › prose: Indented start.']);
		expect(texts('second line')).toEqual(['Only › prose: Second line here!']);
	});

	test('a criterion is found on its own; a blank query finds nothing', () => {
		expect(texts('row 1')).toEqual(['Only › criterion: Row 1']);
		expect(texts('slow')).toEqual(['Only › B: Row 1: slow']);
		expect(searchText(prose, comparison.sections, defaultView(comparison), ' ')).toEqual([]);
	});
});

describe('searchEvidence', () => {
	const comparison = tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[{a: 'fast', b: 'slow'}],
	);
	const counts = {cited: 0, uncited: 0, notStated: 0};
	const evidence = {
		subjects: comparison.subjects.map((subject) => ({...counts, subject})),
		rows: [
			{
				section: 0,
				row: 0,
				criterion: 'Speed',
				cells: [
					{kind: 'cited', refs: [1, 2]},
					{kind: 'notStated', refs: []},
				],
			},
			// A section and a column the comparison does not have: named by nothing.
			{
				section: 5,
				row: 1,
				criterion: 'Cost',
				cells: [
					{kind: 'uncited', refs: []},
					{kind: 'uncited', refs: []},
					{kind: 'cited', refs: [3]},
				],
			},
		],
		hidden: 0,
	} as Evidence;

	test("one hit per row, its text the criterion and each subject's kind of evidence with its references", () => {
		expect(searchEvidence(comparison, evidence, 'CITED')).toEqual([
			{place: 'Evidence › Only', text: 'Speed: A cited [1][2]; B not stated'},
			{place: 'Evidence › ', text: 'Cost: A uncited; B uncited;  cited [3]'},
		]);
		expect(searchEvidence(comparison, evidence, 'speed')).toEqual([
			{place: 'Evidence › Only', text: 'Speed: A cited [1][2]; B not stated'},
		]);
		expect(searchEvidence(comparison, evidence, 'nowhere')).toEqual([]);
		expect(searchEvidence(comparison, evidence, ' ')).toEqual([]);
	});
});

describe('searchText: a table of subjects with named and other columns', () => {
	const comparison = tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[{a: 'one<br>two', b: 'slow'}],
	);
	const section = comparison.sections[0]!;
	const named = {
		...comparison,
		sections: [
			{
				...section,
				table: {
					rows: [{...section.table!.rows[0]!, fields: {Notes: 'from<br>the notes'}}],
					parts: [{rows: 1, columns: [{label: 'Feature'}, {subject: 'a'}, {subject: 'b'}, {field: 'Notes'}]}],
				},
			},
		],
	};
	const hits = (query: string) =>
		searchText(documentOf(named), named.sections, defaultView(named), query).map((hit) => `${hit.place}: ${hit.text}`);

	test("a criterion's place is its column's header; another column's cell, that column's", () => {
		expect(hits('row')).toEqual(['Only › Feature: Row 1']);
		expect(hits('notes')).toEqual(['Only › Notes: Row 1: from the notes']);
	});

	test('a hit holding a line break (<br>) is one line', () => {
		expect(hits('two')).toEqual(['Only › A: Row 1: one two']);
	});
});

describe('SearchIndex: the place of a hit', () => {
	test("a hit in a row's criterion says so; one in prose does not", () => {
		const comparison = tiny(
			[
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			[{a: 'fast', b: 'slow'}],
		);
		const lines = sectionLines(documentOf(comparison), comparison.sections[0]!, {
			width: 40,
			view: defaultView(comparison),
		});
		const index = new SearchIndex([lines]);
		expect(index.search('row 1').map((hit) => hit.criterion)).toEqual([true]);
		expect(index.search('prose').map((hit) => hit.criterion)).toEqual([undefined]);
	});

	test("a hit in a named label column or another column carries the column's header", () => {
		const comparison = tiny(
			[
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			[{a: 'fast', b: 'slow'}],
		);
		const section = comparison.sections[0]!;
		const table = {
			rows: [{...section.table!.rows[0]!, fields: {'**Notes**': 'a long note'}}],
			parts: [{rows: 1, columns: [{label: 'Feature'}, {subject: 'a'}, {subject: 'b'}, {field: '**Notes**'}]}],
		};
		const named = {...comparison, sections: [{...section, table}]};
		const lines = sectionLines(documentOf(named), named.sections[0]!, {width: 60, view: defaultView(named)});
		const index = new SearchIndex([lines]);
		expect(index.search('row 1').map((hit) => [hit.criterion, hit.column])).toEqual([[true, 'Feature']]);
		expect(index.search('long note').map((hit) => [hit.criterion, hit.column, hit.subject])).toEqual([
			[undefined, 'Notes', undefined],
		]);
	});
});

const cell = (text: string, role: number = Role.none, subject: string | undefined = 'a') => ({text, role, subject});

test('a continuation mark after text on its line does not join that text to the line above', () => {
	// Only a mark that starts a run (before any text of it) continues the text above.
	const lines = [[cell('alpha')], [cell('beta'), cell('', Role.wrapped), cell('gamma')]];
	const index = new SearchIndex([lines]);
	expect(index.search('alpha beta')).toEqual([]);
	expect(index.search('betagamma')).toEqual([{section: 0, subject: 'a', line: 1, start: 0, end: 9}]);
});

test('a one-letter query lists every text that holds it and nothing else: title, prose, criterion, cells', () => {
	const comparison = tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[{a: 'fast', b: 'slow'}],
	);
	const small = documentOf(comparison);
	const hits = (query: string) =>
		searchText(small, comparison.sections, defaultView(comparison), query).map((hit) => `${hit.place}: ${hit.text}`);
	expect(hits('o')).toEqual([
		'Only › prose: Only',
		'Only › prose: Prose.',
		'Only › criterion: Row 1',
		'Only › B: Row 1: slow',
	]);
	expect(hits('s')).toEqual(['Only › prose: Prose.', 'Only › A: Row 1: fast', 'Only › B: Row 1: slow']);
	// A section without a body: its title is its only prose.
	const bare = {comparison, bodies: new Map()};
	expect(searchText(bare, comparison.sections, defaultView(comparison), 'e').map((hit) => hit.text)).toEqual([]);
});
