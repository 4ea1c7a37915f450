// Loads the interactive browser (Ink, React and our app, built as one CommonJS file) through a V8
// code cache. Compiling that file is a large part of the first frame; with the cache, V8 reuses the
// bytecode of the last run, including every function the first frame needed. The cache lives in
// the user's cache directory; one made by another version of tradeoff or of Node, a damaged one or
// a foreign file is rejected by V8 (or never matched by name) and the browser starts normally,
// writing a fresh cache when it exits. TRADEOFF_CACHE=0 turns it off.
import {readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {cacheDirectory, readCache, writeCache} from './cache.js';
import type * as Interactive from './interactive.js';

declare const TRADEOFF_INTERACTIVE_HASH: string | undefined;

/**
 * Names the cache after this exact file and this Node. Hashing the 480 KB file here would need
 * node:crypto (~4 ms of the first frame to load, measured), so the build hashes it instead
 * (TRADEOFF_INTERACTIVE_HASH, in this file's bundle) and the file's size and modification time
 * stand for it being unchanged since.
 */
function cacheKey(file: string, source: string): string {
	const built = typeof TRADEOFF_INTERACTIVE_HASH === 'string' ? TRADEOFF_INTERACTIVE_HASH : 'not built';
	const {size, mtimeMs} = statSync(file);
	return fingerprint([built, source.length, size, mtimeMs, process.version, process.arch].join('\u0000'));
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

/** What the loader gives back: the module, and a way to save the cache if it needs saving. */
export type Loaded = {readonly module: typeof Interactive; readonly saveCache: () => void};

/** Loads the browser's CommonJS file (build/interactive.cjs), from the code cache when there is a usable one. */
export function loadInteractive(location: URL, env: NodeJS.ProcessEnv): Loaded {
	const file = fileURLToPath(location);
	const source = readFileSync(file, 'utf8');
	const directory = cacheDirectory(env);
	const key = cacheKey(file, source);
	const cacheFile = directory ? join(directory, `interactive-${key}.v8cache`) : undefined;
	const cachedData = cacheFile ? readCache(cacheFile) : undefined;
	const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
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
	const saveCache = () => {
		if (!directory || (cachedData && !script.cachedDataRejected)) return;
		// Only this build's cache is of any use: keep one.
		writeCache(
			directory,
			`interactive-${key}.v8cache`,
			script.createCachedData(),
			/^interactive-[0-9a-f]+\.v8cache$/,
			1,
		);
	};
	return {module: module.exports as typeof Interactive, saveCache};
}
