import {createHash} from 'node:crypto';
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {sha256Hex} from './sha256.js';

const reference = (text: string) => createHash('sha256').update(text).digest('hex');

test('the hash of the standard test vectors', () => {
	expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
		'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
	);
});

test("node:crypto's hash of any text, of every length around a block's edges: the decision files keep their names", () => {
	for (let length = 0; length <= 200; length++) {
		for (const text of ['a'.repeat(length), 'é'.repeat(length), '表'.repeat(length)])
			expect(sha256Hex(text), `${length}`).toBe(reference(text));
	}
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
			expect(sha256Hex(text)).toBe(reference(text));
		}),
		{numRuns: 500},
	);
});
