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
import {setFlagsFromString} from 'node:v8';
import {Script} from 'node:vm';
import {cacheDirectory, readCache, writeCache} from './cache.js';

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

/** 16 hex digits from two 32-bit FNV-1a style hashes of a short string. */
function fingerprint(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x9747b28c;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
	}
	return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

// V8 rejects a cache made under other flags. A cache compiled under one set of flags and taken
// after they changed would be rejected by every later run, so the flags are changed through
// setFlags, which counts the changes, and a cache taken under other flags than it was compiled
// under is not written. Two bundles (the bin and the CLI) share the count through a global.
const generationKey = Symbol.for('tradeoff.flag-generation');
const shared = globalThis as unknown as Record<symbol, number | undefined>;

/** Sets V8 flags, as v8.setFlagsFromString does, and notes that they changed. */
export function setFlags(flags: string): void {
	setFlagsFromString(flags);
	shared[generationKey] = (shared[generationKey] ?? 0) + 1;
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
		user: directory ? join(directory, `${name}-${cacheKey(file, built)}.v8cache`) : undefined,
		shipped: env.TRADEOFF_SHIPPED_CACHE === '0' ? undefined : join(dirname(file), `${name}.v8cache`),
	};
}

/**
 * The function a CommonJS file is compiled as, as Node wraps it. The build writes the files this
 * compiles already wrapped (a wrapper added here would be one more copy of the whole text).
 */
export const moduleWrapper = {prefix: '(function (exports, require, module, __filename, __dirname) {', suffix: '\n})'};

/**
 * Compiles and runs `file` as a CommonJS module, from the cache named `name-<key>.v8cache` when
 * there is a usable one. V8 checks the flags a cache was made under: set any flags first.
 */
export function requireCached(file: string, name: string, built: string | undefined, env: NodeJS.ProcessEnv): Compiled {
	const generation = shared[generationKey] ?? 0;
	const paths = cachePaths(file, name, built, env);
	// The build writes ASCII only (a test checks): read as Latin-1, no UTF-8 decoding, a one-byte string.
	const text = readFileSync(file, 'latin1');
	const source = text.startsWith(moduleWrapper.prefix) ? text : `${moduleWrapper.prefix}${text}${moduleWrapper.suffix}`;
	const directory = cacheDirectory(env);
	const cacheName = paths.user ? basename(paths.user) : undefined;
	// The user's cache first; else the one the build made beside the file (build/<name>.v8cache),
	// for a first run and a cache directory that cannot be written. Made under another Node, V8
	// rejects it, and the file compiles as usual.
	const cachedData =
		(paths.user ? readCache(paths.user) : undefined) ?? (paths.shipped ? readCache(paths.shipped) : undefined);
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
	// A cache V8 took needs no writing.
	const needed = Boolean(directory && cacheName) && !(cachedData && !script.cachedDataRejected);
	let taken: Buffer | undefined;
	const sameFlags = () => (shared[generationKey] ?? 0) === generation;
	const snapshot = () => {
		if (needed && sameFlags()) taken ??= script.createCachedData();
	};
	const saveCache = () => {
		if (!needed || !directory || !cacheName || !(taken || sameFlags())) return;
		// Only this build's cache is of any use: keep one of each name.
		const data = taken ?? script.createCachedData();
		writeCache(directory, cacheName, data, new RegExp(`^${name}-[0-9a-f]+\\.v8cache$`), 1);
	};
	return {exports: module.exports, saveCache, snapshot};
}
