// The V8 code cache of the browser (source/cli/load-browser.ts): written after a session, used by
// the next, and never a reason not to start: a damaged, foreign or unwritable cache falls back.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {Session} from '../test-support/pty.js';
import {cleanEnv, root} from '../test-support/run-cli.js';

let session: Session | undefined;
afterEach(() => session?.dispose());

/** Opens the browser, waits for its first frame, quits with q; returns the exit status. */
async function browse(env: Record<string, string>): Promise<number> {
	session = new Session([], {cols: 80, rows: 24, env});
	await session.waitFor('Summary 1/7');
	session.press('q');
	const exit = await session.waitForExit();
	session.dispose();
	session = undefined;
	return exit.exitCode;
}

// The browser's code caches (the CLI's own are named main-*, and tested below).
const caches = (directory: string) =>
	readdirSync(directory).filter((name) => name.startsWith('interactive-') && name.endsWith('.v8cache'));
const mainCaches = (directory: string) =>
	readdirSync(directory).filter((name) => name.startsWith('main-') && name.endsWith('.v8cache'));

describe('the code cache', () => {
	test('the first session writes it, the next uses it and leaves it alone', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		const [file] = caches(directory);
		expect(file).toMatch(/^interactive-v[0-9.]+-[0-9a-f]{16}\.v8cache$/);
		expect(readFileSync(join(directory, file ?? '')).length).toBeGreaterThan(100_000);
		const first = statSync(join(directory, file ?? '')).ino;
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		// Not written again (a rewrite is a new file): V8 took it.
		expect(statSync(join(directory, file ?? '')).ino).toBe(first);
	});

	test("a list of comparisons keeps a cache of its own: a comparison after it does not take the list's", async () => {
		// A cache once taken is not written again: one shared with the list would leave every
		// comparison to compile what the list never drew.
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const folder = mkdtempSync(join(tmpdir(), 'tradeoff-list-'));
		cpSync(join(root, 'data', 'fastapi-litestar-django-ninja.json'), join(folder, 'a.json'));
		cpSync(join(root, 'data', 'fastapi-litestar-django-ninja.json'), join(folder, 'b.json'));
		session = new Session([folder], {cols: 80, rows: 24, env: {TRADEOFF_CACHE_DIR: directory}});
		await session.waitFor('FastAPI vs Litestar');
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
		session.dispose();
		expect(caches(directory)).toEqual([expect.stringMatching(/^interactive-list-v[0-9.]+-[0-9a-f]{16}\.v8cache$/)]);
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		expect(caches(directory).sort()).toEqual([
			expect.stringMatching(/^interactive-list-v/),
			expect.stringMatching(/^interactive-v[0-9.]+-[0-9a-f]{16}\.v8cache$/),
		]);
	});

	test('a damaged cache is rejected: the browser starts anyway and writes a good one', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		const [file] = caches(directory);
		const path = join(directory, file ?? '');
		const garbage = Buffer.alloc(4096, 0x5a);
		writeFileSync(path, garbage);
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		expect(readFileSync(path).length).toBeGreaterThan(100_000);
	});

	test("another build's cache is never used and is cleared away", async () => {
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const foreign = join(directory, `interactive-${process.version}-0000000000000000.v8cache`);
		writeFileSync(foreign, Buffer.alloc(1024, 1));
		expect(await browse({TRADEOFF_CACHE_DIR: directory})).toBe(0);
		expect(existsSync(foreign)).toBe(false);
		expect(caches(directory)).toHaveLength(1);
	});

	test('TRADEOFF_CACHE=0 writes nothing; an unwritable place is no obstacle', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		expect(await browse({TRADEOFF_CACHE_DIR: directory, TRADEOFF_CACHE: '0'})).toBe(0);
		expect(readdirSync(directory)).toEqual([]);
		// Under /proc (where mkdirSync's recursive option hangs on Node 20) and under a file.
		expect(await browse({TRADEOFF_CACHE_DIR: '/proc/tradeoff-cannot-be-here/cache'})).toBe(0);
		expect(await browse({TRADEOFF_CACHE_DIR: '/dev/null/cache'})).toBe(0);
	});
});

describe("the CLI's own code cache", () => {
	// The user's cache, as on a Node the shipped cache was not made with (see below for that one).
	test('the first run writes it; later runs use it, print the same and leave it alone', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		const first = await runCli(['--plain'], {env});
		expect(first.code).toBe(0);
		const [file] = mainCaches(directory);
		expect(file).toBe(`main-${process.version}-${file?.slice(-24, -8)}.v8cache`);
		expect(file).toMatch(/^main-v[0-9.]+-[0-9a-f]{16}\.v8cache$/);
		const path = join(directory, file ?? '');
		const written = statSync(path).ino;
		const second = await runCli(['--plain'], {env});
		expect(second.stdout).toBe(first.stdout);
		// Rejected by V8 (say, made under other flags), it would have been written again: a new file.
		expect(statSync(path).ino).toBe(written);
	});

	test("a browser session writes a partial one (taken before the browser's flags), a print completes it", async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		// Taken before the browser's flags were set: a cache made under them would be rejected.
		expect(await browse(env)).toBe(0);
		const [partial] = mainCaches(directory);
		expect(partial).toMatch(/^main-v[0-9.]+-[0-9a-f]{16}-partial\.v8cache$/);
		// Another session takes it and leaves it: under its flags it could only take a partial one again.
		const taken = statSync(join(directory, partial ?? '')).ino;
		expect(await browse(env)).toBe(0);
		expect(statSync(join(directory, partial ?? '')).ino).toBe(taken);
		// A print ends under the flags it compiled under: it writes the whole cache, in place of the partial one.
		expect((await runCli(['--plain'], {env})).code).toBe(0);
		const [file] = mainCaches(directory);
		expect(file).toBe(partial?.replace('-partial', ''));
		const written = statSync(join(directory, file ?? '')).ino;
		expect(await browse(env)).toBe(0);
		expect((await runCli(['--plain'], {env})).code).toBe(0);
		// Neither the session nor the next run wrote it again: V8 took it both times.
		expect(statSync(join(directory, file ?? '')).ino).toBe(written);
	});

	test('a long document printed first leaves a partial one (taken before the flags for long work); a short print completes it', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const {longProse} = await import('../scripts/bench-data.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const long = join(directory, 'long.json');
		writeFileSync(long, JSON.stringify(longProse()));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		const first = await runCli([long, '--plain'], {env});
		expect(first.code).toBe(0);
		const [partial] = mainCaches(directory);
		expect(partial).toMatch(/-partial\.v8cache$/);
		const taken = statSync(join(directory, partial ?? '')).ino;
		expect((await runCli([long, '--plain'], {env})).stdout).toBe(first.stdout);
		expect(statSync(join(directory, partial ?? '')).ino).toBe(taken);
		expect((await runCli(['--plain'], {env})).code).toBe(0);
		expect(mainCaches(directory)).toEqual([partial?.replace('-partial', '')]);
	});

	test('--version, --help and a usage error write no cache; the first print does', async () => {
		// A cache of the sliver of the CLI they compile would be taken, and never written again, by
		// every later run, which would then compile the rest from source each time.
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		expect((await runCli(['--version'], {env})).code).toBe(0);
		expect((await runCli(['--help'], {env})).code).toBe(0);
		expect((await runCli(['--no-such-flag'], {env})).code).toBe(2);
		expect(mainCaches(directory)).toEqual([]);
		expect((await runCli(['--plain'], {env})).code).toBe(0);
		expect(mainCaches(directory)).toHaveLength(1);
	});

	test('an export writes a partial cache and leaves it as it is; the next print completes it', async () => {
		// An export compiles no layout: a cache of it, taken whole, would leave every print to
		// compile the layout from source.
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		expect((await runCli(['--format', 'json'], {env})).code).toBe(0);
		const [partial] = mainCaches(directory);
		expect(partial).toMatch(/-partial\.v8cache$/);
		const taken = statSync(join(directory, partial ?? '')).ino;
		expect((await runCli(['--format', 'markdown'], {env})).code).toBe(0);
		expect(statSync(join(directory, partial ?? '')).ino).toBe(taken);
		expect((await runCli(['--plain'], {env})).code).toBe(0);
		expect(mainCaches(directory)).toEqual([partial?.replace('-partial', '')]);
	});

	test('each Node version keeps its own; the oldest versions beyond three are cleared away', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const others = ['v1.0.0', 'v2.0.0', 'v3.0.0'].map((version, index) => {
			const name = `main-${version}-0123456789abcdef.v8cache`;
			writeFileSync(join(directory, name), Buffer.alloc(16, 1));
			// Oldest first, and all older than this run.
			const time = Date.now() / 1000 - 3600 + index * 60;
			utimesSync(join(directory, name), time, time);
			return name;
		});
		expect((await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'}})).code).toBe(
			0,
		);
		const own = mainCaches(directory).filter((name) => name.startsWith(`main-${process.version}-`));
		expect(own).toHaveLength(1);
		expect(mainCaches(directory).sort()).toEqual([...others.slice(1), ...own].sort());
	});

	test('a damaged or foreign cache changes nothing but the time: same output, a good cache again', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'};
		const expected = (await runCli(['--format', 'json'], {env})).stdout;
		const [file] = mainCaches(directory);
		const path = join(directory, file ?? '');
		const good = readFileSync(path);
		writeFileSync(path, Buffer.alloc(good.length, 0x5a));
		const foreign = join(directory, `main-${process.version}-0000000000000000.v8cache`);
		writeFileSync(foreign, good);
		const run = await runCli(['--format', 'json'], {env});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toBe(expected);
		expect(readFileSync(path).equals(Buffer.alloc(good.length, 0x5a))).toBe(false);
		expect(mainCaches(directory)).toEqual([file]);
	});
});

describe('the code cache the package ships (build/main.v8cache)', () => {
	test('a first run uses it: nothing to write to the cache directory, even with the cache off', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const shipped = await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory}});
		expect(shipped.code).toBe(0);
		// V8 took the shipped cache, so there was no cache of its own to save.
		expect(mainCaches(directory)).toEqual([]);
		const without = await runCli(['--plain'], {env: {TRADEOFF_CACHE_DIR: directory, TRADEOFF_SHIPPED_CACHE: '0'}});
		expect(without.stdout).toBe(shipped.stdout);
		expect(mainCaches(directory)).toHaveLength(1);
	});

	test("a damaged one (or one from another Node) is rejected: the same output, and a cache of the user's own", () => {
		const copy = mkdtempSync(join(tmpdir(), 'tradeoff-build-'));
		cpSync(join(root, 'build'), copy, {recursive: true});
		writeFileSync(join(copy, 'main.v8cache'), Buffer.alloc(4096, 0x5a));
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const run = (cli: string) =>
			spawnSync(process.execPath, [cli, '--format', 'json'], {
				env: cleanEnv({TRADEOFF_CACHE_DIR: directory}),
				encoding: 'utf8',
			});
		const damaged = run(join(copy, 'cli.cjs'));
		expect(damaged.status).toBe(0);
		expect(damaged.stderr).toBe('');
		expect(damaged.stdout).toBe(run(join(root, 'build', 'cli.cjs')).stdout);
		expect(mainCaches(directory)).toHaveLength(1);
	});
});

describe('the cache of validated comparisons', () => {
	test('a file validated once is read from the cache; a tampered entry is ignored', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const {bundledFile} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli([bundledFile, '--plain', '--section', 'cost'], {env});
		expect(first.code).toBe(0);
		const [entry] = readdirSync(directory).filter((name) => name.startsWith('document-'));
		expect(entry).toMatch(/^document-[0-9a-f]{16}\.cache$/);
		const path = join(directory, entry ?? '');
		// An entry is what names it, the document, and the bytes it was read from, a line each; the
		// first two are ASCII, everything else escaped, as tradeoff writes them.
		const whole = readFileSync(path);
		// It holds the input as read: the user's alone, as a kept print is.
		expect(statSync(path).mode & 0o777).toBe(0o600);
		const [key, text] = whole.toString('latin1').split('\n');
		const source = readFileSync(bundledFile);
		expect(whole.subarray((key ?? '').length + (text ?? '').length + 2).equals(source)).toBe(true);
		expect(`${key}\n${text}`).toMatch(/^[\x20-\x7e]*\n[\x20-\x7e]*$/);
		expect(JSON.parse(key ?? '')).toContain(bundledFile);
		const stored = JSON.parse(text ?? '');
		const ascii = (value: unknown) =>
			JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
		const rewrite = (document: string, bytes = source, name = key) =>
			writeFileSync(path, Buffer.concat([Buffer.from(`${name}\n${document}\n`, 'latin1'), bytes]));
		const costTitle = async () =>
			(await runCli([bundledFile, '--plain', '--section', 'cost'], {env})).stdout.split('\n')[0];
		// An entry changed on disk shows that the cache is what the next run reads...
		stored.comparison.sections[4].title = 'Cost, from the cache';
		rewrite(ascii(stored));
		expect(await costTitle()).toBe('Cost, from the cache');
		// ...but only for the very bytes it was read from, and under the name it was written for:
		// one byte more, or less, or another, and the file is read again.
		rewrite(ascii(stored), Buffer.concat([source, Buffer.from(' ')]));
		expect(await costTitle()).toBe('Cost');
		rewrite(ascii(stored));
		expect(await costTitle()).toBe('Cost, from the cache');
		rewrite(ascii(stored), source.subarray(0, -1));
		expect(await costTitle()).toBe('Cost');
		// A letter of the description: the file still reads, as another comparison.
		const changed = Buffer.from(source);
		const at = source.indexOf('Three Python');
		expect(at).toBeGreaterThan(0);
		changed[at] = (changed[at] ?? 0) ^ 1;
		rewrite(ascii(stored), changed);
		expect(await costTitle()).toBe('Cost');
		rewrite(ascii(stored), source, (key ?? '').replace('.json', '.jsox'));
		expect(await costTitle()).toBe('Cost');
		// An entry holding a control character, or raw UTF-8 (a C1 control once read as Latin-1),
		// was not written by tradeoff: it is ignored.
		stored.comparison.sections[4].title = 'Cost\u001b[2J';
		rewrite(ascii(stored));
		expect(await costTitle()).toBe('Cost');
		stored.comparison.sections[4].title = 'Cost \u2014 raw';
		rewrite(JSON.stringify(stored));
		const third = await runCli([bundledFile, '--plain', '--section', 'cost'], {env});
		expect(third.stdout.split('\n')[0]).toBe('Cost');
		expect(third.bytes.includes(0x1b)).toBe(false);
	});
});

describe('the cache of parsed documents, and backslashes', () => {
	test('a document whose text has a backslash before b, f, r or t (a Windows path) is read from the cache', async () => {
		const {runCli} = await import('../test-support/run-cli.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-cache-'));
		const file = join(directory, 'paths.md');
		writeFileSync(
			file,
			'# Paths\n\n| Shell | Where |\n|---|---|\n| Git Bash | `C:\\bin\\tools\\fzf` |\n| share | `\\\\server\\reports` |\n',
		);
		const env = {TRADEOFF_CACHE_DIR: join(directory, 'cache')};
		const first = await runCli(['--plain', file], {env});
		expect(first.stdout).toContain('C:\\bin\\tools\\fzf');
		const [entry] = readdirSync(env.TRADEOFF_CACHE_DIR).filter((name) => name.startsWith('document-'));
		const path = join(env.TRADEOFF_CACHE_DIR, entry ?? '');
		// The entry changed on disk shows what the next run reads: the cache, not the file again.
		const whole = readFileSync(path, 'latin1');
		writeFileSync(path, Buffer.from(whole.replace('"title":"Paths"', '"title":"Paths, from the cache"'), 'latin1'));
		expect((await runCli(['--plain', file], {env})).stdout.split('\n')[0]).toBe('Paths, from the cache');
		// A real escape after an escaped backslash (\\ then \b, a backspace) is still not ours.
		writeFileSync(path, Buffer.from(whole.replace('"title":"Paths"', '"title":"Paths\\\\\\b"'), 'latin1'));
		expect((await runCli(['--plain', file], {env})).stdout.split('\n')[0]).toBe('Paths');
	});
});

describe('requireCached', () => {
	test("compiles the build's wrapped files as they are, and a plain CommonJS file wrapped as Node would", async () => {
		const {moduleWrapper, requireCached} = await import('./compile-cache.js');
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-wrap-'));
		const body = "module.exports = {name: require('node:path').basename(__filename), args: arguments.length};";
		const wrapped = join(directory, 'wrapped.cjs');
		const plain = join(directory, 'plainly.cjs');
		writeFileSync(wrapped, `${moduleWrapper.prefix}${body}${moduleWrapper.suffix}`);
		writeFileSync(plain, body);
		const env = {TRADEOFF_CACHE: '0'};
		expect(requireCached(wrapped, 'wrapped', undefined, env).exports).toEqual({name: 'wrapped.cjs', args: 5});
		expect(requireCached(plain, 'plain', undefined, env).exports).toEqual({name: 'plainly.cjs', args: 5});
		// The build's own are wrapped.
		for (const file of ['main.cjs', 'interactive.cjs']) {
			expect(readFileSync(join(root, 'build', file), 'latin1').startsWith(moduleWrapper.prefix), file).toBe(true);
		}
	});
});
