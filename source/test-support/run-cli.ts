// Runs the built CLI the way a user's shell would: a real process, real pipes, real exit codes.
import {spawn} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI. */
export const cli = fileURLToPath(new URL('../../build/cli.cjs', import.meta.url));
/** The bundled comparison. */
export const bundledFile = fileURLToPath(new URL('../../data/fastapi-litestar-django-ninja.json', import.meta.url));

/** What a finished run gave back. */
export type Run = {
	stdout: string;
	stderr: string;
	code: number | null;
	signal: NodeJS.Signals | null;
	bytes: Buffer;
};

/** The environment of a plain, colourless, non-CI shell, plus overrides (undefined removes). */
export function cleanEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const name of [
		'CI',
		'NO_COLOR',
		'FORCE_COLOR',
		'COLUMNS',
		'TRADEOFF_DEBUG',
		'COLORFGBG',
		'TMUX',
		'TERM_PROGRAM',
	])
		delete env[name];
	env.TERM = 'xterm-256color';
	// A link opened (Enter in the references) goes to a program that does nothing, never to the
	// browser of whoever runs the tests; a copy never reaches their tmux (TMUX is unset above).
	env.BROWSER = 'true';
	// The cache goes to a directory of this worker's own inside the run's temporary directory
	// (global-setup.ts), never to the user's cache.
	env.TRADEOFF_CACHE_DIR = join(tmpdir(), `tradeoff-test-cache-${process.pid}`);
	// Decisions too: a test that scores a cell never writes into the real home. Tests of the
	// decision file give a folder of their own.
	env.XDG_DATA_HOME = join(tmpdir(), `tradeoff-test-data-${process.pid}`);
	// No print is kept: a run that repeats an earlier one would write the kept output without
	// running the CLI, and a test of what the CLI does would pass without it. The tests of the print
	// cache (startup/print-cache.test.ts) turn it on.
	env.TRADEOFF_PRINT_CACHE = '0';
	for (const [name, value] of Object.entries(overrides)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return env;
}

/** Runs the CLI with args, optional stdin bytes, and environment overrides. */
export function runCli(
	args: readonly string[],
	options: {
		input?: string | Uint8Array;
		env?: Record<string, string | undefined>;
		cwd?: string;
		/** The node binary to run it with (another Node line); this process's by default. */
		node?: string;
	} = {},
): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(options.node ?? process.execPath, [cli, ...args], {
			cwd: options.cwd ?? root,
			env: cleanEnv(options.env),
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.stdin.on('error', () => {});
		child.on('close', (code, signal) => {
			const bytes = Buffer.concat(out);
			resolve({
				stdout: bytes.toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				code,
				signal,
				bytes,
			});
		});
		child.stdin.end(options.input ?? '');
	});
}
