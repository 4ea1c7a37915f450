// Loads the interactive browser (Ink, React and our app, built as one CommonJS file) through a V8
// code cache. Compiling that file is a large part of the first frame; with the cache, V8 reuses the
// bytecode of the last run, including every function the first frame needed. The cache lives in
// the user's cache directory; one made by another version of tradeoff or of Node, a damaged one or
// a foreign file is rejected by V8 (or never matched by name) and the browser starts normally,
// writing a fresh cache when it exits. TRADEOFF_CACHE=0 turns it off.
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import type * as Interactive from './interactive.js';

/** What the loader gives back: the module, and a way to save the cache if it needs saving. */
export type Loaded = {readonly module: typeof Interactive; readonly saveCache: () => void};

/** The directory for the code cache, or undefined when caching is off. */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
	if (env.TRADEOFF_CACHE === '0') return undefined;
	if (env.TRADEOFF_CACHE_DIR) return env.TRADEOFF_CACHE_DIR;
	const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(base, 'tradeoff');
}

function read(file: string): Buffer | undefined {
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

/** Loads the browser's CommonJS file (build/interactive.cjs), from the code cache when there is a usable one. */
export function loadInteractive(location: URL, env: NodeJS.ProcessEnv): Loaded {
	const file = fileURLToPath(location);
	const source = readFileSync(file, 'utf8');
	const directory = cacheDirectory(env);
	const key = createHash('sha256')
		.update(source)
		.update(process.version)
		.update(process.arch)
		.digest('hex')
		.slice(0, 16);
	const cacheFile = directory ? join(directory, `interactive-${key}.v8cache`) : undefined;
	const cachedData = cacheFile ? read(cacheFile) : undefined;
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
		if (!directory || !cacheFile || (cachedData && !script.cachedDataRejected)) return;
		try {
			makeDirectory(directory);
			// Caches of other builds are of no use any more.
			for (const name of readdirSync(directory)) {
				if (/^interactive-[0-9a-f]+\.v8cache$/.test(name) && join(directory, name) !== cacheFile)
					unlinkSync(join(directory, name));
			}
			// Written whole, then renamed: a reader never sees half a cache.
			const temporary = `${cacheFile}.${process.pid}.tmp`;
			writeFileSync(temporary, script.createCachedData());
			renameSync(temporary, cacheFile);
		} catch {
			// A cache that cannot be written only costs the next start some time.
		}
	};
	return {module: module.exports as typeof Interactive, saveCache};
}
