// Which of Node's own modules a printed run loads. Each costs start-up time (Node's stream library
// alone a fifth of printing the bundled comparison: see output.ts and v8-flags.ts), so printing
// into a pipe, a file or /dev/null loads none of the stream, net, tty, os or v8 modules; a long
// document loads node:v8, to set the flags for long work. The browser's first frame loads neither
// node:child_process (a link opened, a copy into tmux) nor node:crypto (a comparison piped in).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {longProse} from '../scripts/bench-data.js';
import {Session} from '../test-support/pty.js';
import {cleanEnv, cli, root} from '../test-support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-builtins-'));
const spy = join(scratch, 'spy.cjs');
const report = join(scratch, 'loaded.txt');
writeFileSync(
	spy,
	`process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, process.moduleLoadList.join('\\n')));\n`,
);
const watched = ['stream', 'net', 'tty', 'os', 'v8'];
const long = join(scratch, 'long.json');
writeFileSync(long, JSON.stringify(longProse()));

/** Node's public modules among `watched` that a run of the CLI, its stdout sent `to`, loaded. */
function loaded(args: readonly string[], to: string): string[] {
	const run = spawnSync('sh', ['-c', `"$NODE" "$CLI" "$@" ${to}`, 'sh', ...args], {
		cwd: root,
		env: cleanEnv({NODE: process.execPath, CLI: cli, NODE_OPTIONS: `--require ${spy}`}),
		encoding: 'utf8',
	});
	expect(run.status, run.stderr).toBe(0);
	const modules = readFileSync(report, 'utf8').split('\n');
	return watched.filter((name) => modules.includes(`NativeModule ${name}`));
}

describe("Node's modules a printed run loads", () => {
	test.each([
		['a pipe', '| cat > /dev/null'],
		['a file', `> ${join(scratch, 'out.txt')}`],
		['/dev/null', '> /dev/null'],
	])('the bundled comparison into %s: none of stream, net, tty, os, v8', (_name, to) => {
		expect(loaded(['--plain'], to)).toEqual([]);
	});

	test('a long document: node:v8, for the flags for long work (v8-flags.ts)', () => {
		expect(loaded([long, '--plain'], '> /dev/null')).toContain('v8');
	});
});

describe("Node's modules the browser's first frame loads", () => {
	let session: Session | undefined;
	afterEach(() => session?.dispose());

	test('neither node:child_process nor node:crypto, until a link is opened or a copy made', async () => {
		session = new Session([], {cols: 80, rows: 24, env: {NODE_OPTIONS: `--require ${spy}`}});
		await session.waitFor('Summary 1/7');
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
		const modules = readFileSync(report, 'utf8').split('\n');
		// The spy saw the browser: Node's terminal streams were loaded.
		expect(modules).toContain('NativeModule tty');
		expect(modules.filter((name) => /^NativeModule (child_process|crypto)$/.test(name))).toEqual([]);
	});

	test("none after the browser's flags are set, which would be compiled without Node's code cache", async () => {
		// V8 rejects Node's own code cache for a module loaded after any flag changed: the browser
		// loads what it needs first (v8-flags.ts, loadBrowserBuiltins).
		const flags = join(scratch, 'flags.cjs');
		const after = join(scratch, 'after.txt');
		writeFileSync(
			flags,
			`const v8 = require('node:v8');
const set = v8.setFlagsFromString;
let from;
v8.setFlagsFromString = (text) => { from ??= process.moduleLoadList.length; return set(text); };
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(after)}, from === undefined ? 'no flags' : process.moduleLoadList.slice(from).join('\\n')));
`,
		);
		session = new Session([], {cols: 80, rows: 24, env: {NODE_OPTIONS: `--require ${flags}`}});
		await session.waitFor('Summary 1/7');
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
		const loadedAfter = readFileSync(after, 'utf8').split('\n');
		expect(loadedAfter).not.toContain('no flags');
		expect(loadedAfter.filter((name) => name.startsWith('NativeModule '))).toEqual([]);
	});
});
