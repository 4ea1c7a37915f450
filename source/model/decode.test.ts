import {describe, expect, test} from 'vitest';
import {decodeComparison} from './decode.js';
import {maxFileBytes} from './limits.js';

test('an empty file names the kind it should have been', () => {
	expect(() => decodeComparison(new Uint8Array(), 'a.json')).toThrow('a.json: empty; expected a comparison as JSON');
	expect(() => decodeComparison(new TextEncoder().encode('\n \n'), 'a.md', 'Markdown')).toThrow(
		'a.md: empty; expected a comparison as Markdown',
	);
	expect(decodeComparison(new Uint8Array([0xef, 0xbb, 0xbf, 0x23]), 'a.md', 'Markdown')).toBe('#');
});

/** The message decoding these bytes fails with. */
function refusal(bytes: readonly number[], file = 'c.json'): string {
	try {
		decodeComparison(new Uint8Array(bytes), file);
	} catch (error) {
		return `${(error as Error).name}: ${(error as Error).message}`;
	}
	return 'decoded';
}

const a = 0x61;

describe('decodeComparison', () => {
	test('UTF-8 text comes back as text, with or without a byte-order mark', () => {
		expect(decodeComparison(new TextEncoder().encode('{"a": "é✓😀"}'), 'c.json')).toBe('{"a": "é✓😀"}');
		expect(decodeComparison(new Uint8Array([0xef, 0xbb, 0xbf, a, 0xc2, 0xa9]), 'c.json')).toBe('a©');
	});

	test('invalid UTF-8 names the offset of its first bad byte', () => {
		expect(refusal([a, a, 0xff])).toBe('DataError: c.json: not valid UTF-8 (byte 2)');
		// A lone continuation byte, an overlong lead, a lead past U+10FFFF.
		expect(refusal([a, 0x80, a])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		expect(refusal([a, 0xc1, 0x81])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		expect(refusal([a, 0xf5, 0x80, 0x80, 0x80])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		// A lead byte followed by something that does not continue it.
		expect(refusal([a, 0xc2, a, a])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		expect(refusal([a, 0xe2, 0x82, a])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		// A sequence cut short by the end of the file.
		expect(refusal([a, a, 0xe2, 0x82])).toBe('DataError: c.json: not valid UTF-8 (byte 2)');
		expect(refusal([a, 0xf0, 0x9f, 0x98])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		// A surrogate encoded as UTF-8.
		expect(refusal([a, 0xed, 0xa0, 0x80])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
	});

	test('valid sequences at the edges of each length are stepped over whole', () => {
		const bad = 0xff;
		// U+0080 (c2 80), U+07FF (df bf), U+0800 (e0 a0 80), U+FFFD (ef bf bd), U+10000 (f0 90 80 80), U+10FFFF (f4 8f bf bf).
		expect(refusal([0xc2, 0x80, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 2)');
		expect(refusal([0xdf, 0xbf, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 2)');
		expect(refusal([0xe0, 0xa0, 0x80, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 3)');
		expect(refusal([0xef, 0xbf, 0xbd, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 3)');
		expect(refusal([0xf0, 0x90, 0x80, 0x80, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 4)');
		expect(refusal([0xf4, 0x8f, 0xbf, 0xbf, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 4)');
		expect(refusal([a, 0x7f, bad])).toBe('DataError: c.json: not valid UTF-8 (byte 2)');
	});

	test('the offset counts the byte-order mark; an incomplete mark is no mark', () => {
		expect(refusal([0xef, 0xbb, 0xbf, a, 0xff])).toBe('DataError: c.json: not valid UTF-8 (byte 4)');
		expect(refusal([0xef, 0xbb, a, 0xff])).toBe('DataError: c.json: not valid UTF-8 (byte 0)');
		expect(refusal([0xef, a, 0xbf, a])).toBe('DataError: c.json: not valid UTF-8 (byte 0)');
		expect(refusal([a, 0xbb, 0xbf, a])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
	});

	test('UTF-16, either byte order, is named as such; either byte alone is only invalid UTF-8', () => {
		expect(refusal([0xff, 0xfe, a, 0])).toBe('DataError: c.json: encoded as UTF-16; save it as UTF-8');
		expect(refusal([0xfe, 0xff, 0, a])).toBe('DataError: c.json: encoded as UTF-16; save it as UTF-8');
		expect(refusal([0xff, a])).toBe('DataError: c.json: not valid UTF-8 (byte 0)');
		expect(refusal([0xfe, a])).toBe('DataError: c.json: not valid UTF-8 (byte 0)');
		expect(refusal([a, 0xfe])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
		expect(refusal([a, 0xff, 0xfe])).toBe('DataError: c.json: not valid UTF-8 (byte 1)');
	});

	test('a file past the size limit is refused before it is read; one at the limit is read', () => {
		const limit = new Uint8Array(maxFileBytes).fill(a);
		expect(decodeComparison(limit, 'big.json')).toHaveLength(maxFileBytes);
		const over = new Uint8Array(maxFileBytes + 1).fill(a);
		expect(() => decodeComparison(over, 'big.json')).toThrow(/^big\.json: larger than the 8 MiB a comparison may be$/);
	});

	test('the file name is printed without control characters', () => {
		expect(refusal([], 'a\u001b[2Jb.json')).toBe('DataError: a\\x1b[2Jb.json: empty; expected a comparison as JSON');
		expect(refusal([0x20, 0x0a], 'x.json')).toBe('DataError: x.json: empty; expected a comparison as JSON');
	});
});
