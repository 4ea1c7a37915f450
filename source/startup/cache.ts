// tradeoff's cache directory: the browser's V8 code cache and comparisons already validated and
// parsed. Everything in it can be thrown away at any time; nothing in it is ever a reason to fail.
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';

/** The cache directory, or undefined when caching is off (TRADEOFF_CACHE=0). */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
	if (env.TRADEOFF_CACHE === '0') return undefined;
	if (env.TRADEOFF_CACHE_DIR) return env.TRADEOFF_CACHE_DIR;
	const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(base, 'tradeoff');
}

/** Reads a cache file, or undefined when there is none to read. */
export function readCache(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/**
 * Creates the cache directory and its parent if need be. Not mkdirSync's recursive option: on
 * Node 20 it loops for ever on some paths it cannot create (under /proc, for one).
 */
function makeDirectory(directory: string): void {
	try {
		mkdirSync(directory);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return;
		if (code !== 'ENOENT') throw error;
		mkdirSync(dirname(directory));
		mkdirSync(directory);
	}
}

/**
 * Writes a cache file whole, then renames it into place (a reader never sees half a file), and
 * keeps at most `keep` files of the same kind, dropping the oldest. Failures are ignored: a cache
 * that cannot be written only costs the next start some time.
 */
export function writeCache(
	directory: string,
	name: string,
	data: string | Uint8Array,
	kind: RegExp,
	keep: number,
): void {
	try {
		makeDirectory(directory);
		const file = join(directory, name);
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, data);
		renameSync(temporary, file);
		const others = readdirSync(directory)
			.filter((entry) => kind.test(entry) && entry !== name)
			.map((entry) => ({entry, time: statSync(join(directory, entry)).mtimeMs}))
			.sort((a, b) => b.time - a.time);
		for (const {entry} of others.slice(Math.max(0, keep - 1))) unlinkSync(join(directory, entry));
	} catch {
		// See above.
	}
}
