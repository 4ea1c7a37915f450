import {describe, expect, test} from 'vitest';
import {copyToClipboard, osc52, osc52Limit} from './clipboard.js';

describe('osc52', () => {
	test('ESC ] 52 ; c ; the text in base64, BEL', () => {
		expect(osc52('https://example.com/a')).toBe(
			`\u001b]52;c;${Buffer.from('https://example.com/a').toString('base64')}\u0007`,
		);
		expect(osc52('é 表')).toBe('\u001b]52;c;w6kg6KGo\u0007');
	});
});

describe('copyToClipboard', () => {
	test('writes the sequence to the terminal, inside tmux or not', () => {
		for (const env of [{}, {TMUX: '/tmp/tradeoff-no-such-tmux,1,0', PATH: '/nonexistent'}]) {
			const written: string[] = [];
			copyToClipboard('copied text', (text) => written.push(text), env);
			expect(written).toEqual([osc52('copied text')]);
		}
	});

	test('text whose sequence is longer than terminals take is not written, and the copy says so', () => {
		// 74,997 bytes make a sequence of 4 × 24,999 + 8 = 100,004 bytes; 74,994 one of 100,000.
		const fits = 'x'.repeat(74_994);
		const past = 'x'.repeat(74_997);
		expect(osc52(fits)).toHaveLength(osc52Limit);
		const written: string[] = [];
		expect(copyToClipboard(fits, (text) => written.push(text), {})).toEqual({terminal: true, tmux: false});
		expect(copyToClipboard(past, (text) => written.push(text), {})).toEqual({terminal: false, tmux: false});
		expect(written).toEqual([osc52(fits)]);
	});
});
