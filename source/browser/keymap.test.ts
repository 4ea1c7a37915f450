import {describe, expect, test} from 'vitest';
import {commandFor, hints, interruptCode, keyContexts, keymap} from './keymap.js';

describe('keymap', () => {
	test.each([
		['right', {type: 'next'}],
		['l', {type: 'next'}],
		['tab', {type: 'next'}],
		['left', {type: 'previous'}],
		['h', {type: 'previous'}],
		['shift-tab', {type: 'previous'}],
		['1', {type: 'digit', digit: 1}],
		['9', {type: 'digit', digit: 9}],
		['0', {type: 'digit', digit: 0}],
		['down', {type: 'scroll', lines: 1}],
		['j', {type: 'scroll', lines: 1}],
		['up', {type: 'scroll', lines: -1}],
		['k', {type: 'scroll', lines: -1}],
		['space', {type: 'page', pages: 1}],
		['pagedown', {type: 'page', pages: 1}],
		['f', {type: 'page', pages: 1}],
		['b', {type: 'page', pages: -1}],
		['pageup', {type: 'page', pages: -1}],
		['ctrl-f', {type: 'page', pages: 1}],
		['ctrl-b', {type: 'page', pages: -1}],
		['ctrl-d', {type: 'page', pages: 0.5}],
		['ctrl-u', {type: 'page', pages: -0.5}],
		['ctrl-e', {type: 'scroll', lines: 1}],
		['ctrl-y', {type: 'scroll', lines: -1}],
		['o', {type: 'open', overlay: 'outline'}],
		['g', {type: 'top'}],
		['home', {type: 'top'}],
		['G', {type: 'bottom'}],
		['end', {type: 'bottom'}],
		['?', {type: 'open', overlay: 'help'}],
		['r', {type: 'open', overlay: 'references'}],
		['i', {type: 'open', overlay: 'info'}],
		['c', {type: 'open', overlay: 'subjects'}],
		['e', {type: 'open', overlay: 'evidence'}],
		['d', {type: 'differences'}],
		['/', {type: 'searchOpen'}],
		['n', {type: 'hit', by: 1}],
		['return', {type: 'hit', by: 1}],
		['N', {type: 'hit', by: -1}],
		['escape', {type: 'searchCancel'}],
		['q', {type: 'quit', code: 0}],
		['ctrl-c', {type: 'quit', code: interruptCode}],
	])('browsing, %s gives %j', (key, command) => {
		expect(commandFor(key, 'browse')).toEqual(command);
	});

	test('in the lists (help, references, info) Esc and q close, scrolling works, Ctrl-C quits', () => {
		for (const context of ['help', 'references', 'info'] as const) {
			expect(commandFor('escape', context)).toEqual({type: 'close'});
			expect(commandFor('q', context)).toEqual({type: 'close'});
			expect(commandFor('space', context)).toEqual({type: 'page', pages: 1});
			expect(commandFor('ctrl-c', context)).toEqual({type: 'quit', code: 130});
		}
		for (const context of ['help', 'info'] as const)
			expect(commandFor('j', context)).toEqual({type: 'scroll', lines: 1});
		expect(commandFor('3', 'help')).toBeUndefined();
		expect(commandFor('3', 'references')).toEqual({type: 'reference', id: 3});
	});

	test('in the references ↑↓ pick a reference or a link, Enter opens it, y copies it, Y copies the section', () => {
		expect(commandFor('down', 'references')).toEqual({type: 'cursor', by: 1});
		expect(commandFor('k', 'references')).toEqual({type: 'cursor', by: -1});
		expect(commandFor('return', 'references')).toEqual({type: 'openLink'});
		expect(commandFor('y', 'references')).toEqual({type: 'copyLink'});
		expect(commandFor('Y', 'references')).toEqual({type: 'copySection'});
		expect(hints('references')).toEqual(['Esc close', '↑↓ pick', 'Enter open', 'y copy']);
	});

	test('in the outline ↑↓ choose, Enter goes, Esc closes, anything else is typed into the filter', () => {
		expect(commandFor('down', 'outline')).toEqual({type: 'cursor', by: 1});
		expect(commandFor('up', 'outline')).toEqual({type: 'cursor', by: -1});
		expect(commandFor('return', 'outline')).toEqual({type: 'pickHeading'});
		expect(commandFor('escape', 'outline')).toEqual({type: 'close'});
		expect(commandFor('backspace', 'outline')).toEqual({type: 'filterErase'});
		for (const key of ['j', 'k', 'q', 'o', '/', 'é'])
			expect(commandFor(key, 'outline')).toEqual({type: 'filterType', text: key});
		expect(commandFor('space', 'outline')).toEqual({type: 'filterType', text: ' '});
		expect(commandFor('pagedown', 'outline')).toEqual({type: 'page', pages: 1});
		expect(commandFor('ctrl-c', 'outline')).toEqual({type: 'quit', code: 130});
		expect(commandFor('home', 'outline')).toEqual({type: 'top'});
		expect(commandFor('end', 'outline')).toEqual({type: 'bottom'});
		for (const key of ['f', 'b', 'g', 'G']) expect(commandFor(key, 'outline')).toEqual({type: 'filterType', text: key});
		expect(commandFor('ctrl-a', 'outline')).toBeUndefined();
	});

	test('typing a search: printable keys are typed, Enter keeps, Esc clears, Backspace erases', () => {
		expect(commandFor('q', 'search')).toEqual({type: 'searchType', text: 'q'});
		expect(commandFor('space', 'search')).toEqual({type: 'searchType', text: ' '});
		expect(commandFor('表', 'search')).toEqual({type: 'searchType', text: '表'});
		expect(commandFor('return', 'search')).toEqual({type: 'searchDone'});
		expect(commandFor('escape', 'search')).toEqual({type: 'searchCancel'});
		expect(commandFor('backspace', 'search')).toEqual({type: 'searchErase'});
		expect(commandFor('ctrl-c', 'search')).toEqual({type: 'quit', code: 130});
		expect(commandFor('down', 'search')).toBeUndefined();
	});

	test('M switches the mouse wherever it is not typed into a search; Ctrl-Z suspends from anywhere', () => {
		for (const context of ['browse', 'help', 'references', 'info', 'subjects'] as const) {
			expect(commandFor('M', context)).toEqual({type: 'mouse'});
		}
		expect(commandFor('M', 'search')).toEqual({type: 'searchType', text: 'M'});
		for (const context of ['browse', 'search', 'help', 'references', 'info', 'subjects'] as const) {
			expect(commandFor('ctrl-z', context)).toEqual({type: 'suspend'});
		}
	});

	test('the subjects picker', () => {
		expect(commandFor('j', 'subjects')).toEqual({type: 'cursor', by: 1});
		expect(commandFor('space', 'subjects')).toEqual({type: 'toggleSubject'});
		expect(commandFor('J', 'subjects')).toEqual({type: 'moveSubject', by: 1});
		expect(commandFor('shift-up', 'subjects')).toEqual({type: 'moveSubject', by: -1});
		expect(commandFor('c', 'subjects')).toEqual({type: 'close'});
	});

	test('the evidence view: rows move the cursor, Enter opens the row, / n N search it, Esc q e close', () => {
		expect(commandFor('j', 'evidence')).toEqual({type: 'cursor', by: 1});
		expect(commandFor('up', 'evidence')).toEqual({type: 'cursor', by: -1});
		expect(commandFor('space', 'evidence')).toEqual({type: 'page', pages: 1});
		expect(commandFor('G', 'evidence')).toEqual({type: 'bottom'});
		expect(commandFor('return', 'evidence')).toEqual({type: 'openRow'});
		expect(commandFor('/', 'evidence')).toEqual({type: 'searchOpen'});
		expect(commandFor('n', 'evidence')).toEqual({type: 'hit', by: 1});
		expect(commandFor('N', 'evidence')).toEqual({type: 'hit', by: -1});
		for (const key of ['escape', 'q', 'e']) expect(commandFor(key, 'evidence')).toEqual({type: 'close'});
		expect(commandFor('ctrl-c', 'evidence')).toEqual({type: 'quit', code: 130});
		expect(commandFor('d', 'evidence')).toBeUndefined();
		expect(hints('evidence')).toEqual(['Enter open', '↑↓ row', '/ search', 'Esc close']);
	});

	test('no key means two things in one context', () => {
		for (const context of keyContexts) {
			const seen = new Map<string, string>();
			for (const binding of keymap) {
				if (!binding.contexts.includes(context)) continue;
				for (const key of binding.keys) {
					expect(seen.get(key), `${key} in ${context}`).toBeUndefined();
					seen.set(key, binding.description);
				}
			}
		}
	});

	test('footer hints come from the keymap', () => {
		expect(hints('browse')).toEqual([
			'←→ section',
			'/ search',
			'? help',
			'q quit',
			'c subjects',
			'o outline',
			'↑↓ scroll',
			'd differences',
			'r refs',
			'i info',
			'e evidence',
			'D decide',
		]);
		expect(hints('help')).toEqual(['Esc close', '↑↓ scroll']);
		expect(hints('search')).toEqual(['Enter done', 'Esc clear']);
		expect(hints('decision')).toEqual(['↑↓←→ cell', '0-5 score', '+/- weight', 'a note', 'Enter open', 'Esc close']);
		expect(hints('note')).toEqual(['Enter keep', 'Esc drop']);
		expect(hints('outline')).toEqual(['Enter go', '↑↓ choose', 'type to filter', 'Esc close']);
	});

	test('the footer offers only keys that do something here', () => {
		const none = hints('browse', {subjects: 0, sections: 5});
		for (const hint of ['c subjects', 'd differences', 'e evidence', 'D decide']) expect(none).not.toContain(hint);
		expect(none).toContain('←→ section');
		expect(hints('browse', {subjects: 3, sections: 1})).not.toContain('←→ section');
		expect(hints('browse', {subjects: 3, sections: 2})).toEqual(hints('browse'));
	});
});
