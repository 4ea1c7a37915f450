import {describe, expect, test} from 'vitest';
import {commandFor, hints, interruptCode, keymap} from './keymap.js';

describe('keymap', () => {
	test.each([
		['right', {type: 'next'}],
		['l', {type: 'next'}],
		['tab', {type: 'next'}],
		['left', {type: 'previous'}],
		['h', {type: 'previous'}],
		['shift-tab', {type: 'previous'}],
		['1', {type: 'jump', index: 0}],
		['9', {type: 'jump', index: 8}],
		['down', {type: 'scroll', lines: 1}],
		['j', {type: 'scroll', lines: 1}],
		['up', {type: 'scroll', lines: -1}],
		['k', {type: 'scroll', lines: -1}],
		['space', {type: 'page', pages: 1}],
		['pagedown', {type: 'page', pages: 1}],
		['f', {type: 'page', pages: 1}],
		['b', {type: 'page', pages: -1}],
		['pageup', {type: 'page', pages: -1}],
		['g', {type: 'top'}],
		['home', {type: 'top'}],
		['G', {type: 'bottom'}],
		['end', {type: 'bottom'}],
		['?', {type: 'help'}],
		['q', {type: 'quit', code: 0}],
		['ctrl-c', {type: 'quit', code: interruptCode}],
	])('browsing, %s gives %j', (key, command) => {
		expect(commandFor(key, 'browse')).toEqual(command);
	});

	test('in the help overlay Esc, ? and q close it, scrolling still works, Ctrl-C still quits', () => {
		expect(commandFor('escape', 'overlay')).toEqual({type: 'close'});
		expect(commandFor('?', 'overlay')).toEqual({type: 'close'});
		expect(commandFor('q', 'overlay')).toEqual({type: 'close'});
		expect(commandFor('j', 'overlay')).toEqual({type: 'scroll', lines: 1});
		expect(commandFor('ctrl-c', 'overlay')).toEqual({type: 'quit', code: 130});
		expect(commandFor('3', 'overlay')).toBeUndefined();
	});

	test('unknown keys do nothing', () => {
		expect(commandFor('x', 'browse')).toBeUndefined();
		expect(commandFor('escape', 'browse')).toBeUndefined();
	});

	test('no key means two things in one context', () => {
		for (const context of ['browse', 'overlay'] as const) {
			const seen = new Map<string, string>();
			for (const binding of keymap) {
				if (binding.context !== context && binding.context !== 'any') continue;
				for (const key of binding.keys) {
					expect(seen.get(key), `${key} in ${context}`).toBeUndefined();
					seen.set(key, binding.description);
				}
			}
		}
	});

	test('footer hints come from the keymap', () => {
		expect(hints('browse')).toEqual(['←→ section', '↑↓ scroll', '? help', 'q quit']);
		expect(hints('overlay')).toEqual(['↑↓ scroll', 'Esc close']);
	});
});
