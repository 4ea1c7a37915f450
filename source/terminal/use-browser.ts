import {useInput} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {type Command, commandFor, type KeyContext} from '../browser/keymap.js';
import {openableUrl} from '../browser/links.js';
import {mouseCommands} from '../browser/mouse.js';
import {openingState} from '../browser/opening.js';
import {applyCommands, type Frame, frame, type LayoutCache, type Size} from '../browser/screen.js';
import {type BrowserState, keyContext, type Start} from '../browser/state.js';
import {pastedText} from '../browser/terminal-input.js';
import type {Decision} from '../model/decision.js';
import type {Copied} from './clipboard.js';
import {keyNames} from './key-names.js';
import {useTerminalEvents} from './use-terminal-events.js';

/** What the browser hook needs. */
export type BrowserOptions = {
	readonly cache: LayoutCache;
	readonly size: Size;
	readonly ascii: boolean;
	readonly start: Start;
	/** A search to begin with (--search), run once the first frame is known. */
	readonly query?: string;
	/** Called with the exit status when a key quits. */
	readonly onQuit: (code: number) => void;
	/** Called for Ctrl-Z: give the terminal back and stop until fg. */
	readonly onSuspend?: () => void;
	/** Called when the reader takes the mouse or leaves it to the terminal (M), and at start. */
	readonly onMouseCapture?: (on: boolean) => void;
	/** Called when Esc has nothing left to close (no search, no overlay): back to a list. */
	readonly onBack?: () => void;
	/** Opens an address in the system's browser; `report` gets what happened, for the footer. */
	readonly onOpenUrl?: (url: string, report: (message: string) => void) => void;
	/** Puts text in the clipboard. */
	readonly onCopy?: (text: string) => Copied;
	/** Called with the reader's decision whenever it changes (and once at start). */
	readonly onDecision?: (decision: Decision) => void;
};

/**
 * How long digits wait for the next one (1 then 2 is section 12): long enough for two keys typed
 * one after the other, short enough that a lone 1 does not feel held back.
 */
export const digitPause = 500;

/**
 * Milliseconds of laying out ahead between two looks at the input: a key pressed meanwhile waits
 * at most this long, plus one part (a paragraph, or 64 rows of a table).
 */
export const aheadSlice = 4;

/**
 * Calls work again and again while it returns true, for aheadSlice milliseconds at a time, each
 * slice on its own turn of the event loop (setImmediate: after the input that has arrived is
 * read). Returns what stops it.
 */
export function whileIdle(work: () => boolean, slice = aheadSlice): () => void {
	let timer: NodeJS.Immediate | undefined;
	const step = () => {
		const until = performance.now() + slice;
		do if (!work()) return;
		while (performance.now() < until);
		timer = setImmediate(step);
	};
	timer = setImmediate(step);
	return () => clearImmediate(timer);
}

function contextOf(state: BrowserState): KeyContext {
	return keyContext(state);
}

/**
 * Where React state meets the keyboard and the mouse: the browsing state, the keys, clicks and
 * pastes that change it, and the frame.
 */
export function useBrowser(options: BrowserOptions): Frame {
	// The opening state straight away (browser/opening.ts): the frame the entry painted before Ink
	// loaded is this state's, so the first frame Ink draws changes nothing on screen.
	const [state, setState] = useState<BrowserState>(() =>
		openingState({
			cache: options.cache,
			size: options.size,
			ascii: options.ascii,
			start: options.start,
			query: options.query,
		}),
	);
	const current = frame({cache: options.cache, state, size: options.size, ascii: options.ascii});
	// The input handlers work from what is on screen now (scroll already kept in range for this size)...
	const shown = useRef({frame: current, from: state});
	shown.current = {frame: current, from: state};
	// ...or from a newer state React has yet to render: input can arrive between a state change and
	// its render (an Esc then a q a moment later must find the search closed, not type "q" into it).
	const newest = useRef(state);
	const rendered = useRef(state);
	if (rendered.current !== state) {
		rendered.current = state;
		newest.current = state;
	}
	const latest = useRef(options);
	latest.current = options;
	/**
	 * A batch of commands applied in order from the state on screen, as the keys of one chunk or
	 * the commands of one click; quit, suspend and going back to a list are done rather than reduced.
	 */
	const begin = () => {
		const {cache, size, ascii} = latest.current;
		const from = newest.current;
		const base = from === shown.current.from ? shown.current.frame : frame({cache, size, ascii, state: from});
		let next = {state: base.state, extent: base.extent};
		let quit = false;
		// What the shell does outside the state (open a link, copy), then says in the footer.
		const act = (command: Command) => {
			const shown = frame({cache, size, ascii, state: next.state});
			const say = (text: string) => {
				next = applyCommands({cache, size, ascii, state: next.state}, next.extent, [{type: 'notice', text}]);
			};
			if (command.type === 'copySection') {
				const markdown = shown.sectionMarkdown();
				const copied = latest.current.onCopy?.(markdown);
				const section = cache.document.comparison.sections[next.state.section];
				const title = section?.title ?? '';
				if (copied && !copied.terminal) {
					// Past what terminals take: said, with the way to have it all the same.
					const size = `${Math.ceil(Buffer.byteLength(markdown) / 1024)} KB`;
					say(
						copied.tmux
							? `copied "${title}" to tmux's buffer only (${size}, too long for the terminal)`
							: `too long to copy (${size}): add -s ${section?.id ?? ''} --format markdown to print it`,
					);
					return;
				}
				say(`copied "${title}" as Markdown (${markdown.split('\n').length - 1} lines)`);
				return;
			}
			const url = shown.link;
			if (url === undefined) {
				say('this reference has no address');
				return;
			}
			if (command.type === 'copyLink') {
				latest.current.onCopy?.(url);
				say(`copied ${url}`);
				return;
			}
			const allowed = openableUrl(url);
			if (!allowed.ok) {
				say(allowed.reason);
				return;
			}
			say(`opening ${url}`);
			// The answer comes later: a batch of its own, from whatever is on screen then.
			latest.current.onOpenUrl?.(url, (message) => {
				const later = begin();
				later.apply({type: 'notice', text: message});
				later.end();
			});
		};
		return {
			/** The frame the batch starts from: what a click lands on. */
			base,
			state: () => next.state,
			apply(command: Command | undefined) {
				if (!command || quit) return;
				const {onBack} = latest.current;
				if (command.type === 'quit') {
					quit = true;
					latest.current.onQuit(command.code);
				} else if (command.type === 'suspend') latest.current.onSuspend?.();
				else if (command.type === 'openLink' || command.type === 'copyLink' || command.type === 'copySection')
					act(command);
				else if (command.type === 'searchCancel' && !next.state.search && !next.state.overlay && onBack) {
					// Esc with nothing left to close: back to the list this comparison was opened from.
					quit = true;
					onBack();
				} else next = applyCommands({cache, size, ascii, state: next.state}, next.extent, [command]);
			},
			end() {
				if (quit || next.state === base.state) return;
				newest.current = next.state;
				setState(next.state);
			},
		};
	};

	// The pause after a digit is time, which the pure reducer has none of: when it ends, the digits
	// typed so far act (digitsDone). Any key before then restarts it or settles them.
	useEffect(() => {
		if (state.digits === undefined) return undefined;
		const timer = setTimeout(() => {
			const batch = begin();
			batch.apply({type: 'digitsDone'});
			batch.end();
		}, digitPause);
		return () => clearTimeout(timer);
	}, [state]);

	useInput((input, key) => {
		const batch = begin();
		// Each key's context follows the keys before it: "/" then "q" types a q into the search.
		for (const name of keyNames(input, key)) batch.apply(commandFor(name, contextOf(batch.state())));
		batch.end();
	});

	useTerminalEvents((event) => {
		const batch = begin();
		const now = batch.state();
		if (event.kind === 'mouse') {
			// With the mouse left to the terminal, a late report is not ours to act on.
			if (now.mouse) for (const command of mouseCommands(event.mouse, batch.base)) batch.apply(command);
		} else if (contextOf(now) === 'search') {
			// A paste is text for the search; anywhere else it is ignored, never run as keys.
			const text = pastedText(event.text);
			if (text !== '') batch.apply({type: 'searchType', text});
		} else if (contextOf(now) === 'note') {
			// And for a note being written, as one line.
			const text = pastedText(event.text);
			if (text !== '') batch.apply({type: 'noteType', text});
		}
		batch.end();
	});

	// While no key is waiting, the sections not opened yet are laid out a few milliseconds at a time
	// (setImmediate runs after pending input has been read), so that the first visit to a long
	// section, or the first search, finds the lines ready. Each frame brings its own width and view.
	const ahead = current.ahead;
	useEffect(() => whileIdle(ahead), [ahead]);

	// Each change of the decision goes to whoever keeps it: a score, a weight, a note kept.
	const decision = current.state.decision;
	useEffect(() => {
		latest.current.onDecision?.(decision);
	}, [decision]);

	const mouse = current.state.mouse;
	useEffect(() => {
		latest.current.onMouseCapture?.(mouse);
	}, [mouse]);
	return current;
}
