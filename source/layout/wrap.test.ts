import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role, span} from './styled.js';
import {wrapSpans} from './wrap.js';

const texts = (lines: ReturnType<typeof wrapSpans>) => lines.map(lineText);

describe('wrapSpans', () => {
	test('wraps at spaces and collapses runs of spaces', () => {
		expect(texts(wrapSpans([span('the  quick brown fox jumps')], 10))).toEqual(['the quick', 'brown fox', 'jumps']);
	});

	test('keeps styles across words and does not break inside a styled word', () => {
		const lines = wrapSpans([span('go '), span('bold', Role.strong), span(', then more')], 8);
		expect(texts(lines)).toEqual(['go bold,', 'then', 'more']);
		expect(lines[0]?.find((piece) => piece.text === 'bold')?.role).toBe(Role.strong);
	});

	test('breaks a word longer than the line without losing a character', () => {
		const lines = wrapSpans([span('see https://example.com/a/very/long/path now')], 12);
		expect(texts(lines)).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path', 'now']);
	});

	test('counts CJK and emoji as two columns and never splits them', () => {
		const lines = wrapSpans([span('表格表格表格 🚀🚀 ok')], 5);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(5);
		expect(texts(lines).join('')).toBe('表格表格表格🚀🚀ok');
	});

	test('hanging indent: first prefix on the first line, rest on the others', () => {
		const lines = wrapSpans([span('one two three four')], 9, {
			first: [span('• ')],
			rest: [span('  ')],
		});
		expect(texts(lines)).toEqual(['• one two', '  three', '  four']);
	});

	test('a hard break starts a new line; a soft newline is a space', () => {
		expect(texts(wrapSpans([span('a'), span('\n'), span('b')], 20))).toEqual(['a b']);
		expect(texts(wrapSpans([span('a'), span('\n', Role.break), span('b')], 20))).toEqual(['a', 'b']);
	});

	test('no line is ever wider than the width, from 1 to 60', () => {
		const text = 'Lorem ipsum dolor sit amet, consectetur 表格 adipiscing elit https://example.com/x/y/z';
		for (let width = 2; width <= 60; width++) {
			for (const line of wrapSpans([span(text)], width)) expect(lineWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

describe('a text that fits on one line', () => {
	test('is given back as it is, after the prefix, when wrapping would give the same', () => {
		const spans = [span('Serialize: ', Role.label), span('443 µs', Role.none, undefined)];
		expect(wrapSpans(spans, 40, {first: [span('  ')]})).toEqual([[span('  '), ...spans]]);
	});

	test('is wrapped as any text where the shortcut would differ: spaces to collapse, a link edge, a break', () => {
		for (const spans of [
			[span('two  spaces')],
			[span(' leading')],
			[span('trailing ')],
			[span('a link ', Role.link, 'https://x.example'), span('after')],
			[span('a'), span('\n', Role.break), span('b')],
		]) {
			const lines = wrapSpans(spans, 40);
			const joined = lines.map(lineText);
			expect(joined.join('|'), JSON.stringify(spans)).not.toMatch(/ {2}|^ | $/);
		}
		// The space after a link is plain, as wrapping makes it: no underline running on.
		const [line] = wrapSpans([span('a link ', Role.link, 'https://x.example'), span('after')], 40);
		expect(line?.filter((piece) => piece.text.endsWith(' ') && piece.role & Role.link)).toEqual([]);
	});

	test('a cluster wider than a whole line (a base and spacing marks) is broken, never run past the width', () => {
		// U+1D158 U+1D165 U+1D16E: one grapheme, three columns (each spacing mark takes one).
		const note = '\u{1d158}\u{1d165}\u{1d16e}';
		for (const width of [1, 2]) {
			const lines = wrapSpans([span(`a ${note} b`)], width, {rest: []});
			for (const line of lines) expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(width);
			expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`a${note}b`);
		}
		const indented = wrapSpans([span(note)], 8, {first: [span('      ')], rest: [span('      ')]});
		for (const line of indented) expect(lineWidth(line)).toBeLessThanOrEqual(8);
	});
});
