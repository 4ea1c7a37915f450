// The list of comparisons (several files, or a folder), drawn with ink-select-input. Keys go
// through the keymap, as the browser's do, not through ink-select-input's own handler: Ink hands
// keys that arrive together over as one string ("jj" from a held key, "j\r" typed fast), which
// that handler reads as no key at all. The choice is ours, and ink-select-input draws the window
// of items around it (remounted at the choice: it takes the choice only as its initial index).
// Its items and indicator are ours too, so they follow the colour mode (ink-select-input colours
// in blue otherwise, NO_COLOR or not).
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {type ReactNode, useEffect, useMemo, useRef, useState} from 'react';
import {commandFor, hints} from '../browser/keymap.js';
import {type ListEntry, listLine} from '../browser/list.js';
import {initialListState, type ListState, listFooterLeft, reduceList, shownEntries} from '../browser/list-state.js';
import {ellipsize, minimumSize} from '../browser/screen.js';
import {type ColorMode, renderLine} from '../layout/render-text.js';
import {type Line, lineWidth, Role, span} from '../layout/styled.js';
import type {Theme} from '../layout/theme.js';
import {keyNames} from './key-names.js';
import {type SizeStore, useTerminalSize} from './size.js';
import {StyledLines} from './styled-lines.js';
import {digitPause} from './use-browser.js';
import {useTerminalEvents} from './use-terminal-events.js';

/** What the list shows and does. */
export type ListProps = {
	readonly entries: readonly ListEntry[];
	/** The entry chosen when the list opens (the one the reader came back from). */
	readonly initial: number;
	readonly sizes: SizeStore;
	readonly ascii: boolean;
	readonly color: ColorMode;
	readonly theme?: Theme;
	/** Whether clicks and the wheel are ours (M in a comparison leaves them to the terminal). */
	readonly mouse?: boolean;
	/** Opens an entry; `rest` is what was typed after the key that opened it, in the same chunk. */
	readonly onOpen: (index: number, rest: string) => void;
	readonly onQuit: (code: number) => void;
	/** Ctrl-Z: give the terminal back and stop until fg. */
	readonly onSuspend?: () => void;
};

/**
 * The entry drawn on a row of the screen, when one is: the list shows the window of `limit`
 * entries that ink-select-input keeps around the chosen one (from the top until the chosen one
 * would fall off, then with the chosen one last), below the header and a blank line.
 */
export function entryAtRow(row: number, chosen: number, limit: number, count: number): number | undefined {
	const shown = Math.min(limit, count);
	const first = chosen > shown - 1 ? chosen - (shown - 1) : 0;
	const index = row - (chrome - 1);
	return index >= 0 && index < shown ? first + index : undefined;
}

/** Lines above and below the items: the header and a blank line, then the footer. */
const chrome = 3;

/** The list screen: a header, the entries (as many as fit), the footer. */
export function ComparisonList(props: ListProps) {
	const {entries, color, ascii} = props;
	const theme = props.theme ?? 'dark';
	const size = useTerminalSize(props.sizes);
	const [state, setState] = useState<ListState>(() => initialListState(props.initial));
	// The input handler reads the state from here: a key that arrives before React has handed
	// Ink the handler of the last render must not act on an older choice.
	const current = useRef(state);
	const width = size.columns;
	const limit = Math.max(1, size.rows - 1 - chrome);
	/** Applies the commands of one chunk of input or one click; opens an entry when one says so. */
	const apply = (commands: readonly {command: ReturnType<typeof commandFor>; rest?: string}[]) => {
		let next = current.current;
		for (const {command, rest} of commands) {
			if (!command) continue;
			if (command.type === 'quit') {
				props.onQuit(command.code);
				return;
			}
			if (command.type === 'suspend') {
				props.onSuspend?.();
				return;
			}
			const step = reduceList(next, command, entries);
			next = step.state;
			if (step.open !== undefined) {
				const entry = entries[step.open];
				if (entry?.document) {
					current.current = next;
					props.onOpen(step.open, rest ?? '');
					return;
				}
				if (entry) next = {...next, notice: `${entry.name} cannot be opened: ${entry.error ?? ''}`};
			}
		}
		current.current = next;
		setState(next);
	};
	useInput((input, key) => {
		const names = keyNames(input, key);
		// Keys typed together arrive as one string, a name per character: what follows the key
		// that opens a comparison is the comparison's.
		const characters = [...input];
		const restAfter = (at: number) => (characters.length === names.length ? characters.slice(at + 1).join('') : '');
		// Each key's context follows the keys before it: "/" then "q" types a q into the filter.
		let context = current.current;
		const commands = names.map((name, at) => {
			const command = commandFor(name, context.filter?.editing ? 'listFilter' : 'list');
			if (command) context = reduceList(context, command, entries).state;
			return {command, rest: restAfter(at)};
		});
		apply(commands);
	});
	// The pause after a digit is time: when it ends, the digits typed so far open their entry.
	useEffect(() => {
		if (state.digits === undefined) return undefined;
		const timer = setTimeout(() => apply([{command: {type: 'digitsDone'}}]), digitPause);
		return () => clearTimeout(timer);
	}, [state]);
	const {shown} = shownEntries(entries, state);
	const position = Math.max(0, shown.indexOf(state.chosen));
	// A click chooses the entry it lands on, a click on the chosen one opens it; the wheel moves the choice.
	useTerminalEvents((event) => {
		if (event.kind !== 'mouse' || props.mouse === false || event.mouse.action !== 'press') return;
		const {button, row} = event.mouse;
		const now = current.current;
		const list = shownEntries(entries, now).shown;
		if (button === 'wheel-up' || button === 'wheel-down') {
			apply([{command: {type: 'cursor', by: button === 'wheel-down' ? 1 : -1}}]);
		} else if (button === 'left') {
			const at = entryAtRow(row, Math.max(0, list.indexOf(now.chosen)), limit, list.length);
			const index = at === undefined ? undefined : list[at];
			if (at === undefined || index === undefined) return;
			if (index === now.chosen) apply([{command: {type: 'pick'}}]);
			else apply([{command: {type: 'cursor', by: at - list.indexOf(now.chosen)}}]);
		}
	});
	// The item component draws an entry by its index (the item's label), at this width, after its number.
	const numberWidth = String(entries.length).length;
	const Item = useMemo(
		() =>
			function Item({isSelected = false, label}: {readonly isSelected?: boolean; readonly label: string}): ReactNode {
				const index = Number(label);
				const entry = entries[index];
				const number = span(`${String(index + 1).padStart(numberWidth)} `, Role.muted);
				const line = entry ? [number, ...listLine(entry, Math.max(1, width - 3 - numberWidth))] : [];
				const shown: Line = isSelected ? line.map((piece) => ({...piece, role: piece.role | Role.selected})) : line;
				return <Text wrap="truncate">{renderLine(shown, {color, theme}) || ' '}</Text>;
			},
		[entries, width, color, theme, numberWidth],
	);
	const Indicator = useMemo(
		() =>
			function Indicator({isSelected = false}: {readonly isSelected?: boolean}): ReactNode {
				return <Text>{isSelected ? (ascii ? '> ' : '▶ ') : '  '}</Text>;
			},
		[ascii],
	);
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return (
			<Text wrap="truncate">
				Terminal too small: {size.columns}×{size.rows}
			</Text>
		);
	}
	const items = shown.map((index) => ({key: String(index), label: String(index), value: index}));
	const broken = entries.filter((entry) => !entry.document).length;
	const header: Line = ellipsize(
		[
			span(`${entries.length} ${entries.length === 1 ? 'comparison' : 'comparisons'}`, Role.title | Role.strong),
			span(broken > 0 ? `  ${broken} cannot be read` : '', Role.muted),
		],
		width,
	);
	const right = shown.length === 0 ? `0/${entries.length}` : `${state.chosen + 1}/${entries.length}`;
	const context = state.filter?.editing ? 'listFilter' : 'list';
	const left: Line = listFooterLeft(entries, state) ?? [span(hints(context).join('  '), Role.muted)];
	const gap = Math.max(1, width - lineWidth(left) - right.length);
	const footer = ellipsize([...left, span(' '.repeat(gap)), span(right, Role.muted)], width);
	const empty: Line[] =
		items.length === 0 ? [[span(`No comparison matches "${state.filter?.query ?? ''}".`, Role.muted)]] : [];
	return (
		<Box flexDirection="column">
			<StyledLines lines={[header, []]} color={color} theme={theme} />
			{items.length > 0 ? (
				<SelectInput
					key={`${state.chosen}\u0000${state.filter?.query ?? ''}`}
					items={items}
					limit={limit}
					initialIndex={position}
					isFocused={false}
					itemComponent={Item}
					indicatorComponent={Indicator}
				/>
			) : (
				<StyledLines lines={empty} color={color} theme={theme} />
			)}
			<StyledLines lines={[footer]} color={color} theme={theme} />
		</Box>
	);
}
