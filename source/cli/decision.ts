// The reader's decision at the entry: which file keeps it, opening it (and saying so when a file
// had to be moved aside), and keeping it on disk while the browser runs. Built as a lazy file of
// its own (build/lazy/decision.cjs): a printed comparison never loads it, nor the store it brings.
// Printing it (--verdict) is verdict.ts: the browser opens the decision on every start, and the
// layout a printed verdict needs (already in the CLI's own bundle, but a lazy file is bundled on
// its own) doubled this file's size.

import type {Document} from '../layout/document.js';
import type {Decision} from '../model/decision.js';
import {
	DecisionKeeper,
	decisionFileFor,
	decisionsFolder,
	type OpenedDecision,
	openDecision,
	placeOf,
} from '../store/decision-store.js';

/** Where the comparison named on the command line was read, as the decision's file knows it. */
export function placeOfInput(
	file: string | undefined,
	read: {readonly isUrl: boolean; readonly stdin?: Uint8Array},
): string {
	return placeOf(file, read);
}

/** Where a comparison's decision is kept, and whether its folder is ours to create. */
export type DecisionPlace = {readonly path: string; readonly source: string; readonly makeFolder: boolean};

/** The file that keeps the decision: the one the reader named, else one per place in the data folder. */
export function decisionPlace(
	source: string,
	decisionFile: string | undefined,
	env: Readonly<Record<string, string | undefined>>,
): DecisionPlace {
	if (decisionFile !== undefined) return {path: decisionFile, source, makeFolder: false};
	return {path: decisionFileFor(source, decisionsFolder(env)), source, makeFolder: true};
}

/** Where what the reader must know is said: stderr. */
type Stderr = {readonly write: (text: string) => unknown};

/** Opens the decision, telling stderr (one line each) what the reader must know about its file. */
export function openKept(place: DecisionPlace, stderr: Stderr): OpenedDecision {
	const opened = openDecision(place.path);
	for (const message of opened.messages) say(stderr, message);
	return opened;
}

function say(stderr: Stderr, message: string): void {
	try {
		stderr.write(`tradeoff: ${message}\n`);
	} catch {
		// stderr gone with the terminal (SIGHUP): nothing left to tell.
	}
}

/** What the browser is handed: the decision kept so far, and where each change goes. */
export type DecisionHandle = {
	readonly decision: Decision;
	/** A line for the footer of the first frame: what happened to an unreadable file. */
	readonly notice?: string;
	/** The reader changed the decision: on disk within a second. */
	readonly change: (decision: Decision) => void;
	/** On disk now (Ctrl-Z, and every way out). */
	readonly flush: () => void;
};

/**
 * Keeps a decision on disk while the browser runs: every change saved within a second, and all of
 * it on every way out (the process's exit, which q, Ctrl-C, SIGTERM, SIGHUP and errors all reach).
 * What goes wrong meanwhile is said on stderr once the terminal is the shell's again.
 */
export function keepDecision(
	document: Document,
	place: DecisionPlace,
	stderr: Stderr,
	options: {
		/** Opened while the browser is drawn (from a list): what is said about the file waits for the exit. */
		readonly whileDrawn?: boolean;
	} = {},
): DecisionHandle {
	const later: string[] = [];
	const opened = openDecision(place.path);
	if (options.whileDrawn) later.push(...opened.messages);
	else for (const message of opened.messages) say(stderr, message);
	const keeper = new DecisionKeeper({
		path: place.path,
		about: {title: document.comparison.title, source: place.source},
		opened,
		makeFolder: place.makeFolder,
		onMessage: (message) => later.push(message),
	});
	const flush = () => {
		keeper.flush();
		for (const message of later.splice(0)) say(stderr, message);
	};
	process.on('exit', flush);
	return {
		get decision() {
			return keeper.decision;
		},
		...(opened.messages.length > 0
			? {notice: 'the decision file could not be read: moved aside, a new decision begins (see stderr)'}
			: {}),
		change: (decision) => keeper.change(decision),
		flush,
	};
}
