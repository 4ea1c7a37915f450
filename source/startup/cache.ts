// tradeoff's cache directory: the V8 code caches, comparisons already validated and parsed, and
// printed output kept (print-cache.ts). Everything in it can be thrown away at any time; nothing
// in it is ever a reason to fail.
import {
	closeSync,
	constants,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

/** The cache directory, or undefined when caching is off (TRADEOFF_CACHE=0). */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
	if (env.TRADEOFF_CACHE === '0') return undefined;
	if (env.TRADEOFF_CACHE_DIR) return env.TRADEOFF_CACHE_DIR;
	// HOME first, as os.homedir() itself does on POSIX: loading node:os for it cost 1.5 to 2
	// million instructions of every start (callgrind, Node 22 and 24).
	const home = process.platform === 'win32' ? undefined : env.HOME;
	const base = env.XDG_CACHE_HOME || join(home || homeDirectory(), '.cache');
	return join(base, 'tradeoff');
}

/** The user's home directory from the system, where HOME does not say (os.homedir()). */
function homeDirectory(): string {
	return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();
}

/**
 * 16 hex digits from two 32-bit FNV-1a style hashes of a short string: a cache file's name. Other
 * starting values (`seeds`) give a hash of its own, for a check independent of the name.
 */
export function fingerprint(text: string, seeds: readonly [number, number] = [0x811c9dc5, 0x9747b28c]): string {
	let [a, b] = seeds;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
	}
	return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * Reads a cache file, or undefined when there is none to read. Opened without blocking and read
 * only if it is a regular file: a FIFO named like an entry blocked the start for ever.
 */
export function readCache(file: string): Buffer | undefined {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch {
		return undefined;
	}
	try {
		return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
	} catch {
		return undefined;
	} finally {
		closeSync(fd);
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
 * keeps at most `keep` files of the same kind, dropping the oldest; `mode` makes it one's own
 * (0o600). Failures are ignored: a cache that cannot be written only costs the next start some time.
 */
export function writeCache(
	directory: string,
	name: string,
	data: string | Uint8Array,
	kind: RegExp,
	keep: number,
	mode?: number,
): void {
	try {
		makeDirectory(directory);
		const file = join(directory, name);
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, data, mode === undefined ? {} : {mode});
		renameSync(temporary, file);
		const others = newestFirst(directory, kind).filter((entry) => entry !== name);
		for (const entry of others.slice(Math.max(0, keep - 1))) unlinkSync(join(directory, entry));
	} catch {
		// See above.
	}
}

/** The files of a kind in a directory, the most recently written first. */
function newestFirst(directory: string, kind: RegExp): string[] {
	return readdirSync(directory)
		.filter((entry) => kind.test(entry))
		.map((entry) => ({entry, time: statSync(join(directory, entry)).mtimeMs}))
		.sort((a, b) => b.time - a.time)
		.map(({entry}) => entry);
}

/**
 * Keeps the files of a kind that belong to the `keep` most recently written groups, a file's
 * group being what the kind's first capture group matches in its name (a Node version, say), and
 * deletes the rest. Failures are ignored, as writeCache's are.
 */
export function pruneCache(directory: string, kind: RegExp, keep: number): void {
	try {
		const groups: string[] = [];
		for (const entry of newestFirst(directory, kind)) {
			const group = kind.exec(entry)?.[1] ?? '';
			if (!groups.includes(group)) groups.push(group);
			if (groups.indexOf(group) >= keep) unlinkSync(join(directory, entry));
		}
	} catch {
		// See writeCache.
	}
}
