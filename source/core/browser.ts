// The browsing state and its reducer: which section is shown, how far it is scrolled, and which
// overlay is open. Pure: the sizes it needs come in as arguments.
import type {Command} from './keymap.js';

/** An overlay that replaces the content pane until it is closed. */
export type Overlay = 'help';

/** Everything the browser remembers between key presses. */
export type BrowserState = {
	readonly section: number;
	/** Top line of the content pane. */
	readonly scroll: number;
	readonly overlay: Overlay | undefined;
	/** Top line of the overlay, which scrolls on its own. */
	readonly overlayScroll: number;
};

/** The sizes a command needs to know to stay in range. */
export type Extent = {
	readonly sections: number;
	/** Lines the pane can show at once. */
	readonly pageHeight: number;
	/** Lines of a section's content at the current width. */
	readonly sectionLines: (section: number) => number;
	/** Lines of the open overlay at the current width. */
	readonly overlayLines: number;
};

/** The state at start, optionally at a given section. */
export function initialState(section = 0): BrowserState {
	return {section, scroll: 0, overlay: undefined, overlayScroll: 0};
}

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The furthest a text of `lines` lines can scroll in a pane `pageHeight` high. */
export function maxScroll(lines: number, pageHeight: number): number {
	return Math.max(0, lines - Math.max(1, pageHeight));
}

function scrollTo(state: BrowserState, extent: Extent, to: (current: number, max: number) => number): BrowserState {
	if (state.overlay) {
		const max = maxScroll(extent.overlayLines, extent.pageHeight);
		return {...state, overlayScroll: clamp(to(state.overlayScroll, max), 0, max)};
	}
	const max = maxScroll(extent.sectionLines(state.section), extent.pageHeight);
	return {...state, scroll: clamp(to(state.scroll, max), 0, max)};
}

function showSection(state: BrowserState, section: number, extent: Extent): BrowserState {
	const index = clamp(section, 0, extent.sections - 1);
	return index === state.section ? state : {...state, section: index, scroll: 0};
}

/** Applies a command. quit is not a state change: the caller ends the program. */
export function reduce(state: BrowserState, command: Command, extent: Extent): BrowserState {
	const page = Math.max(1, extent.pageHeight);
	switch (command.type) {
		case 'next':
			return showSection(state, (state.section + 1) % extent.sections, extent);
		case 'previous':
			return showSection(state, (state.section - 1 + extent.sections) % extent.sections, extent);
		case 'jump':
			return command.index < extent.sections ? showSection(state, command.index, extent) : state;
		case 'scroll':
			return scrollTo(state, extent, (current) => current + command.lines);
		case 'page':
			return scrollTo(state, extent, (current) => current + command.pages * page);
		case 'top':
			return scrollTo(state, extent, () => 0);
		case 'bottom':
			return scrollTo(state, extent, (_current, max) => max);
		case 'help':
			return {...state, overlay: 'help', overlayScroll: 0};
		case 'close':
			return {...state, overlay: undefined, overlayScroll: 0};
		case 'quit':
			return state;
	}
}

/** Keeps a state's scroll positions in range after the sizes changed (a resize). */
export function fit(state: BrowserState, extent: Extent): BrowserState {
	const scroll = clamp(state.scroll, 0, maxScroll(extent.sectionLines(state.section), extent.pageHeight));
	const overlayScroll = clamp(state.overlayScroll, 0, maxScroll(extent.overlayLines, extent.pageHeight));
	return scroll === state.scroll && overlayScroll === state.overlayScroll ? state : {...state, scroll, overlayScroll};
}
