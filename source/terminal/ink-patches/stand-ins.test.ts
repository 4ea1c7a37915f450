import {describe, expect, test} from 'vitest';
import assert from './assert.js';
import terminalSize from './terminal-size.js';

describe('the terminal-size stand-in', () => {
	test("a terminal's own size comes first, stdout's before stderr's", () => {
		expect(
			terminalSize(
				[
					{columns: 132, rows: 43},
					{columns: 80, rows: 24},
				],
				{},
			),
		).toEqual({columns: 132, rows: 43});
		expect(
			terminalSize(
				[
					{columns: 0, rows: 0},
					{columns: 90, rows: 20},
				],
				{},
			),
		).toEqual({columns: 90, rows: 20});
	});

	test('without a terminal: COLUMNS and LINES, else nothing (Ink then uses 80 columns)', () => {
		const none = [undefined, {}];
		expect(terminalSize(none, {COLUMNS: '100', LINES: '30'})).toEqual({columns: 100, rows: 30});
		expect(terminalSize(none, {COLUMNS: 'wide', LINES: '30'})).toBeUndefined();
		expect(terminalSize(none, {})).toBeUndefined();
	});
});

describe('the assert stand-in', () => {
	test('equal is loose equality and throws the message given', () => {
		expect(() => assert.equal(typeof (() => 0), 'function', 'a callback must be provided')).not.toThrow();
		expect(() => assert.equal(typeof undefined, 'function', 'a callback must be provided')).toThrow(
			'a callback must be provided',
		);
		expect(() => assert.equal(1, '1')).not.toThrow();
	});
});
