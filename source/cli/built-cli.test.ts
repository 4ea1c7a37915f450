// The built CLI (build/cli.cjs) in each mode, in a process of its own: what the in-process tests
// cannot show, that the bundle carries what the build gives it (the version, the help) and that
// the bin turns run's status into the process's exit code. Printing, a Markdown document, the JSON
// export and the browser are proven on every Node line in node-lines.test.ts; the lazy files in
// lazy.test.ts; a URL in url.test.ts; --verdict in verdict.test.ts.
import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Lexer, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {bundledFile, root, runCli} from '../test-support/run-cli.js';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};

describe('the built CLI', () => {
	test('--help is the pinned help, --version the package’s version', async () => {
		const help = await runCli(['--help']);
		expect(help).toMatchObject({code: 0, stderr: ''});
		expect(help.stdout).toBe(readFileSync(join(root, 'source', 'cli', 'testdata', 'help.txt'), 'utf8'));
		expect(await runCli(['--version'])).toMatchObject({code: 0, stdout: `${manifest.version}\n`});
	});

	test('a usage error and a data error: one line each, exit 2', async () => {
		expect(await runCli(['--frobnicate'])).toMatchObject({
			code: 2,
			stdout: '',
			stderr: "tradeoff: unknown option --frobnicate\nTry 'tradeoff --help' for more information.\n",
		});
		expect(await runCli(['missing.json'])).toMatchObject({
			code: 2,
			stdout: '',
			stderr: 'tradeoff: missing.json: no such file\n',
		});
	});

	test('--search exits 0 with hits and 1 without, as grep does', async () => {
		const hits = await runCli(['--search', 'benchmark']);
		expect(hits.code).toBe(0);
		expect(hits.stdout).toContain('Performance › Litestar: Benchmark evidence: Not enough public benchmarks\n');
		expect(await runCli(['--search', 'zzz-nothing'])).toMatchObject({code: 1, stdout: '', stderr: ''});
	});

	test('--evidence prints the legend and the matrix', async () => {
		const run = await runCli(['--evidence']);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout.split('\n').slice(0, 2)).toEqual(['Evidence', '────────']);
	});

	test('--format markdown writes GFM tables', async () => {
		const run = await runCli(['--format', 'markdown', '-s', 'cost']);
		expect(run.code).toBe(0);
		const tables = Lexer.lex(run.stdout, {gfm: true}).filter((token): token is Tokens.Table => token.type === 'table');
		expect(tables).toHaveLength(1);
	});

	test('a folder prints its list', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'tradeoff-built-list-'));
		copyFileSync(bundledFile, join(folder, 'frameworks.json'));
		const run = await runCli([folder]);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout).toBe(
			`${join(folder, 'frameworks.json')}\tFastAPI vs Litestar vs Django Ninja for ML APIs\tFastAPI, Litestar, Django Ninja\n`,
		);
	});
});
