// Documents read as their authors wrote them, printed by the CLI: HTML tables as tables, every
// column under its header, subjects where a reader sees them, tables where they stand, exports
// that change nothing.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {runInProcess} from '../test-support/run-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-tables-'));

function file(name: string, content: string): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

// The documents, small ones of our own (inline: the formatter would rewrite a .md file's front matter).
const documents: Record<string, string> = {
	'model-card.md': `---
subjects: [Alpha 7B, Beta 7B]
---
# A model card

## Evaluation

<table>
  <thead>
    <tr><th>Category</th><th>Benchmark</th><th>Alpha 7B</th><th>Beta 7B</th><th>Notes</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="2">General</td><td>MMLU (5-shot)</td><td align="right"><b>66.6</b></td><td align="right">45.7</td><td>5-shot</td></tr>
    <tr><td>BBH</td><td align="right">59.1</td><td align="right">41.2</td><td>3-shot</td></tr>
    <tr><td>Code</td><td>HumanEval</td><td colspan="2" align="center">n/a</td><td></td></tr>
  </tbody>
</table>

Alpha 7B is ours.
`,
	'columns.md': `---
subjects: [Vim, Emacs]
---
# Editors

## Editing

| Feature | Vim | Emacs | Helix | Kakoune |
|:--|:-:|:-:|:-:|--:|
| Modal editing | yes | via evil | yes | yes |

## Scores

| Category | Benchmark | Vim | Emacs | Notes |
|---|---|---|---|---|
| General | Startup | fast | slow | 5-shot |
| | Plugins | many | more | |

## SDKs

| SDK | Vim | Emacs |
|---|---|---|
| Lua | yes | no |
`,
	'matrices.md': `# Package managers

pnpm, Yarn and npm install packages.

## Install

| Feature | pnpm | Yarn | npm | Notes |
|---|:-:|:-:|:-:|---|
| Workspaces | ✅ | ✅ | ✅ | |
| Plug'n'Play | ❌ | ✅ | ❌ | Default in Yarn. |
| Side-effects cache | ✅ | ❌ | ❌ | |
`,
	'grids.md': `# Benchmarks

zap, zerolog, Gin and Echo are fast; uv and Pixi too.

## Loggers

| Package | Time | Objects Allocated |
|---|--:|--:|
| zap | 656 ns/op | 5 allocs/op |
| zerolog | 380 ns/op | 1 allocs/op |
| logrus | 11393 ns/op | 79 allocs/op |

| Package | Time | Objects Allocated |
|---|--:|--:|
| zap | 102 ns/op | 0 allocs/op |
| zerolog | 91 ns/op | 0 allocs/op |
| logrus | 3511 ns/op | 23 allocs/op |

## Routers

| Rank | Router | ns/op | B/op |
|:-:|:--|--:|--:|
| 1 | Gin | 29 | 0 |
| 2 | Echo | 31 | 0 |
| 3 | Chi | 240 | 432 |

## Tools

| Tool | Command | Time |
|---|---|--:|
| uv | \`uv sync\` | 0.5 s |
| Pixi | \`pixi install\` | 1.2 s |
`,
	'placed.md': `---
subjects: [Kafka, RabbitMQ]
---
# Brokers

## Compared

### Speed

| | Kafka | RabbitMQ |
|---|---|---|
| Throughput | 100 k msg/s | 20 k msg/s |

Kafka batches.

### Typing

\`\`\`python
def f(x: Literal[1]) -> list[2]: ...
\`\`\`

Use \`Literal[1]\` for one value; see [3].

| | Kafka | RabbitMQ |
|---|---|---|
| Licence | Apache 2.0 | MPL 2.0 |

## Verdict

Either.
`,
};

const testdata = `${scratch}/`;
for (const [name, content] of Object.entries(documents)) file(name, content);

async function printed(path: string, width: number, ...more: string[]): Promise<string> {
	const run = await runInProcess([path, '--plain', '--width', String(width), ...more]);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	return run.stdout;
}

async function json(path: string, ...more: string[]) {
	const run = await runInProcess([path, '-f', 'json', ...more]);
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout);
}

async function subjectNames(markdown: string, name = 'doc.md'): Promise<string[]> {
	const run = await runInProcess([file(name, markdown), '-f', 'json']);
	if (run.code !== 0) return [];
	return JSON.parse(run.stdout).subjects.map((subject: {name: string}) => subject.name);
}

describe('HTML tables', () => {
	const card = `${testdata}model-card.md`;

	test('are drawn as tables, each spanned cell repeated where it spans', async () => {
		const text = await printed(card, 80);
		expect(text).toContain('Category │ Benchmark     │ Alpha 7B │ Beta 7B │ Notes');
		expect(text).toContain('General  │ MMLU (5-shot) │     66.6 │    45.7 │ 5-shot');
		// rowspan="2": the second row is in the group too; colspan="2": both subjects say n/a.
		expect(text).toContain('General  │ BBH           │     59.1 │    41.2 │ 3-shot');
		expect(text).toContain('Code     │ HumanEval     │      n/a │     n/a │');
		expect(text).not.toMatch(/<\/?t[dhr]\b|<b>/);
	});

	test('are tables of the subjects: cells by subject, the other columns as labelled fields', async () => {
		const data = await json(card);
		expect(data.sections[0].table.rows[1]).toEqual({
			criterion: 'BBH',
			cells: {'alpha-7b': '59.1', 'beta-7b': '41.2'},
			fields: {Category: 'General', Notes: '3-shot'},
		});
		expect(data.sections[0].table.parts[0].columns).toEqual([
			{field: 'Category'},
			{label: 'Benchmark'},
			{subject: 'alpha-7b', align: 'right'},
			{subject: 'beta-7b', align: 'right'},
			{field: 'Notes'},
		]);
	});

	test('narrow, each row is a record: every cell under its header', async () => {
		const text = await printed(card, 30);
		expect(text).toContain(
			['Category: General', '  Benchmark: BBH', '  Alpha 7B: 59.1', '  Beta 7B: 41.2', '  Notes: 3-shot'].join('\n'),
		);
	});

	test('a table of <td> rows only takes its first row as the header; one row alone has none', async () => {
		const path = file(
			'td.md',
			'# T\n\n<table><tr><td>Name</td><td>Stars</td></tr><tr><td>zap</td><td>21K</td></tr></table>\n\n<table>\n  <tr>\n    <td>🟩 Supported</td>\n\n    <td>🟥 Not supported</td>\n  </tr>\n</table>\n',
		);
		const text = await printed(path, 80);
		expect(text).toContain('Name │ Stars\n─────┼──────\nzap  │   21K');
		// Blank lines inside a table do not end it; with no header row, no empty header is drawn.
		expect(text).toContain('🟩 Supported │ 🟥 Not supported');
		expect(text).not.toMatch(/^\s+│\s+$/m);
	});
});

describe('no column name lost', () => {
	const columns = `${testdata}columns.md`;

	test('the label column shows its header; columns that are not subjects keep theirs', async () => {
		const text = await printed(columns, 80);
		expect(text).toContain('Feature       │ Vim │  Emacs   │ Helix │ Kakoune\n');
		expect(text).toContain('Modal editing │ yes │ via evil │  yes  │     yes\n');
		expect(text).toContain('Category │ Benchmark │ Vim  │ Emacs │ Notes\n');
		expect(text).toContain('General  │ Startup   │ fast │ slow  │ 5-shot\n');
		expect(text).toContain('General  │ Plugins   │ many │ more  │\n');
		expect(text).toContain('SDK │ Vim │ Emacs\n');
	});

	test('stacked, a record per row: "Notes: 5-shot", "Helix: yes"', async () => {
		const text = await printed(columns, 24);
		expect(text).toContain('Feature: Modal editing\n  Vim: yes\n  Emacs: via evil\n  Helix: yes\n  Kakoune: yes\n');
		expect(text).toContain('Category: General\n  Benchmark: Startup\n  Vim: fast\n  Emacs: slow\n  Notes: 5-shot\n');
	});

	test('--only hides a subject, never a column that is not one', async () => {
		const text = await printed(columns, 80, '--only', 'emacs', '-s', 'editing');
		expect(text).toContain('Feature       │  Emacs   │ Helix │ Kakoune\n');
	});

	test('--format markdown writes every column under its header, aligned as written', async () => {
		const run = await runInProcess([columns, '-f', 'markdown']);
		expect(run.stdout).toContain(
			'| Feature | Vim | Emacs | Helix | Kakoune |\n|:---|:---:|:---:|:---:|---:|\n| Modal editing | yes | via evil | yes | yes |\n',
		);
		expect(run.stdout).toContain('| Category | Benchmark | Vim | Emacs | Notes |\n|---|---|---|---|---|\n');
		expect(run.stdout).toContain('| SDK | Vim | Emacs |\n');
	});

	test('--format json keeps the label column, the fields and the alignments', async () => {
		const data = await json(columns);
		const [editing, scores] = data.sections;
		expect(editing.table.parts[0].columns).toEqual([
			{label: 'Feature', align: 'left'},
			{subject: 'vim', align: 'center'},
			{subject: 'emacs', align: 'center'},
			{field: 'Helix', align: 'center'},
			{field: 'Kakoune', align: 'right'},
		]);
		expect(editing.table.rows[0].fields).toEqual({Helix: 'yes', Kakoune: 'yes'});
		expect(scores.table.rows.map((row: {fields: object}) => row.fields)).toEqual([
			{Category: 'General', Notes: '5-shot'},
			{Category: 'General'},
		]);
	});
});

describe('subjects where a reader sees them', () => {
	test('a feature matrix under any header names its columns, "Notes" aside', async () => {
		expect(await subjectNames(documents['matrices.md'] ?? '')).toEqual(['pnpm', 'Yarn', 'npm']);
		expect(
			await subjectNames(
				'# Bundlers\n\nwebpack/webpack and jrburke/requirejs.\n\n| Feature | webpack/webpack | jrburke/requirejs |\n|---|---|---|\n| AMD | yes | yes |\n| Code splitting | yes | no |\n',
			),
		).toEqual(['webpack/webpack', 'jrburke/requirejs']);
		expect(
			await subjectNames(
				'# 对比\n\nA 和 B 的区别。\n\n| 维度 | A | B |\n|---|---|---|\n| 职责 | 模型选择 | 统一接入 |\n| 粒度 | 单次请求 | 全生命周期 |\n',
			),
		).toEqual(['A', 'B']);
		expect(
			await subjectNames(
				'# From uv\n\nuv and Pixi both lock.\n\n| Task | uv | Pixi |\n|---|---|---|\n| Install | `uv sync` | `pixi install` |\n| Run | `uv run x` | `pixi run x` |\n',
			),
		).toEqual(['uv', 'Pixi']);
	});

	test('benchmark grids, subjects as rows, never make their measures subjects', async () => {
		const run = await runInProcess([`${testdata}grids.md`, '-f', 'json']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/names no subjects/);
	});

	test('when tables disagree, the subjects are those of the most tables', async () => {
		const table = (names: string, row: string) => `| | ${names} |\n|---|---|---|\n| ${row} | yes | no |\n\n`;
		expect(await subjectNames(`# T\n\n${table('A | B', 'x')}${table('C | D', 'y')}${table('D | C', 'z')}`)).toEqual([
			'C',
			'D',
		]);
	});

	test("a subject's name is its header without link notes; its id is made from that", async () => {
		const run = await runInProcess([
			file(
				'links.md',
				'# Q\n\n| | [React Query](https://tanstack.com) | SWR [_(Website)_][swr] |\n|---|---|---|\n| Cache | yes | yes |\n\n[swr]: https://swr.vercel.app\n',
			),
			'-f',
			'json',
		]);
		expect(JSON.parse(run.stdout).subjects).toEqual([
			{id: 'react-query', name: 'React Query'},
			{id: 'swr', name: 'SWR'},
		]);
	});

	test('--subjects names them; a name no table has, a comparison file or a list of files is refused', async () => {
		const grids = `${testdata}grids.md`;
		const data = await json(grids, '--subjects', 'Time,Objects Allocated');
		expect(data.subjects.map((subject: {id: string}) => subject.id)).toEqual(['time', 'objects-allocated']);
		expect(data.sections[1].table.rows[0]).toEqual({
			criterion: 'zap',
			cells: {time: '656 ns/op', 'objects-allocated': '5 allocs/op'},
		});
		const unknown = await runInProcess([grids, '--subjects', 'Time,Speed']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/^tradeoff: --subjects: no table of .*grids\.md has a column "Speed"\n/);
		const bundled = await runInProcess(['--subjects', 'a,b', '--plain']);
		expect(bundled.code).toBe(2);
		expect(bundled.stderr).toMatch(/--subjects names the subjects of a Markdown document/);
		const list = await runInProcess([grids, `${testdata}columns.md`, '--subjects', 'a,b']);
		expect(list.stderr).toMatch(/--subjects picks within one comparison/);
	});
});

describe('exports that keep their place', () => {
	const placed = `${testdata}placed.md`;

	test('each table and its chart stay under their own sub-heading, printed', async () => {
		const text = await printed(placed, 60);
		const at = (needle: string) => text.indexOf(needle);
		expect(at('Speed')).toBeLessThan(at('Throughput │'));
		expect(at('Throughput │')).toBeLessThan(at('Throughput (msg/s)'));
		expect(at('Throughput (msg/s)')).toBeLessThan(at('Kafka batches.'));
		expect(at('Kafka batches.')).toBeLessThan(at('Typing'));
		expect(at('Typing')).toBeLessThan(at('Licence │'));
	});

	test('--format markdown keeps them there and never changes code', async () => {
		const run = await runInProcess([placed, '-f', 'markdown']);
		const markdown = run.stdout;
		expect(markdown).toContain(
			'### Speed\n\n| | Kafka | RabbitMQ |\n|---|---|---|\n| Throughput | 100 k msg/s | 20 k msg/s |\n\nKafka batches.\n\n### Typing',
		);
		expect(markdown).toContain('def f(x: Literal[1]) -> list[2]: ...');
		expect(markdown).toContain('Use `Literal[1]` for one value; see \\[3].');
		expect(markdown.indexOf('Licence')).toBeGreaterThan(markdown.indexOf('see \\[3]'));
	});

	test('--format json says where each table stands, and reads back to the same', async () => {
		const data = await json(placed);
		// After "### Speed" (the body's first line), and after the eleven lines up to "Use `Literal[1]`…".
		expect(data.sections[0].table.parts).toEqual([
			{rows: 1, after: 1},
			{rows: 1, after: 11},
		]);
		expect(data.sections[0].body.split('\n').slice(0, 3)).toEqual(['### Speed', '', 'Kafka batches.']);
		const again = await runInProcess([file('placed.json', JSON.stringify(data)), '-f', 'json']);
		expect(JSON.parse(again.stdout)).toEqual(data);
		const printedBack = await printed(file('placed-again.json', JSON.stringify(data)), 60);
		expect(printedBack).toBe(await printed(placed, 60));
	});

	test('export, read, export: byte-identical', async () => {
		for (const name of ['placed.md', 'columns.md', 'model-card.md', 'matrices.md']) {
			const first = await runInProcess([`${testdata}${name}`, '-f', 'markdown']);
			const second = await runInProcess([file(`again-${name}`, first.stdout), '-f', 'markdown']);
			expect(second.stdout, name).toBe(first.stdout);
		}
	});
});

describe('figures', () => {
	test('K, M, B, 万 and 亿 are magnitudes, + is at least, shares are charted against 100 %', async () => {
		const path = file(
			'figures.md',
			'---\nsubjects: [A, B]\n---\n# F\n\n| | A | B |\n|---|---|---|\n| Stars | 56K | 200+ |\n| Share | 40% | 10% |\n| Users | 3万 | 1亿 |\n',
		);
		const data = await json(path);
		expect(data.sections[0].table.rows.map((row: {cells: object}) => row.cells)).toEqual([
			{a: {text: '56K', value: 56000}, b: {text: '200+', value: 200}},
			{a: {text: '40%', value: 40, unit: '%'}, b: {text: '10%', value: 10, unit: '%'}},
			{a: {text: '3万', value: 30000}, b: {text: '1亿', value: 100000000}},
		]);
		const text = await printed(path, 40);
		expect(text).toContain('Stars\nA ███████████████████████████████ 56,000\nB ▏ 200+\n');
		// 40 % is 40 % of the bar's 34 columns, not all of it.
		expect(text).toMatch(/Share \(%\)\nA █{13}▋ 40%\nB █{3}▍ 10%\n/);
		expect(text).toContain('Users\nA 30,000\nB ███████████████████████████████ 100M\n');
	});
});

describe('the smaller things', () => {
	test('the evidence view of tables that compare no subjects says so, not "no tables"', async () => {
		const run = await runInProcess([`${testdata}grids.md`, '--evidence', '--plain', '--width', '200']);
		expect(run.stdout).toContain(
			'No table rows to weigh: this document names no subjects, and none of its 4 tables compares any side by side (--subjects names them).',
		);
		expect(run.stdout).not.toContain('has no tables');
	});

	test('search names a criterion as such, and a hit holding <br> is one line', async () => {
		const path = file('search.md', '# S\n\n| | A | B |\n|---|---|---|\n| Fast start | one<br>two | no |\n');
		const run = await runInProcess([path, '--search', 'two']);
		expect(run.stdout).toBe('S › A: Fast start: one two\n');
		expect((await runInProcess([path, '--search', 'fast'])).stdout).toBe('S › criterion: Fast start\n');
	});
});
