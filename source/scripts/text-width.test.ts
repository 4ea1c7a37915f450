import {describe, expect, it} from 'vitest';
import {displayWidth, linesWiderThan, stripAnsi} from './text-width.js';

describe('stripAnsi', () => {
	it('removes colours, hyperlinks (BEL or ST) and charset escapes, and keeps the text', () => {
		const link = '\u001b]8;;https://example.com\u0007site\u001b]8;;\u0007';
		const linkSt = '\u001b]8;;https://example.com\u001b\\here\u001b]8;;\u001b\\';
		expect(stripAnsi(`\u001b[1;38;2;10;20;30mbold\u001b[0m ${link} ${linkSt}\u001b(B`)).toBe('bold site here');
	});
});

describe('displayWidth', () => {
	it('counts CJK and emoji as two columns, combining marks as none', () => {
		expect(displayWidth('中文')).toBe(4);
		expect(displayWidth('ok ✅')).toBe(5);
		expect(displayWidth('🚀x')).toBe(3);
		expect(displayWidth('e\u0301')).toBe(1);
	});

	it('does not count escape sequences', () => {
		expect(displayWidth('\u001b[31m│ abc │\u001b[0m')).toBe(7);
	});

	it('moves a tab to the next multiple of 8', () => {
		expect(displayWidth('ab\tc')).toBe(9);
		expect(displayWidth('\t')).toBe(8);
		expect(displayWidth('12345678\tx')).toBe(17);
	});

	it('takes the widest stretch of a line a carriage return went back over', () => {
		expect(displayWidth('long line\rab')).toBe(9);
	});
});

describe('linesWiderThan', () => {
	it('counts the lines wider than the width, measured as displayed', () => {
		const output = ['1234', '12345', '中文中', '\u001b[1m1234\u001b[0m', ''].join('\n');
		// '12345' is 5 columns and '中文中' 6; the bold line is 4 once its escapes are gone.
		expect(linesWiderThan(output, 4)).toEqual({wider: 2, lines: 4});
		expect(linesWiderThan(output, 6)).toEqual({wider: 0, lines: 4});
	});

	it('reads CRLF line ends as line ends, and nothing as no lines', () => {
		expect(linesWiderThan('abc\r\nabcdef\r\n', 3)).toEqual({wider: 1, lines: 2});
		expect(linesWiderThan('', 3)).toEqual({wider: 0, lines: 0});
	});
});
