import stringWidth from 'string-width';
import {expect, test, vi} from 'vitest';

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
