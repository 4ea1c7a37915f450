import {describe, expect, test} from 'vitest';
import {payloads} from '../test-support/payloads.js';
import {maxDepth, sanitizeText, sanitizeValue, TooDeepError} from './sanitize.js';

const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('sanitizeText', () => {
	test.each(payloads)('$name leaves only the visible text', ({text, visible}) => {
		const clean = sanitizeText(text);
		expect(clean).toBe(visible);
		expect(clean).not.toMatch(unsafe);
	});

	test('keeps newlines, expands tabs and turns CRLF into LF', () => {
		expect(sanitizeText('a\r\nb\n\tc')).toBe('a\nb\n    c');
	});

	test('a lone CR is dropped before escape sequences are found, so it cannot split one', () => {
		// A CR inside a CSI sequence: were it dropped last, the sequence would end at the CR and
		// its remaining parameters and final byte ("1m") would show as text.
		expect(sanitizeText('red\u001b[3\r1m text')).toBe('red text');
		expect(sanitizeText('a\rb')).toBe('ab');
	});

	test('leaves clean text (CJK, emoji, accents) untouched', () => {
		const text = 'Überblick 表格 🚀 — “quotes”';
		expect(sanitizeText(text)).toBe(text);
	});

	test('an unterminated OSC swallows the rest, as a terminal would', () => {
		expect(sanitizeText('a\u001b]0;title without end')).toBe('a');
	});
});

describe('sanitizeValue', () => {
	test('cleans every string and key, however deep', () => {
		const value = {'k\u001b[31m': ['x\u0007', {deep: 'y\u009b1m'}], n: 1, b: true, z: null};
		expect(sanitizeValue(value)).toEqual({k: ['x', {deep: 'y'}], n: 1, b: true, z: null});
	});

	test('a "__proto__" key stays an own key and does not replace the prototype', () => {
		const value = sanitizeValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
		expect(Object.keys(value)).toEqual(['__proto__']);
		expect((value as {polluted?: boolean}).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
	});

	test('nesting beyond the limit is an error with the path, not a stack overflow', () => {
		let value: unknown = 'leaf';
		for (let level = 0; level < 10_000; level++) value = [value];
		let caught: unknown;
		try {
			sanitizeValue(value);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(TooDeepError);
		expect((caught as TooDeepError).path).toHaveLength(maxDepth);
	});
});
