import {describe, expect, test, vi} from 'vitest';
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

// The sanitizer's patterns are built when its module is imported. Tests elsewhere import modules
// afresh (vi.resetModules), which imports this one again: a module of this test's own, so that
// these cases are measured with the patterns it builds.
async function freshModule() {
	vi.resetModules();
	return import('./sanitize.js');
}

// Text, what sanitizeText leaves, what stripEscapes leaves (it keeps lone control characters).
const cases: readonly (readonly [string, string, string])[] = [
	// CSI: parameters, intermediates and the final byte go with it, even when it is cut short.
	['a\u001b[12mb', 'ab', 'ab'],
	['a\u001b[1 qb', 'ab', 'ab'],
	['a\u001b[?1049lb', 'ab', 'ab'],
	['a\u001b[12', 'a', 'a'],
	['a\u009b12', 'a', 'a'],
	['a\u001b[1\u0007b', 'ab', 'a\u0007b'],
	['\u001b[2J', '', ''],
	// OSC, DCS, SOS, PM, APC up to BEL, ESC \ or ST, over a newline, or to the end of the text.
	['a\u001b]0;x\u000ay\u0007b', 'ab', 'ab'],
	['a\u001b]0;t t\u0007b', 'ab', 'ab'],
	['a\u001b]\u0007b', 'ab', 'ab'],
	['a\u001b]0;title', 'a', 'a'],
	['a\u001bXsos\u001b\\b', 'ab', 'ab'],
	['a\u001b^pm\u001b\\b', 'ab', 'ab'],
	['a\u001b_apc\u0007b', 'ab', 'ab'],
	['a\u0098sos\u009cb', 'ab', 'ab'],
	['a\u0090dcs\u009cb', 'ab', 'ab'],
	['a\u009d\u009cb', 'ab', 'ab'],
	['a\u009eb\u009cc', 'ac', 'ac'],
	['a\u009fb\u0007c', 'ac', 'ac'],
	// Other ESC sequences: none, one or two intermediates and a final byte; a lone ESC.
	['a\u001bcb', 'ab', 'ab'],
	['a\u001b(Bb', 'ab', 'ab'],
	['a\u001b$(Bb', 'ab', 'ab'],
	['a\u001b', 'a', 'a'],
	// A control character alone.
	['\u0007', '', '\u0007'],
];

test('a fresh module removes every kind of escape sequence whole, and control characters', async () => {
	const {sanitizeText, stripEscapes} = await freshModule();
	for (const [text, sanitized, stripped] of cases) {
		expect(sanitizeText(text), JSON.stringify(text)).toBe(sanitized);
		expect(stripEscapes(text), JSON.stringify(text)).toBe(stripped);
	}
	for (const {text, visible} of payloads) expect(sanitizeText(text), JSON.stringify(text)).toBe(visible);
	// Clean text is given back as it is.
	expect(sanitizeText('Überblick 表格 🚀')).toBe('Überblick 表格 🚀');
});
