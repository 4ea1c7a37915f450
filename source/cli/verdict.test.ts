// --verdict: the decision kept for a comparison, printed as text, JSON and a Markdown decision
// record; what happens with no decision, a file that cannot be read, a document without subjects.
// Every run gets an XDG_DATA_HOME of its own. In-process, but for paths relative to the working
// directory, which the built CLI resolves in a process of its own.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {type Decision, emptyDecision, withNote, withScore, withWeight} from '../model/decision.js';
import {decisionText} from '../model/decision-file.js';
import {bundledPlace, decisionFileFor, decisionsFolder, placeOf} from '../store/decision-store.js';
import {bundledComparison} from '../test-support/fixtures.js';
import {bundledFile, runCli} from '../test-support/run-cli.js';
import {runInProcess} from '../test-support/run-in-process.js';

const comparison = bundledComparison();
const throughput = {section: 'performance', criterion: 'Throughput', occurrence: 1};
const standing = {section: 'summary', criterion: 'Standing', occurrence: 1};

/** A data folder of its own, and the environment that points tradeoff at it. */
function dataHome(): {env: Record<string, string>; folder: string} {
	const folder = mkdtempSync(join(tmpdir(), 'tradeoff-data-'));
	return {env: {XDG_DATA_HOME: folder}, folder};
}

/** Writes a decision where tradeoff keeps the one for a place, and gives its path. */
function keep(folder: string, place: string, decision: Decision): string {
	const path = decisionFileFor(place, decisionsFolder({XDG_DATA_HOME: folder}));
	mkdirSync(join(path, '..'), {recursive: true});
	writeFileSync(
		path,
		decisionText(decision, {title: comparison.title, source: place, updated: '2026-12-06T10:00:00.000Z'}),
	);
	return path;
}

function decided(): Decision {
	let decision = withScore(emptyDecision, throughput, 'fastapi', 5);
	decision = withScore(decision, throughput, 'django-ninja', 2);
	decision = withWeight(decision, throughput, 3);
	decision = withNote(decision, throughput, 'litestar', 'about 3k req/s in our load test');
	decision = withScore(decision, standing, 'litestar', 4);
	return decision;
}

describe('--verdict', () => {
	test('no decision yet: says so, exit 0; JSON and Markdown say it their way', async () => {
		const {env} = dataHome();
		const text = await runInProcess(['--verdict'], {env});
		expect(text.code).toBe(0);
		expect(text.stderr).toBe('');
		expect(text.stdout).toBe(
			'No decision yet on FastAPI vs Litestar vs Django Ninja for ML APIs: open it in tradeoff and press D to weigh the criteria, score each subject and note what the source leaves out.\n',
		);
		const json = await runInProcess(['--verdict', '--format', 'json'], {env});
		expect(json.code).toBe(0);
		const data = JSON.parse(json.stdout);
		expect(data.subjects).toEqual([
			{id: 'fastapi', name: 'FastAPI', score: null, coverage: 0, rank: null},
			{id: 'litestar', name: 'Litestar', score: null, coverage: 0, rank: null},
			{id: 'django-ninja', name: 'Django Ninja', score: null, coverage: 0, rank: null},
		]);
		expect(data.rows).toHaveLength(27);
		const markdown = await runInProcess(['--verdict', '--format', 'markdown'], {env});
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('No cell is scored yet: there is no result.');
		expect(markdown.stdout).toContain('| Decided | not yet |');
	});

	test('the decision kept for the bundled comparison, as text: the verdict, the matrix, the notes', async () => {
		const {env, folder} = dataHome();
		keep(folder, bundledPlace, decided());
		const run = await runInProcess(['--verdict', '--width', '100'], {env});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const lines = run.stdout.split('\n');
		expect(lines.slice(0, 5)).toEqual([
			'Verdict   score: weight × score over the rows scored · coverage: the weight scored',
			// 27 rows, Throughput weighing 3: 29 in all; FastAPI's 3 of them are 10.3%.
			' 1  FastAPI         100%      ████████████████████████  coverage 10.3%',
			' 2  Litestar         80%      ███████████████████░░░░░  coverage 3.4%',
			' 3  Django Ninja     40%      ██████████░░░░░░░░░░░░░░  coverage 10.3%',
			'FastAPI leads at 100%, 20 points ahead of Litestar (80%).',
		]);
		expect(lines.find((line) => line.startsWith('  Throughput'))).toMatch(
			/ ███░░ +5 1,200 concurrent.* - ✎ about 3k req\/s.* 2 Not stated/,
		);
		expect(run.stdout).toContain(
			'  Performance › Throughput › Litestar (the source is silent): ✎ about 3k req/s in our load test',
		);
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
	});

	test('as JSON, in the shape the issue gives: subjects with score, coverage and rank; rows with weight and cells', async () => {
		const {env, folder} = dataHome();
		keep(folder, bundledPlace, decided());
		const run = await runInProcess(['--verdict', '-f', 'json'], {env});
		expect(run.code).toBe(0);
		const data = JSON.parse(run.stdout);
		expect(Object.keys(data)).toEqual(['subjects', 'rows']);
		expect(data.subjects).toEqual([
			{id: 'fastapi', name: 'FastAPI', score: 100, coverage: 10.3, rank: 1},
			{id: 'litestar', name: 'Litestar', score: 80, coverage: 3.4, rank: 2},
			{id: 'django-ninja', name: 'Django Ninja', score: 40, coverage: 10.3, rank: 3},
		]);
		const row = data.rows.find((entry: {criterion: string}) => entry.criterion === 'Throughput');
		expect(row).toEqual({
			section: 'performance',
			criterion: 'Throughput',
			weight: 3,
			cells: {
				fastapi: {score: 5, note: null},
				litestar: {score: null, note: 'about 3k req/s in our load test'},
				'django-ninja': {score: 2, note: null},
			},
		});
	});

	test('follows --only, --section and -d', async () => {
		const {env, folder} = dataHome();
		keep(folder, bundledPlace, decided());
		const only = JSON.parse(
			(await runInProcess(['--verdict', '-f', 'json', '--only', 'litestar,django-ninja'], {env})).stdout,
		);
		expect(only.subjects.map((subject: {id: string; rank: number}) => [subject.id, subject.rank])).toEqual([
			['litestar', 1],
			['django-ninja', 2],
		]);
		expect(Object.keys(only.rows[0].cells)).toEqual(['litestar', 'django-ninja']);
		const section = JSON.parse(
			(await runInProcess(['--verdict', '-f', 'json', '--section', 'performance'], {env})).stdout,
		);
		expect(section.rows.map((row: {criterion: string}) => row.criterion)).toEqual([
			'Throughput',
			'Against synchronous frameworks',
			'Benchmark evidence',
			'2025 MLflow vulnerability',
		]);
		// Standing is in another section: Litestar is not scored here.
		expect(section.subjects[1]).toEqual({id: 'litestar', name: 'Litestar', score: null, coverage: 0, rank: null});
		const differences = JSON.parse((await runInProcess(['--verdict', '-f', 'json', '-d'], {env})).stdout);
		expect(differences.rows.map((row: {criterion: string}) => row.criterion)).not.toContain('Licence');
		expect(differences.rows.length).toBeLessThan(27);
		const text = (await runInProcess(['--verdict', '--only', 'fastapi', '--section', 'performance'], {env})).stdout;
		expect(text).not.toContain('Litestar');
		expect(text).not.toContain('Summary');
	});

	test('as Markdown: a decision record that parses, with the result, the weights and what the reader filled in', async () => {
		const {env, folder} = dataHome();
		keep(folder, bundledPlace, decided());
		const run = await runInProcess(['--verdict', '--format', 'markdown'], {env});
		expect(run.code).toBe(0);
		const tokens = Lexer.lex(run.stdout, {gfm: true});
		const headings = tokens
			.filter((token): token is Tokens.Heading => token.type === 'heading')
			.map((token) => token.text);
		expect(headings).toEqual([
			'Decision record: FastAPI vs Litestar vs Django Ninja for ML APIs',
			'Options',
			'Result',
			'Criteria and weights',
			'Scores and notes',
			'Filled in where the source was silent',
		]);
		expect(run.stdout).toContain('| Read from | the comparison bundled with tradeoff |');
		expect(run.stdout).toContain('| Decided | 2026-12-06T10:00:00.000Z |');
		expect(run.stdout).toMatch(/\| Recorded \| \d{4}-\d\d-\d\d, by tradeoff --verdict --format markdown \|/);
		expect(run.stdout).toContain('Margin: 20 points.');
		expect(run.stdout).toContain('- Performance › Throughput › Litestar: ✎ about 3k req/s in our load test');
	});

	test('a comparison file’s decision is found by its path, however it is reached', async () => {
		const {env, folder} = dataHome();
		const dir = mkdtempSync(join(tmpdir(), 'tradeoff-comparison-'));
		const file = join(dir, 'compare.json');
		writeFileSync(file, readFileSync(bundledFile));
		keep(folder, placeOf(file, {isUrl: false}), withScore(emptyDecision, standing, 'fastapi', 3));
		for (const [name, cwd] of [
			[file, undefined],
			['compare.json', dir],
			['./sub/../compare.json', dir],
		] as const) {
			if (cwd) mkdirSync(join(dir, 'sub'), {recursive: true});
			// Spawned: a relative path is resolved against the process's working directory.
			const run = await runCli(['--verdict', '-f', 'json', name], {env, ...(cwd ? {cwd} : {})});
			expect(JSON.parse(run.stdout).subjects[0], name).toMatchObject({id: 'fastapi', score: 60});
		}
		// The bundled comparison's own decision is another.
		expect(JSON.parse((await runInProcess(['--verdict', '-f', 'json'], {env})).stdout).subjects[0].score).toBeNull();
	});

	test('a comparison piped in finds its decision by what it held, through the built CLI too', async () => {
		const {env, folder} = dataHome();
		const bytes = readFileSync(bundledFile);
		keep(folder, placeOf('-', {isUrl: false, stdin: bytes}), withScore(emptyDecision, standing, 'fastapi', 3));
		// Spawned: the bundle's lazy file of the decision hashes the bytes with node:crypto, loaded there on demand.
		const run = await runCli(['--verdict', '-f', 'json', '-'], {env, input: bytes});
		expect(run.stderr).toBe('');
		expect(JSON.parse(run.stdout).subjects[0]).toMatchObject({id: 'fastapi', score: 60});
		const other = await runCli(['--verdict', '-f', 'json', '-'], {
			env,
			input: Buffer.concat([bytes, Buffer.from('\n')]),
		});
		expect(JSON.parse(other.stdout).subjects[0].score).toBeNull();
	});

	test('--decision-file uses the file named; the source document is never modified', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tradeoff-team-'));
		const team = join(dir, 'DECISION.json');
		writeFileSync(team, decisionText(decided(), {title: 'x', source: 'y', updated: '2026-01-01T00:00:00.000Z'}));
		const before = readFileSync(bundledFile);
		const run = await runInProcess(['--verdict', '-f', 'json', '--decision-file', team, bundledFile]);
		expect(JSON.parse(run.stdout).subjects[0]).toMatchObject({id: 'fastapi', score: 100});
		expect(readFileSync(bundledFile).equals(before)).toBe(true);
		expect(readdirSync(dir)).toEqual(['DECISION.json']);
	});

	test.each([
		[
			'damaged',
			'{"format": "tradeoff-decision", "version": 1, "rows": [{"sect',
			'it is not JSON (damaged, or not a decision file)',
		],
		[
			'from a newer tradeoff',
			'{"format": "tradeoff-decision", "version": 2, "rows": []}',
			'it was written by a newer tradeoff (format version 2; this one reads 1)',
		],
	])('a decision file %s: moved aside, the reader told, exit 0, a fresh decision', async (_, content, reason) => {
		const {env, folder} = dataHome();
		const path = decisionFileFor(bundledPlace, decisionsFolder({XDG_DATA_HOME: folder}));
		mkdirSync(join(path, '..'), {recursive: true});
		writeFileSync(path, content);
		const run = await runInProcess(['--verdict'], {env});
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^No decision yet on /);
		const aside = readdirSync(join(path, '..')).filter((entry) => entry.includes('.unreadable-'));
		expect(aside).toHaveLength(1);
		expect(aside[0]).toMatch(/^[0-9a-f]{32}\.json\.unreadable-\d{8}T\d{6}Z$/);
		expect(readFileSync(join(path, '..', aside[0] as string), 'utf8')).toBe(content);
		expect(existsSync(path)).toBe(false);
		expect(run.stderr).toBe(
			`tradeoff: the decision file ${path} could not be read (${reason}); it was moved aside to ${aside[0]} and a new decision begins\n`,
		);
	});

	test('rows no longer in the comparison are kept and listed', async () => {
		const {env, folder} = dataHome();
		keep(
			folder,
			bundledPlace,
			withScore(emptyDecision, {section: 'performance', criterion: 'Latency', occurrence: 1}, 'fastapi', 2),
		);
		const text = await runInProcess(['--verdict'], {env});
		expect(text.stdout).toContain(
			'No longer in the comparison (kept in the decision)\n  performance › Latency · weight 1 · FastAPI 2\n',
		);
		const json = JSON.parse((await runInProcess(['--verdict', '-f', 'json'], {env})).stdout);
		expect(json.noLongerInComparison).toEqual([
			{section: 'performance', criterion: 'Latency', weight: 1, cells: {fastapi: {score: 2, note: null}}},
		]);
		// Not counted: FastAPI is not scored.
		expect(json.subjects[0].score).toBeNull();
	});

	test('a note with escape sequences in the file never reaches the terminal as one', async () => {
		const {env, folder} = dataHome();
		const path = decisionFileFor(bundledPlace, decisionsFolder({XDG_DATA_HOME: folder}));
		mkdirSync(join(path, '..'), {recursive: true});
		const hostile = {
			format: 'tradeoff-decision',
			version: 1,
			rows: [
				{
					section: 'performance',
					criterion: 'Throughput',
					cells: {litestar: {note: '\u001b]0;pwned\u0007\u001b[2Jsafe\u009b31m'}},
				},
			],
		};
		writeFileSync(path, JSON.stringify(hostile));
		for (const format of ['text', 'markdown', 'json']) {
			const run = await runInProcess(['--verdict', '-f', format, '--color', 'never'], {env});
			expect(run.code).toBe(0);
			expect(run.bytes.includes(0x1b), format).toBe(false);
			expect(run.stdout).not.toContain('\u009b');
			expect(run.stdout).toContain('safe');
		}
	});

	test('a document without subjects is a clear error, exit 2', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tradeoff-nosubjects-'));
		const file = join(dir, 'notes.md');
		writeFileSync(file, '# Notes\n\nJust prose, no table of subjects.\n');
		const run = await runInProcess(['--verdict', file]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			`tradeoff: ${file}: --verdict needs subjects to decide between, and this document names none (name them in its front matter, subjects: [A, B], or in the header of a table whose top-left cell is empty)\n`,
		);
	});

	test('picks within one comparison: not with a list, nor with --evidence or --search', async () => {
		const list = await runInProcess(['--verdict', bundledFile, bundledFile]);
		expect(list.code).toBe(2);
		expect(list.stderr).toContain('--verdict picks within one comparison; give one file, not a list of them');
		const file = await runInProcess(['--decision-file', '/tmp/x.json', bundledFile, bundledFile]);
		expect(file.stderr).toContain('--decision-file picks within one comparison');
		const evidence = await runInProcess(['--verdict', '--evidence']);
		expect(evidence.code).toBe(2);
		expect(evidence.stderr).toContain('--verdict prints the decision; it cannot be combined with --evidence');
		const search = await runInProcess(['--verdict', '--search', 'x']);
		expect(search.stderr).toContain('it cannot be combined with --search');
	});

	test('--help names the new flags', async () => {
		const run = await runInProcess(['--help']);
		expect(run.stdout).toContain('--verdict');
		expect(run.stdout).toContain('--decision-file <file>');
		expect(run.stdout).toContain('D decide');
	});
});
