import {useMemo} from 'react';
import {LayoutCache} from '../browser/screen.js';
import type {Start} from '../browser/state.js';
import type {Document} from '../layout/document.js';
import type {ColorMode} from '../layout/render-text.js';
import type {Theme} from '../layout/theme.js';
import type {Decision} from '../model/decision.js';
import type {Copied} from './clipboard.js';
import {type SizeStore, useTerminalSize} from './size.js';
import {StyledLines} from './styled-lines.js';
import {useBrowser} from './use-browser.js';

/** What the interactive browser shows and how. */
export type AppProps = {
	readonly document: Document;
	readonly start: Start;
	readonly query?: string;
	readonly ascii: boolean;
	readonly color: ColorMode;
	/** The palette in colour mode (default dark). */
	readonly theme?: Theme;
	/** Wrap links in OSC 8 hyperlinks (terminals that support them, colour on). */
	readonly hyperlinks: boolean;
	readonly sizes: SizeStore;
	readonly onQuit: (code: number) => void;
	/** Ctrl-Z: give the terminal back and stop until fg. */
	readonly onSuspend?: () => void;
	/** The reader took the mouse or left it to the terminal (M); also called at start. */
	readonly onMouseCapture?: (on: boolean) => void;
	/** Opened from a list: Esc with nothing to close goes back to it. */
	readonly onBack?: () => void;
	/** Opens an address in the system's browser; `report` gets what happened. */
	readonly onOpenUrl?: (url: string, report: (message: string) => void) => void;
	/** Puts text in the clipboard (OSC 52). */
	readonly onCopy?: (text: string) => Copied;
	/** Gets each change of the reader's decision. */
	readonly onDecision?: (decision: Decision) => void;
	/** Sections laid out already, by the entry for the frame it painted (LayoutCache.seed). */
	readonly laidOut?: ReturnType<LayoutCache['laidOut']>;
};

/**
 * The root component: composes the hooks and draws the frame they produce. The frame's parts
 * (header, section bar, pane, footer, overlays) are composed as lines by browser/screen.ts rather
 * than as separate components: that keeps every frame testable without Ink and makes a key
 * press cost only the lines on screen. The one component draws lines.
 */
export function App(props: AppProps) {
	const size = useTerminalSize(props.sizes);
	// The layout the entry made for the painted first frame is taken, not made again: a key typed
	// at start waits for the browser's first frame.
	const {laidOut} = props;
	const cache = useMemo(() => {
		const made = new LayoutCache(props.document);
		if (laidOut) made.seed(laidOut);
		return made;
	}, [props.document, laidOut]);
	const current = useBrowser({
		cache,
		size,
		ascii: props.ascii,
		start: props.start,
		...(props.query === undefined ? {} : {query: props.query}),
		onQuit: props.onQuit,
		...(props.onSuspend ? {onSuspend: props.onSuspend} : {}),
		...(props.onMouseCapture ? {onMouseCapture: props.onMouseCapture} : {}),
		...(props.onBack ? {onBack: props.onBack} : {}),
		...(props.onOpenUrl ? {onOpenUrl: props.onOpenUrl} : {}),
		...(props.onCopy ? {onCopy: props.onCopy} : {}),
		...(props.onDecision ? {onDecision: props.onDecision} : {}),
	});
	return (
		<StyledLines
			lines={current.lines}
			color={props.color}
			theme={props.theme ?? 'dark'}
			hyperlinks={props.hyperlinks}
		/>
	);
}
