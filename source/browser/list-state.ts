// The list of comparisons as a reducer: which entry is chosen, the filter typed after "/" (fuzzy,
// as the outline's), and digits typed towards an entry's number (1 then 2 is entry 12, as the
// browser takes section numbers). Pure: the shell runs the pause after a digit and opens entries.
import {type Line, Role, span} from '../layout/styled.js';
import {fuzzyMatch} from './fuzzy.js';
import type {Command} from './keymap.js';
import type {ListEntry} from './list.js';

/** What the list remembers between keys. */
export type ListState = {
	/** The chosen entry, by its index in the whole list. */
	readonly chosen: number;
	/** The filter: what was typed after "/", and whether it is still being typed. */
	readonly filter: {readonly query: string; readonly editing: boolean} | undefined;
	/** Digits typed towards an entry's number that could still grow (1 of 14 may become 12). */
	readonly digits: string | undefined;
	readonly notice: string | undefined;
};

/** The list at start, an entry chosen. */
export function initialListState(chosen = 0): ListState {
	return {chosen, filter: undefined, digits: undefined, notice: undefined};
}

/** The text an entry is filtered by: its title, its subjects and its file. */
function filterText(entry: ListEntry): string {
	const comparison = entry.document?.comparison;
	const about = comparison ? `${comparison.title} ${comparison.subjects.map((subject) => subject.name).join(' ')}` : '';
	return `${about} ${entry.name}`;
}

/** The entries the filter keeps (indexes into the list, in its order), and the one that fits best. */
export function shownEntries(entries: readonly ListEntry[], state: ListState): {shown: number[]; best: number} {
	const query = state.filter?.query ?? '';
	if (query.trim() === '') return {shown: entries.map((_, index) => index), best: state.chosen};
	const shown: number[] = [];
	let best = -1;
	let bestScore = Number.NEGATIVE_INFINITY;
	entries.forEach((entry, index) => {
		const match = fuzzyMatch(query, filterText(entry));
		if (!match) return;
		shown.push(index);
		if (match.score > bestScore) {
			bestScore = match.score;
			best = index;
		}
	});
	return {shown, best};
}

/** What a command does to the list: the next state, and the entry to open, if one is. */
export type ListStep = {readonly state: ListState; readonly open?: number};

function goTo(state: ListState, entries: readonly ListEntry[], number: number): ListStep {
	const settled = {...state, digits: undefined};
	if (number < 1 || number > entries.length) return {state: {...settled, notice: `no comparison ${number}`}};
	return {state: {...settled, chosen: number - 1}, open: number - 1};
}

/** The chosen entry moved among those shown, wrapping at the ends. */
function move(state: ListState, entries: readonly ListEntry[], by: number): ListState {
	const {shown} = shownEntries(entries, state);
	if (shown.length === 0) return state;
	const at = Math.max(0, shown.indexOf(state.chosen));
	const next = (((at + by) % shown.length) + shown.length) % shown.length;
	return {...state, chosen: shown[next] as number};
}

/** The chosen entry kept among those shown: the best match when the filter left it out. */
function keepShown(state: ListState, entries: readonly ListEntry[]): ListState {
	const {shown, best} = shownEntries(entries, state);
	if (shown.includes(state.chosen) && best === state.chosen) return state;
	return best === -1 ? state : {...state, chosen: best};
}

/**
 * Applies a command of the list's keymap. Digits wait for the next while the number could still
 * name an entry (with 14, 1 waits for a 2; 4 opens at once); any other key settles them first.
 */
export function reduceList(previous: ListState, command: Command, entries: readonly ListEntry[]): ListStep {
	let state = previous.notice === undefined ? previous : {...previous, notice: undefined};
	if (state.digits !== undefined && command.type !== 'digit' && command.type !== 'digitsDone') {
		const settled = goTo(state, entries, Number(state.digits));
		if (settled.open !== undefined) return settled;
		state = settled.state;
	}
	switch (command.type) {
		case 'cursor':
			return {state: move(state, entries, command.by)};
		case 'digit': {
			const typed = `${state.digits ?? ''}${command.digit}`;
			const number = Number(typed);
			if (number === 0) return {state: {...state, digits: undefined}};
			if (number * 10 <= entries.length) return {state: {...state, digits: typed}};
			return goTo(state, entries, number);
		}
		case 'digitsDone':
			return state.digits === undefined ? {state} : goTo(state, entries, Number(state.digits));
		case 'searchOpen':
			return {state: {...state, filter: {query: state.filter?.query ?? '', editing: true}}};
		case 'searchType':
		case 'searchErase': {
			const query = state.filter?.query ?? '';
			const next = command.type === 'searchType' ? query + command.text : Array.from(query).slice(0, -1).join('');
			return {state: keepShown({...state, filter: {query: next, editing: true}}, entries)};
		}
		case 'searchDone':
			if (!state.filter) return {state};
			return {
				state:
					state.filter.query === ''
						? {...state, filter: undefined}
						: {...state, filter: {...state.filter, editing: false}},
			};
		case 'searchCancel':
			return {state: {...state, filter: undefined}};
		case 'pick': {
			const {shown} = shownEntries(entries, state);
			return shown.includes(state.chosen) ? {state, open: state.chosen} : {state};
		}
		default:
			return {state};
	}
}

/** The footer's left part: the filter being typed (with how many it keeps), digits, or a notice. */
export function listFooterLeft(entries: readonly ListEntry[], state: ListState): Line | undefined {
	if (state.notice) return [span(state.notice, Role.strong)];
	if (state.digits !== undefined) return [span(`comparison ${state.digits}…`, Role.strong)];
	if (!state.filter) return undefined;
	const kept = shownEntries(entries, state).shown.length;
	return [
		span(`/${state.filter.query}`, Role.strong),
		...(state.filter.editing ? [span('█', Role.muted)] : []),
		span(`  ${kept} of ${entries.length}`, Role.muted),
	];
}
