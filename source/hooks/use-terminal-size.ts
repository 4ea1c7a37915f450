import {useSyncExternalStore} from 'react';
import type {Size} from '../core/screen.js';
import type {SizeStore} from '../terminal-size.js';

/** The terminal size, re-rendering the component whenever it changes. */
export function useTerminalSize(store: SizeStore): Size {
	return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
