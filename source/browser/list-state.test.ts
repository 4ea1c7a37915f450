import {describe, expect, test} from 'vitest';
import {lineText} from '../layout/styled.js';
import {bundledDocument, documentOf, tiny} from '../test-support/fixtures.js';
import type {Command} from './keymap.js';
import type {ListEntry} from './list.js';
import {initialListState, type ListState, listFooterLeft, reduceList, shownEntries} from './list-state.js';

const frameworks = bundledDocument();
const kafka = documentOf({
	...tiny(
		[
			{id: 'kafka', name: 'Kafka'},
			{id: 'rabbit', name: 'RabbitMQ'},
		],
		[],
	),
	title: 'Brokers',
});
const fourteen: ListEntry[] = Array.from({length: 14}, (_, index) => ({
	name: `docs/${index + 1}.md`,
	...(index === 1 ? {error: 'docs/2.md: invalid JSON'} : {document: index === 11 ? kafka : frameworks}),
}));

const run = (commands: readonly Command[], entries = fourteen, from: ListState = initialListState()) => {
	let state = from;
	let open: number | undefined;
	for (const command of commands) {
		const step = reduceList(state, command, entries);
		state = step.state;
		if (step.open !== undefined) open = step.open;
	}
	return {state, open};
};
const digits = (text: string): Command[] => [...text].map((digit) => ({type: 'digit', digit: Number(digit)}));

describe('numbers of two digits, as the browser takes section numbers', () => {
	test('1 then 2 opens the twelfth; 4 opens at once; a lone 1 when the pause ends', () => {
		expect(run(digits('12')).open).toBe(11);
		expect(run(digits('4')).open).toBe(3);
		const waiting = run(digits('1'));
		expect(waiting).toMatchObject({open: undefined, state: {digits: '1'}});
		expect(run([{type: 'digitsDone'}], fourteen, waiting.state).open).toBe(0);
		// Another key settles them first: 1 then j opens the first.
		expect(run([{type: 'cursor', by: 1}], fourteen, waiting.state).open).toBe(0);
	});

	test('with fewer than ten, every digit opens at once; a number with no entry says so', () => {
		const three = fourteen.slice(0, 3);
		expect(run(digits('3'), three).open).toBe(2);
		expect(run(digits('7'), three)).toMatchObject({open: undefined, state: {notice: 'no comparison 7'}});
		expect(run(digits('0'), three).state.digits).toBeUndefined();
		expect(run(digits('19')).state.notice).toBe('no comparison 19');
	});
});

describe('the filter after /', () => {
	test('typing keeps the entries that match (titles, subjects, files) and chooses the best', () => {
		const typed = run([{type: 'searchOpen'}, ...[...'rabbit'].map((text): Command => ({type: 'searchType', text}))]);
		expect(shownEntries(fourteen, typed.state).shown).toEqual([11]);
		expect(typed.state).toMatchObject({chosen: 11, filter: {query: 'rabbit', editing: true}});
		expect(lineText(listFooterLeft(fourteen, typed.state) ?? [])).toBe('/rabbit█  1 of 14');
		// Enter opens the one chosen.
		expect(run([{type: 'pick'}], fourteen, typed.state).open).toBe(11);
	});

	test('a file name matches too; ↑↓ move among those kept, wrapping', () => {
		const typed = run([{type: 'searchOpen'}, {type: 'searchType', text: '1'}]);
		const {shown} = shownEntries(fourteen, typed.state);
		expect(shown).toEqual([0, 9, 10, 11, 12, 13]);
		const moved = run([{type: 'cursor', by: -1}], fourteen, {...typed.state, chosen: 0});
		expect(moved.state.chosen).toBe(13);
	});

	test('Backspace erases, Esc clears; Enter after done keeps the filter shown', () => {
		let {state} = run([{type: 'searchOpen'}, {type: 'searchType', text: 'zzz'}]);
		expect(shownEntries(fourteen, state).shown).toEqual([]);
		expect(run([{type: 'pick'}], fourteen, state).open).toBeUndefined();
		state = run([{type: 'searchErase'}, {type: 'searchErase'}, {type: 'searchErase'}], fourteen, state).state;
		expect(shownEntries(fourteen, state).shown).toHaveLength(14);
		expect(run([{type: 'searchCancel'}], fourteen, state).state.filter).toBeUndefined();
		const done = run([{type: 'searchType', text: 'broker'}, {type: 'searchDone'}], fourteen, state).state;
		expect(done.filter).toEqual({query: 'broker', editing: false});
		expect(lineText(listFooterLeft(fourteen, done) ?? [])).toBe('/broker  1 of 14');
		expect(run([{type: 'searchDone'}], fourteen, initialListState()).state.filter).toBeUndefined();
	});

	test('a broken entry still opens as itself: the shell says why it cannot', () => {
		expect(run(digits('2')).open).toBe(1);
		expect(listFooterLeft(fourteen, initialListState())).toBeUndefined();
		expect(lineText(listFooterLeft(fourteen, run(digits('1')).state) ?? [])).toBe('comparison 1…');
	});
});
