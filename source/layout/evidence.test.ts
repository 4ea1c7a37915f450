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
import {evidenceLines, evidenceMarkdown} from './evidence.js';
import {renderLines} from './render-text.js';
import {type Line, lineText, lineWidth} from './styled.js';

const comparison = bundledComparison();
const evidence = evidenceOf(comparison, defaultView(comparison), comparison.sections);
const text = (lines: readonly Line[]) => lines.map(lineText);
const squeeze = (value: string) => value.replace(/\s+/g, '');

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
