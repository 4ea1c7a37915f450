// The first frame, painted by the entry before the browser's bundle loads. Loading Ink and React
// and drawing through them is most of what the browser's start costs above printing (the bundle
// compiled or read from its code cache, React's first render, Ink's layout and output); the frame
// itself is lines that browser/screen.ts composes without either. So the entry borrows the
// terminal (raw mode, the alternate screen: the same modes, by the same code, that the browser
// would take), writes the opening state's frame, and hands the terminal to the browser, whose first
// frame is the same (browser/opening.ts) and so changes nothing on screen. Keys typed meanwhile
// wait in the terminal, unechoed, for the browser to read them.
//
// No Ink or React here: this file is part of the CLI's bundle (main.cjs), which the package ships
// a code cache for.

import {writeSync} from 'node:fs';
import {openingState} from '../browser/opening.js';
import {frame, LayoutCache} from '../browser/screen.js';
import type {Start} from '../browser/state.js';
import type {Document} from '../layout/document.js';
import {type ColorMode, renderLine} from '../layout/render-text.js';
import type {Theme} from '../layout/theme.js';
import {type Keyboard, keyboard, signals} from './keyboard.js';
import {TerminalModes} from './modes.js';

/** The terminal as the entry borrowed it, for the browser to carry on with. */
export type Taken = Keyboard & {
	readonly modes: TerminalModes;
	/** The size the frame was painted at. */
	readonly size: {readonly columns: number; readonly rows: number};
	/** The sections laid out for it, for the browser's layout cache to start from (LayoutCache.seed). */
	readonly laidOut: ReturnType<LayoutCache['laidOut']>;
	/**
	 * The browser holds the terminal now: the entry's handlers for signals go. True when a stop
	 * (SIGTSTP from outside) came meanwhile, for the browser to do as it does one.
	 */
	readonly handOver: () => boolean;
	/** Gives the terminal back as it was found, unless the browser took it over. */
	readonly giveBack: () => void;
};

/** What the first frame shows, and how (the browser's options are these and more). */
export type Paint = {
	readonly document: Document;
	readonly start: Start;
	readonly query: string | undefined;
	readonly ascii: boolean;
	readonly color: ColorMode;
	/** The palette of the first frame. */
	readonly theme: Theme;
	/** Ask the terminal for its background (OSC 11) and re-colour if it says otherwise (the browser asks). */
	readonly askTheme: boolean;
	readonly hyperlinks: boolean;
};

/** Writes straight to the terminal; nothing to do when it is gone. */
function write(text: string): void {
	try {
		writeSync(process.stdout.fd, text);
	} catch {
		// A terminal that went away: the browser finds out and leaves.
	}
}

/** The frame's text: each line as the browser's one component draws it, from the top left. */
function paintedText(lines: readonly string[]): string {
	// Home, the rows (none ends in a newline: a newline after the last row would scroll the
	// screen), and home again, where Ink starts its first frame.
	return `\u001b[H${lines.join('\n')}\u001b[H`;
}

/**
 * Borrows the terminal and paints the opening frame. Undefined when there is no terminal to read
 * keys from (the browser then says so, and the entry prints).
 */
export function paintFirstFrame(paint: Paint): Taken | undefined {
	let kept: Keyboard;
	try {
		kept = keyboard();
	} catch {
		return undefined;
	}
	const {close, setRaw} = kept;
	const stdout = process.stdout;
	const size = {columns: stdout.columns || 80, rows: stdout.rows || 24};
	const modes = new TerminalModes(write, {mouse: paint.start.mouse ?? true});
	let held = true;
	const giveBack = () => {
		if (!held) return;
		held = false;
		removeHandlers();
		setRaw(false);
		modes.giveBack();
		close();
	};
	const onSignal = (signal: keyof typeof signals) => {
		giveBack();
		process.exit(signals[signal]);
	};
	// A stop from outside (kill -TSTP) must not stop us holding the terminal, as SIGTSTP's default
	// action would: it is kept for the browser, which gives the terminal back before it stops; a
	// continue after it (kill -CONT) takes it back, as it would have resumed a process stopped.
	let stopAsked = false;
	const onStop = () => {
		stopAsked = true;
	};
	const onContinue = () => {
		stopAsked = false;
	};
	const removeHandlers = () => {
		for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.off(signal, onSignal);
		process.off('SIGTSTP', onStop);
		process.off('SIGCONT', onContinue);
	};
	for (const signal of Object.keys(signals) as (keyof typeof signals)[]) process.on(signal, onSignal);
	process.on('SIGTSTP', onStop);
	process.on('SIGCONT', onContinue);
	// As the browser does: raw mode first (a key typed now is neither echoed nor a signal), then
	// the modes. The question about the background is left to the browser, asked once it reads
	// the answer: asked here, a bundle that failed to load, or a signal before it had, would leave
	// the answer to be read by the shell, typed at its prompt.
	setRaw(true);
	modes.take();
	const cache = new LayoutCache(paint.document);
	try {
		const state = openingState({cache, size, ascii: paint.ascii, start: paint.start, query: paint.query});
		const {lines} = frame({cache, size, ascii: paint.ascii, state});
		const options = {color: paint.color, theme: paint.theme, hyperlinks: paint.hyperlinks};
		// An empty line is written as nothing, as Ink writes it (its component draws a space only to
		// give the line a height, and trims it from what it writes).
		write(paintedText(lines.map((line) => renderLine(line, options))));
	} catch (error) {
		giveBack();
		throw error;
	}
	return {
		...kept,
		modes,
		size,
		laidOut: cache.laidOut(),
		handOver: () => {
			held = false;
			removeHandlers();
			return stopAsked;
		},
		giveBack,
	};
}
