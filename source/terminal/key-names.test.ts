import type {Key} from 'ink';
import {describe, expect, test} from 'vitest';
import {keyNames} from './key-names.js';

const none: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('keyNames', () => {
	test('named keys', () => {
		expect(keyNames('', {...none, upArrow: true})).toEqual(['up']);
		expect(keyNames('', {...none, downArrow: true, shift: true})).toEqual(['shift-down']);
		expect(keyNames('', {...none, tab: true, shift: true})).toEqual(['shift-tab']);
		expect(keyNames('c', {...none, ctrl: true})).toEqual(['ctrl-c']);
		expect(keyNames('z', {...none, ctrl: true})).toEqual(['ctrl-z']);
		expect(keyNames('', {...none, escape: true, meta: true})).toEqual(['escape']);
		expect(keyNames('', {...none, delete: true})).toEqual(['backspace']);
	});

	test('every character of a chunk counts, control characters inside it included', () => {
		expect(keyNames('jjj', none)).toEqual(['j', 'j', 'j']);
		expect(keyNames('benchmark\rnn', none)).toEqual([...'benchmark', 'return', 'n', 'n']);
		expect(keyNames('ab\u007f \u0003', none)).toEqual(['a', 'b', 'backspace', 'space', 'ctrl-c']);
		expect(keyNames('jj\u001a', none)).toEqual(['j', 'j', 'ctrl-z']);
		expect(keyNames('表🚀', none)).toEqual(['表', '🚀']);
		expect(keyNames('\u0001x', none)).toEqual(['ctrl-a', 'x']);
		expect(keyNames('\u0000\u001fx', none)).toEqual(['x']);
	});

	test('Ctrl and a letter, alone or among other keys, as less and vim read them', () => {
		for (const letter of ['f', 'b', 'd', 'u', 'e', 'y'])
			expect(keyNames(letter, {...none, ctrl: true})).toEqual([`ctrl-${letter}`]);
		expect(keyNames('\u0006\u0002\u0004\u0015\u0005\u0019', none)).toEqual([
			'ctrl-f',
			'ctrl-b',
			'ctrl-d',
			'ctrl-u',
			'ctrl-e',
			'ctrl-y',
		]);
		expect(keyNames('[', {...none, ctrl: true})).toEqual([]);
	});

	test('Esc and a key that arrive together are both seen', () => {
		expect(keyNames('c', {...none, meta: true})).toEqual(['escape', 'c']);
	});
});
