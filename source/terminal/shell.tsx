import {useStdin} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {ListEntry} from '../browser/list.js';
import type {ColorMode} from '../layout/render-text.js';
import type {Theme} from '../layout/theme.js';
import {App} from './app.js';
import type {Copied} from './clipboard.js';
import type {KeptDecision} from './interactive.js';
import {ComparisonList} from './list.js';
import type {SizeStore} from './size.js';

/** What the shell around a list of comparisons needs. */
export type ShellProps = {
	readonly entries: readonly ListEntry[];
	readonly ascii: boolean;
	readonly color: ColorMode;
	readonly theme: Theme;
	readonly hyperlinks: boolean;
	/** Open every comparison with differences only (-d). */
	readonly differences: boolean;
	/** Take the mouse at start (--no-mouse leaves it to the terminal); M in a comparison switches it. */
	readonly mouse: boolean;
	readonly sizes: SizeStore;
	readonly onQuit: (code: number) => void;
	/** Ctrl-Z: give the terminal back and stop until fg. */
	readonly onSuspend: () => void;
	/** The mouse was taken or left to the terminal. */
	readonly onMouseCapture: (on: boolean) => void;
	/** Opens an address in the system's browser; `report` gets what happened. */
	readonly onOpenUrl?: (url: string, report: (message: string) => void) => void;
	/** Puts text in the clipboard (OSC 52). */
	readonly onCopy?: (text: string) => Copied;
	/** The decision kept for the comparison at an index, as it is opened. */
	readonly decisionFor?: (index: number) => KeptDecision | undefined;
};

/**
 * The list of comparisons, or the browser on the one opened from it: Esc in the browser (when no
 * search or overlay is open) comes back to the list, at the entry it left.
 */
export function Shell(props: ShellProps) {
	const [open, setOpen] = useState<number | undefined>(undefined);
	const [last, setLast] = useState(0);
	// M in one comparison holds for the next one opened from the list.
	const [mouse, setMouse] = useState(props.mouse);
	// Between the list and the browser, neither reads keys: the one going away has stopped and the
	// one coming has not started (Ink subscribes an input handler in an effect, after the frame).
	// The shell holds raw mode throughout (so the terminal never falls back to cooked mode, which
	// would echo and buffer what is typed), keeps what arrives meanwhile and hands it to the one
	// that came, once it reads keys: its effects run before the shell's.
	const {internal_eventEmitter: keys, isRawModeSupported, setRawMode} = useStdin();
	const switching = useRef<string[] | undefined>(undefined);
	useEffect(() => {
		if (isRawModeSupported !== true) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isRawModeSupported, setRawMode]);
	useEffect(() => {
		// First of the listeners, whenever the others subscribed: the key that switches is seen here
		// before the switch begins, so it is not kept and handed on twice.
		const keep = (data: string) => switching.current?.push(data);
		keys.prependListener('input', keep);
		return () => {
			keys.off('input', keep);
		};
	}, [keys]);
	useEffect(() => {
		const kept = switching.current ?? [];
		switching.current = undefined;
		// Typed text goes as one chunk, as Ink gives keys that arrive together: a handler reads the
		// state it last drew, so a second chunk in the same tick would act on a state before the
		// first. Escape sequences (arrows) go on their own, as Ink gives them.
		const chunks: string[] = [];
		for (const data of kept) {
			const last = chunks.length - 1;
			if (last >= 0 && !data.includes('\u001b') && !(chunks[last] as string).includes('\u001b')) chunks[last] += data;
			else chunks.push(data);
		}
		for (const data of chunks) keys.emit('input', data);
	}, [open, keys]);
	const show = (index: number | undefined, rest = '') => {
		// The screen going away still reads what arrives before it goes (an Enter among the keys
		// kept): one switch at a time, and what was kept stays kept.
		if (switching.current !== undefined || index === open) return;
		switching.current = rest === '' ? [] : [rest];
		setOpen(index);
	};
	const document = open === undefined ? undefined : props.entries[open]?.document;
	if (open !== undefined && document) {
		const kept = props.decisionFor?.(open);
		return (
			<App
				document={document}
				start={{
					section: 0,
					order: document.comparison.subjects.map((subject) => subject.id),
					differences: props.differences,
					mouse,
					...(kept ? {decision: kept.decision, ...(kept.notice ? {notice: kept.notice} : {})} : {}),
				}}
				{...(kept ? {onDecision: kept.change} : {})}
				ascii={props.ascii}
				color={props.color}
				theme={props.theme}
				hyperlinks={props.hyperlinks}
				sizes={props.sizes}
				onQuit={props.onQuit}
				onSuspend={props.onSuspend}
				{...(props.onOpenUrl ? {onOpenUrl: props.onOpenUrl} : {})}
				{...(props.onCopy ? {onCopy: props.onCopy} : {})}
				onMouseCapture={(on) => {
					setMouse(on);
					props.onMouseCapture(on);
				}}
				onBack={() => {
					setLast(open);
					show(undefined);
				}}
			/>
		);
	}
	return (
		<ComparisonList
			entries={props.entries}
			initial={last}
			sizes={props.sizes}
			ascii={props.ascii}
			color={props.color}
			theme={props.theme}
			mouse={mouse}
			onOpen={show}
			onQuit={props.onQuit}
			onSuspend={props.onSuspend}
		/>
	);
}
