// The list of comparisons (several files, or a folder), drawn with ink-select-input. Keys go
// through the keymap, as the browser's do, not through ink-select-input's own handler: Ink hands
// keys that arrive together over as one string ("jj" from a held key, "j\r" typed fast), which
// that handler reads as no key at all. The choice is ours, and ink-select-input draws the window
// of items around it (remounted at the choice: it takes the choice only as its initial index).
// Its items and indicator are ours too, so they follow the colour mode (ink-select-input colours
// in blue otherwise, NO_COLOR or not).
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {type ReactNode, useMemo, useRef, useState} from 'react';
import {commandFor, hints} from '../browser/keymap.js';
import {type ListEntry, listLine} from '../browser/list.js';
import {ellipsize, minimumSize} from '../browser/screen.js';
import {type ColorMode, renderLine} from '../layout/render-text.js';
import {type Line, lineWidth, Role, span} from '../layout/styled.js';
import type {Theme} from '../layout/theme.js';
import {keyNames} from './key-names.js';
import {type SizeStore, useTerminalSize} from './size.js';
import {StyledLines} from './styled-lines.js';
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
	const [chosen, setChosen] = useState(props.initial);
	// The input handler reads the choice from here: a key that arrives before React has handed
	// Ink the handler of the last render must not act on an older choice.
	const current = useRef(props.initial);
	const [notice, setNotice] = useState<string | undefined>(undefined);
	const width = size.columns;
	const open = (index: number, rest: string) => {
		const entry = entries[index];
		if (entry?.document) props.onOpen(index, rest);
		else if (entry) setNotice(`${entry.name} cannot be opened: ${entry.error ?? ''}`);
	};
	useInput((input, key) => {
		let next = current.current;
		const names = keyNames(input, key);
		// Keys typed together arrive as one string, a name per character: what follows the key
		// that opens a comparison is the comparison's.
		const characters = [...input];
		const restAfter = (at: number) => (characters.length === names.length ? characters.slice(at + 1).join('') : '');
		for (const [at, name] of names.entries()) {
			const command = commandFor(name, 'list');
			if (command?.type === 'quit') {
				props.onQuit(command.code);
				return;
			}
			if (command?.type === 'suspend') {
				props.onSuspend?.();
				return;
			}
			if (command?.type === 'cursor') next = (next + command.by + entries.length) % entries.length;
			if (command?.type === 'pick') {
				// A digit opens that entry of the list; Enter the one chosen.
				open(/^[1-9]$/.test(name) ? Number(name) - 1 : next, restAfter(at));
				return;
			}
		}
		setNotice(undefined);
		current.current = next;
		setChosen(next);
	});
	const limit = Math.max(1, size.rows - 1 - chrome);
	// A click chooses the entry it lands on, a click on the chosen one opens it; the wheel moves the choice.
	useTerminalEvents((event) => {
		if (event.kind !== 'mouse' || props.mouse === false || event.mouse.action !== 'press') return;
		const {button, row} = event.mouse;
		let next = current.current;
		if (button === 'wheel-up' || button === 'wheel-down') {
			next = (next + (button === 'wheel-down' ? 1 : -1) + entries.length) % entries.length;
		} else if (button === 'left') {
			const index = entryAtRow(row, current.current, limit, entries.length);
			if (index === undefined) return;
			if (index === current.current) {
				open(index, '');
				return;
			}
			next = index;
		} else return;
		setNotice(undefined);
		current.current = next;
		setChosen(next);
	});
	// The item component draws an entry by its index (the item's label), at this width.
	const Item = useMemo(
		() =>
			function Item({isSelected = false, label}: {readonly isSelected?: boolean; readonly label: string}): ReactNode {
				const entry = entries[Number(label)];
				const line = entry ? listLine(entry, Math.max(1, width - 2)) : [];
				const shown: Line = isSelected ? line.map((piece) => ({...piece, role: piece.role | Role.selected})) : line;
				return <Text wrap="truncate">{renderLine(shown, {color, theme}) || ' '}</Text>;
			},
		[entries, width, color, theme],
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
	const items = entries.map((_, index) => ({key: String(index), label: String(index), value: index}));
	const broken = entries.filter((entry) => !entry.document).length;
	const header: Line = ellipsize(
		[
			span(`${entries.length} ${entries.length === 1 ? 'comparison' : 'comparisons'}`, Role.title | Role.strong),
			span(broken > 0 ? `  ${broken} cannot be read` : '', Role.muted),
		],
		width,
	);
	const right = `${chosen + 1}/${entries.length}`;
	const left: Line = notice ? [span(notice, Role.strong)] : [span(hints('list').join('  '), Role.muted)];
	const gap = Math.max(1, width - lineWidth(left) - right.length);
	const footer = ellipsize([...left, span(' '.repeat(gap)), span(right, Role.muted)], width);
	return (
		<Box flexDirection="column">
			<StyledLines lines={[header, []]} color={color} theme={theme} />
			<SelectInput
				key={chosen}
				items={items}
				limit={limit}
				initialIndex={chosen}
				isFocused={false}
				itemComponent={Item}
				indicatorComponent={Indicator}
			/>
			<StyledLines lines={[footer]} color={color} theme={theme} />
		</Box>
	);
}
