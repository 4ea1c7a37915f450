import {describe, expect, test} from 'vitest';
import {bundledDocument} from '../test-support/fixtures.js';
import {mouseCommands} from './mouse.js';
import {frame, LayoutCache} from './screen.js';
import {initialState} from './state.js';
import type {MouseEvent} from './terminal-input.js';

const document = bundledDocument();
const shown = frame({
	cache: new LayoutCache(document),
	state: initialState({section: 2, order: document.comparison.subjects.map((subject) => subject.id)}),
	size: {columns: 60, rows: 16},
	ascii: false,
});
const event = (partial: Partial<MouseEvent>): MouseEvent => ({
	button: 'left',
	action: 'press',
	column: 0,
	row: 0,
	shift: false,
	alt: false,
	ctrl: false,
	...partial,
});

describe('mouseCommands', () => {
	test('a wheel notch scrolls three lines, wherever the pointer is', () => {
		expect(mouseCommands(event({button: 'wheel-down', column: 30, row: 9}), shown)).toEqual([
			{type: 'scroll', lines: 3},
		]);
		expect(mouseCommands(event({button: 'wheel-up', row: 0}), shown)).toEqual([{type: 'scroll', lines: -3}]);
	});

	test('a left press does what the frame has there; a release, a drag or another button nothing', () => {
		const bar = {column: 25, row: 2};
		expect(mouseCommands(event(bar), shown)).toEqual(shown.click(25, 2));
		expect(mouseCommands(event(bar), shown)).not.toEqual([]);
		for (const other of [
			{action: 'release'},
			{action: 'motion'},
			{button: 'right'},
			{button: 'middle'},
			{button: 'wheel-left'},
			{button: 'other'},
		] as const) {
			expect(mouseCommands(event({...bar, ...other}), shown), JSON.stringify(other)).toEqual([]);
		}
	});
});
