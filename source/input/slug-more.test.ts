import {describe, expect, test} from 'vitest';
import {isId, slug, uniqueIds} from './slug.js';

describe('isId', () => {
	test('a lowercase letter or digit, then up to 63 of letters, digits, ".", "_" and "-"', () => {
		for (const id of ['a', '7', 'a.b_c-d', `a${'b'.repeat(63)}`]) expect(isId(id), id).toBe(true);
		for (const id of ['', '-a', '.a', '_a', 'A', 'a b', 'a!', 'é', `a${'b'.repeat(64)}`, 'a\nb'])
			expect(isId(id), id).toBe(false);
	});
});

describe('slug', () => {
	test('accents and compatibility forms are dropped to their letters; capitals lowered', () => {
		expect(slug('Ça Va')).toBe('ca-va');
		expect(slug('ﬁle')).toBe('file');
		expect(slug('ABC')).toBe('abc');
	});

	test('each run of other characters is one "-"; leading "-", "." and "_" and trailing "-" go', () => {
		expect(slug('a  -  b')).toBe('a-b');
		expect(slug('a!?b')).toBe('a-b');
		expect(slug('...a')).toBe('a');
		expect(slug('_-_a')).toBe('a');
		expect(slug('a!')).toBe('a');
		expect(slug('v2.')).toBe('v2.');
		expect(slug('a_')).toBe('a_');
		expect(slug('a.b_c')).toBe('a.b_c');
		expect(slug('!!!')).toBeUndefined();
		expect(slug('')).toBeUndefined();
	});

	test('at most 64 characters, without a "-" left at the cut', () => {
		expect(slug(`${'a'.repeat(63)} b`)).toBe('a'.repeat(63));
		expect(slug(`${'a'.repeat(64)}b`)).toBe('a'.repeat(64));
		expect(slug(`${'a'.repeat(62)} bc`)).toBe(`${'a'.repeat(62)}-b`);
	});
});

describe('uniqueIds', () => {
	test('repeats count on from 2; a long id is cut to 60 characters before its number', () => {
		const ids = uniqueIds();
		const long = 'x'.repeat(64);
		expect([ids(long, 'f'), ids(long, 'f'), ids(long, 'f')]).toEqual([
			long,
			`${'x'.repeat(60)}-2`,
			`${'x'.repeat(60)}-3`,
		]);
		expect([ids('a', 'f'), ids('a-2', 'f'), ids('a', 'f')]).toEqual(['a', 'a-2', 'a-3']);
		// Each call of uniqueIds starts afresh.
		expect(uniqueIds()('a', 'f')).toBe('a');
	});
});
