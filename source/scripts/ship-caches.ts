// The V8 code caches the package ships (build/main.v8cache and build/interactive.v8cache): made by
// running the built CLI once as a user would, printing and then in a pseudo-terminal, and kept
// beside the files they compile. A user's first run (npx tradeoff), and every run whose cache
// directory cannot be written, then starts from bytecode too. V8 rejects them on another Node
// version (or under other flags), and the file compiles as usual: they can only help.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cacheFilePattern} from '../startup/compile-cache.js';

/**
 * The caches shipped: the CLI's. The browser's (567 KB, 267 KB gzipped) would take the package
 * past its 600 KiB budget; the browser's first run compiles it and keeps it in the user's cache.
 */
const shipped = ['main'] as const;

/** The environment of a plain run that writes its caches to `directory` and reads no shipped one. */
function runEnv(directory: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		TRADEOFF_CACHE_DIR: directory,
		TRADEOFF_SHIPPED_CACHE: '0',
		TERM: 'xterm-256color',
	};
	for (const name of ['CI', 'TRADEOFF_CACHE', 'NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS']) delete env[name];
	return env;
}

/** Opens the browser in a pseudo-terminal, waits for its first frame, and quits it with q. */
async function browseOnce(cli: string, env: NodeJS.ProcessEnv): Promise<void> {
	// node-pty is a devDependency, built by npm before the package's own build runs.
	const pty = await import('node-pty');
	await new Promise<void>((resolve, reject) => {
		const session = pty.spawn(process.execPath, [cli], {
			name: 'xterm-256color',
			cols: 80,
			rows: 24,
			env: env as Record<string, string>,
		});
		let output = '';
		let quit = false;
		const timer = setTimeout(() => {
			session.kill();
			reject(new Error('the browser did not draw its first frame within 20 s'));
		}, 20_000);
		session.onData((data) => {
			output += data;
			if (!quit && / 1\/\d+ /.test(output)) {
				quit = true;
				session.write('q');
			}
		});
		session.onExit(({exitCode}) => {
			clearTimeout(timer);
			if (exitCode === 0) resolve();
			else reject(new Error(`the browser exited with ${exitCode}`));
		});
	});
}

/**
 * Makes the shipped caches for the build in `out`, or says on stderr why not (the build goes on
 * without them: they only make starts faster).
 */
export async function shipCodeCaches(out: string): Promise<void> {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-ship-cache-'));
	try {
		const cli = join(out, 'cli.cjs');
		const env = runEnv(directory);
		// The browser first: it keeps what it compiled of the CLI before its flags change, as a
		// partial cache; the print after it completes that with the printing (a run that changes
		// no flag saves the whole), so the cache shipped holds both ways in, and neither compiles
		// the CLI's functions from source.
		await browseOnce(cli, env);
		const printed = spawnSync(process.execPath, [cli, '--plain'], {env, stdio: ['ignore', 'ignore', 'inherit']});
		if (printed.status !== 0) throw new Error(`tradeoff --plain exited with ${printed.status}`);
		for (const name of shipped) {
			const made = readdirSync(directory).find(
				(file) => cacheFilePattern(name, process.version).test(file) && !file.endsWith('-partial.v8cache'),
			);
			if (!made) throw new Error(`no ${name} cache was written`);
			copyFileSync(join(directory, made), join(out, `${name}.v8cache`));
		}
	} catch (error) {
		process.stderr.write(`build: no shipped code caches (${error instanceof Error ? error.message : String(error)})\n`);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}
