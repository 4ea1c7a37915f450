// Hostile data, broken pipes, faults and signals: the user's terminal is state we borrow, and
// must get back as we found it. Broken files and an endless device run the CLI in-process; stdin
// that never ends, pipes and the terminal are the built CLI's, in a real process.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterEach, describe, expect, test} from 'vitest';
import {longProse} from '../scripts/bench-data.js';
import {breakages, comparison} from '../test-support/arbitraries.js';
import {bundledJson} from '../test-support/fixtures.js';
import {payloads} from '../test-support/payloads.js';
import {expectRestored, inShell, Session} from '../test-support/pty.js';
import {cleanEnv, cli, root} from '../test-support/run-cli.js';
import {runInProcess} from '../test-support/run-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-hostile-'));

/** The bundled comparison with every payload appended to every string but ids, dates and URLs. */
function hostileComparison(): string {
	const payload = payloads.map((item) => item.text).join(' ');
	const poison = (value: unknown, key = ''): unknown => {
		if (typeof value === 'string') return ['id', '$schema', 'date'].includes(key) ? value : `${value} ${payload}`;
		if (Array.isArray(value)) return value.map((item) => poison(item));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poison(item, name)]));
		return value;
	};
	return JSON.stringify(poison(bundledJson()));
}

describe('broken files: exit 2 and one line naming the file, never a stack trace', () => {
	test('a sample of generated broken files', async () => {
		const cases = fc.sample(fc.tuple(comparison, fc.constantFrom(...breakages)), {numRuns: 24, seed: 7});
		for (const [index, [data, breakage]] of cases.entries()) {
			const broken = JSON.parse(JSON.stringify(data));
			breakage.apply(broken);
			const file = join(scratch, `broken-${index}.json`);
			writeFileSync(file, JSON.stringify(broken));
			const run = await runInProcess([file, '--plain']);
			expect(run.code, breakage.name).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.startsWith(`tradeoff: ${file}:`), `${breakage.name}: ${run.stderr}`).toBe(true);
			expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		}
	});
});

describe('limits', () => {
	test('stdin that never ends is cut off at 8 MiB with a clear message', async () => {
		const child = spawn(process.execPath, [cli, '-', '--plain'], {env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe']});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.stdin.on('error', () => {});
		const chunk = Buffer.alloc(64 * 1024, 0x20);
		const feed = () => {
			while (child.stdin.writable && child.stdin.write(chunk)) {
				// keep the pipe full
			}
		};
		child.stdin.on('drain', feed);
		feed();
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(code).toBe(2);
		expect(stderr).toBe('tradeoff: <stdin>: larger than the 8 MiB a comparison may be\n');
	});

	test('an endless device as the file is cut off too', async () => {
		const run = await runInProcess(['/dev/zero']);
		expect(run).toMatchObject({code: 2, stderr: 'tradeoff: /dev/zero: larger than the 8 MiB a comparison may be\n'});
	});
});

describe('pipes', () => {
	test('writing to /dev/full fails with one line and status 1', () => {
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" > /dev/full`], {
			cwd: root,
			env: cleanEnv(),
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('tradeoff: cannot write output: no space left on device\n');
	});

	test('a full pipe whose reader goes away ends quietly with status 0', async () => {
		// Far more output than a pipe holds (64 KiB), so tradeoff blocks on a full pipe.
		const file = join(scratch, 'long.json');
		writeFileSync(file, JSON.stringify(longProse()));
		const child = spawn(process.execPath, [cli, file, '--width', '200'], {
			env: cleanEnv(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		// Never read: once the reader's own buffer is full it stops reading, and the pipe fills
		// behind it (there is over a megabyte to write); then the reader leaves.
		child.stdout.pause();
		await new Promise<void>((resolve) => {
			const check = () => {
				if (child.exitCode !== null || child.stdout.readableLength >= child.stdout.readableHighWaterMark) resolve();
				else setImmediate(check);
			};
			check();
		});
		expect(child.exitCode).toBeNull();
		child.stdout.destroy();
		expect(await closed).toBe(0);
		expect(stderr).toBe('');
	});
});

let session: Session | undefined;
afterEach(() => session?.dispose());

/** Every escape sequence a session wrote, each once. */
function sequencesOf(output: string): Set<string> {
	return new Set(output.match(/\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|.)/g) ?? []);
}

/** Opens a comparison in the browser, visits every section and overlay, quits, and gives back the output. */
async function browseEverything(file: string): Promise<string> {
	session?.dispose();
	const terminal = new Session([file], {cols: 120, rows: 40, env: {FORCE_HYPERLINK: '0'}});
	session = terminal;
	await terminal.waitFor('1/7');
	const footer = () => terminal.screen().findLast((line) => line.trim() !== '') ?? '';
	// Each key waits for the frame it makes, so both runs go through the same frames.
	const steps: [string, (footer: string, screen: string) => boolean][] = [
		...[2, 3, 4, 5, 6, 7].map((n): [string, (footer: string) => boolean] => [
			String(n),
			(line) => line.includes(` ${n}/7 `),
		]),
		['r', (line) => /References +All$/.test(line)],
		['q', (line) => line.includes(' 7/7 ')],
		['i', (line) => /Info +All$/.test(line)],
		['q', (line) => line.includes(' 7/7 ')],
		['/', (line) => line.startsWith('/')],
		['a', (line) => line.startsWith('/a')],
		['b', (line) => line.startsWith('/ab')],
		['\r', (line) => line.includes('n/N next/prev')],
		['n', (line) => /^\d+\/\d+ /.test(line)],
		['c', (line) => line.includes('Space show/hide')],
		[' ', (_line, screen) => screen.includes('[ ]') || screen.includes('hidden')],
		['\u001b', (line) => !line.includes('Space show/hide')],
		['e', (line) => /Evidence +(All|\d+%)$/.test(line)],
		['/', (line) => line.startsWith('/')],
		['a', (line) => line.startsWith('/a')],
		['\r', (line) => /^1\/\d+ +n\/N/.test(line)],
		['G', (line) => /Evidence +(All|100%)$/.test(line)],
		['\u001b', (line) => !line.includes('Evidence')],
		['?', (_line, screen) => screen.includes('While browsing')],
		['q', (_line, screen) => !screen.includes('While browsing')],
	];
	for (const [key, test] of steps) {
		terminal.press(key);
		await terminal.waitFor(() => test(footer(), terminal.text()));
	}
	terminal.press('q');
	expect((await terminal.waitForExit()).exitCode).toBe(0);
	return terminal.output;
}

describe('terminal injection in the interactive browser', () => {
	test('payloads in every field never reach the screen: only the sequences a clean file makes are written', async () => {
		const clean = join(scratch, 'clean.json');
		writeFileSync(clean, JSON.stringify(bundledJson()));
		const hostile = join(scratch, 'hostile.json');
		writeFileSync(hostile, hostileComparison());
		// "Ours" is what tradeoff writes for the same comparison without payloads, driven by the
		// same keys: any other sequence came from the data.
		const ours = sequencesOf(await browseEverything(clean));
		const output = await browseEverything(hostile);
		const foreign = [...sequencesOf(output)].filter((sequence) => !ours.has(sequence));
		expect(foreign).toEqual([]);
		// The payloads' own sequences, one by one: none of them is written, whatever else is.
		for (const sequence of ['\u001b[31m', '\u001b[2J', '\u001b[10;20H', '\u001b[6n', '\u001b]52;', '\u001b]0;pwned']) {
			expect(output).not.toContain(sequence);
		}
		// The alternate screen is left once, at the end, not by the data.
		expect(output.split('\u001b[?1049l')).toHaveLength(2);
		expect(output).not.toMatch(/[\u0007\u0008\u0090-\u009f]/);
		// The visible text survived: the payload's readable parts are on screen, its controls are not.
		expect(output).toContain('safeEVIL');
	});
});

describe('every way out of the browser restores the terminal', () => {
	const shell = (env: Record<string, string>) => inShell('', {cols: 80, rows: 24, env});

	test('an exception while rendering: status 1, the error on the main screen', async () => {
		session = shell({TRADEOFF_FAULT: 'render'});
		await session.waitFor('1/7');
		session.press('j');
		await expectRestored(session, 1);
		expect(session.text()).toContain('tradeoff: unexpected error: Error: injected fault while rendering');
	});

	test('an uncaught exception outside rendering: status 1', async () => {
		session = shell({TRADEOFF_FAULT: 'throw'});
		await session.waitFor('1/7');
		session.press('j');
		await expectRestored(session, 1);
		expect(session.text()).toContain('injected fault outside rendering');
	});
});
