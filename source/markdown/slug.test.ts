import {describe, expect, test} from 'vitest';
import {anchor, isId, isSectionId, slug, uniqueIds} from './slug.js';

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

test("anchors are GitHub's: lowercase, letters of any script kept, punctuation dropped, each space a -", () => {
	expect(anchor('为什么使用消息队列？')).toBe('为什么使用消息队列');
	expect(anchor('Kafka、ActiveMQ 有什么优缺点？')).toBe('kafkaactivemq-有什么优缺点');
	expect(anchor('6.1 Inference with DeepSeek-Infer Demo (example only)')).toBe(
		'61-inference-with-deepseek-infer-demo-example-only',
	);
	expect(anchor('Chat Website & API Platform')).toBe('chat-website--api-platform');
	expect(anchor('Ünïcode café')).toBe('ünïcode-café');
	expect(anchor('⚡ zap')).toBe('zap');
	expect(anchor('?!')).toBeUndefined();
	expect([...(anchor('字'.repeat(100)) ?? '')]).toHaveLength(64);
	for (const heading of ['为什么', 'A b', '1. Intro', 'node_modules', '—dash'])
		expect(isSectionId(anchor(heading) ?? 'x'), heading).toBe(true);
});

test('an anchor leaves out the spaces around the heading and the "-" and "_" it would start with', () => {
	expect(anchor('  Setup  ')).toBe('setup');
	expect(anchor('__Setup')).toBe('setup');
	expect(anchor('- Setup')).toBe('setup');
});

test('an anchor cut to 64 characters drops the "-" it would end in; one not cut keeps its own', () => {
	expect(anchor('Setup -')).toBe('setup--');
	expect(anchor(`${'a'.repeat(63)}-`)).toBe(`${'a'.repeat(63)}-`);
	expect(anchor(`${'a'.repeat(62)}  b`)).toBe('a'.repeat(62));
	expect(anchor(`ab ${'c'.repeat(70)}`)).toBe(`ab-${'c'.repeat(61)}`);
});

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
