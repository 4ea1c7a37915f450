// Hostile data, broken pipes, faults and signals against the built CLI: the user's terminal is
// state we borrow, and must get back as we found it.
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
import {cleanEnv, cli, root, runCli} from '../test-support/run-cli.js';

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

/**
 * Escape sequences tradeoff itself may write to a terminal: styles, cursor and screen control,
 * the modes it borrows (mouse, bracketed paste), and its two questions (background colour, DA1).
 */
const ours = /^\u001b(?:\[(?:[0-9;]*[mABCDGHJK]|c|\?(?:25|1049|2026|1000|1002|1006|2004)[hl])|\]11;\?\u001b\\)$/;

describe('broken files through the built CLI: exit 2 and one line naming the file, never a stack trace', () => {
	test('a sample of generated broken files', async () => {
		const cases = fc.sample(fc.tuple(comparison, fc.constantFrom(...breakages)), {numRuns: 24, seed: 7});
		for (const [index, [data, breakage]] of cases.entries()) {
			const broken = JSON.parse(JSON.stringify(data));
			breakage.apply(broken);
			const file = join(scratch, `broken-${index}.json`);
			writeFileSync(file, JSON.stringify(broken));
			const run = await runCli([file, '--plain']);
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
		const run = await runCli(['/dev/zero']);
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
		// Never read: the pipe fills; then the reader leaves.
		child.stdout.pause();
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(child.exitCode).toBeNull();
		child.stdout.destroy();
		expect(await closed).toBe(0);
		expect(stderr).toBe('');
	});
});

let session: Session | undefined;
afterEach(() => session?.dispose());

describe('terminal injection in the interactive browser', () => {
	test('payloads in every field never reach the screen: only our own escape sequences are written', async () => {
		const file = join(scratch, 'hostile.json');
		writeFileSync(file, hostileComparison());
		session = new Session([file], {cols: 120, rows: 40, env: {FORCE_HYPERLINK: '0'}});
		await session.waitFor('1/7');
		for (const key of [
			'2',
			'3',
			'4',
			'5',
			'6',
			'7',
			'G',
			'r',
			'G',
			'q',
			'i',
			'G',
			'q',
			'/',
			'a',
			'b',
			'\r',
			'n',
			'c',
			' ',
			'\u001b',
			'd',
			'?',
			'q',
		]) {
			session.press(key);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
		const sequences =
			session.output.match(/\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|.)/g) ?? [];
		const foreign = [...new Set(sequences)].filter((sequence) => !ours.test(sequence));
		expect(foreign).toEqual([]);
		expect(session.output).not.toMatch(/[\u0007\u0008\u0090-\u009f]/);
		// The visible text survived: the payload's readable parts are on screen, its controls are not.
		expect(session.output).toContain('safeEVIL');
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
