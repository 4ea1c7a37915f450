// Mouse reports and pastes for any component: the browser's hook uses it, and so can a list drawn
// elsewhere (a click in it arrives with the row and column it landed on).
import {createContext, useContext, useEffect, useRef} from 'react';
import type {TerminalEvent, TerminalEvents} from './input-stream.js';

/** Where the events come from; none (and so no events) outside a real terminal, as in unit tests. */
export const TerminalEventsContext = createContext<TerminalEvents | undefined>(undefined);

/** Calls the handler with every mouse report and paste, in order with the keys around them. */
export function useTerminalEvents(handler: (event: TerminalEvent) => void, isActive = true): void {
	const events = useContext(TerminalEventsContext);
	const latest = useRef(handler);
	latest.current = handler;
	useEffect(() => {
		if (!events || !isActive) return;
		return events.subscribe((event) => latest.current(event));
	}, [events, isActive]);
}
