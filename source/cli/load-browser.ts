// Loads the interactive browser (Ink, React and our app, built as one CommonJS file) through a V8
// code cache (compile-cache.ts). Compiling that file is a large part of the first frame; with the
// cache, V8 reuses the bytecode of the last session, including every function the first frame
// needed. The browser saves the cache when it exits, so it holds everything the session compiled.
import {fileURLToPath} from 'node:url';
import {requireCached} from '../startup/compile-cache.js';
import type * as Interactive from '../terminal/interactive.js';

declare const TRADEOFF_INTERACTIVE_HASH: string | undefined;

/** What the loader gives back: the module, and a way to save the cache if it needs saving. */
export type Loaded = {
	readonly module: typeof Interactive;
	readonly saveCache: () => void;
	/** Takes the cache's bytes now: what the first frame needed (see compile-cache.ts). */
	readonly snapshot: () => void;
};

/**
 * Loads the browser's CommonJS file (build/interactive.cjs), from the code cache when there is a
 * usable one. A comparison and a list of them first draw with different code, and a cache, once
 * taken, is not written again: each keeps a cache of its own (`interactive-…`,
 * `interactive-list-…`). With one for both, a first session on a folder left a cache of the
 * list's code, and every comparison's first frame after it compiled the rest (278.7 against 258.4
 * million instructions, callgrind).
 */
export function loadInteractive(location: URL, env: NodeJS.ProcessEnv, view: 'comparison' | 'list'): Loaded {
	// The build hashes build/interactive.cjs into this file's bundle (see compile-cache.ts).
	const built = typeof TRADEOFF_INTERACTIVE_HASH === 'string' ? TRADEOFF_INTERACTIVE_HASH : undefined;
	const name = view === 'list' ? 'interactive-list' : 'interactive';
	const {exports, saveCache, snapshot} = requireCached(fileURLToPath(location), name, built, env);
	return {module: exports as typeof Interactive, saveCache, snapshot};
}
