import {expect, test} from 'vitest';
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
