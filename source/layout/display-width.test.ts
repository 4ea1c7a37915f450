import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test, vi} from 'vitest';
import displayWidth, {graphemeClusters, isNarrow} from './display-width.js';

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

describe('displayWidth beyond the corpus', () => {
	test('a fresh module, building its patterns on this first measure, agrees on marks, prepended characters and selectors', async () => {
		// The patterns are built once per module, by whichever measure first needs them: measure with
		// a module of its own so that it is this test that builds them.
		vi.resetModules();
		const {default: fresh} = await import('./display-width.js');
		expect(fresh).not.toBe(displayWidth);
		// A combining acute after its base; an Arabic number sign prepended to a wide character; a
		// text-style variation selector after a letter; an ideographic variation selector.
		for (const text of ['e\u0301', '\u0600表', 'a\ufe0f', '葛\u{e0100}']) {
			expect(fresh(text), JSON.stringify(text)).toBe(stringWidth(text));
			expect([...text].length, 'one cluster of several code points').toBeGreaterThan(1);
		}
		expect(fresh('e\u0301')).toBe(1);
		expect(fresh('\u0600表')).toBe(2);
		expect(fresh('a\ufe0f')).toBe(1);
		expect(fresh('葛\u{e0100}')).toBe(2);
	});

	test('what is not a string is no columns, as for string-width', () => {
		for (const value of [undefined, null, 42]) {
			expect(displayWidth(value as unknown as string)).toBe(0);
			expect(stringWidth(value as unknown as string)).toBe(0);
		}
	});

	test('text without ESC or CSI is measured as it is, even after a C1 string introducer, as by string-width', () => {
		expect(displayWidth('\u009dabc')).toBe(3);
		expect(stringWidth('\u009dabc')).toBe(3);
	});

	test('texts measured with ambiguous characters wide are remembered apart from one another', () => {
		const wide = {ambiguousIsNarrow: false};
		expect(['±表', '表格表', '±±表', '±表'].map((text) => displayWidth(text, wide))).toEqual([4, 6, 6, 4]);
		expect(displayWidth('±表')).toBe(3);
	});
});

// The module's patterns are built when it is imported: a module of this test's own, so that it is
// this test that builds them (and measures with them).
async function freshModule() {
	vi.resetModules();
	return import('./display-width.js');
}

test('a fresh module tells keycaps, flags and text-style pictographs apart, as string-width does', async () => {
	const {default: fresh} = await freshModule();
	const cases: [string, number][] = [
		// Keycaps, with and without the emoji selector.
		['1\ufe0f\u20e3', 2],
		['#\u20e3', 2],
		// A keycap sign after a prepended character, or with a mark after it, is not a keycap.
		['\u06001\u20e3', 1],
		['1\u20e3\u0301', 1],
		// A flag is two regional indicators, alone: one indicator, a prepended one or a marked one is narrow.
		['\u{1f1eb}\u{1f1f7}', 2],
		['\u{1f1eb}', 1],
		['\u0600\u{1f1eb}\u{1f1f7}', 1],
		['\u{1f1eb}\u{1f1f7}\u0301', 1],
		// A pictograph that is text by default (☀) is one column without a selector or skin tone.
		['\u2600', 1],
	];
	for (const [text, width] of cases) {
		expect([...new Intl.Segmenter().segment(text)], 'one cluster').toHaveLength(1);
		expect(fresh(text), JSON.stringify(text)).toBe(width);
		expect(stringWidth(text), JSON.stringify(text)).toBe(width);
	}
});

test('a fresh module counts ambiguous characters wide when asked, and calls narrow text narrow', async () => {
	const {default: fresh, isNarrow} = await freshModule();
	const wide = {ambiguousIsNarrow: false};
	expect(['±', 'a±', 'ab'].map((text) => fresh(text, wide))).toEqual([2, 3, 2]);
	expect(['±', 'a±', 'ab'].map((text) => stringWidth(text, wide))).toEqual([2, 3, 2]);
	expect(['ab', 'café ▶ →', '表'].map((text) => isNarrow(text))).toEqual([true, true, false]);
});

test('the wide blocks measured by counting (ideographs, kana, hangul, fullwidth forms) measure as string-width does', async () => {
	const {default: fresh} = await freshModule();
	const ranges: [number, number][] = [
		[0x3000, 0x30ff],
		[0x3100, 0x312f],
		[0x3400, 0x4dbf],
		[0x4e00, 0x9fff],
		[0xac00, 0xd7a3],
		[0xf900, 0xfaff],
		[0xff00, 0xffef],
	];
	const differing: string[] = [];
	for (const [start, end] of ranges) {
		for (let code = start; code <= end; code++) {
			// The ideographic and hangul tone marks are marks: the patterns measure them.
			if (code >= 0x302a && code <= 0x302f) continue;
			const character = String.fromCodePoint(code);
			// Alone, and in text with narrow characters around it.
			const text = `a${character}—${character}b`;
			if (fresh(character) !== stringWidth(character) || fresh(text) !== stringWidth(text))
				differing.push(code.toString(16));
		}
	}
	expect(differing).toEqual([]);
});

describe('grapheme clusters without ICU, where no code point joins', () => {
	const icu = (text: string) => Array.from(new Intl.Segmenter().segment(text), (part) => part.segment);
	// Pieces of text that meet the rules: emoji alone and with selectors, controls before a
	// selector, marks, joiners, flags, skin tones, Hangul jamo and syllables, prepended characters,
	// Thai, superscripts, CJK, CR LF, unassigned code points.
	const pieces = [
		'a',
		' ',
		'é',
		'表',
		'✅',
		'❌',
		'✔',
		'\ufe0f',
		'\ufe0e',
		'🟩',
		'⚡',
		'👁',
		'🤗',
		'☀',
		'1',
		'#',
		'\u20e3',
		'\u0301',
		'\u200d',
		'\u200c',
		'🇫',
		'🇷',
		'🏽',
		'\u1100',
		'\u1161',
		'\u11a8',
		'가',
		'\u0600',
		'ภ',
		'\u0e33',
		'⁴',
		'¹⁰',
		'\r',
		'\n',
		'\t',
		'\u0085',
		'\u2028',
		'\u00ad',
		'\u0378',
		'\u{e0067}',
		'\u{1f3f4}',
		'ｶ',
		'\uff9e',
		'\ud800',
	];
	const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''));

	test('cut as ICU cuts them, and measured alike whole or a cluster at a time', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(graphemeClusters(text)).toEqual(icu(text));
				const byCluster = icu(text).reduce((total, cluster) => total + displayWidth(cluster), 0);
				expect(displayWidth(text)).toBe(byCluster);
			}),
			{numRuns: 2000},
		);
	});

	test('any text at all is cut as ICU cuts it', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 16}), (text) => {
				expect(graphemeClusters(text)).toEqual(icu(text));
			}),
			{numRuns: 2000},
		);
	});

	test('no code point that ICU joins to its like is cut from it: every one of the planes that hold letters, marks and emoji', () => {
		// A code point that may join another joins one of its own kind, or the two around it (marks,
		// prepended characters, Hangul and Kirat Rai vowels, regional indicators): new ones come with
		// each Unicode version, and this finds them (planes 2 and 3 hold ideographs only).
		const missed: string[] = [];
		for (let code = 0; code <= 0xe0fff; code++) {
			if ((code >= 0xd800 && code <= 0xdfff) || (code > 0x1ffff && code < 0xe0000)) continue;
			const pair = String.fromCodePoint(code, code);
			if (graphemeClusters(pair).length === 2 && icu(pair).length !== 2) missed.push(code.toString(16));
		}
		expect(missed).toEqual([]);
	});

	test("text without a code point that joins never sets ICU's segmenter up (that is what the quick cut is for)", async () => {
		const {graphemeClusters: fresh} = await freshModule();
		const Original = Intl.Segmenter;
		let made = 0;
		const intl = Intl as {Segmenter: typeof Intl.Segmenter};
		intl.Segmenter = class extends Original {
			constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
				super(...args);
				made++;
			}
		};
		try {
			expect(fresh('✔️ ❌ 🟩 Yes ⁴ 表')).toEqual(['✔️', ' ', '❌', ' ', '🟩', ' ', 'Y', 'e', 's', ' ', '⁴', ' ', '表']);
			expect(fresh('\ufe0f at the start')[0]).toBe('\ufe0f');
			expect(made).toBe(0);
			// A joiner, or a selector after a control, is ICU's to cut.
			expect(fresh('👩\u200d👩')).toEqual(['👩\u200d👩']);
			expect(made).toBe(1);
			expect(fresh('\t\ufe0f')).toEqual(['\t', '\ufe0f']);
		} finally {
			intl.Segmenter = Original;
		}
	});

	test('emoji with or without their selector are cut one by one, as in the tables of real documents', () => {
		expect(graphemeClusters('✔️ ❌ 🟩 Yes')).toEqual(['✔️', ' ', '❌', ' ', '🟩', ' ', 'Y', 'e', 's']);
		expect(displayWidth('✔️ ❌ 🟩 Yes')).toBe(stringWidth('✔️ ❌ 🟩 Yes'));
		// A selector after a control is a cluster of its own.
		expect(graphemeClusters('\n\ufe0f')).toEqual(['\n', '\ufe0f']);
	});
});
