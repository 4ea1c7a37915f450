// The CLI's flags, modes, exit codes and printing, run in-process (test-support/run-in-process.ts):
// what a user's shell would see, byte for byte. What needs the built bundle or a real process
// (a reader that leaves the pipe, the comparison the build embedded) runs build/cli.cjs.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {citationMarks} from '../model/citations.js';
import {comparison as generated} from '../test-support/arbitraries.js';
import {countKinds} from '../test-support/evidence-count.js';
import {bundledComparison, bundledJson, edited, withoutSchema} from '../test-support/fixtures.js';
import {payloads} from '../test-support/payloads.js';
import {bundledFile, cleanEnv, cli, root, runCli} from '../test-support/run-cli.js';
import {runInProcess} from '../test-support/run-in-process.js';

const comparison = bundledComparison();
const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-cli-'));

function file(name: string, content: string | Uint8Array): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('printing the bundled comparison into a pipe', () => {
	test('plain text, no escape byte, every section, exit 0', async () => {
		const run = await runInProcess([]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.bytes.includes(0x1b)).toBe(false);
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe(comparison.title);
		for (const section of comparison.sections) expect(lines).toContain(section.title);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
		expect(run.stdout.endsWith('\n')).toBe(true);
	});

	test('--width sets the wrap width', async () => {
		const run = await runInProcess(['--width', '40']);
		expect(run.code).toBe(0);
		const widest = Math.max(...run.stdout.split('\n').map((line) => [...line].length));
		expect(widest).toBeLessThanOrEqual(40);
		expect(widest).toBeGreaterThan(30);
	});

	test('COLUMNS is the width when there is no terminal and no --width', async () => {
		for (const columns of [60, 120]) {
			const run = await runInProcess([], {env: {COLUMNS: String(columns)}});
			// The rules under headings are as wide as the width allows: exactly the width, no wider.
			expect(Math.max(...run.stdout.split('\n').map((line) => [...line].length))).toBe(columns);
		}
	});

	test('--section prints only that section and the references it cites', async () => {
		const run = await runInProcess(['--section', 'performance']);
		expect(run.code).toBe(0);
		expect(run.stdout.startsWith('Performance\n───────────\n')).toBe(true);
		expect(run.stdout).not.toContain('Verdict');
		expect(run.stdout).toContain('\nReferences\n');
		expect(run.stdout).toContain('[4] FastAPI — open_issues — GitHub');
		expect((await runInProcess(['-s', '3'])).stdout).toBe(run.stdout);
	});

	test('--format json writes the validated comparison', async () => {
		const run = await runInProcess(['--format', 'json']);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(withoutSchema(bundledJson()));
	});

	test('--format json leaves out a relative "$schema" (it resolves beside the file read), keeps an absolute one', async () => {
		expect(bundledJson().$schema).toBe('./comparison.schema.json');
		expect(JSON.parse((await runInProcess(['--format', 'json'])).stdout).$schema).toBeUndefined();
		const absolute = edited((data) => {
			data.$schema = 'https://example.com/comparison.schema.json';
		});
		const run = await runInProcess(['-', '-f', 'json'], {input: absolute});
		expect(JSON.parse(run.stdout).$schema).toBe('https://example.com/comparison.schema.json');
	});

	test('--format json with --section and --only writes that view', async () => {
		const run = await runInProcess(['-f', 'json', '-s', 'cost', '--only', 'litestar,fastapi']);
		const data = JSON.parse(run.stdout);
		expect(data.sections.map((section: {id: string}) => section.id)).toEqual(['cost']);
		expect(data.subjects.map((subject: {id: string}) => subject.id)).toEqual(['litestar', 'fastapi']);
		expect(Object.keys(data.sections[0].table.rows[0].cells)).toEqual(['litestar', 'fastapi']);
	});

	test('every --format json view is a comparison tradeoff reads back unchanged', async () => {
		for (const view of [
			['--only', 'django-ninja,fastapi'],
			['--differences'],
			['-s', 'cost', '-d', '-o', 'litestar,fastapi'],
		]) {
			const written = await runInProcess(['--format', 'json', ...view]);
			expect(written.code).toBe(0);
			const again = await runInProcess(['--format', 'json', '-'], {input: written.stdout});
			expect(again.stderr).toBe('');
			expect(JSON.parse(again.stdout)).toEqual(JSON.parse(written.stdout));
		}
	});

	test('--format markdown writes GFM that parses into the same tables', async () => {
		const run = await runInProcess(['--format', 'markdown']);
		expect(run.code).toBe(0);
		const tokens = Lexer.lex(run.stdout, {gfm: true});
		const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
		expect(tables).toHaveLength(comparison.sections.length);
		expect(tables.map((table) => table.rows.length)).toEqual(
			comparison.sections.map((section) => section.table?.rows.length),
		);
		// The first cell of the third table, as the data file has it, with its citation marks.
		const cell = bundledJson().sections[2].table.rows[0].cells.fastapi;
		expect(tables[2]?.rows[0]?.[1]?.text).toBe(`${cell.text} ${citationMarks(cell.refs)}`);
	});

	test('--differences hides only rows where every shown subject agrees', async () => {
		// Familiarity: FastAPI and Litestar say the same, Django Ninja differs, so the row stays.
		const run = await runInProcess(['-s', 'architecture', '-d', '-w', '100']);
		expect(run.stdout).toMatch(/^Familiarity /m);
		const all = await runInProcess(['-d', '-w', '100']);
		expect(all.stdout).toContain('\n1 row where every subject agrees hidden\n');
		expect(all.stdout.match(/agrees hidden/g)).toHaveLength(1);
	});

	test('--only and --differences shape the printed tables', async () => {
		const run = await runInProcess(['-s', 'cost', '-o', 'django-ninja,fastapi', '-d', '-w', '100']);
		const header = run.stdout.split('\n').find((line) => line.includes('│'));
		expect(header?.replace(/ +/g, ' ').trim()).toBe('│ Django Ninja │ FastAPI');
		expect(run.stdout).not.toContain('Litestar');
		expect(run.stdout).not.toContain('no licence fees');
		expect(run.stdout).toContain('1 row where every subject agrees hidden');
	});

	test('--ascii draws tables with ASCII only', async () => {
		const run = await runInProcess(['--ascii', '-s', 'cost']);
		const table = run.stdout.split('\n').filter((line) => line.includes('|'));
		expect(table.length).toBeGreaterThan(3);
		expect(run.stdout).not.toMatch(/[│─┼]/);
	});

	test('| head -n 1 ends quietly with status 0', () => {
		const result = spawnSync(
			'bash',
			['-c', `"${process.execPath}" "${cli}" --width 200 | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`],
			{
				cwd: root,
				env: cleanEnv(),
				encoding: 'utf8',
			},
		);
		expect(result.stdout).toBe(`${comparison.title}\n`);
		expect(result.stderr).toBe('status=0\n');
	});

	test('--help and --version', async () => {
		const help = await runInProcess(['--help']);
		expect(help.code).toBe(0);
		// Pinned, as bat pins its help: a change to the help shows up as a diff of this file
		// (npm run docs rewrites it from cli/args.ts).
		expect(help.stdout).toBe(readFileSync(join(root, 'source', 'cli', 'testdata', 'help.txt'), 'utf8'));
		const version = await runInProcess(['-v']);
		expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe('colour', () => {
	test('--color always colours a pipe', async () => {
		expect((await runInProcess(['--color', 'always', '-s', 'cost'])).stdout).toContain('\u001b[');
	});
	test('FORCE_COLOR colours a pipe; NO_COLOR does not stop --color always', async () => {
		expect((await runInProcess(['-s', 'cost'], {env: {FORCE_COLOR: '1'}})).stdout).toContain('\u001b[');
		expect((await runInProcess(['-s', 'cost', '--color=always'], {env: {NO_COLOR: '1'}})).stdout).toContain('\u001b[');
	});
	test('printed colour follows --theme, else COLORFGBG, else dark; --color never still wins', async () => {
		// The SGR parameters of the title, the first line.
		const titleCodes = async (args: string[], env: Record<string, string> = {}) => {
			const run = await runInProcess(['--color', 'always', ...args], {env});
			expect(run.code).toBe(0);
			return run.stdout
				.split('\n')[0]
				?.match(/^\u001b\[([0-9;]*)m/)?.[1]
				?.split(';');
		};
		// Cyan (36) in the dark palette, blue (34) in the light one.
		expect(await titleCodes([])).toContain('36');
		expect(await titleCodes([], {COLORFGBG: '0;15'})).toContain('34');
		expect(await titleCodes([], {COLORFGBG: '15;0'})).toContain('36');
		expect(await titleCodes(['--theme', 'light'])).toContain('34');
		expect(await titleCodes(['--theme', 'dark'], {COLORFGBG: '0;15'})).toContain('36');
		const never = await runInProcess(['--theme', 'light', '--color', 'never'], {env: {FORCE_COLOR: '1'}});
		expect(never.bytes.includes(0x1b)).toBe(false);
	});
	test('a bad --theme exits 2 naming the choices', async () => {
		const run = await runInProcess(['--theme', 'purple']);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')[0]).toBe('tradeoff: --theme: expected auto, light, dark; got "purple"');
	});
	test('--color never and FORCE_COLOR=0 never colour', async () => {
		expect((await runInProcess(['--color', 'never'], {env: {FORCE_COLOR: '1'}})).bytes.includes(0x1b)).toBe(false);
		expect((await runInProcess([], {env: {FORCE_COLOR: '0'}})).bytes.includes(0x1b)).toBe(false);
	});
});

describe('reading comparisons', () => {
	test('a file path is browsed like the bundled one', async () => {
		const path = file(
			'copy.json',
			edited((data) => {
				data.title = 'My own comparison';
			}),
		);
		const run = await runInProcess([path]);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('My own comparison');
	});

	test('- reads stdin', async () => {
		const run = await runInProcess(['-', '-s', 'verdict'], {input: edited(() => {})});
		expect(run.code).toBe(0);
		expect(run.stdout.startsWith('Verdict\n')).toBe(true);
	});

	test('a byte-order mark on stdin is accepted', async () => {
		const run = await runInProcess(['-', '-f', 'json'], {
			input: new Uint8Array([0xef, 0xbb, 0xbf, ...edited(() => {})]),
		});
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).title).toBe(comparison.title);
	});
});

describe('bad input: exit 2, one clear line, no stack trace', () => {
	test.each([
		[
			'an unknown flag',
			['--frobnicate'],
			undefined,
			"tradeoff: unknown option --frobnicate\nTry 'tradeoff --help' for more information.\n",
		],
		[
			'an unknown section',
			['--section', 'pricing'],
			undefined,
			'tradeoff: unknown section "pricing" (sections are summary, architecture, performance, developer-experience, cost, best-for, verdict, or 1 to 7)\nTry \'tradeoff --help\' for more information.\n',
		],
		[
			'a bad width',
			['-w', '0'],
			undefined,
			'tradeoff: --width: expected a whole number from 20 to 1000; got "0"\nTry \'tradeoff --help\' for more information.\n',
		],
		[
			'an unknown subject',
			['--only', 'flask'],
			undefined,
			'tradeoff: unknown subject "flask" in --only (subjects are fastapi, litestar, django-ninja)\nTry \'tradeoff --help\' for more information.\n',
		],
		[
			'--format json of one subject, which no comparison file can hold',
			['--format', 'json', '--only', 'litestar'],
			undefined,
			"tradeoff: --format json writes a comparison, which has at least 2 subjects; --only picked 1 (--plain or --format markdown show one)\nTry 'tradeoff --help' for more information.\n",
		],
		['a missing file', ['missing.json'], undefined, 'tradeoff: missing.json: no such file\n'],
		['empty stdin', ['-'], '', 'tradeoff: <stdin>: empty; expected a comparison as JSON\n'],
		[
			'truncated JSON on stdin',
			['-'],
			'{"title": "x", "subjects": [',
			'tradeoff: <stdin>:1:29: invalid JSON: expected a value (object, array, string, number, true, false or null), found end of input\n',
		],
		['invalid UTF-8 on stdin', ['-'], Buffer.from([0x7b, 0xff, 0x7d]), 'tradeoff: <stdin>: not valid UTF-8 (byte 1)\n'],
		[
			'a wrong type',
			['-'],
			edited((data) => {
				data.sections[2].table.rows[0].cells.litestar = 42;
			}),
			'tradeoff: <stdin>: sections[2].table.rows[0].cells.litestar: expected null, a string or {text, refs}, got number\n',
		],
	] as const)('%s', async (_name, args, input, stderr) => {
		const run = await runInProcess(args, input === undefined ? {} : {input});
		expect(run.stderr).toBe(stderr);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		noStackTrace(run.stderr);
	});

	test('a truncated file names the file, line and column', async () => {
		const text = JSON.stringify(bundledJson(), null, 2);
		const run = await runInProcess([file('cut.json', text.slice(0, text.indexOf('"sections"') + 20))]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^tradeoff: .*cut\.json:\d+:\d+: invalid JSON: expected .*, found end of input\n$/);
	});

	test('a file bigger than 8 MiB is refused', async () => {
		const run = await runInProcess([file('huge.json', Buffer.alloc(8 * 1024 * 1024 + 10, 0x20))]);
		expect(run.stderr).toMatch(/huge\.json: larger than the 8 MiB a comparison may be\n$/);
		expect(run.code).toBe(2);
	});
});

describe('control characters in every field never reach the output', () => {
	const everyString = (data: any, text: string): any => {
		if (typeof data === 'string') return `${data}${text}`;
		if (Array.isArray(data)) return data.map((item) => everyString(item, text));
		if (data && typeof data === 'object') {
			// Ids and dates have a format to keep; every other string gets the payload.
			return Object.fromEntries(
				Object.entries(data).map(([key, value]) => [
					key,
					['id', '$schema', 'date'].includes(key) ? value : everyString(value, text),
				]),
			);
		}
		return data;
	};
	const payload = payloads.map((item) => item.text).join(' ');
	const hostile = JSON.stringify(everyString(bundledJson(), payload));

	test.each(['text', 'markdown', 'json'])('%s output', async (format) => {
		const run = await runInProcess(['-', '--format', format, '--width', '100'], {input: hostile});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.bytes.includes(0x1b)).toBe(false);
		expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
		if (format === 'json') JSON.parse(run.stdout);
	});

	test.each(['text', 'markdown', 'json'])('--evidence %s output', async (format) => {
		const run = await runInProcess(['-', '--evidence', '--format', format, '--width', '100'], {input: hostile});
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.bytes.includes(0x1b)).toBe(false);
		expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
		if (format === 'json') JSON.parse(run.stdout);
	});

	test('text output with colour forced has only our own SGR sequences', async () => {
		const run = await runInProcess(['-', '--color', 'always'], {input: hostile});
		const sequences = run.stdout.match(/\u001b[^m]*m?/g) ?? [];
		for (const sequence of new Set(sequences)) expect(sequence).toMatch(/^\u001b\[[0-9;]*m$/);
	});
});

test('the bundled comparison is the default and the file in data/', async () => {
	// The built bundle's: the comparison the build embedded.
	const run = await runCli([bundledFile, '-f', 'json']);
	expect(JSON.parse(run.stdout)).toEqual(JSON.parse((await runCli(['-f', 'json'])).stdout));
});

describe('--search through a pipe', () => {
	test('prints every hit on its own line, each starting with its place', async () => {
		const run = await runInProcess(['--search', 'benchmark', '--plain']);
		expect(run.code).toBe(0);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines)
			expect(line).toMatch(
				/^(Summary|Architecture|Performance|Developer experience|Cost|Best for|Verdict) › (prose|criterion|FastAPI|Litestar|Django Ninja): \S/,
			);
		expect(lines).toContain('Performance › Litestar: Benchmark evidence: Not enough public benchmarks');
	});

	test('--section and --only narrow the search; --format json gives the hits as data', async () => {
		const run = await runInProcess([
			'--search',
			'not stated',
			'--section',
			'cost',
			'--only',
			'litestar',
			'--format',
			'json',
		]);
		const hits = JSON.parse(run.stdout) as {place: string; text: string}[];
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) expect(hit.place).toBe('Cost › Litestar');
	});

	test('no hits prints nothing and exits 1, as grep does', async () => {
		const run = await runInProcess(['--search', 'zzz-nothing']);
		expect(run).toMatchObject({code: 1, stdout: '', stderr: ''});
	});

	test('charts are drawn for rows with figures, in Unicode blocks or ASCII', async () => {
		// The figure as the data file gives it: FastAPI's throughput, and none for the others.
		const {value, unit} = bundledJson().sections[2].table.rows[0].cells.fastapi;
		const figure = `${value.toLocaleString('en-US')} ${unit}`.replace('/', '\\/');
		const unicode = await runInProcess(['-s', 'performance', '-w', '60']);
		expect(unicode.stdout).toMatch(
			new RegExp(
				`^Throughput \\(${unit.replace('/', '\\/')}\\)\\nFastAPI +█+ ${figure}\\nLitestar +no figure in the source\\nDjango Ninja +no figure in the source$`,
				'm',
			),
		);
		const ascii = await runInProcess(['-s', 'performance', '-w', '60', '--ascii']);
		expect(ascii.stdout).toMatch(new RegExp(`^FastAPI +#+ ${figure}$`, 'm'));
		// Every line drawing of ours is ASCII (the data's own text may not be).
		expect(ascii.stdout).not.toMatch(/[│─┼█▏▎▍▌▋▊▉•▶‹›]/);
	});
});

describe('--evidence through a pipe', () => {
	const ids = comparison.subjects.map((subject) => subject.id);

	test('prints the legend, each subject with its counts and bar, and the matrix, fitting the width', async () => {
		const run = await runInProcess(['--evidence']);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.bytes.includes(0x1b)).toBe(false);
		const lines = run.stdout.split('\n');
		expect(lines.slice(0, 2)).toEqual(['Evidence', '────────']);
		expect(lines).toContain('Litestar      ● 0   ○ 14  · 13  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   0%');
		expect(lines).toContain('  Throughput                                     ● [1]    ·         ● [1]');
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
		const narrow = await runInProcess(['--evidence', '-w', '30', '--ascii']);
		for (const line of narrow.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
		expect(narrow.stdout).toContain('\nLitestar\n  Summary\n    o Standing\n    . Concurrency model\n');
	});

	test('--format json: the shape of the issue, with the counts of the cells, counted apart', async () => {
		const run = await runInProcess(['--evidence', '--format', 'json']);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as {
			subjects: {id: string; name: string; cited: number; uncited: number; notStated: number}[];
			rows: {section: string; criterion: string; cells: Record<string, string>}[];
		};
		expect(Object.keys(json)).toEqual(['subjects', 'rows']);
		const counts = countKinds(bundledJson() as never, ids);
		expect(json.subjects).toEqual(
			comparison.subjects.map((subject) => ({id: subject.id, name: subject.name, ...counts[subject.id]})),
		);
		const rows = bundledJson().sections.flatMap((section: any) => section.table.rows.map(() => section.id));
		expect(json.rows.map((row) => row.section)).toEqual(rows);
		for (const row of json.rows) expect(Object.keys(row.cells)).toEqual(ids);
	});

	test('--format json follows --only, --section and -d; one subject is fine here', async () => {
		const run = await runInProcess(['--evidence', '-f', 'json', '-s', 'performance', '--only', 'litestar']);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout);
		expect(json.subjects).toEqual([{id: 'litestar', name: 'Litestar', cited: 0, uncited: 1, notStated: 3}]);
		expect(json.rows.map((row: {criterion: string}) => row.criterion)).toEqual([
			'Throughput',
			'Against synchronous frameworks',
			'Benchmark evidence',
			'2025 MLflow vulnerability',
		]);
		const differences = JSON.parse((await runInProcess(['--evidence', '-f', 'json', '-s', 'cost', '-d'])).stdout);
		expect(differences.rows.map((row: {criterion: string}) => row.criterion)).toEqual([
			'Infrastructure cost saved',
			'Development cost saved',
		]);
	});

	test('--format markdown: GFM tables that parse, the matrix in words', async () => {
		const run = await runInProcess(['--evidence', '--format', 'markdown', '--only', 'fastapi,litestar']);
		expect(run.code).toBe(0);
		const tables = Lexer.lex(run.stdout, {gfm: true}).filter((token): token is Tokens.Table => token.type === 'table');
		expect(tables).toHaveLength(2);
		expect(tables[0]?.rows.map((row) => row[0]?.text)).toEqual(['FastAPI', 'Litestar']);
		expect(tables[1]?.header.map((cell) => cell.text)).toEqual(['Section', 'Criterion', 'FastAPI', 'Litestar']);
		expect(tables[1]?.rows[0]?.map((cell) => cell.text)).toEqual(['Summary', 'Standing', 'cited [3]', 'uncited']);
	});

	test('--search finds rows by criterion and by what backs them', async () => {
		const run = await runInProcess(['--evidence', '--search', 'litestar cited']);
		expect(run).toMatchObject({code: 1, stdout: ''});
		const silent = await runInProcess(['--evidence', '--search', 'Throughput']);
		expect(silent.stdout).toBe(
			'Evidence › Performance: Throughput: FastAPI cited [1]; Litestar not stated; Django Ninja cited [1]\n',
		);
	});

	test('a file that says "not stated" in words reads as the one that says null', async () => {
		const words = edited((data) => {
			for (const section of data.sections)
				for (const row of section.table.rows)
					for (const [id, cell] of Object.entries(row.cells))
						if (cell === null)
							row.cells[id] = id === 'litestar' ? 'Not stated in the source.' : 'NOT STATED IN THE SOURCE';
		});
		const [fromWords, fromNull] = await Promise.all([
			runInProcess(['--evidence', '-f', 'json', '-'], {input: words}),
			runInProcess(['--evidence', '-f', 'json']),
		]);
		expect(fromWords.stdout).toBe(fromNull.stdout);
		// Written back, the words become null: the export says "not stated" one way.
		const exported = await runInProcess(['-f', 'json', '-'], {input: words});
		expect(JSON.parse(exported.stdout)).toEqual(JSON.parse((await runInProcess(['-f', 'json'])).stdout));
	});

	test('generated comparisons from stdin: the counts of the JSON are those of their cells', async () => {
		const cases = fc.sample(generated, {numRuns: 8, seed: 15});
		for (const data of cases) {
			const run = await runInProcess(['--evidence', '-f', 'json', '-'], {input: JSON.stringify(data)});
			expect(run.code, run.stderr).toBe(0);
			const json = JSON.parse(run.stdout) as {
				subjects: {id: string; cited: number; uncited: number; notStated: number}[];
			};
			const loaded = JSON.parse((await runInProcess(['-f', 'json', '-'], {input: JSON.stringify(data)})).stdout);
			const counts = countKinds(
				loaded,
				data.subjects.map((subject) => subject.id),
			);
			for (const {id, cited, uncited, notStated} of json.subjects)
				expect({cited, uncited, notStated}).toEqual(counts[id]);
		}
	});
});

describe('cells that hold markdown', () => {
	const withMarkdown = edited((data) => {
		data.sections[2].table.rows[0].criterion = 'Throughput, **measured**';
		data.sections[2].table.rows[0].cells.litestar = 'Uses **bold** and `code` and [a link](https://example.com/x)';
	});

	test('text output renders them (no markdown syntax), a second run reads them from the cache alike', async () => {
		const path = file('inline.json', withMarkdown);
		for (let run = 0; run < 2; run++) {
			const printed = await runInProcess([path, '-s', 'performance', '-w', '200']);
			expect(printed.code).toBe(0);
			const row = printed.stdout.split('\n').find((line) => line.startsWith('Throughput'));
			// The link shows its text, numbered; its address is listed under the table.
			expect(row).toMatch(/^Throughput, measured +│ 1,200 .* │ Uses bold and code and a link¹ +│/);
			expect(printed.stdout).toMatch(/\n¹ https:\/\/example\.com\/x\n/);
			expect(printed.stdout).not.toMatch(/\*\*|`/);
		}
	});

	test('--format markdown keeps the markdown; --format json keeps the source text', async () => {
		const markdown = await runInProcess(['-', '-f', 'markdown', '-s', 'performance'], {input: withMarkdown});
		const table = Lexer.lex(markdown.stdout, {gfm: true}).find(
			(token): token is Tokens.Table => token.type === 'table',
		);
		expect(table?.rows[0]?.[0]?.text).toBe('Throughput, **measured**');
		expect(table?.rows[0]?.[2]?.text).toBe('Uses **bold** and `code` and [a link](https://example.com/x)');
		const json = JSON.parse((await runInProcess(['-', '-f', 'json'], {input: withMarkdown})).stdout);
		expect(json.sections[2].table.rows[0].cells.litestar).toBe(
			'Uses **bold** and `code` and [a link](https://example.com/x)',
		);
	});

	test('--search finds the rendered text and prints it without markdown', async () => {
		const run = await runInProcess(['-', '--search', 'bold and code'], {input: withMarkdown});
		expect(run.stdout).toBe('Performance › Litestar: Throughput, measured: Uses bold and code and a link\n');
	});
});
