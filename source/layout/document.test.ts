import {describe, expect, test} from 'vitest';
import type {Comparison} from '../model/schema.js';
import {defaultView, pickSubjects, visibleRows} from '../model/view.js';
import {bundledDocument, documentOf, small, tiny} from '../test-support/fixtures.js';
import {
	cellSpans,
	type Document,
	documentLines,
	headerLines,
	referenceLines,
	rowLine,
	sectionLines,
	sectionPieces,
	shownText,
	sourceLine,
} from './document.js';
import {renderLine} from './render-text.js';
import {lineText, lineWidth, Role, type Span, span} from './styled.js';

const document = bundledDocument();
const {comparison} = document;
const view = defaultView(comparison);

describe('sectionLines', () => {
	test('every section at every width from 20 to 200 fits and shows every subject', () => {
		for (const section of comparison.sections) {
			for (let width = 20; width <= 200; width += 3) {
				const lines = sectionLines(document, section, {width, view});
				for (const line of lines) expect(lineWidth(line), `${section.id} at ${width}`).toBeLessThanOrEqual(width);
				const text = lines.map(lineText).join('\n');
				for (const name of ['FastAPI', 'Litestar', 'Django']) expect(text, `${section.id} at ${width}`).toContain(name);
			}
		}
	});

	test('starts with the title, underlined, then prose, then the table', () => {
		const one = documentOf(
			small(
				[
					{id: 'a', name: 'A'},
					{id: 'b', name: 'B'},
				],
				[{title: 'Speed', body: 'A is fast.', rows: [{criterion: 'Rate', cells: {a: '1,200 a second', b: null}}]}],
			),
		);
		const lines = sectionLines(one, one.comparison.sections[0]!, {width: 160, view: defaultView(one.comparison)});
		expect(lines.map(lineText)).toEqual([
			'Speed',
			'─────',
			'',
			'A is fast.',
			'',
			'     │ A              │ B',
			'─────┼────────────────┼─────────────────────────',
			'Rate │ 1,200 a second │ not stated in the source',
		]);
	});

	test('--only keeps the chosen subjects in the chosen order', () => {
		const only = {
			subjects: pickSubjects(comparison, ['django-ninja', 'fastapi']),
			differencesOnly: false,
		};
		const header = sectionLines(document, comparison.sections[0]!, {width: 120, view: only})
			.map(lineText)
			.find((line) => line.includes('│'));
		expect(header?.replace(/ +/g, ' ').trim()).toBe('│ Django Ninja │ FastAPI');
	});

	test('differences only hides rows where every subject agrees, and says how many', () => {
		const cost = comparison.sections.find((section) => section.id === 'cost')!;
		// Licence: every subject's cell the same.
		const row = /^Licence +│ /m;
		const all = sectionLines(document, cost, {width: 120, view}).map(lineText);
		expect(all.join('\n')).toMatch(row);
		const lines = sectionLines(document, cost, {width: 120, view: {...view, differencesOnly: true}}).map(lineText);
		expect(lines.join('\n')).not.toMatch(/^Licence /m);
		expect(lines).toContain('1 row where every subject agrees hidden');
	});
});

describe('referenceLines', () => {
	test('a reference whose title is its URL shows the URL once, as a link', () => {
		const lines = referenceLines(
			[
				{id: 1, title: 'https://a.example/x', url: 'https://a.example/x'},
				{id: 2, title: 'Study', url: 'https://b.example'},
			],
			{width: 60},
		);
		expect(lines.map(lineText)).toEqual([
			'References',
			'──────────',
			'',
			'[1] https://a.example/x',
			'[2] Study',
			'    https://b.example',
		]);
		expect(lines[3]?.find((piece) => piece.href)?.href).toBe('https://a.example/x');
	});
});

describe('documentLines', () => {
	test('the whole document has the header, every section and every reference', () => {
		const text = documentLines(document, comparison.sections, {width: 80, view}).map(lineText).join('\n');
		expect(text.startsWith('FastAPI vs Litestar vs Django Ninja for ML APIs\n')).toBe(true);
		expect(text).toContain(sourceLine(comparison));
		for (const section of comparison.sections) expect(text).toContain(`\n${section.title}\n`);
		// A URL longer than the width is broken over indented lines; joined, it is whole.
		const joined = text.replace(/\n {4}/g, '');
		for (const reference of comparison.references ?? []) expect(joined).toContain(reference.url);
	});

	test('one section lists only the references it cites', () => {
		const verdict = comparison.sections.find((section) => section.id === 'verdict')!;
		const text = documentLines(document, [verdict], {width: 80, view}).map(lineText).join('\n');
		expect(text).toContain('[2] How MassMutual');
		expect(text).not.toContain('[1] Applications of AI');
		expect(text.startsWith('Verdict\n')).toBe(true);
	});

	test('the text under the title has no heading of its own, unless printed alone; a description that says the title again is not shown', () => {
		const page: Comparison = {
			title: 'Page',
			description: ' page ',
			subjects: [],
			sections: [
				{id: 'page', title: 'Page', body: 'Intro.'},
				{id: 'a', title: 'A', body: 'Text.'},
			],
		};
		const whole = documentLines(documentOf(page), page.sections, {width: 40, view: defaultView(page)});
		expect(whole.map(lineText)).toEqual(['Page', '', 'Intro.', '', 'A', '─', '', 'Text.']);
		const alone = documentLines(documentOf(page), [page.sections[0]!], {width: 40, view: defaultView(page)});
		expect(alone.map(lineText)).toEqual(['Page', '────', '', 'Intro.']);
		// The same lines in the browser's pane, under its header (the title).
		expect(
			sectionLines(documentOf(page), page.sections[0]!, {width: 40, view: defaultView(page)}).map(lineText),
		).toEqual(['Intro.']);
	});

	test('eight subjects with CJK and emoji names still fit at 20 columns', () => {
		const subjects = Array.from({length: 8}, (_, index) => ({
			id: `s${index}`,
			name: index % 2 ? `框架${index}` : `Tool 🚀 ${index}`,
		}));
		const cells = [
			Object.fromEntries(subjects.map((subject) => [subject.id, `値 ${subject.name} very long content here`])),
		];
		const small = tiny(subjects, cells);
		for (const width of [20, 40, 80, 200]) {
			for (const line of documentLines(documentOf(small), small.sections, {width, view: defaultView(small)})) {
				expect(lineWidth(line)).toBeLessThanOrEqual(width);
			}
		}
	});

	// Before: RangeError (Maximum call stack size exceeded) from lines.push(...body).
	test('a section of 150,000 paragraphs and a description of 150,000 lines lay out', () => {
		const small = tiny(
			[
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			[{a: 'x', b: 'y'}],
		);
		const long = {...small, description: 'word '.repeat(600000)};
		const paragraphs = Array.from({length: 150000}, (_, index) => ({
			type: 'paragraph' as const,
			spans: [{text: `paragraph ${index}`, role: 0}],
		}));
		const lines = documentLines({comparison: long, bodies: new Map([['only', paragraphs]])}, long.sections, {
			width: 20,
			view: defaultView(long),
		});
		expect(lines.length).toBeGreaterThan(449000);
		expect(lines.map(lineText)).toContain('paragraph 149999');
	});
});

describe('a silent cell', () => {
	const silent: Comparison = {
		title: 'Silent',
		subjects: [
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
			{id: 'c', name: 'C'},
		],
		sections: [
			{
				id: 's',
				title: 'S',
				table: {
					rows: [{criterion: 'Speed', cells: {a: null, b: 'NOT STATED IN THE SOURCE.', c: 'Not stated for C; B: 3'}}],
				},
			},
		],
	};
	const lines = sectionLines(documentOf(silent), silent.sections[0]!, {width: 100, view: defaultView(silent)});
	const pieces = lines.flat();

	test('reads "not stated in the source", muted, whichever way the file said it', () => {
		for (const subject of ['a', 'b']) {
			const cell = pieces.filter((piece) => piece.subject === subject && piece.text.trim() !== '');
			expect(cell.map((piece) => piece.text).join('')).toBe('not stated in the source');
			expect(cell.every((piece) => piece.role === Role.muted)).toBe(true);
		}
	});

	test('a cell that states something after "not stated" is not muted', () => {
		const cell = pieces.filter((piece) => piece.subject === 'c' && piece.text.trim() !== '');
		expect(cell.map((piece) => piece.text).join('')).toBe('Not stated for C; B: 3');
		expect(cell.every((piece) => piece.role === Role.none)).toBe(true);
	});

	test('is dim in colour and in NO_COLOR mode, and plain words in a pipe', () => {
		const row = lines.find((line) => lineText(line).startsWith('Speed'))!;
		expect(renderLine(row, {color: 'none'})).toMatch(/^Speed │ not stated in the source │ not stated in the source │/);
		for (const mode of ['color', 'mono'] as const)
			expect(renderLine(row, {color: mode})).toContain('\u001b[2mnot stated in the source\u001b[0m');
	});
});

describe('rowLine', () => {
	test('finds where each shown table row starts, side by side and stacked; a hidden row is nowhere', () => {
		for (const differencesOnly of [false, true])
			for (const width of [20, 40, 80, 160])
				for (const section of comparison.sections) {
					const shown = {...view, differencesOnly};
					const lines = sectionLines(document, section, {width, view: shown});
					const visible = visibleRows(section, shown).rows;
					(section.table?.rows ?? []).forEach((row, index) => {
						const line = rowLine(lines, index);
						if (!visible.includes(row)) {
							expect(line).toBeUndefined();
							return;
						}
						// The criterion starts there (stacked, after an indent), not in a chart's title below.
						const text = lineText(lines[line ?? -1] ?? []);
						const first = row.criterion.split(' ')[0] ?? '?';
						expect(text.startsWith(first) || text.startsWith(`  ${first}`), `${text} at ${width}`).toBe(true);
						expect(text, `${text} at ${width}`).not.toContain(`${row.criterion} (`);
					});
				}
	});
});

describe('inline markdown in criteria and cells', () => {
	const subjects = [
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
	];
	const marked = tiny(subjects, [
		{a: 'Uses **bold** and `code`', b: 'Has *emphasis*, ~~strike~~ and [a link](https://example.com)'},
		{a: '**Yes**', b: 'Yes'},
		{a: 'Not stated in the source', b: '_Not stated_ in the source'},
	]);
	marked.sections[0]!.table!.rows[0]!.criterion = 'The **first** row';
	const markedDocument = documentOf(marked);
	const all = defaultView(marked);
	const spansOf = (lines: readonly (readonly Span[])[]) => lines.flat();

	test('render as prose does: no markdown syntax, roles for bold, code, emphasis, strike and links', () => {
		const lines = sectionLines(markedDocument, marked.sections[0]!, {width: 160, view: all});
		const text = lines.map(lineText).join('\n');
		expect(text).not.toMatch(/\*|`|~~|\]\(/);
		expect(text).toContain('The first row');
		expect(text).toContain('Uses bold and code');
		// A link in a cell shows its text, numbered, and its address under the table.
		expect(text).toContain('Has emphasis, strike and a link¹');
		expect(text).toContain('\n¹ https://example.com');
		const spans = spansOf(lines);
		const role = (text: string) => spans.find((piece) => piece.text.includes(text))?.role ?? 0;
		expect(role('bold') & Role.strong).toBeTruthy();
		expect(role('code') & Role.code).toBeTruthy();
		expect(role('emphasis') & Role.em).toBeTruthy();
		expect(role('strike') & Role.del).toBeTruthy();
		expect(role('first') & Role.label).toBeTruthy();
		expect(spans.find((piece) => piece.text.includes('a link'))?.href).toBe('https://example.com');
		// The rendered cell is still the subject's: search and the stacked form follow it.
		expect(spans.find((piece) => piece.text.includes('bold'))?.subject).toBe('a');
	});

	test('widths and wrapping count the rendered text: at every width nothing is wider, nothing lost', () => {
		for (let width = 20; width <= 120; width += 7) {
			const lines = sectionLines(markedDocument, marked.sections[0]!, {width, view: all});
			for (const line of lines) expect(lineWidth(line), `at ${width}`).toBeLessThanOrEqual(width);
			const words = lines.map(lineText).join(' ');
			for (const word of ['Uses', 'bold', 'code', 'emphasis', 'strike', 'link']) expect(words).toContain(word);
			expect(words).not.toContain('**');
		}
	});

	test('the stacked form shows the rendered text', () => {
		const lines = sectionLines(markedDocument, marked.sections[0]!, {width: 20, view: all}).map(lineText);
		expect(lines).toContain('Alpha');
		expect(lines.join('\n')).toMatch(/The first row:\s+Uses\s+bold\s+and\s+code/);
	});

	test('differences compare what the reader sees: **Yes** and Yes agree', () => {
		const lines = sectionLines(markedDocument, marked.sections[0]!, {
			width: 120,
			view: {...all, differencesOnly: true},
		}).map(lineText);
		expect(lines.join('\n')).not.toContain('Row 2');
		expect(lines).toContain('2 rows where every subject agrees hidden');
		expect(shownText(markedDocument)('_Not stated_ in the source')).toBe('Not stated in the source');
	});

	test('a rendered "not stated" is muted like a plain one', () => {
		const lines = sectionLines(markedDocument, marked.sections[0]!, {width: 160, view: all});
		const piece = spansOf(lines).find((item) => item.text.startsWith('Not stated') && item.subject === 'b');
		expect((piece?.role ?? 0) & Role.muted).toBeTruthy();
	});

	test('texts without markdown are not parsed at all', () => {
		expect(markedDocument.inline?.has('Yes')).toBe(false);
		expect(markedDocument.inline?.has('**Yes**')).toBe(true);
		// The bundled comparison's cells are plain: parsing them would only cost memory.
		expect(bundledDocument().inline?.size ?? 0).toBeLessThan(5);
	});
});

describe('sectionPieces', () => {
	test('a piece for the heading, then a blank line and a piece for each block, the table and each chart', () => {
		const performance = comparison.sections.find((section) => section.id === 'performance')!;
		const pieces = [...sectionPieces(document, performance, {width: 80, view})];
		expect(pieces.map((piece) => lineText(piece[0] ?? []).slice(0, 24))).toEqual([
			'Performance',
			'',
			'In the benchmark the sou',
			'',
			'Integrations cost speed ',
			'',
			'In the end the model dec',
			'',
			'              │ FastAPI ',
			'',
			'Throughput (req/s)',
		]);
		expect(pieces.filter((piece) => piece.length === 1 && lineText(piece[0] ?? []) === '')).toHaveLength(5);
	});
});

describe('a small document, line for line', () => {
	const subjects = [
		{id: 'a', name: 'A'},
		{id: 'b', name: 'B'},
	];
	const two = (): Comparison => ({
		title: 'Two',
		subjects,
		sections: [
			{
				id: 'one',
				title: 'One',
				body: 'First.',
				table: {
					rows: [
						{criterion: 'Speed', cells: {a: 'fast', b: 'slow'}},
						{criterion: 'Licence', cells: {a: 'MIT', b: 'MIT'}},
						{criterion: 'Latency', cells: {a: null, b: {text: '5 ms', value: 5, unit: 'ms'}}},
					],
				},
			},
			{id: 'two', title: 'Second', body: 'Cites [1].'},
		],
		references: [
			{id: 1, title: 'Paper', publisher: 'Pub', url: 'https://x.org'},
			{id: 2, title: 'Book'},
		],
	});
	const table = [
		'        │ A                       │ B',
		'────────┼─────────────────────────┼─────',
		'Speed   │ fast                    │ slow',
		'Licence │ MIT                     │ MIT',
		'────────┼─────────────────────────┼─────',
		'Latency │ not stated in the       │ 5 ms',
		'        │ source                  │ ',
	];
	// The first subject has no figure: the row is still charted, by the unit of the second.
	const chart = ['Latency (ms)', 'A no figure in the source', `B ${'█'.repeat(33)} 5 ms`];

	test('the whole document: header, sections a blank line apart, every reference, a URL under its title', () => {
		const comparison = two();
		const lines = documentLines(documentOf(comparison), comparison.sections, {
			width: 40,
			view: defaultView(comparison),
		});
		expect(lines.map(lineText)).toEqual([
			'Two',
			'',
			'One',
			'───',
			'',
			'First.',
			'',
			...table,
			'',
			...chart,
			'',
			'Second',
			'──────',
			'',
			'Cites [1].',
			'',
			'References',
			'──────────',
			'',
			'[1] Paper — Pub',
			'    https://x.org',
			'[2] Book',
		]);
	});

	test('ASCII: headings underlined with -, a publisher after a hyphen', () => {
		const comparison = two();
		const text = documentLines(documentOf(comparison), comparison.sections, {
			width: 40,
			view: defaultView(comparison),
			ascii: true,
		}).map(lineText);
		expect(text.slice(0, 7)).toEqual(['Two', '', 'One', '---', '', 'First.', '']);
		expect(text.slice(-12)).toEqual([
			'',
			'Second',
			'------',
			'',
			'Cites [1].',
			'',
			'References',
			'----------',
			'',
			'[1] Paper - Pub',
			'    https://x.org',
			'[2] Book',
		]);
	});

	test('one section: no header, only the references it cites', () => {
		const comparison = two();
		const lines = documentLines(documentOf(comparison), [comparison.sections[1]!], {
			width: 40,
			view: defaultView(comparison),
		});
		expect(lines.map(lineText)).toEqual([
			'Second',
			'──────',
			'',
			'Cites [1].',
			'',
			'References',
			'──────────',
			'',
			'[1] Paper — Pub',
			'    https://x.org',
		]);
	});

	test('hidden rows are counted after a blank line below the table', () => {
		const comparison = two();
		const lines = sectionLines(documentOf(comparison), comparison.sections[0]!, {
			width: 40,
			view: {...defaultView(comparison), differencesOnly: true},
		});
		expect(lines.map(lineText)).toEqual([
			'One',
			'───',
			'',
			'First.',
			'',
			...table.slice(0, 3),
			...table.slice(4),
			'',
			'1 row where every subject agrees hidden',
			'',
			...chart,
		]);
	});

	test('every row hidden: no table, no blank line, only the count; no references, no References', () => {
		const bare: Comparison = {
			title: 'Bare',
			subjects,
			sections: [{id: 's', title: 'S', table: {rows: [{criterion: 'X', cells: {a: 'same', b: 'same'}}]}}],
		};
		const lines = documentLines(documentOf(bare), bare.sections, {
			width: 40,
			view: {...defaultView(bare), differencesOnly: true},
		});
		expect(lines.map(lineText)).toEqual(['Bare', '', 'S', '─', '', '1 row where every subject agrees hidden']);
		expect(headerLines(bare, 40).map(lineText)).toEqual(['Bare']);
	});

	test('where the prose places rows of the table, those rows stand there and the table is not repeated', () => {
		const comparison = two();
		const document: Document = {
			comparison,
			bodies: new Map([
				[
					'one',
					[
						{type: 'paragraph', spans: [span('Before')]},
						{type: 'subject-table', start: 0, end: 1},
						{type: 'subject-table', start: 3, end: 3},
						{type: 'paragraph', spans: [span('After')]},
					],
				],
			]),
		};
		const lines = sectionLines(document, comparison.sections[0]!, {width: 40, view: defaultView(comparison)});
		expect(lines.map(lineText)).toEqual([
			'One',
			'───',
			'',
			'Before',
			'',
			'      │ A    │ B',
			'──────┼──────┼─────',
			'Speed │ fast │ slow',
			'',
			'After',
		]);
	});

	test('each part of the table stands where its block places it, its columns as written, its charts after it', () => {
		const base = two();
		const section = base.sections[0]!;
		const comparison: Comparison = {
			...base,
			sections: [
				{
					...section,
					table: {
						rows: (section.table?.rows ?? []).map((row, index) =>
							index === 0 ? {...row, fields: {Notes: 'n1'}} : row,
						),
						parts: [
							{rows: 1, after: 0, columns: [{label: 'Feature'}, {subject: 'b'}, {subject: 'a'}, {field: 'Notes'}]},
							{rows: 2, after: 1},
						],
					},
				},
				...base.sections.slice(1),
			],
		};
		const document: Document = {
			comparison,
			bodies: new Map([
				[
					'one',
					[
						{type: 'subject-table', start: 0, end: 1, part: 0},
						{type: 'paragraph', spans: [span('Between')]},
						{type: 'subject-table', start: 1, end: 3, part: 1},
						{type: 'paragraph', spans: [span('After')]},
					],
				],
			]),
		};
		const lines = sectionLines(document, comparison.sections[0]!, {width: 40, view: defaultView(comparison)});
		expect(lines.map(lineText)).toEqual([
			'One',
			'───',
			'',
			// The label's header, the subjects where the source put them (in the order shown), the field.
			'Feature │ A    │ B    │ Notes',
			'────────┼──────┼──────┼──────',
			'Speed   │ fast │ slow │ n1',
			'',
			'Between',
			'',
			// Licence and Latency: the header, then the rows (the rule around the two-line row stays).
			...table.slice(0, 2),
			...table.slice(3),
			'',
			...chart,
			'',
			'After',
		]);
	});

	test('a section without prose is its heading, table and charts', () => {
		const comparison = two();
		const lines = sectionLines({comparison, bodies: new Map()}, comparison.sections[0]!, {
			width: 40,
			view: defaultView(comparison),
		});
		expect(lines.map(lineText)).toEqual(['One', '───', '', ...table, '', ...chart]);
	});

	test('a cell carries its subject, and its citations as one ref span', () => {
		const comparison = two();
		const document = documentOf(comparison);
		expect(cellSpans(document, 'Yes', [], 'a')).toEqual([{text: 'Yes', role: Role.none, subject: 'a'}]);
		expect(cellSpans(document, 'Yes', [1, 2], 'a')).toEqual([
			{text: 'Yes', role: Role.none, subject: 'a'},
			{text: ' [1][2]', role: Role.ref, subject: 'a'},
		]);
	});

	test('the source line names what is known, skipping what is not', () => {
		const bare = two();
		expect(sourceLine(bare)).toBe('');
		expect(sourceLine({...bare, source: {publisher: '', date: '2024-01-02', wordCount: 1200}})).toBe(
			'2024-01-02 · 1200 words',
		);
		expect(sourceLine({...bare, source: {publisher: 'P', readingMinutes: 5, machineGenerated: true}})).toBe(
			'P · 5 min read · machine-generated',
		);
	});
});
