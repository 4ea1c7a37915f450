import {describe, expect, test} from 'vitest';
import {locateJsonError} from './json-syntax.js';

describe('locateJsonError', () => {
	test.each([
		['{"a":}', 1, 6, 'expected a value (object, array, string, number, true, false or null), found "}"'],
		['{"a": 1', 1, 8, 'expected "," or "}", found end of input'],
		['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes, found "}"'],
		['[1,]', 1, 4, 'expected a value (object, array, string, number, true, false or null), found "]"'],
		["{'a': 1}", 1, 2, `expected a property name in double quotes or "}", found "'"`],
		['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
		['{"a": "b\nc"}', 1, 9, 'expected a character allowed in a string (escape it), found a line break'],
		['{"a": 1} x', 1, 10, 'expected nothing after the top-level value, found "x"'],
		['{"a": "\\q"}', 1, 9, 'expected an escape such as \\n, \\" or \\u0041, found "q"'],
		['{"a": -}', 1, 8, 'expected a digit, found "}"'],
		['{"a": tru}', 1, 7, 'expected a value (object, array, string, number, true, false or null), found "t"'],
		['{"表": x}', 1, 7, 'expected a value (object, array, string, number, true, false or null), found "x"'],
		['{"a": "\u009b"', 1, 10, 'expected "," or "}", found end of input'],
		['{"a": "open', 1, 12, 'expected a closing quote, found end of input'],
		['\u001b', 1, 1, 'expected a value (object, array, string, number, true, false or null), found U+001B'],
	])('%j is reported at %i:%i', (text, line, column, message) => {
		expect(locateJsonError(text)).toEqual({line, column, message});
	});

	test('valid JSON has no error', () => {
		expect(locateJsonError('{"a": [1, -2.5e+3, true, false, null, "x\\u0041\\n"], "b": {}}')).toBeUndefined();
	});

	test('agrees with JSON.parse on the bundled comparison and its truncations', async () => {
		const {readFileSync} = await import('node:fs');
		const text = readFileSync(new URL('../../data/fastapi-litestar-django-ninja.json', import.meta.url), 'utf8');
		expect(locateJsonError(text)).toBeUndefined();
		for (const cut of [1, 10, 100, 1000, text.trimEnd().length - 1]) {
			expect(locateJsonError(text.slice(0, cut))?.message).toMatch(/found end of input$/);
		}
	});

	test('deep nesting does not overflow the stack', () => {
		expect(locateJsonError(`${'['.repeat(200_000)}${']'.repeat(199_999)}`)?.message).toBe(
			'expected "," or "]", found end of input',
		);
	});
});
