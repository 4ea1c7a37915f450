// The terminal's background as it last answered the browser (OSC 11), kept in the cache for each
// terminal, so that the next session's first frame, painted before any answer can be read
// (terminal/first-paint.ts), is in the palette the terminal will say rather than dark until it
// says so. The browser asks every time and re-colours if the answer differs (a terminal that
// follows the system's dark mode), and the new answer is kept in place of the old.
import {unlinkSync} from 'node:fs';
import {join} from 'node:path';
import type {Theme} from '../layout/theme.js';
import {cacheDirectory, fingerprint, readCache, writeCache} from '../startup/cache.js';

/** Which terminal this is, as far as the environment says: each may have a background of its own. */
function terminalKey(env: NodeJS.ProcessEnv): string {
	// TERM_PROGRAM names most emulators, LC_TERMINAL iTerm2 across ssh; inside tmux, tmux answers.
	return ['background 1', env.TERM_PROGRAM ?? '', env.LC_TERMINAL ?? '', env.TERM ?? '', env.TMUX ? 'tmux' : ''].join(
		'\u0000',
	);
}

/** Where this terminal's answer is kept, or undefined when the cache is off. */
function place(env: NodeJS.ProcessEnv): {directory: string; name: string} | undefined {
	const directory = cacheDirectory(env);
	return directory ? {directory, name: `background-${fingerprint(terminalKey(env))}`} : undefined;
}

/** The palette this terminal's last answer called for, if one is kept. */
export function rememberedBackground(env: NodeJS.ProcessEnv): Theme | undefined {
	const kept = place(env);
	const text = kept ? readCache(join(kept.directory, kept.name))?.toString('latin1') : undefined;
	return text === 'light' || text === 'dark' ? text : undefined;
}

/**
 * Keeps the palette this terminal's answer calls for (nothing is written when it is kept already),
 * or forgets it (undefined): a terminal that did not answer, under a key it shares with one that
 * did (mosh answers no OSC 11, and many terminals set no TERM_PROGRAM).
 */
export function rememberBackground(env: NodeJS.ProcessEnv, theme: Theme | undefined): void {
	const kept = place(env);
	if (!kept || rememberedBackground(env) === theme) return;
	if (theme === undefined) {
		try {
			unlinkSync(join(kept.directory, kept.name));
		} catch {
			// Gone already, or not ours to remove: nothing in the cache is a reason to fail.
		}
		return;
	}
	writeCache(kept.directory, kept.name, theme, /^background-[0-9a-f]{16}$/, 8);
}
