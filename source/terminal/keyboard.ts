// Where the browser reads keys from. No Ink here: the entry borrows the terminal with it to paint
// the first frame before Ink has loaded (first-paint.ts).
import {openSync} from 'node:fs';
import {createRequire} from 'node:module';

/** The signals that end the browser, and the status it ends with on each. */
export const signals = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/** Why the browser could not open; the entry prints instead. */
export class NoTerminalError extends Error {}

/** Where keys are read from, and the switch of its raw mode. */
export type Keyboard = {
	readonly stdin: NodeJS.ReadStream;
	readonly close: () => void;
	/** Raw mode on or off; nothing when the terminal is gone (SIGHUP). */
	readonly setRaw: (on: boolean) => void;
};

function withRawMode(stdin: NodeJS.ReadStream, close: () => void): Keyboard {
	const setRaw = (on: boolean) => {
		try {
			if (stdin.isTTY) stdin.setRawMode(on);
		} catch {
			// The terminal may be gone (SIGHUP).
		}
	};
	return {stdin, close, setRaw};
}

/** Keys come from stdin when it is a terminal, else from the controlling terminal (/dev/tty). */
export function keyboard(): Keyboard {
	if (process.stdin.isTTY) return withRawMode(process.stdin, () => {});
	let fd: number;
	try {
		fd = openSync('/dev/tty', 'r');
	} catch (error) {
		throw new NoTerminalError(`no terminal to read keys from (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
	}
	// Required here, not imported: node:tty loads Node's net and stream modules, which a print (the
	// entry's bundle holds this file) must not pay for (startup/builtins.test.ts). From Node's own
	// path: a builtin resolves the same from anywhere, and the browser's bundle, which holds this
	// file too, has no import.meta.url (see build.ts).
	const {ReadStream} = createRequire(process.execPath)('node:tty') as typeof import('node:tty');
	const stdin = new ReadStream(fd) as NodeJS.ReadStream;
	return withRawMode(stdin, () => stdin.destroy());
}
