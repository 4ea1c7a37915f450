import {expect, test} from 'vitest';
import {Role, span} from './styled.js';
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
