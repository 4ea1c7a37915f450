import fc from 'fast-check';
import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {loadComparison} from '../input/load.js';
import {type Evidence, evidenceOf} from '../model/evidence.js';
import type {Comparison} from '../model/schema.js';
import {defaultView, pickSubjects} from '../model/view.js';
import {comparison as generated} from '../test-support/arbitraries.js';
import {countKinds, kindOf} from '../test-support/evidence-count.js';
import {bundledComparison, bundledJson} from '../test-support/fixtures.js';
import {runs} from '../test-support/runs.js';
import {evidenceLines, evidenceMarkdown, evidenceRowAt} from './evidence.js';
import {renderLines} from './render-text.js';
import {type Line, lineText, lineWidth, Role, span} from './styled.js';

const comparison = bundledComparison();
const evidence = evidenceOf(comparison, defaultView(comparison), comparison.sections);
const text = (lines: readonly Line[]) => lines.map(lineText);
const squeeze = (value: string) => value.replace(/\s+/g, '');

/** Three subjects, two sections, every kind of cell, one with two references. */
const small: Comparison = {
	title: 'Small',
	subjects: [
		{id: 'a', name: 'A'},
		{id: 'b', name: 'B'},
		{id: 'c', name: 'C'},
	],
	sections: [
		{
			id: 'first',
			title: 'First part',
			body: 'x',
			table: {
				rows: [
					{criterion: 'Speed', cells: {a: {text: 'fast', refs: [1, 2]}, b: 'slow', c: {text: 'ok', refs: [2]}}},
					{criterion: 'Cost', cells: {a: 'low', b: null, c: 'high'}},
				],
			},
		},
		{
			id: 'second',
			title: 'Second part',
			body: 'y',
			table: {rows: [{criterion: 'Support', cells: {a: null, b: 'yes', c: null}}]},
		},
	],
	references: [
		{id: 1, title: 'One', url: 'https://a.example'},
		{id: 2, title: 'Two', url: 'https://b.example'},
	],
};
const smallEvidence = () => evidenceOf(small, defaultView(small), small.sections);

/** Evidence of subjects with these counts and no rows: what the summary draws from. */
function counted(entries: readonly [string, number, number, number][], hidden = 0): Evidence {
	return {
		subjects: entries.map(([name, cited, uncited, notStated]) => ({
			subject: {id: name.toLowerCase().replace(/ /g, '-'), name},
			cited,
			uncited,
			notStated,
		})),
		rows: [],
		hidden,
	};
}

describe('evidenceLines, line by line', () => {
	test('40 columns: a column as narrow as its marks, references joined, nothing after the last row', () => {
		const layout = evidenceLines(small, smallEvidence(), {width: 40});
		expect(text(layout.lines)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited   ○ uncited   · not stated',
			'',
			'A  ● 1  ○ 1  · 1  ██████░░░░░░░░░░░  33%',
			'B  ● 0  ○ 2  · 1  ░░░░░░░░░░░░░░░░░   0%',
			'C  ● 1  ○ 1  · 1  ██████░░░░░░░░░░░  33%',
			'',
			'                      A         B  C',
			'First part',
			'  Speed               ● [1][2]  ○  ● [2]',
			'  Cost                ○         ·  ○',
			'Second part',
			'  Support             ·         ○  ·',
		]);
		expect(layout.targets).toEqual([
			{line: 11, section: 0, row: 0},
			{line: 12, section: 0, row: 1},
			{line: 14, section: 1, row: 0},
		]);
	});

	test('the names in the header are styled as subjects; each mark carries its subject, for search', () => {
		const layout = evidenceLines(small, smallEvidence(), {width: 40});
		const named = (layout.lines[9] ?? []).filter((piece) => piece.text.trim() !== '');
		expect(named.map((piece) => [piece.text, piece.role])).toEqual([
			['A', Role.subject],
			['B', Role.subject],
			['C', Role.subject],
		]);
		const marks = (layout.lines[11] ?? []).filter((piece) => piece.subject !== undefined);
		expect(marks.map((piece) => [piece.text, piece.subject])).toEqual([
			['●', 'a'],
			[' ', 'a'],
			['[1][2]', 'a'],
			['○', 'b'],
			['●', 'c'],
			[' ', 'c'],
			['[2]', 'c'],
		]);
	});

	test('20 columns: the legend wraps under its marks, counts one a line, stacked blocks apart', () => {
		const layout = evidenceLines(small, smallEvidence(), {width: 20});
		expect(text(layout.lines)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited [refs]',
			'○ uncited (no',
			'  citation)',
			'· not stated in the',
			'  source',
			'',
			'A',
			'  ● 1 cited',
			'  ○ 1 uncited',
			'  · 1 not stated',
			'  ████░░░░░░░░░  33%',
			'B',
			'  ● 0 cited',
			'  ○ 2 uncited',
			'  · 1 not stated',
			'  ░░░░░░░░░░░░░   0%',
			'C',
			'  ● 1 cited',
			'  ○ 1 uncited',
			'  · 1 not stated',
			'  ████░░░░░░░░░  33%',
			'',
			'A',
			'  First part',
			'    ● Speed [1][2]',
			'    ○ Cost',
			'  Second part',
			'    · Support',
			'',
			'B',
			'  First part',
			'    ○ Speed',
			'    · Cost',
			'  Second part',
			'    ○ Support',
			'',
			'C',
			'  First part',
			'    ● Speed [2]',
			'    ○ Cost',
			'  Second part',
			'    · Support',
		]);
		expect(layout.targets.map((target) => target.line)).toEqual([27, 28, 30, 34, 35, 37, 41, 42, 44]);
	});

	test('12 columns: wrapped legend items, counts and criteria go on indented under their start', () => {
		const lines = text(evidenceLines(small, smallEvidence(), {width: 12}).lines);
		expect(lines.slice(3, 19)).toEqual([
			'● cited',
			'  [refs]',
			'○ uncited',
			'  (no',
			'  citation)',
			'· not stated',
			'  in the',
			'  source',
			'',
			'A',
			'  ● 1 cited',
			'  ○ 1',
			'    uncited',
			'  · 1 not',
			'    stated',
			'  ██░░░  33%',
		]);
		expect(lines.slice(33, 44)).toEqual([
			'',
			'A',
			'  First part',
			'    ● Speed',
			'      [1][2]',
			'    ○ Cost',
			'  Second',
			'  part',
			'    ·',
			'      Suppor',
			'      t',
		]);
	});

	test('in ASCII the heading is underlined with dashes', () => {
		const lines = text(evidenceLines(small, smallEvidence(), {width: 40, ascii: true}).lines);
		expect(lines.slice(0, 4)).toEqual(['Evidence', '--------', '', '* cited   o uncited   . not stated']);
	});

	test('the legend in its fuller form as soon as the width holds it exactly', () => {
		const full = '● cited [refs]   ○ uncited (no citation)   · not stated in the source';
		expect(text(evidenceLines(small, smallEvidence(), {width: full.length}).lines)[3]).toBe(full);
		expect(text(evidenceLines(small, smallEvidence(), {width: full.length - 1}).lines)[3]).toBe(
			'● cited   ○ uncited   · not stated',
		);
	});

	test('side by side while the criteria keep their width, stacked one column short of it', () => {
		// The marks take 20 columns; the longest criterion with its indent, 9.
		const wide = text(evidenceLines(small, smallEvidence(), {width: 29}).lines);
		expect(wide).toContain('  Speed    ● [1][2]  ○  ● [2]');
		const narrow = text(evidenceLines(small, smallEvidence(), {width: 28}).lines);
		expect(narrow).not.toContain('  Speed    ● [1][2]  ○  ● [2]');
		expect(narrow).toContain('    ● Speed [1][2]');
	});

	test('a criterion of one letter goes side by side from 4 columns of label on', () => {
		const one: Comparison = {
			...small,
			subjects: [{id: 'a', name: 'A'}],
			sections: [{id: 's', title: 'S', table: {rows: [{criterion: 'Q', cells: {a: 'yes'}}]}}],
		};
		const view = evidenceOf(one, defaultView(one), one.sections);
		expect(text(evidenceLines(one, view, {width: 7}).lines).slice(-3)).toEqual(['      A', 'S', '  Q   ○']);
		expect(text(evidenceLines(one, view, {width: 6}).lines).slice(-4)).toEqual(['A', '  S', '    ○', '      Q']);
	});

	test('bars: one block for any citation, one short unless all are cited, empty and "-" for none', () => {
		const layout = evidenceLines(
			small,
			counted([
				['Few', 1, 150, 0],
				['Most', 150, 1, 0],
				['All', 7, 0, 0],
				['None', 0, 0, 0],
			]),
			{width: 60},
		);
		expect(text(layout.lines)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited   ○ uncited   · not stated',
			'',
			'Few   ● 1    ○ 150  · 0    █░░░░░░░░░░░░░░░░░░░░░░░░░░░   1%',
			'Most  ● 150  ○ 1    · 0    ███████████████████████████░  99%',
			'All   ● 7    ○ 0    · 0    ████████████████████████████ 100%',
			'None  ● 0    ○ 0    · 0    ░░░░░░░░░░░░░░░░░░░░░░░░░░░░    -',
			'',
			'No table rows to weigh: this comparison has no tables.',
		]);
		expect(layout.targets).toEqual([]);
	});

	test('counts and bar on one line from a bar of 6 columns, stacked below that', () => {
		const one = counted([['A', 1, 2, 3]]);
		expect(text(evidenceLines(small, one, {width: 29}).lines)[7]).toBe('A  ● 1  ○ 2  · 3  █░░░░░  17%');
		expect(text(evidenceLines(small, one, {width: 28}).lines).slice(7, 12)).toEqual([
			'A',
			'  ● 1 cited',
			'  ○ 2 uncited',
			'  · 3 not stated',
			'  ████░░░░░░░░░░░░░░░░░  17%',
		]);
	});

	test('a name longer than a third of the width stacks the counts', () => {
		const long = counted([['A long name of a subject', 1, 2, 3]], 2);
		expect(text(evidenceLines(small, long, {width: 60}).lines)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited   ○ uncited   · not stated',
			'',
			'A long name of a subject',
			'  ● 1 cited  ○ 2 uncited  · 3 not stated',
			'  █████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  17%',
			'',
			'2 rows where every subject agrees hidden',
		]);
	});

	test('at 8 columns the bar is one column; at 7 it wraps with the share under the indent', () => {
		const one = counted([['A', 1, 2, 3]], 1);
		const eight = text(evidenceLines(small, one, {width: 8}).lines);
		expect(eight.slice(15, 28)).toEqual([
			'A',
			'  ● 1',
			'    cite',
			'    d',
			'  ○ 2',
			'    unci',
			'    ted',
			'  · 3',
			'    not',
			'    stat',
			'    ed',
			'  ░  17%',
			'',
		]);
		expect(eight.slice(28).join(' ')).toBe('1 row where every subject agrees hidden');
		const seven = text(evidenceLines(small, one, {width: 7}).lines);
		expect(seven.slice(28, 34)).toEqual(['  · 3', '    not', '    sta', '    ted', '  ░ 17%', '']);
	});

	test('rows hidden by differences only, none left: the count of them, not "no tables"', () => {
		const lines = text(evidenceLines(small, counted([['A', 0, 0, 0]], 3), {width: 60}).lines);
		expect(lines.slice(-3)).toEqual([
			'A  ● 0  ○ 0  · 0  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░    -',
			'',
			'3 rows where every subject agrees hidden',
		]);
	});

	test('a row of a section the comparison does not have goes under an empty heading', () => {
		const base = smallEvidence();
		const moved: Evidence = {...base, rows: base.rows.map((row) => ({...row, section: row.section + 5}))};
		expect(text(evidenceLines(small, moved, {width: 40}).lines).slice(9, 15)).toEqual([
			'                      A         B  C',
			'',
			'  Speed               ● [1][2]  ○  ● [2]',
			'  Cost                ○         ·  ○',
			'',
			'  Support             ·         ○  ·',
		]);
		expect(text(evidenceLines(small, moved, {width: 20}).lines).slice(25, 31)).toEqual([
			'A',
			'  ',
			'    ● Speed [1][2]',
			'    ○ Cost',
			'  ',
			'    · Support',
		]);
		expect(evidenceMarkdown(small, moved)).toContain('|  | Speed | cited [1][2] | uncited | cited [2] |\n');
	});
});

describe('evidenceRowAt', () => {
	test('a row line and the lines that continue it are that row; headings and the rest are none', () => {
		const side = evidenceLines(small, smallEvidence(), {width: 40});
		expect([5, 9, 10, 11, 12, 13, 14, 15, 99].map((line) => evidenceRowAt(side, line))).toEqual([
			undefined,
			undefined,
			undefined,
			0,
			1,
			undefined,
			2,
			undefined,
			undefined,
		]);
		const stacked = evidenceLines(small, smallEvidence(), {width: 12});
		// '    ● Speed', '      [1][2]', '    ○ Cost', '  Second', '  part', '    ·', '      Suppor', '      t', ''
		expect([36, 37, 38, 39, 40, 41, 42, 43, 44].map((line) => evidenceRowAt(stacked, line))).toEqual([
			0,
			0,
			1,
			1,
			1,
			2,
			2,
			2,
			undefined,
		]);
	});

	test('a line continues a row when, read whole, it starts with blanks and then text', () => {
		const layout = {
			lines: [[span('  '), span('Long')], [span(''), span(' more')], [span(' '), span('')], [span('x y')]],
			targets: [{line: 0, section: 0, row: 0}],
		};
		expect([0, 1, 2].map((line) => evidenceRowAt(layout, line))).toEqual([0, 0, undefined]);
		expect(evidenceRowAt({...layout, lines: [layout.lines[0] ?? [], layout.lines[3] ?? []]}, 1)).toBeUndefined();
	});
});

describe('evidenceMarkdown, in full', () => {
	test('the counts, the matrix in words, and how many rows were hidden', () => {
		const markdown = evidenceMarkdown(small, {...smallEvidence(), hidden: 1});
		expect(markdown).toBe(
			[
				'# Evidence: Small',
				'',
				'Each claim is *cited* (the reference numbers follow), *uncited* (stated, citing nothing) or *not stated* in the source.',
				'',
				'| Subject | Cited | Uncited | Not stated | Cited share |',
				'|---|---:|---:|---:|---:|',
				'| A | 1 | 1 | 1 | 33% |',
				'| B | 0 | 2 | 1 | 0% |',
				'| C | 1 | 1 | 1 | 33% |',
				'',
				'| Section | Criterion | A | B | C |',
				'|---|---|---|---|---|',
				'| First part | Speed | cited [1][2] | uncited | cited [2] |',
				'| First part | Cost | uncited | not stated | uncited |',
				'| Second part | Support | not stated | uncited | not stated |',
				'',
				'1 row where every subject agrees hidden.',
				'',
			].join('\n'),
		);
		expect(evidenceMarkdown(small, {...smallEvidence(), hidden: 2})).toMatch(
			/\n\n2 rows where every subject agrees hidden\.\n$/,
		);
		expect(evidenceMarkdown(small, smallEvidence())).toMatch(/\| not stated \|\n$/);
	});

	test('without table rows: the counts alone, no empty matrix', () => {
		expect(evidenceMarkdown(small, counted([['A', 0, 0, 0]]))).toBe(
			[
				'# Evidence: Small',
				'',
				'Each claim is *cited* (the reference numbers follow), *uncited* (stated, citing nothing) or *not stated* in the source.',
				'',
				'| Subject | Cited | Uncited | Not stated | Cited share |',
				'|---|---:|---:|---:|---:|',
				'| A | 0 | 0 | 0 | - |',
				'',
			].join('\n'),
		);
	});
});

describe('evidenceLines', () => {
	test('80 columns: legend, one line per subject with counts and bar, then the matrix side by side', () => {
		const lines = text(evidenceLines(comparison, evidence, {width: 80}).lines);
		expect(lines.slice(0, 14)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited [refs]   ○ uncited (no citation)   · not stated in the source',
			'',
			'FastAPI       ● 14  ○ 10  · 3   ██████████████████████░░░░░░░░░░░░░░░░░░░░░  52%',
			'Litestar      ● 0   ○ 14  · 13  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   0%',
			'Django Ninja  ● 3   ○ 15  · 9   █████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  11%',
			'',
			'                                                 FastAPI  Litestar  Django Ninja',
			'Summary',
			'  Standing                                       ● [3]    ○         ○',
			'  Concurrency model                              ○        ·         ○',
			'  Development time saved                         ● [1]    ·         ·',
		]);
	});

	test('40 columns: stacked by subject, each row as its mark, criterion and references', () => {
		const layout = evidenceLines(comparison, evidence, {width: 40, ascii: true});
		const lines = text(layout.lines);
		expect(lines.slice(3, 9)).toEqual([
			'* cited   o uncited   . not stated',
			'',
			'FastAPI',
			'  * 14 cited o 10 uncited . 3 not stated',
			'  #################----------------  52%',
			'Litestar',
		]);
		const fastapi = lines.indexOf('FastAPI', 10);
		expect(lines.slice(fastapi, fastapi + 5)).toEqual([
			'FastAPI',
			'  Summary',
			'    * Standing [3]',
			'    o Concurrency model',
			'    * Development time saved [1]',
		]);
		// A row per subject: the matrix read down each subject's block.
		expect(layout.targets).toHaveLength(evidence.rows.length * comparison.subjects.length);
	});

	test('each target is the line of its row, starting with the indent the cursor takes', () => {
		for (const width of [30, 80, 160]) {
			const layout = evidenceLines(comparison, evidence, {width});
			for (const target of layout.targets) {
				const line = layout.lines[target.line] ?? [];
				const row = comparison.sections[target.section]?.table?.rows[target.row];
				expect(line[0]?.text, `${width}`).toBe('  ');
				// The criterion starts on that line (a long one goes on below).
				const first = row?.criterion.split(' ')[0] ?? '?';
				expect(lineText(line), `${width}`).toContain(first);
			}
		}
	});

	test('--only and -d: only the shown subjects, in order; hidden rows are counted', () => {
		const view = {subjects: pickSubjects(comparison, ['litestar', 'fastapi']), differencesOnly: true};
		const lines = text(evidenceLines(comparison, evidenceOf(comparison, view, comparison.sections), {width: 80}).lines);
		expect(lines).toContain(`${' '.repeat(63)}Litestar  FastAPI`);
		expect(lines.join('\n')).not.toContain('Django Ninja');
		expect(lines.at(-1)).toBe('2 rows where every subject agrees hidden');
	});

	test('--ascii: marks and bars in ASCII', () => {
		const ascii = renderLines(evidenceLines(comparison, evidence, {width: 80, ascii: true}).lines, {color: 'none'});
		expect(ascii).toMatch(/^ {2}Standing +\* \[3\] +o +o$/m);
		expect(ascii).toMatch(/^ {2}Familiarity +\. +\. +o$/m);
		// Every line drawing of ours is ASCII (the data's own text may not be).
		expect(ascii).not.toMatch(/[●○·─█░▶]/);
	});

	test('a comparison with no tables says so', () => {
		const bare: Comparison = {...comparison, sections: [{id: 'a', title: 'A', body: 'Prose only.'}]};
		const lines = text(evidenceLines(bare, evidenceOf(bare, defaultView(bare), bare.sections), {width: 60}).lines);
		expect(lines.at(-1)).toBe('No table rows to weigh: this comparison has no tables.');
	});

	/** Every line fits, and every subject, section and criterion is there (joined over line breaks). */
	function expectWhole(data: Comparison, view: Evidence, width: number, ascii: boolean): void {
		const layout = evidenceLines(data, view, {width, ascii});
		for (const line of layout.lines) expect(lineWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
		// The marks beside a criterion carry their subject: leaving them out reads the criteria whole.
		const all = squeeze(
			layout.lines
				.flat()
				.filter((piece) => piece.subject === undefined)
				.map((piece) => piece.text)
				.join(''),
		);
		for (const entry of view.subjects) expect(all, `width ${width}`).toContain(squeeze(entry.subject.name));
		for (const row of view.rows) {
			expect(all, `width ${width}`).toContain(squeeze(row.criterion));
			expect(all).toContain(squeeze(data.sections[row.section]?.title ?? ''));
		}
	}

	test('fits every width from 8 to 200 (the browser and printing go down to 20) and loses nothing', () => {
		for (let width = 8; width <= 200; width++) expectWhole(comparison, evidence, width, width % 2 === 0);
	});

	test('generated comparisons fit every width and lose nothing', () => {
		const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
		fc.assert(
			fc.property(generated, fc.integer({min: 8, max: 200}), fc.boolean(), (data, width, ascii) => {
				const loaded = loadComparison(encode(data), 'generated.json');
				const view = evidenceOf(loaded, defaultView(loaded), loaded.sections);
				for (const at of [width, 20, 80]) expectWhole(loaded, view, at, ascii);
			}),
			{numRuns: runs(150)},
		);
	});
});

describe('evidenceMarkdown', () => {
	const markdown = evidenceMarkdown(comparison, evidence);
	const tables = Lexer.lex(markdown, {gfm: true}).filter((token): token is Tokens.Table => token.type === 'table');

	test('parses into a table of counts and a table of rows, one column per subject', () => {
		expect(tables).toHaveLength(2);
		const [counts, matrix] = tables as [Tokens.Table, Tokens.Table];
		const expected = countKinds(bundledJson() as never, ['fastapi', 'litestar', 'django-ninja']);
		expect(counts.header.map((cell) => cell.text)).toEqual([
			'Subject',
			'Cited',
			'Uncited',
			'Not stated',
			'Cited share',
		]);
		expect(counts.rows.map((row) => row.map((cell) => cell.text))).toEqual(
			comparison.subjects.map((subject) => {
				const kinds = expected[subject.id] ?? {cited: 0, uncited: 0, notStated: 0};
				const total = kinds.cited + kinds.uncited + kinds.notStated;
				return [
					subject.name,
					String(kinds.cited),
					String(kinds.uncited),
					String(kinds.notStated),
					`${Math.round((100 * kinds.cited) / total)}%`,
				];
			}),
		);
		expect(matrix.header.map((cell) => cell.text)).toEqual([
			'Section',
			'Criterion',
			'FastAPI',
			'Litestar',
			'Django Ninja',
		]);
		const rows = bundledJson().sections.flatMap((section: any) =>
			section.table.rows.map((row: any) => [section.title, row.criterion, row.cells]),
		);
		expect(matrix.rows).toHaveLength(rows.length);
		matrix.rows.forEach((row, index) => {
			const [title, criterion, cells] = rows[index];
			expect(row.slice(0, 2).map((cell) => cell.text)).toEqual([title, criterion]);
			const words = {cited: 'cited', uncited: 'uncited', notStated: 'not stated'};
			['fastapi', 'litestar', 'django-ninja'].forEach((id, column) => {
				expect(row[column + 2]?.text).toMatch(new RegExp(`^${words[kindOf(cells[id])]}( \\[\\d+\\])*$`));
			});
		});
	});
});
