import {expect, test} from 'vitest';
import {lineText, lineWidth, Role, span} from './styled.js';
import {wrapSpans} from './wrap.js';

test('a space at the edge of a span with an address stays out of it, whatever its role', () => {
	// The address alone makes the span a hyperlink in the terminal: the space is not linked.
	expect(wrapSpans([span('see'), span(' docs', Role.none, 'https://x.example')], 40)).toStrictEqual([
		[
			{text: 'see ', role: Role.none},
			{text: 'docs', role: Role.none, href: 'https://x.example'},
		],
	]);
});

test('a cluster that fits the first line but not an indented one is broken there, never past the width', () => {
	// U+1D158 U+1D165 U+1D16E (a musical note, one cluster) is three code points, three columns;
	// after "•abcd" one column of 6 is left, and the next lines, indented by four, have two.
	const lines = wrapSpans([span('abcd\u{1D158}\u{1D165}\u{1D16E}')], 6, {first: [span('•')], rest: [span('    ')]});
	expect(lines.map(lineText)).toEqual(['•abcd', '    \u{1D158}\u{1D165}', '    \u{1D16E}']);
	expect(lines.map(lineWidth)).toEqual([5, 6, 4]);
	// A cluster as wide as the first line's room but wider than the others' stays whole there.
	expect(
		wrapSpans([span('\u{1D158}\u{1D165}\u{1D16E}x')], 4, {first: [span('•')], rest: [span('   ')]}).map(lineText),
	).toEqual(['•\u{1D158}\u{1D165}\u{1D16E}', '   x']);
});
