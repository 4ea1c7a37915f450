// Printed output kept (print-cache.ts): the same command, from unchanged files, into a pipe, is
// answered from the cache; anything that could make the output differ makes it run again.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {cleanEnv, cli, root, runCli as runTradeoff} from '../test-support/run-cli.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';
import {type Input, racy} from './print-cache.js';

// The tests' environment keeps no print (run-cli.ts): these turn it on.
const on = {TRADEOFF_PRINT_CACHE: undefined};
const runCli = (args: readonly string[], options: Parameters<typeof runTradeoff>[1] = {}) =>
	runTradeoff(args, {...options, env: {...on, ...options.env}});

const fresh = () => mkdtempSync(join(tmpdir(), 'tradeoff-print-'));
const kept = (directory: string) => readdirSync(directory).filter((name) => /^print-[0-9a-f]{16}\.txt$/.test(name));

/**
 * Rewrites the output of the print kept last in a directory (its header says how long it is), so
 * that a run answered from the cache says so by printing the rewritten text.
 */
function rewriteKept(directory: string, text: string): void {
	const [name] = kept(directory).sort(
		(a, b) => statSync(join(directory, b)).mtimeMs - statSync(join(directory, a)).mtimeMs,
	);
	const path = join(directory, name ?? '');
	const bytes = readFileSync(path);
	const end = bytes.indexOf(10);
	const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as {bytes: number};
	const body = Buffer.from(text, 'utf8');
	writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify({...header, bytes: body.length})}\n`), body]));
}

const markdown = (title: string) =>
	`# ${title}\n\n| | A | B |\n|---|---|---|\n| Speed | fast ✅ | slow ❌ |\n| Notes | [docs](https://example.com/a) | plain |\n`;

function document(directory: string, title = 'Kept or not'): string {
	const file = join(directory, 'doc.md');
	writeFileSync(file, markdown(title));
	return file;
}

describe('a print kept for the next run of the same command', () => {
	test('the second run writes the same bytes and status, from the cache, without laying out again', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli(['--plain', '--width', '70'], {env});
		expect(first.code).toBe(0);
		expect(kept(directory)).toHaveLength(1);
		const second = await runCli(['--plain', '--width', '70'], {env});
		expect(second.code).toBe(0);
		expect(second.bytes.equals(first.bytes)).toBe(true);
		// What the cache holds is what is written: rewritten, it is what the next run prints.
		rewriteKept(directory, 'from the cache\n');
		expect((await runCli(['--plain', '--width', '70'], {env})).stdout).toBe('from the cache\n');
	});

	test('a file changed since is read again', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const file = document(directory, 'Before the change');
		const before = await runCli(['--plain', file], {env});
		expect(before.stdout).toContain('Before the change');
		writeFileSync(file, markdown('After the change'));
		const after = await runCli(['--plain', file], {env});
		expect(after.stdout).toContain('After the change');
		// Even with the same size and its old modification time put back: it changed.
		const {atime, mtime} = statSync(file);
		writeFileSync(file, markdown('Behind the change'));
		utimesSync(file, atime, mtime);
		expect(statSync(file).mtime.getTime()).toBe(mtime.getTime());
		expect((await runCli(['--plain', file], {env})).stdout).toContain('Behind the change');
	});

	test('other arguments, another environment or another working directory run afresh', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const rewritten = async () => {
			await runCli(['--plain'], {env});
			rewriteKept(directory, 'from the cache\n');
			expect((await runCli(['--plain'], {env})).stdout).toBe('from the cache\n');
		};
		// The shell's own per-command variables are not part of it.
		await rewritten();
		expect((await runCli(['--plain'], {env: {...env, _: '/somewhere/else', OLDPWD: '/'}})).stdout).toBe(
			'from the cache\n',
		);
		// Anything else is, each time.
		for (const [args, options] of [
			[['--plain', '--width', '60'], {env}],
			[['--plain'], {env: {...env, COLUMNS: '100'}}],
			[['--plain'], {env: {...env, NO_COLOR: '1'}}],
			[['--plain'], {env, cwd: directory}],
		] as const) {
			await rewritten();
			expect((await runCli(args, options)).stdout, JSON.stringify([args, options])).toContain('FastAPI vs Litestar');
		}
	});

	test('a search without a hit keeps its status 1', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli(['--search', 'no such words at all'], {env});
		expect(first.code).toBe(1);
		expect(kept(directory)).toHaveLength(1);
		const second = await runCli(['--search', 'no such words at all'], {env});
		expect([second.code, second.stdout]).toEqual([1, first.stdout]);
	});

	test('what stdin, a folder, a URL or the decision gives is never kept, nor a failed run', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory, XDG_DATA_HOME: directory};
		const file = document(directory);
		expect((await runCli(['--plain', '-'], {env, input: markdown('From stdin')})).code).toBe(0);
		expect((await runCli(['--verdict'], {env})).code).toBe(0);
		expect((await runCli(['--plain', directory], {env})).code).toBe(0);
		expect((await runCli(['--plain', 'http://127.0.0.1:9/nothing.md', '--timeout', '1'], {env})).code).not.toBe(0);
		expect((await runCli(['--plain', '--bogus'], {env})).code).toBe(2);
		expect(kept(directory)).toEqual([]);
		expect((await runCli(['--plain', file], {env})).code).toBe(0);
		expect(kept(directory)).toHaveLength(1);
	});

	test('TRADEOFF_CACHE=0 or TRADEOFF_PRINT_CACHE=0 keep nothing', async () => {
		const directory = fresh();
		await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory, TRADEOFF_PRINT_CACHE: '0'}});
		await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory, TRADEOFF_CACHE: '0'}});
		expect(kept(directory)).toEqual([]);
	});

	test('a damaged or foreign entry is passed over: the run prints its own output', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli(['--plain'], {env});
		const [name] = kept(directory);
		const path = join(directory, name ?? '');
		const whole = readFileSync(path);
		for (const damaged of [
			whole.subarray(0, whole.length - 10),
			Buffer.from('not a header\nsome text\n'),
			Buffer.concat([
				Buffer.from('{"check":"0000000000000000","status":0,"inputs":[],"bytes":5}\n'),
				Buffer.from('hello'),
			]),
			Buffer.alloc(0),
		]) {
			writeFileSync(path, damaged);
			const run = await runCli(['--plain'], {env});
			expect(run.code).toBe(0);
			expect(run.bytes.equals(first.bytes)).toBe(true);
		}
	});

	test('a reader that leaves early ends a replay quietly, as it ends a run', async () => {
		const directory = fresh();
		// Output well past a pipe's 64 KiB, so that the replay is still writing when head leaves.
		const file = join(directory, 'long.md');
		const rows = Array.from({length: 6000}, (_, index) => `| row ${index} | ${'x'.repeat(40)} | ${index} |`);
		writeFileSync(file, `# Long\n\n| | A | B |\n|---|---|---|\n${rows.join('\n')}\n`);
		await runCli(['--plain', file], {env: {TRADEOFF_CACHE_DIR: directory}});
		const [name] = kept(directory);
		expect(readFileSync(join(directory, name ?? '')).length).toBeGreaterThan(256 * 1024);
		const piped = spawnSync(
			'bash',
			['-c', `"${process.execPath}" "${cli}" --plain "${file}" | head -n 1; echo "\${PIPESTATUS[0]}"`],
			{
				cwd: root,
				env: cleanEnv({...on, TRADEOFF_CACHE_DIR: directory}),
				encoding: 'utf8',
			},
		);
		expect(piped.stdout).toBe('Long\n0\n');
		expect(piped.stderr).toBe('');
	});
});

describe.skipIf(!existsSync(sharedFixtures))('a kept print is the print, on every shared document', () => {
	test('printed, as Markdown, and side by side at 60 columns: replayed byte for byte as laid out', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const files = readdirSync(sharedFixtures).filter((name) => /\.mdx?$/.test(name));
		expect(files.length).toBeGreaterThan(10);
		for (const name of files) {
			for (const args of [['--plain'], ['--format', 'markdown'], ['--width', '60', '--color', 'always']]) {
				const command = [...args, join(sharedFixtures, name)];
				const laidOut = await runCli(command, {env: {...env, TRADEOFF_PRINT_CACHE: '0'}});
				const first = await runCli(command, {env});
				const replayed = await runCli(command, {env});
				expect(first.bytes.equals(laidOut.bytes), `${name} ${args.join(' ')}`).toBe(true);
				expect(replayed.bytes.equals(laidOut.bytes), `${name} ${args.join(' ')}`).toBe(true);
				expect(replayed.code).toBe(laidOut.code);
			}
		}
		// Every one of them was kept (at most 16 stay).
		expect(kept(directory)).toHaveLength(16);
	}, 240_000);
});

describe('a kept print is never a reason to fail', () => {
	test('a path that cannot be looked at is the usual one-line error, kept prints on or off', async () => {
		const directory = fresh();
		for (const env of [{TRADEOFF_CACHE_DIR: directory}, {TRADEOFF_CACHE_DIR: directory, TRADEOFF_PRINT_CACHE: '0'}]) {
			for (const path of ['/etc/passwd/x.json', `${'n'.repeat(300)}.json`]) {
				const run = await runCli(['--plain', path], {env});
				expect(run.code, path).toBe(2);
				expect(run.stderr.split('\n')).toHaveLength(2);
				expect(run.stderr).toMatch(/^tradeoff: /);
				expect(run.stderr).not.toContain('unexpected');
			}
		}
	});

	test('an entry whose header is JSON but no header is passed over', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli(['--plain'], {env});
		const [name] = kept(directory);
		for (const header of ['null', '42', '"text"', '[]', '{}']) {
			writeFileSync(join(directory, name ?? ''), `${header}\nfrom the cache\n`);
			const run = await runCli(['--plain'], {env});
			expect([run.code, run.stderr], header).toEqual([0, '']);
			expect(run.bytes.equals(first.bytes), header).toBe(true);
		}
	});

	test('a replay that cannot write all of it says so as a run does, with status 1', () => {
		const directory = fresh();
		const out = join(directory, 'out.txt');
		// At most one block of 1 KiB may be written to a file: the rest fails (EFBIG).
		const limited = (extra: Record<string, string>) =>
			spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 1; "${process.execPath}" "${cli}" --plain > "${out}"`], {
				cwd: root,
				env: cleanEnv({...on, TRADEOFF_CACHE_DIR: directory, ...extra}),
				encoding: 'utf8',
			});
		expect(
			spawnSync(process.execPath, [cli, '--plain'], {env: cleanEnv({...on, TRADEOFF_CACHE_DIR: directory})}).status,
		).toBe(0);
		expect(kept(directory)).toHaveLength(1);
		const run = limited({TRADEOFF_PRINT_CACHE: '0'});
		const replay = limited({});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^tradeoff: cannot write output: /);
		expect([replay.status, replay.stderr]).toEqual([run.status, run.stderr]);
	});

	test("a kept print is the user's alone", async () => {
		const directory = fresh();
		await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory}});
		const [name] = kept(directory);
		expect(statSync(join(directory, name ?? '')).mode & 0o777).toBe(0o600);
	});

	test('a file on a file system that keeps whole seconds is not kept while its times are that recent', () => {
		const input = (mtimeMs: number, ctimeMs: number): Input => ['/x', 1, mtimeMs, ctimeMs, 1, 1];
		const now = 1_700_000_010_000;
		expect(racy(input(1_700_000_009_000, 1_700_000_009_000), now)).toBe(true);
		expect(racy(input(1_700_000_000_000, 1_700_000_007_000), now)).toBe(false);
		// Times with fractions of a second come from a file system that tells a change apart.
		expect(racy(input(1_700_000_009_123.456, 1_700_000_009_123.456), now)).toBe(false);
	});

	test('a working directory removed under the shell: the run goes on (Node cannot say where it is)', async () => {
		const directory = fresh();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const gone = mkdtempSync(join(tmpdir(), 'tradeoff-gone-'));
		// The shell's directory removed: Node cannot say where it is; the bundled comparison needs no path.
		const run = spawnSync('sh', ['-c', `cd "${gone}" && rmdir "${gone}" && "${process.execPath}" "${cli}" --plain`], {
			env: cleanEnv({...on, ...env}),
			encoding: 'utf8',
		});
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('FastAPI vs Litestar vs Django Ninja for ML APIs');
	});
});
