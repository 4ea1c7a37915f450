// The interactive browser's shell: borrows the terminal (alternate screen, raw mode, hidden
// cursor, bracketed paste, the mouse), runs the Ink app, and gives the terminal back exactly as it
// was on every way out: q, Ctrl-C, SIGINT, SIGTERM, SIGHUP, an error while rendering, or stdout
// going away; and for a while on Ctrl-Z, taking it again on fg. Keys reach Ink through the
// input splitter, so mouse reports, pastes and the terminal's answers never become keys.
// Loaded only when the browser opens, so printing never pays for Ink and React.

import {writeSync} from 'node:fs';
import {type Instance, render, useInput, useStdout} from 'ink';
import {type ReactNode, useEffect, useState} from 'react';
import type {ListEntry} from '../browser/list.js';
import type {Document} from '../layout/document.js';
import {type Theme, themeForBackground} from '../layout/theme.js';
import type {Decision} from '../model/decision.js';
import {App} from './app.js';
import {copyToClipboard} from './clipboard.js';
import type {Paint, Taken} from './first-paint.js';
import {type TerminalAnswer, TerminalInput} from './input-stream.js';
import {watchJobControl} from './job-control.js';
import {keyboard, signals} from './keyboard.js';
import {sequences, TerminalModes} from './modes.js';
import {openUrl} from './open-link.js';
import {Shell} from './shell.js';
import {createSizeStore} from './size.js';
import {TerminalEventsContext} from './use-terminal-events.js';

export {NoTerminalError} from './keyboard.js';

/** What the browser needs from the entry. */
export type InteractiveOptions = Omit<Paint, 'document'> & {
	/** The comparison to browse; or, with list, the first screen is a list of comparisons instead. */
	readonly document: Document | undefined;
	readonly list?: readonly ListEntry[];
	/** Runs once the first frame is drawn (the entry takes the code cache's bytes then). */
	readonly onFirstFrame?: () => void;
	/**
	 * The palette to take when the terminal does not answer OSC 11, where the first frame's came
	 * from an earlier answer (the entry's memory of this terminal).
	 */
	readonly unanswered?: Theme;
	/**
	 * Gets the palette the terminal's answer to OSC 11 calls for (the entry keeps it for the next
	 * session), or undefined when the terminal did not answer after the first frame used a kept one.
	 */
	readonly onBackground?: (theme: Theme | undefined) => void;
	/** Runs after the terminal is restored (the entry saves the code cache then). */
	readonly onExit?: () => void;
	/** Gets each change of the reader's decision (the entry keeps it on disk). */
	readonly onDecision?: (decision: Decision) => void;
	/** In a list: the decision kept for the comparison at an index, as it is opened. */
	readonly decisionFor?: (index: number) => KeptDecision | undefined;
	/** Runs as the terminal is given back on Ctrl-Z (the entry saves the decision then). */
	readonly onRelease?: () => void;
	/** The terminal as the entry borrowed it to paint the first frame (first-paint.ts). */
	readonly taken?: Taken;
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

/** A decision the entry keeps on disk, as the browser gets it: what it holds now, and where changes go. */
export type KeptDecision = {
	readonly decision: Decision;
	/** A line for the footer of the first frame. */
	readonly notice?: string;
	readonly change: (decision: Decision) => void;
};

/**
 * Draws Ink's last frame again in full: writing through Ink clears what it drew and draws it
 * anew, which is what a screen the shell has used needs after fg.
 */
function Redraw({onReady}: {readonly onReady: (redraw: () => void) => void}) {
	const {write} = useStdout();
	useEffect(() => onReady(() => write('')), [write, onReady]);
	return null;
}

/**
 * Re-reads the terminal's size: it may have changed while we were stopped (no SIGWINCH reaches a
 * stopped job), or while this bundle loaded (the SIGWINCH still waits in the event loop).
 */
function refreshSize(stdout: NodeJS.WriteStream): void {
	// Node's own handler for SIGWINCH; it emits 'resize' when the size changed.
	const refresh = (stdout as {_refreshSize?: () => void})._refreshSize;
	if (typeof refresh === 'function') refresh.call(stdout);
	else process.kill(process.pid, 'SIGWINCH');
}

/** Runs the browser until the reader quits; resolves with the exit status. */
export async function runInteractive(options: InteractiveOptions): Promise<number> {
	const {taken} = options;
	const {stdin, close, setRaw} = taken ?? keyboard();
	const stdout = process.stdout;
	let instance: Instance | undefined;
	let tree: () => ReactNode = () => null;
	let theme = options.theme;
	let redraw: (() => void) | undefined;
	const write = (text: string) => {
		try {
			writeSync(stdout.fd, text);
		} catch {
			// Nothing left to restore on a closed terminal.
		}
	};
	const modes = taken?.modes ?? new TerminalModes(write, {mouse: options.start.mouse ?? true});
	// The answer to OSC 11 counts until the answer to DA1 that fences it: after that, a terminal
	// that did not answer will not, and any later colour is not an answer to us.
	let listening = options.askTheme;
	// Whether the terminal answered the question last asked, before the DA1 answer that fences it.
	let heard = false;
	const recolour = (next: Theme) => {
		if (next === theme) return;
		theme = next;
		instance?.rerender(tree());
	};
	const onAnswer = (answer: TerminalAnswer) => {
		if (answer.kind === 'attributes') {
			// No answer this time, and the palette was one kept from an earlier answer under this
			// terminal's key, which another terminal may share (mosh answers no OSC 11): not to be
			// trusted, it goes, and the palette is the one without an answer.
			if (listening && !heard && options.unanswered !== undefined) {
				options.onBackground?.(undefined);
				recolour(options.unanswered);
			}
			listening = false;
		} else if (listening) {
			heard = true;
			const answered = themeForBackground(answer.rgb);
			options.onBackground?.(answered);
			recolour(answered);
		}
	};
	const input = new TerminalInput(stdin, onAnswer);
	// The size now, not as the last SIGWINCH handled left it: one may wait in the event loop still,
	// as it does when the terminal was resized while the entry painted the first frame and this
	// bundle loaded, and Ink's first frame would be drawn at the old size.
	refreshSize(stdout);
	// On resize, render the new size at once (Ink's rerender flushes React's pending work).
	const sizes = createSizeStore(stdout, () => instance?.rerender(tree()));
	const askTheme = () => {
		if (!options.askTheme) return;
		listening = true;
		heard = false;
		write(sequences.askBackground);
	};
	const jobs = watchJobControl({
		release: () => {
			options.onRelease?.();
			modes.giveBack();
			setRaw(false);
			input.reset();
		},
		retake: () => {
			// Raw mode first: if we were continued in the background (bg), this stops us again
			// (SIGTTOU) before anything is drawn over the shell.
			setRaw(true);
			modes.take();
			// The background may have changed too (a terminal that follows the system's dark mode).
			askTheme();
			refreshSize(stdout);
			redraw?.();
		},
	});
	let status = 0;
	let restored = false;
	// A stop from outside that came while the entry held the terminal (first-paint.ts).
	let stopAsked = false;

	// Idempotent, synchronous and safe to call from any exit path, even with stdout gone.
	const restore = () => {
		if (restored) return;
		restored = true;
		jobs.dispose();
		try {
			instance?.unmount();
		} catch {
			// Unmounting writes a last frame; stdout may already be gone.
		}
		input.close();
		setRaw(false);
		modes.giveBack();
		sizes.dispose();
		close();
	};

	const onSignal = (signal: keyof typeof signals) => {
		restore();
		process.exit(signals[signal]);
	};
	const onFatal = (error: unknown) => {
		// The terminal first, then the message: it must land on the main screen with mouse
		// reporting off, where the reader can read and select it.
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
		// Raw mode before the first frame: Ink would set it only after drawing, and a key (Ctrl-C
		// above all: the terminal would turn it into SIGINT for the whole process group, the
		// user's shell included) typed as that frame appears would be read in cooked mode.
		if (taken) {
			// The entry did all of this and painted the first frame; the terminal is ours now. Ink
			// draws its first frame over the paint, the same frame at the same size; at another
			// size (resized meanwhile) it would leave parts of the paint where its rows are shorter.
			stopAsked = taken.handOver();
			// Asked now that the answer will be read (first-paint.ts says why not before).
			askTheme();
			const size = sizes.getSnapshot();
			if (size.columns !== taken.size.columns || size.rows !== taken.size.rows) write(sequences.clearScreen);
		} else {
			setRaw(true);
			modes.take();
			// Asked now and answered while the first frame is drawn: the frame is not delayed, and a
			// different answer re-colours it a moment later.
			askTheme();
		}
		const fault = process.env.TRADEOFF_FAULT;
		const onReady = (ready: () => void) => {
			redraw = ready;
		};
		const onQuit = (code: number) => {
			status = code;
			instance?.unmount();
		};
		// Out of the key handler first: the process stops inside suspend().
		const onSuspend = () => setImmediate(jobs.suspend);
		const onMouseCapture = (on: boolean) => modes.setMouse(on);
		// Straight to the terminal, between Ink's frames: OSC 52 moves no cursor.
		const onCopy = (text: string) => copyToClipboard(text, write);
		const onOpenUrl = (url: string, report: (message: string) => void) => openUrl(url, report);
		const {document, list} = options;
		if (!document && !list) throw new Error('runInteractive needs a document or a list');
		tree = () => {
			const app = list ? (
				<Shell
					entries={list}
					ascii={options.ascii}
					color={options.color}
					theme={theme}
					hyperlinks={options.hyperlinks}
					differences={options.start.differences ?? false}
					mouse={options.start.mouse ?? true}
					sizes={sizes}
					onQuit={onQuit}
					onSuspend={onSuspend}
					onMouseCapture={onMouseCapture}
					onOpenUrl={onOpenUrl}
					onCopy={onCopy}
					{...(options.decisionFor ? {decisionFor: options.decisionFor} : {})}
				/>
			) : (
				document && (
					<App
						document={document}
						start={options.start}
						{...(options.query === undefined ? {} : {query: options.query})}
						ascii={options.ascii}
						color={options.color}
						theme={theme}
						hyperlinks={options.hyperlinks}
						sizes={sizes}
						onQuit={onQuit}
						onSuspend={onSuspend}
						onMouseCapture={onMouseCapture}
						onOpenUrl={onOpenUrl}
						onCopy={onCopy}
						{...(options.onDecision ? {onDecision: options.onDecision} : {})}
						{...(taken ? {laidOut: taken.laidOut} : {})}
					/>
				)
			);
			return (
				<TerminalEventsContext.Provider value={input.events}>
					{fault ? <Faults fault={fault}>{app}</Faults> : app}
					<Redraw onReady={onReady} />
				</TerminalEventsContext.Provider>
			);
		};
		instance = render(tree(), {
			stdin: input.keys,
			stdout,
			stderr: process.stderr,
			exitOnCtrlC: false,
			patchConsole: false,
			// A key must not wait for a frame slot: render as soon as state changes.
			maxFps: 1000,
		});
		// The first frame is drawn by now (render draws it before returning); after what is queued.
		setImmediate(() => options.onFirstFrame?.());
		if (stopAsked) onSuspend();
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
