import {useInput} from 'ink';
import {useRef, useState} from 'react';
import {type BrowserState, initialState, reduce} from '../core/browser.js';
import {commandFor} from '../core/keymap.js';
import {type Frame, frame, type LayoutCache, type Size} from '../core/screen.js';
import type {View} from '../core/view.js';
import {keyNames} from './key-names.js';

/** What the browser hook needs. */
export type BrowserOptions = {
	readonly cache: LayoutCache;
	readonly view: View;
	readonly size: Size;
	readonly ascii: boolean;
	readonly initialSection: number;
	/** Called with the exit status when a key quits. */
	readonly onQuit: (code: number) => void;
	/** False while no terminal input is available (as in tests that drive state otherwise). */
	readonly keys?: boolean;
};

/** Where React state meets the keyboard: the browsing state, the keys that change it, the frame. */
export function useBrowser(options: BrowserOptions): Frame {
	const [state, setState] = useState<BrowserState>(() => initialState(options.initialSection));
	const current = frame({cache: options.cache, view: options.view, state, size: options.size, ascii: options.ascii});
	// The input handler works from what is on screen now (scroll already kept in range for this size).
	const shown = useRef(current);
	shown.current = current;
	const onQuit = useRef(options.onQuit);
	onQuit.current = options.onQuit;

	useInput(
		(input, key) => {
			let next = shown.current.state;
			const {extent} = shown.current;
			for (const name of keyNames(input, key)) {
				const command = commandFor(name, next.overlay ? 'overlay' : 'browse');
				if (!command) continue;
				if (command.type === 'quit') {
					onQuit.current(command.code);
					return;
				}
				next = reduce(next, command, extent);
			}
			if (next !== shown.current.state) setState(next);
		},
		{isActive: options.keys !== false},
	);
	return current;
}
