import {describe, expect, test} from 'vitest';
import {originFields, sizeText} from './origin.js';

describe('sizeText', () => {
	test('bytes, then KiB and MiB with the exact count', () => {
		expect(sizeText(1)).toBe('1 byte');
		expect(sizeText(738)).toBe('738 bytes');
		expect(sizeText(1024)).toBe('1.0 KiB (1,024 bytes)');
		expect(sizeText(12_634)).toBe('12 KiB (12,634 bytes)');
		expect(sizeText(1_572_864)).toBe('1.5 MiB (1,572,864 bytes)');
	});
});

describe('originFields', () => {
	const readAt = '2026-12-06T14:03:12+01:00';
	test('a file: its path, size and when it was read', () => {
		expect(originFields({location: '/home/a/compare.md', bytes: 900, readAt})).toEqual([
			['Read from', '/home/a/compare.md'],
			['Size', '900 bytes'],
			['Read at', '2026-12-06 14:03:12+01:00'],
		]);
	});

	test('a URL that led elsewhere names both addresses', () => {
		const fields = originFields({
			location: 'https://github.com/o/r',
			fetchedFrom: 'https://raw.githubusercontent.com/o/r/HEAD/README.md',
			bytes: 2048,
			readAt,
		});
		expect(fields.slice(0, 2)).toEqual([
			['Read from', 'https://github.com/o/r'],
			['Fetched from', 'https://raw.githubusercontent.com/o/r/HEAD/README.md'],
		]);
	});

	test('stdin and the bundled comparison are named as such; nothing without an origin', () => {
		expect(originFields({location: '-', bytes: 3, readAt})[0]).toEqual(['Read from', 'standard input']);
		expect(originFields({location: 'fastapi.json', bytes: 3, readAt})[0]).toEqual([
			'Read from',
			'fastapi.json, bundled with tradeoff',
		]);
		expect(originFields({location: 'C:\\docs\\a.md', bytes: 3, readAt})[0]).toEqual(['Read from', 'C:\\docs\\a.md']);
		expect(originFields(undefined)).toEqual([]);
	});
});
