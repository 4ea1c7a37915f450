import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import displayWidth, {isNarrow} from './display-width.js';

// The reference is string-width itself (a dev dependency): the bundle puts displayWidth in its
// place, so both must agree on the text people write.
const corpus = [
	'',
	'plain ASCII text',
	'Überblick café naïve — “quotes” · bullets • ellipsis …',
	'Ελληνικά and кириллица',
	'box │─┼ drawing ▶ ‹ › arrows ← → ↑ ↓ blocks ▇',
	'表格 中文 日本語のテキスト 한국어',
	'ｶﾞｷﾞ halfwidth katakana',
	'ＡＢＣ fullwidth latin',
	'e\u0301 combining acute, a\u0308\u0304 stacked marks',
	'zero\u200bwidth space, soft\u00adhyphen, joiner\u200d',
	'🚀 rocket, 👍🏽 skin tone, 👩‍👩‍👧‍👦 family, 🇫🇷 flag, 1️⃣ keycap, ❤️ heart, ☀ sun, ☀️ sun emoji',
	'🏴󠁧󠁢󠁳󠁣󠁴󠁿 tag flag',
	'Devanagari कि and Thai ภาษาไทย',
	'©®™ symbols ‼ ⁉',
	'\u001b[1mbold\u001b[0m and \u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\',
];

describe('displayWidth', () => {
	test.each(corpus)('agrees with string-width: %j', (text) => {
		expect(displayWidth(text)).toBe(stringWidth(text));
	});

	test('every word of the corpus agrees too', () => {
		for (const word of corpus.join(' ').split(' ')) expect(displayWidth(word), word).toBe(stringWidth(word));
	});

	test('ambiguous characters can be counted wide', () => {
		expect(displayWidth('±', {ambiguousIsNarrow: false})).toBe(stringWidth('±', {ambiguousIsNarrow: false}));
	});

	test('escape sequences count when asked', () => {
		expect(displayWidth('\u001b[1mx', {countAnsiEscapeCodes: true})).toBe(
			stringWidth('\u001b[1mx', {countAnsiEscapeCodes: true}),
		);
	});
});

test('every character the quick test calls narrow is one column for string-width too', () => {
	const characters = Array.from({length: 0x25ff - 0x20 + 1}, (_, index) => String.fromCodePoint(0x20 + index));
	const narrow = characters.filter((character) => isNarrow(character));
	// The quick test covers most of this range (ASCII, Latin, Greek, Cyrillic...), not none of it.
	expect(narrow.length).toBeGreaterThan(1000);
	const wider = narrow.filter((character) => stringWidth(character) !== 1);
	expect(wider.map((character) => `U+${character.codePointAt(0)?.toString(16)}`)).toEqual([]);
});
