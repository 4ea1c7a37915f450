import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {loadComparison} from '../input/load.js';
import {
	type Decision,
	emptyDecision,
	type MatrixRow,
	matrixRows,
	withNote,
	withScore,
	withWeight,
} from '../model/decision.js';
import type {Comparison} from '../model/schema.js';
import {verdictOf} from '../model/verdict.js';
import {defaultView} from '../model/view.js';
import {comparison as generated} from '../test-support/arbitraries.js';
import {bundledDocument, documentOf, tiny} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {
	cellRange,
	clip,
	decisionLines,
	entryLine,
	goneText,
	type MatrixInput,
	matrixColumns,
	matrixEntries,
	matrixHeader,
	matrixRowLine,
	notesLines,
	verdictLines,
	weightSpans,
} from './decision.js';
import {type Line, lineText, lineWidth, Role, span} from './styled.js';

const text = (lines: readonly Line[]) => lines.map(lineText);

/** Two subjects, two rows: a silent cell, markdown in a cell. */
const small: Comparison = tiny(
	[
		{id: 'a', name: 'Alpha'},
		{id: 'b', name: 'Beta'},
	],
	[
		{a: 'Fast and cheap', b: ''},
		{a: 'Slow', b: 'Quick **very**'},
	],
);
const document = documentOf(small);
const rows = matrixRows(small, defaultView(small), small.sections);
const [first, second] = rows as [MatrixRow, MatrixRow];

function decided(): Decision {
	let decision = withScore(emptyDecision, first, 'a', 4);
	decision = withNote(decision, first, 'b', 'we measured 3k');
	decision = withWeight(decision, second, 3);
	return withScore(decision, second, 'b', 5);
}

function input(decision: Decision, ascii = false): MatrixInput {
	return {document, rows, subjects: small.subjects, decision, ascii};
}

describe('the decision printed', () => {
	test('at 60 columns: the verdict, the matrix under its names, the notes in full', () => {
		const decision = decided();
		const lines = decisionLines(input(decision), verdictOf(decision, rows, small.subjects), [], 60);
		expect(text(lines)).toEqual([
			'Verdict',
			' 1  Beta     100%      █████████████████████  coverage 75%',
			' 2  Alpha     80%      █████████████████░░░░  coverage 25%',
			'Beta leads at 100%, 20 points ahead of Alpha (80%).',
			'',
			'          weight  Alpha                 Beta',
			'Only',
			'  Row 1   █░░░░   4 Fast and cheap      - ✎ we measured 3k',
			'  Row 2   ███░░   - Slow                5 Quick very',
			'',
			'Notes',
			'  Only › Row 1 › Beta (the source is silent): ✎ we measured',
			'    3k',
		]);
	});

	test('at 20 columns, ASCII: a digit for the weight, single spaces, names cut', () => {
		const decision = decided();
		const lines = decisionLines(input(decision, true), verdictOf(decision, rows, small.subjects), [], 20);
		expect(text(lines)).toEqual([
			'Verdict',
			' 1 Beta 100% cov 75%',
			' 2 Alpha 80% cov 25%',
			'Beta leads at 100%,',
			'20 points ahead of',
			'Alpha (80%).',
			'',
			'       w Alpha Beta',
			'Only',
			' Row 1 1 4 Fa… - yo…',
			' Row 2 3 - Sl… 5 Qu…',
			'',
			'Notes',
			'  Only › Row 1 ›',
			'    Beta (the source',
			'    is silent): you:',
			'    we measured 3k',
		]);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(20);
	});

	test('the reader’s own words are drawn as theirs, never as the source’s; a row weighing 0 is muted', () => {
		const decision = withWeight(decided(), first, 0);
		const columns = matrixColumns(input(decision), 60);
		const line = matrixRowLine(input(decision), columns, 0);
		const own = line.filter((piece) => piece.role & Role.own).map((piece) => piece.text);
		expect(own.join('')).toBe('✎ we measured 3k');
		expect(line.find((piece) => piece.text === 'Row 1')?.role).toBe(Role.muted);
		// A note on a cell the source speaks to: the mark, then the source's own words, not the note.
		const stated = withNote(decision, second, 'a', 'too slow for us');
		const rowTwo = lineText(matrixRowLine(input(stated), columns, 1));
		expect(rowTwo).toContain('- ✎ Slow');
		expect(rowTwo).not.toContain('too slow');
	});

	test('the cursor: a pointer before the row, its cell in reverse video to the column’s width', () => {
		const columns = matrixColumns(input(decided()), 60);
		const line = matrixRowLine(input(decided()), columns, 1, {column: 1});
		expect(lineText(line).startsWith('▶ Row 2')).toBe(true);
		const selected = line.filter((piece) => piece.role & Role.selected && piece.text !== '▶');
		expect(selected.map((piece) => piece.text).join('')).toBe(`5 Quick very${' '.repeat(columns.cell - 12)}`);
		const range = cellRange(columns, 1);
		expect(lineText(line).slice(range.start, range.end).trimEnd()).toBe('5 Quick very');
		expect(lineText(matrixRowLine(input(decided(), true), columns, 1, {column: 0})).startsWith('> Row 2')).toBe(true);
	});

	test('the weight as a bar of five, or a digit where there is no room', () => {
		expect(text([weightSpans(3, 6, false)])).toEqual(['███░░']);
		expect(text([weightSpans(0, 6, true)])).toEqual(['.....']);
		expect(text([weightSpans(5, 6, true)])).toEqual(['#####']);
		expect(weightSpans(2, 1, false)).toEqual([span('2', Role.strong)]);
		expect(weightSpans(0, 1, false)).toEqual([span('0', Role.muted)]);
	});

	test('the header: "weight" over the bars, the names over their columns', () => {
		const columns = matrixColumns(input(emptyDecision), 60);
		expect(lineText(matrixHeader(input(emptyDecision), columns))).toBe('          weight  Alpha                 Beta');
		expect(cellRange(columns, 0).start).toBe(lineText(matrixHeader(input(emptyDecision), columns)).indexOf('Alpha'));
	});

	test('rows no longer in the comparison are listed after the rest, whole', () => {
		expect(
			goneText(
				{section: 's', criterion: 'c', occurrence: 1, weight: 1, cells: {a: {score: 1, note: 'n'}}},
				small.subjects,
			),
		).toBe('s › c · weight 1 · Alpha 1 "n"');
		const gone = withScore(
			withWeight(emptyDecision, {section: 'old', criterion: 'Gone', occurrence: 1}, 2),
			{section: 'old', criterion: 'Gone', occurrence: 1},
			'a',
			1,
		);
		const goneRow = [...gone.rows.values()];
		const decision = withNote(gone, {section: 'old', criterion: 'Gone', occurrence: 1}, 'zz', 'kept');
		expect(goneText([...decision.rows.values()][0] as never, small.subjects)).toBe(
			'old › Gone · weight 2 · Alpha 1 · zz "kept"',
		);
		const lines = text(decisionLines(input(gone), verdictOf(gone, rows, small.subjects), goneRow, 40));
		expect(lines.slice(-2)).toEqual(['No longer in the comparison (kept in th…', '  old › Gone · weight 2 · Alpha 1']);
		expect(matrixEntries(small, rows, goneRow).map((entry) => entry.kind)).toEqual([
			'section',
			'row',
			'row',
			'gone-heading',
			'gone',
		]);
	});

	test('no rows: says so; no scores: says how to start', () => {
		const none = tiny(small.subjects, []);
		const lines = decisionLines(
			{document: documentOf(none), rows: [], subjects: none.subjects, decision: emptyDecision},
			verdictOf(emptyDecision, [], none.subjects),
			[],
			60,
		);
		expect(text(lines).at(-1)).toBe('This comparison has no table rows to score.');
		expect(text(verdictLines(verdictOf(emptyDecision, rows, small.subjects), 90, false))).toEqual([
			'Verdict   score: weight × score over the rows scored · coverage: the weight scored',
			' -  Alpha  not scored',
			' -  Beta   not scored',
			'Not scored yet: a score from 0 to 5 on a cell starts the verdict.',
		]);
	});

	test('notes, each after its place; none, no heading', () => {
		expect(notesLines(input(emptyDecision), 60)).toEqual([]);
		expect(text(notesLines(input(withNote(emptyDecision, second, 'a', 'n')), 60))).toEqual([
			'Notes',
			'  Only › Row 2 › Alpha: ✎ n',
		]);
	});

	test('an entry is one line at any width; a line cut ends in an ellipsis', () => {
		const columns = matrixColumns(input(decided()), 30);
		const entries = matrixEntries(small, rows);
		for (const entry of entries)
			expect(lineWidth(entryLine(input(decided()), columns, entry, 12, small))).toBeLessThanOrEqual(12);
		expect(lineText(clip([span('abcdef')], 4))).toBe('abc…');
		expect(lineText(clip([span('abcdef')], 1))).toBe('a');
		expect(lineText(clip([span('ab')], 4))).toBe('ab');
	});
});

describe('every width', () => {
	const bundled = bundledDocument();
	const all = matrixRows(bundled.comparison, defaultView(bundled.comparison), bundled.comparison.sections);

	test('the bundled comparison, 3 subjects, from 20 to 200 columns: no line too wide, every row on its line', () => {
		let decision = emptyDecision;
		all.forEach((row, index) => {
			decision = withScore(decision, row, bundled.comparison.subjects[index % 3]?.id ?? '', index % 6);
			if (index % 4 === 0) decision = withNote(decision, row, 'litestar', `note ${index} 表格 🚀`);
		});
		const verdict = verdictOf(decision, all, bundled.comparison.subjects);
		for (let width = 20; width <= 200; width++) {
			for (const ascii of [false, true]) {
				const matrix: MatrixInput = {
					document: bundled,
					rows: all,
					subjects: bundled.comparison.subjects,
					decision,
					ascii,
				};
				const lines = decisionLines(matrix, verdict, [], width);
				for (const line of lines) expect(lineWidth(line), `${width}: ${lineText(line)}`).toBeLessThanOrEqual(width);
				const columns = matrixColumns(matrix, width);
				// Every subject's cell fits before the width ends.
				expect(cellRange(columns, 2).end).toBeLessThanOrEqual(width);
			}
		}
	});

	test('generated comparisons (2 to 8 subjects, any text): every line fits, from 20 columns up', () => {
		const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
		fc.assert(
			fc.property(
				generated,
				fc.integer({min: 20, max: 160}),
				fc.boolean(),
				fc.integer(),
				(data, width, ascii, seed) => {
					const loaded = loadComparison(encode(data), 'generated.json');
					const view = defaultView(loaded);
					const matrix = matrixRows(loaded, view, loaded.sections);
					let decision = emptyDecision;
					matrix.forEach((row, index) => {
						const subject = loaded.subjects[(seed + index) % loaded.subjects.length]?.id ?? '';
						decision = withNote(withScore(decision, row, subject, (seed + index) % 6), row, subject, `n${index}`);
					});
					const doc = documentOf(loaded);
					const lines = decisionLines(
						{document: doc, rows: matrix, subjects: loaded.subjects, decision, ascii},
						verdictOf(decision, matrix, loaded.subjects),
						[],
						width,
					);
					for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
					const columns = matrixColumns({document: doc, rows: matrix, subjects: loaded.subjects, decision}, width);
					expect(cellRange(columns, loaded.subjects.length - 1).end).toBeLessThanOrEqual(width);
				},
			),
			{numRuns: runs(120)},
		);
	});
});

describe('the matrix at the edges of its forms', () => {
	const tabs: Comparison = {
		title: 'Tabs vs spaces',
		subjects: [
			{id: 'tabs', name: 'Tabs'},
			{id: 'spaces', name: 'Spaces'},
		],
		sections: [
			{
				id: 'size',
				title: 'Size',
				table: {
					rows: [
						{criterion: 'Bytes  per\nindent', cells: {tabs: '1  byte', spaces: null}},
						{criterion: 'Width', cells: {tabs: 'varies', spaces: 'fixed'}},
					],
				},
			},
		],
	};
	const tabRows = matrixRows(tabs, defaultView(tabs), tabs.sections);
	const decide = () => {
		let decision = withScore(emptyDecision, tabRows[0] as MatrixRow, 'tabs', 5);
		decision = withNote(decision, tabRows[0] as MatrixRow, 'spaces', 'two to eight');
		decision = withWeight(withScore(decision, tabRows[1] as MatrixRow, 'spaces', 4), tabRows[1] as MatrixRow, 2);
		return withNote(decision, tabRows[1] as MatrixRow, 'tabs', 'depends');
	};
	const at = (width: number) => {
		const matrix: MatrixInput = {
			document: documentOf(tabs),
			rows: tabRows,
			subjects: tabs.subjects,
			decision: decide(),
		};
		const columns = matrixColumns(matrix, width);
		return {
			columns,
			lines: [0, 1].map((index) =>
				lineText(matrixRowLine(matrix, columns, index, index === 1 ? {column: 1} : undefined)),
			),
		};
	};

	test.each([
		[
			20,
			{indent: 1, label: 5, gap: 1, weight: 1, cellGap: 1, cell: 5},
			[' Byte… 1 5 1 … - ✎ …', '▶Width 2 - ✎ … 4 fi…'],
		],
		[
			26,
			{indent: 2, label: 8, gap: 1, weight: 1, cellGap: 1, cell: 6},
			['  Bytes p… 1 5 1 b… - ✎ t…', '▶ Width    2 - ✎ v… 4 fix…'],
		],
		[
			27,
			{indent: 2, label: 9, gap: 1, weight: 1, cellGap: 1, cell: 6},
			['  Bytes pe… 1 5 1 b… - ✎ t…', '▶ Width     2 - ✎ v… 4 fix…'],
		],
		[
			30,
			{indent: 2, label: 8, gap: 1, weight: 1, cellGap: 1, cell: 8},
			['  Bytes p… 1 5 1 byte - ✎ two…', '▶ Width    2 - ✎ var… 4 fixed '],
		],
		[
			40,
			{indent: 2, label: 10, gap: 1, weight: 1, cellGap: 1, cell: 12},
			['  Bytes per… 1 5 1 byte     - ✎ two to …', '▶ Width      2 - ✎ varies   4 fixed     '],
		],
		[
			48,
			{indent: 2, label: 14, gap: 2, weight: 6, cellGap: 2, cell: 10},
			['  Bytes per ind…  █░░░░   5 1 byte    - ✎ two t…', '▶ Width           ██░░░   - ✎ varies  4 fixed   '],
		],
		[
			90,
			{indent: 2, label: 16, gap: 2, weight: 6, cellGap: 2, cell: 30},
			[
				'  Bytes per indent  █░░░░   5 1 byte                        - ✎ two to eight',
				'▶ Width             ██░░░   - ✎ varies                      4 fixed                       ',
			],
		],
	] as const)('%i columns', (width, columns, lines) => {
		const drawn = at(width);
		expect(drawn.columns).toEqual(columns);
		expect(drawn.lines).toEqual(lines);
	});

	test('a column of two shows the score only; the criterion and the source’s words on one line, spaces collapsed', () => {
		const matrix: MatrixInput = {
			document: documentOf(tabs),
			rows: tabRows,
			subjects: tabs.subjects,
			decision: decide(),
		};
		const narrow = {indent: 1, label: 6, gap: 1, weight: 1, cellGap: 1, cell: 2};
		expect(lineText(matrixRowLine(matrix, narrow, 0))).toBe(' Bytes… 1 5  -');
		expect(matrixRowLine(matrix, narrow, 5)).toEqual([]);
	});

	test('the verdict’s lines around the widths where a bar fits, in ASCII', () => {
		const decision = decide();
		const verdict = verdictOf(decision, tabRows, tabs.subjects);
		const lines = (width: number) => text(verdictLines(verdict, width, true)).slice(1, 3);
		expect(lines(45)).toEqual([' 1  Tabs      100%      coverage 33.3%', ' 2  Spaces     80%      coverage 66.7%']);
		expect(lines(46)).toEqual([
			' 1  Tabs      100%      ######  coverage 33.3%',
			' 2  Spaces     80%      #####-  coverage 66.7%',
		]);
		expect(lines(38)).toEqual([' 1  Tabs      100%      coverage 33.3%', ' 2  Spaces     80%      coverage 66.7%']);
		expect(lines(37)).toEqual([' 1 Tabs 100% cov 33.3%', ' 2 Spaces 80% cov 66.7%']);
		expect(text(verdictLines(verdict, 80, true))[0]).toBe('Verdict');
		expect(text(verdictLines(verdict, 82, true))[0]).toBe(
			'Verdict   score: weight × score over the rows scored · coverage: the weight scored',
		);
	});
});

describe('what each piece is, for the palette', () => {
	const decision = decided();
	const verdict = verdictOf(decision, rows, small.subjects);

	test('the verdict: ranks strong, names as subjects, figures strong, what is not scored muted', () => {
		const [, alpha, beta] = verdictLines(
			verdictOf(withScore(emptyDecision, first, 'a', 3), rows, small.subjects),
			60,
			false,
		);
		expect(alpha?.find((piece) => piece.text === ' 1')?.role).toBe(Role.strong);
		expect(alpha?.find((piece) => piece.text === 'Alpha')?.role).toBe(Role.subject);
		expect(alpha?.find((piece) => piece.text.trim() === '60%')?.role).toBe(Role.strong);
		expect(beta?.map((piece) => [piece.text, piece.role])).toEqual([
			[' -', Role.strong],
			['  ', Role.none],
			['Beta', Role.subject],
			[' ', Role.none],
			['  ', Role.none],
			['not scored', Role.muted],
		]);
		const narrow = verdictLines(verdictOf(withScore(emptyDecision, first, 'a', 3), rows, small.subjects), 30, false);
		expect(narrow[1]?.at(-1)).toEqual({text: ' 60% cov 50%', role: Role.none});
		expect(narrow[2]?.at(-1)).toEqual({text: ' not scored', role: Role.muted});
		// Words when something is scored; muted advice when nothing is.
		// Line 3: the first of the words, after the heading and the two subjects.
		expect(verdictLines(verdict, 60, false)[3]?.[0]?.role).toBe(Role.none);
		expect(verdictLines(verdictOf(emptyDecision, rows, small.subjects), 60, false)[3]?.[0]?.role).toBe(Role.muted);
	});

	test('a row: its criterion a label, strong under the cursor, muted when it weighs nothing', () => {
		const columns = matrixColumns(input(decision), 60);
		const label = (line: Line) => line.find((piece) => piece.text.startsWith('Row'))?.role;
		expect(label(matrixRowLine(input(decision), columns, 0))).toBe(Role.label);
		expect(label(matrixRowLine(input(decision), columns, 0, {column: 0}))).toBe(Role.strong);
		expect(label(matrixRowLine(input(withWeight(decision, first, 0)), columns, 0, {column: 0}))).toBe(Role.muted);
	});

	test('an entry of the matrix: the cursor’s cell where it is, a row no longer there after the indent', () => {
		const columns = matrixColumns(input(decision), 60);
		const [, , secondRow] = matrixEntries(small, rows);
		const line = entryLine(input(decision), columns, secondRow as never, 60, small, {row: 1, column: 1});
		expect(
			line
				.filter((piece) => piece.role & Role.selected && piece.text !== '▶')
				.map((piece) => piece.text)
				.join(''),
		).toMatch(/^5 Quick very +$/);
		expect(lineText(entryLine(input(decision), columns, secondRow as never, 60, small, {row: 0, column: 1}))).toMatch(
			/^ {2}Row 2/,
		);
		const gone = {section: 'old', criterion: 'Gone', occurrence: 1, weight: 2, cells: {a: {score: 1, note: 'kept'}}};
		expect(lineText(entryLine(input(decision), columns, {kind: 'gone', row: gone}, 60, small))).toBe(
			'  old › Gone · weight 2 · Alpha 1 "kept"',
		);
		expect(lineText(entryLine(input(decision), {...columns, indent: 1}, {kind: 'gone', row: gone}, 20, small))).toBe(
			' old › Gone · weigh…',
		);
	});

	test('a column of three shows the score and the first of the words; texts are trimmed and on one line', () => {
		const padded = tiny(small.subjects, [{a: '  padded \n text  ', b: 'x'}]);
		const paddedRows = matrixRows(padded, defaultView(padded), padded.sections);
		const matrix: MatrixInput = {
			document: documentOf(padded),
			rows: paddedRows,
			subjects: padded.subjects,
			decision: emptyDecision,
		};
		const three = {indent: 1, label: 5, gap: 1, weight: 1, cellGap: 1, cell: 3};
		expect(lineText(matrixRowLine(matrix, three, 0))).toBe(' Row 1 1 - … - x');
		const wide = {indent: 1, label: 5, gap: 1, weight: 1, cellGap: 1, cell: 20};
		expect(lineText(matrixRowLine(matrix, wide, 0))).toBe(' Row 1 1 - padded text        - x');
	});

	test('rows no longer in the comparison, printed: after a blank line, each wrapped under its indent; no names without rows', () => {
		const gone = [
			{section: 'old', criterion: 'A long criterion that wraps', occurrence: 1, weight: 2, cells: {a: {score: 1}}},
		];
		const none = tiny(small.subjects, []);
		const lines = text(
			decisionLines(
				{document: documentOf(none), rows: [], subjects: none.subjects, decision: emptyDecision},
				verdictOf(emptyDecision, [], none.subjects),
				gone,
				30,
			),
		);
		expect(lines.slice(-5)).toEqual([
			'verdict.',
			'',
			'No longer in the comparison (…',
			'  old › A long criterion that',
			'    wraps · weight 2 · Alpha 1',
		]);
		expect(lines).not.toContain(expect.stringMatching(/weight +Alpha/));
	});
});
