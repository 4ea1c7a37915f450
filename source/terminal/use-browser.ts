import {useInput} from 'ink';
import {useRef, useState} from 'react';
import {commandFor, type KeyContext} from '../browser/keymap.js';
import {type Frame, frame, type LayoutCache, type Size} from '../browser/screen.js';
import {type BrowserState, initialState, reduce, type Start} from '../browser/state.js';
import {keyNames} from './key-names.js';

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
	/** Called when Esc has nothing left to close (no search, no overlay): back to a list. */
	readonly onBack?: () => void;
};

function contextOf(state: BrowserState): KeyContext {
	if (state.search?.editing) return 'search';
	return state.overlay ?? 'browse';
}

/** Where React state meets the keyboard: the browsing state, the keys that change it, the frame. */
export function useBrowser(options: BrowserOptions): Frame {
	const [state, setState] = useState<BrowserState>(() => initialState(options.start));
	const current = frame({cache: options.cache, state, size: options.size, ascii: options.ascii});
	// The input handler works from what is on screen now (scroll already kept in range for this size).
	const shown = useRef(current);
	shown.current = current;
	const onQuit = useRef(options.onQuit);
	onQuit.current = options.onQuit;
	const onBack = useRef(options.onBack);
	onBack.current = options.onBack;
	const started = useRef(false);
	if (!started.current) {
		started.current = true;
		if (options.query) {
			let next = reduce(current.state, {type: 'searchOpen'}, current.extent);
			next = reduce(next, {type: 'searchType', text: options.query}, current.extent);
			next = reduce(next, {type: 'searchDone'}, current.extent);
			setState(next);
		}
	}

	useInput((input, key) => {
		let next = shown.current.state;
		const {extent} = shown.current;
		for (const name of keyNames(input, key)) {
			const command = commandFor(name, contextOf(next));
			if (!command) continue;
			if (command.type === 'quit') {
				onQuit.current(command.code);
				return;
			}
			if (command.type === 'searchCancel' && !next.search && !next.overlay && onBack.current) {
				onBack.current();
				return;
			}
			next = reduce(next, command, extent);
		}
		if (next !== shown.current.state) setState(next);
	});
	return current;
}
