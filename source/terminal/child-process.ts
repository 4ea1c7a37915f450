// node:child_process, loaded when a program is first started (a link opened, a copy into tmux's
// buffer), never at the browser's start: importing it cost ~4 ms of the first frame (sampled). A
// require made from Node's own path: the builtin resolves the same from anywhere, and the
// browser's bundle has no import.meta.url of its own (see build.ts).
import {createRequire} from 'node:module';

/** Node's spawn, loaded on first use. */
export function spawnProgram(...args: Parameters<typeof import('node:child_process').spawn>) {
	const {spawn} = createRequire(process.execPath)('node:child_process') as typeof import('node:child_process');
	return spawn(...args);
}
