// The interactive browser's shell: borrows the terminal (alternate screen, raw mode, hidden
// cursor), runs the Ink app, and gives the terminal back exactly as it was on every way out:
// q, Ctrl-C, SIGINT, SIGTERM, SIGHUP, an error while rendering, or stdout going away.
// Loaded only when the browser opens, so printing never pays for Ink and React.

import {openSync, writeSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {type Instance, render, useInput} from 'ink';
import {type ReactNode, useState} from 'react';
import type {ListEntry} from '../browser/list.js';
import type {Start} from '../browser/state.js';
import type {Document} from '../layout/document.js';
import type {ColorMode} from '../layout/render-text.js';
import {App} from './app.js';
import {Shell} from './shell.js';
import {createSizeStore} from './size.js';

const enterScreen = '\u001b[?1049h\u001b[H';
// Show the cursor, reset styles, leave the alternate screen (which restores the main screen and
// the cursor position saved on entry).
const leaveScreen = '\u001b[?25h\u001b[0m\u001b[?1049l';

const signals = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/** What the browser needs from the entry. */
export type InteractiveOptions = {
	/** The comparison to browse; or, with list, the first screen is a list of comparisons instead. */
	readonly document: Document | undefined;
	readonly list?: readonly ListEntry[];
	readonly start: Start;
	readonly query: string | undefined;
	readonly ascii: boolean;
	readonly color: ColorMode;
	readonly hyperlinks: boolean;
	/** Runs after the terminal is restored (the entry saves the code cache then). */
	readonly onExit?: () => void;
};

/**
 * Fault injection for the tests that prove every way out restores the terminal:
 * TRADEOFF_FAULT=render throws while rendering after the first key, =throw throws outside React.
 */
function Faults({fault, children}: {readonly fault: string | undefined; readonly children: ReactNode}) {
	const [armed, setArmed] = useState(false);
	useInput(() => {
		if (fault === 'render') setArmed(true);
		if (fault === 'throw')
			setTimeout(() => {
				throw new Error('injected fault outside rendering');
			});
	});
	if (armed) throw new Error('injected fault while rendering');
	return children;
}

/** Why the browser could not open; the entry prints instead. */
export class NoTerminalError extends Error {}

/** Keys come from stdin when it is a terminal, else from the controlling terminal (/dev/tty). */
function keyboard(): {stdin: NodeJS.ReadStream; close: () => void} {
	if (process.stdin.isTTY) return {stdin: process.stdin, close: () => {}};
	let fd: number;
	try {
		fd = openSync('/dev/tty', 'r');
	} catch (error) {
		throw new NoTerminalError(`no terminal to read keys from (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
	}
	const stdin = new ReadStream(fd) as NodeJS.ReadStream;
	return {stdin, close: () => stdin.destroy()};
}

/** Runs the browser until the reader quits; resolves with the exit status. */
export async function runInteractive(options: InteractiveOptions): Promise<number> {
	const {stdin, close} = keyboard();
	const stdout = process.stdout;
	let instance: Instance | undefined;
	let tree: ReactNode;
	// On resize, render the new size at once (Ink's rerender flushes React's pending work).
	const sizes = createSizeStore(stdout, () => instance?.rerender(tree));
	let status = 0;
	let restored = false;

	// Idempotent, synchronous and safe to call from any exit path, even with stdout gone.
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			instance?.unmount();
		} catch {
			// Unmounting writes a last frame; stdout may already be gone.
		}
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {
			// The terminal may be gone (SIGHUP).
		}
		try {
			writeSync(stdout.fd, leaveScreen);
		} catch {
			// Nothing left to restore on a closed terminal.
		}
		sizes.dispose();
		close();
	};

	const onSignal = (signal: keyof typeof signals) => {
		restore();
		process.exit(signals[signal]);
	};
	const onFatal = (error: unknown) => {
		restore();
		const detail = process.env.TRADEOFF_DEBUG && error instanceof Error ? error.stack : String(error);
		process.stderr.write(`tradeoff: unexpected error: ${detail}\n`);
		process.exit(1);
	};
	const onOutputError = (error: NodeJS.ErrnoException) => {
		// The terminal went away under us (closed, hung up): nothing to draw on, leave quietly.
		restore();
		process.exit(error.code === 'EPIPE' || error.code === 'EIO' ? 129 : 1);
	};
	for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.on(signal, onSignal);
	process.on('uncaughtException', onFatal);
	process.on('unhandledRejection', onFatal);
	stdout.on('error', onOutputError);

	try {
		writeSync(stdout.fd, enterScreen);
		const fault = process.env.TRADEOFF_FAULT;
		const onQuit = (code: number) => {
			status = code;
			instance?.unmount();
		};
		let app: ReactNode;
		if (options.list) {
			app = (
				<Shell
					entries={options.list}
					ascii={options.ascii}
					color={options.color}
					hyperlinks={options.hyperlinks}
					differences={options.start.differences ?? false}
					sizes={sizes}
					onQuit={onQuit}
				/>
			);
		} else if (options.document) {
			app = (
				<App
					document={options.document}
					start={options.start}
					{...(options.query === undefined ? {} : {query: options.query})}
					ascii={options.ascii}
					color={options.color}
					hyperlinks={options.hyperlinks}
					sizes={sizes}
					onQuit={onQuit}
				/>
			);
		} else throw new Error('runInteractive needs a document or a list');
		tree = fault ? <Faults fault={fault}>{app}</Faults> : app;
		instance = render(tree, {
			stdin,
			stdout,
			stderr: process.stderr,
			exitOnCtrlC: false,
			patchConsole: false,
			// A key must not wait for a frame slot: render as soon as state changes.
			maxFps: 1000,
		});
		await instance.waitUntilExit();
	} finally {
		restore();
		options.onExit?.();
		for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.off(signal, onSignal);
		process.off('uncaughtException', onFatal);
		process.off('unhandledRejection', onFatal);
	}
	return status;
}
