// Compiles a CommonJS file of the build through a V8 code cache, as Node's require would compile
// it, but with the bytecode of an earlier run: V8 then skips parsing and compiling every function
// that run compiled. Used for the CLI itself (build/main.cjs, by the entry) and for the browser
// (build/interactive.cjs). The caches live in the user's cache directory; one made by another
// build or another Node, a damaged one or a foreign file is rejected by V8 (or never matched by
// name) and the file is compiled as usual, its cache written afresh when the run ends.
// TRADEOFF_CACHE=0 turns caching off.
import {readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, join} from 'node:path';
import {Script} from 'node:vm';
import {cacheDirectory, fingerprint, pruneCache, readCache, writeCache} from './cache.js';

/**
 * A compiled file's exports, a way to write its cache if it needs writing, and a way to take the
 * cache's bytes now (to write later): what was compiled up to that moment, and no more.
 */
export type Compiled = {readonly exports: unknown; readonly saveCache: () => void; readonly snapshot: () => void};

/**
 * Names a cache after this exact file and this Node. Hashing a 480 KB file here would need
 * node:crypto (~4 ms to load, measured), so the build hashes each file and hands the hash to its
 * loader (`built`); the file's size and modification time stand for it being unchanged since.
 */
function cacheKey(file: string, built: string | undefined): string {
	const {size, mtimeMs} = statSync(file);
	return fingerprint([built ?? 'not built', size, mtimeMs, process.version, process.arch].join('\u0000'));
}

/**
 * The user's cache files of one name: `<name>-<Node version>-<key>.v8cache`, or
 * `...-<key>-partial.v8cache` for one taken part way through a run (see setFlags). The Node
 * version is in the name so that each Node keeps its own: someone who switches between Node 22
 * and 24 would otherwise have each throw the other's cache away. With `version`, only that
 * Node's files match. The version is the pattern's first capture group (pruneCache's groups).
 */
export function cacheFilePattern(name: string, version?: string): RegExp {
	const node = version === undefined ? 'v[0-9][\\w.-]*?' : version.replace(/\./g, '\\.');
	return new RegExp(`^${name}-(${node})-[0-9a-f]{16}(-partial)?\\.v8cache$`);
}

/** How many Node versions keep a cache of each name (this one's included). */
const versionsKept = 3;

// V8 rejects a code cache made under other V8 flags than the run reading it. It also rejects
// Node's own code cache for its built-in modules once any flag changed: every module of Node
// loaded after that is compiled from its source (callgrind: node:http costs 2.3 to 2.7 times as
// many instructions on Node 20, 22 and 24). So tradeoff sets flags only where the work ahead pays for that (v8-flags.ts), and
// setFlags keeps the caches right: it counts the changes, so that a cache compiled under one set
// of flags is never written under another (every later run would reject it), and it first takes
// the bytes of every cache still to be written, compiled under the flags being left (to be
// written as a partial cache, which a later run with no change of flags completes). The count and
// the list are shared by the two bundles (the entry and the CLI) through globals.
const generationKey = Symbol.for('tradeoff.flag-generation');
const beforeChangeKey = Symbol.for('tradeoff.before-flags-change');
const shared = globalThis as unknown as Record<symbol, unknown>;

const worthKey = Symbol.for('tradeoff.cache-worth-keeping');

/**
 * Says what this run did of the work the caches are for, as the cache it writes will hold only what
 * it compiled, and a cache once accepted is not written again. `whole`: it laid a comparison out
 * to read (a print, the browser), what most runs do. `part`: it read one for something else (an
 * export, a search, the evidence, the verdict); its cache is written as a partial one, which the
 * next whole run completes, and it never rewrites a partial one. A run that says neither (only
 * --version or --help, or a usage error) writes no cache. Before, on Node 22, printing the bundled
 * comparison ran 183.8 million instructions instead of 166.4 (callgrind), every time, after a
 * first `tradeoff --version`, and 182.0 instead of 166.9 after a first `--format json`.
 */
export function worthKeeping(kind: 'whole' | 'part'): void {
	if (shared[worthKey] !== 'whole') shared[worthKey] = kind;
}

function generation(): number {
	return (shared[generationKey] as number | undefined) ?? 0;
}

function beforeChange(): Set<() => void> {
	let hooks = shared[beforeChangeKey] as Set<() => void> | undefined;
	if (!hooks) {
		hooks = new Set();
		shared[beforeChangeKey] = hooks;
	}
	return hooks;
}

/**
 * Sets V8 flags, as v8.setFlagsFromString does, after taking the caches compiled under the flags
 * in force. node:v8 is loaded here, not at start: it loads Node's whole stream library with it
 * (8 to 9 million instructions, callgrind), which printing to a pipe or a file does not need.
 */
export function setFlags(flags: string): void {
	for (const hook of beforeChange()) hook();
	beforeChange().clear();
	const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
	v8.setFlagsFromString(flags);
	shared[generationKey] = generation() + 1;
}

/** Where a file's code cache is looked for: the user's cache, and the one shipped beside the file. */
function cachePaths(
	file: string,
	name: string,
	built: string | undefined,
	env: NodeJS.ProcessEnv,
): {readonly user: string | undefined; readonly shipped: string | undefined} {
	const directory = cacheDirectory(env);
	return {
		user: directory ? join(directory, `${name}-${process.version}-${cacheKey(file, built)}.v8cache`) : undefined,
		shipped: env.TRADEOFF_SHIPPED_CACHE === '0' ? undefined : join(dirname(file), `${name}.v8cache`),
	};
}

/** The partial cache that stands beside a complete one (`x.v8cache` -> `x-partial.v8cache`). */
function partialOf(path: string): string {
	return path.replace(/\.v8cache$/, '-partial.v8cache');
}

/**
 * The function a CommonJS file is compiled as, as Node wraps it. The build writes the files this
 * compiles already wrapped (a wrapper added here would be one more copy of the whole text).
 */
export const moduleWrapper = {prefix: '(function (exports, require, module, __filename, __dirname) {', suffix: '\n})'};

/**
 * Compiles and runs `file` as a CommonJS module, from the cache named
 * `name-<Node version>-<key>.v8cache` when there is a usable one. V8 checks the flags a cache was
 * made under: set flags through setFlags, never v8.setFlagsFromString.
 */
export function requireCached(file: string, name: string, built: string | undefined, env: NodeJS.ProcessEnv): Compiled {
	const compiledIn = generation();
	const paths = cachePaths(file, name, built, env);
	// The build writes ASCII only (a test checks): read as Latin-1, no UTF-8 decoding, a one-byte string.
	const text = readFileSync(file, 'latin1');
	const source = text.startsWith(moduleWrapper.prefix) ? text : `${moduleWrapper.prefix}${text}${moduleWrapper.suffix}`;
	const directory = cacheDirectory(env);
	const cacheName = paths.user ? basename(paths.user) : undefined;
	// The user's cache first, a complete one before a partial one; else the one the build made
	// beside the file (build/<name>.v8cache), for a first run and a cache directory that cannot be
	// written. Made under another Node, V8 rejects it, and the file compiles as usual.
	const complete = paths.user ? readCache(paths.user) : undefined;
	const partial = paths.user && !complete ? readCache(partialOf(paths.user)) : undefined;
	const cachedData = complete ?? partial ?? (paths.shipped ? readCache(paths.shipped) : undefined);
	const script = new Script(source, {
		filename: file,
		...(cachedData ? {cachedData} : {}),
	});
	const wrapper = script.runInThisContext() as (
		exports: object,
		require: NodeJS.Require,
		module: {exports: object},
		filename: string,
		dirname: string,
	) => void;
	const module = {exports: {}};
	wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
	const accepted = cachedData !== undefined && !script.cachedDataRejected;
	// A cache V8 took needs no writing, unless it was a partial one (then only a complete one will do).
	const needed = Boolean(directory && cacheName) && (!accepted || cachedData === partial);
	const usedPartial = accepted && cachedData === partial;
	let taken: Buffer | undefined;
	let takenPartly: Buffer | undefined;
	const sameFlags = () => generation() === compiledIn;
	const snapshot = () => {
		if (needed && sameFlags()) taken ??= script.createCachedData();
	};
	// Taken when the flags are about to change, if nothing was taken before: a first run that
	// changes flags (a long document printed, the browser opened) still leaves a cache behind.
	const beforeFlagsChange = () => {
		if (needed && !taken && !usedPartial && sameFlags()) takenPartly = script.createCachedData();
	};
	if (needed) beforeChange().add(beforeFlagsChange);
	const saveCache = () => {
		beforeChange().delete(beforeFlagsChange);
		const worth = shared[worthKey];
		if (!needed || !directory || !cacheName || (worth !== 'whole' && worth !== 'part')) return;
		// A run of the other kinds leaves a partial cache as it found it, and writes its own as one.
		if (worth === 'part' && usedPartial) return;
		// What this run compiled, under the flags it was compiled under (taken earlier, or now).
		const compiled = () => taken ?? (sameFlags() ? script.createCachedData() : undefined);
		// Whole only from a whole run; from a part run, or taken before the flags changed, partial.
		const whole = worth === 'whole' ? compiled() : undefined;
		const data = whole ?? takenPartly ?? (worth === 'part' ? compiled() : undefined);
		if (!data) return;
		const written = whole ? cacheName : basename(partialOf(cacheName));
		// Only this build's cache is of any use to this Node: one of each name and Node version (a
		// complete one replaces the partial one), and the newest few Node versions.
		writeCache(directory, written, data, cacheFilePattern(name, process.version), 1);
		pruneCache(directory, cacheFilePattern(name), versionsKept);
	};
	return {exports: module.exports, saveCache, snapshot};
}
