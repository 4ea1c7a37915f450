import {expect, test} from 'vitest';
import {isId, slug, uniqueIds} from './slug.js';

test('slugs are ids the comparison format accepts, or nothing', () => {
	expect(slug('Developer Experience')).toBe('developer-experience');
	expect(slug('Café & Crème, v2.0')).toBe('cafe-creme-v2.0');
	expect(slug('  --Hello--  ')).toBe('hello');
	expect(slug('特性')).toBeUndefined();
	expect(slug('x'.repeat(100))).toHaveLength(64);
	for (const name of ['A b', 'ÄÖÜ', '1. Intro', 'node_modules']) expect(isId(slug(name) ?? 'fallback')).toBe(true);
});

test('unique ids number the repeats, and use the fallback when there is no slug', () => {
	const ids = uniqueIds();
	expect([ids('setup', 'x'), ids('setup', 'x'), ids(undefined, 'section-3'), ids('setup', 'x')]).toEqual([
		'setup',
		'setup-2',
		'section-3',
		'setup-3',
	]);
});
