// Display width: how many terminal columns a string takes. The bundle uses this module in place of
// string-width, for Ink as well as for our layout (one measure, so Ink never disagrees with the
// layout about where a line ends). string-width builds its emoji regexes (\p{RGI_Emoji} with the
// v flag) when it is imported and compiles them on first use: ~90 ms of the browser's first frame
// here. This module answers common text from one quick test and builds its Unicode property
// patterns only when a string needs them.
import {eastAsianWidth} from 'get-east-asian-width';
import {stripEscapes} from '../model/sanitize.js';

// Characters one column wide in every terminal: ASCII, Latin, Greek and Cyrillic letters without
// combining marks, general punctuation (dashes, quotes, bullets), currency and letterlike
// symbols, arrows, mathematical operators, box drawing, blocks and geometric shapes such as ▶
// (the browser draws that one in every frame; without it here, every frame would need ICU's
// grapheme segmenter, and its data would cost memory), and superscripts and subscripts (a table's
// links are numbered with them: from ⁴ on, each number sent its table to the segmenter).
const narrow =
	/^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2070-\u209f\u20a0-\u20bf\u2100-\u214f\u2190-\u2319\u2500-\u25fc]*$/;

const printableAscii = /^[\u0020-\u007e]*$/;

/** Whether every character of the text is one column wide and a grapheme cluster of its own. */
export function isNarrow(text: string): boolean {
	return narrow.test(text);
}

type Patterns = {
	/** A cluster that draws nothing: marks, format and control characters, default ignorables. */
	invisible: RegExp;
	/** A code point that draws nothing, to find a cluster's visible base. */
	invisiblePoint: RegExp;
	pictographic: RegExp;
	emojiPresentation: RegExp;
	spacingMark: RegExp;
};

let patterns: Patterns | undefined;

function lazyPatterns(): Patterns {
	patterns ??= {
		invisible: /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Mark}\p{Surrogate}]+$/u,
		invisiblePoint: /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Mark}\p{Surrogate}]$/u,
		pictographic: /\p{Extended_Pictographic}/u,
		emojiPresentation: /^\p{Emoji_Presentation}/u,
		spacingMark: /^\p{Spacing_Mark}$/u,
	};
	return patterns;
}

const keycap = /^[\d#*]\ufe0f?\u20e3$/;
const flag = /^[\u{1f1e6}-\u{1f1ff}]{2}$/u;
const skinTone = /[\u{1f3fb}-\u{1f3ff}]/u;

let segmenter: Intl.Segmenter | undefined;

// Code points that may join a grapheme cluster of more than one (UAX #29): marks and the other
// extenders (ZWNJ, halfwidth sound marks, emoji modifiers, tags), the joiner, spacing letters (Thai
// and Lao SARA AM), Hangul jamo and Kirat Rai vowels (Unicode 16, joined as jamo are), prepended
// characters, regional indicators, CR, lone surrogates.
// The emoji and text variation selectors (marks too) are left out: they are taken apart below.
// Built on first use: the bundle builds it with new RegExp, and its classes of marks cost ~3 million
// instructions (~1 ms) to build, which text of narrow characters alone never needs.
let joining: RegExp | undefined;
const joiningPattern = () =>
	/(?![\ufe0e\ufe0f])\p{M}|\u200d|[\p{Cs}\r\u200c\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{113d1}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u{16d63}\u{16d67}-\u{16d6a}\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e0fff}]/u;
// What a cluster always ends after (UAX #29's Control, and unassigned code points, some of which
// are), so that a selector after one stands alone.
const control = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cn}]$/u;

/**
 * Text cut into grapheme clusters, the units a terminal draws. ICU's segmenter costs ~20 ms to
 * set up (its break rules are loaded on first use: most of the time some tables with emoji took
 * to print); text with none of the code points that join clusters is cut without it, each code
 * point a cluster with the variation selectors after it (❌, ✔️, 🟩).
 */
export function graphemeClusters(text: string): string[] {
	joining ??= joiningPattern();
	if (!joining.test(text)) {
		const clusters: string[] = [];
		let base = '';
		let simple = true;
		for (const character of text) {
			const code = character.charCodeAt(0);
			if ((code === 0xfe0e || code === 0xfe0f) && clusters.length > 0) {
				// After a control a selector is a cluster of its own: ICU knows those rules.
				if (control.test(base)) {
					simple = false;
					break;
				}
				clusters[clusters.length - 1] += character;
				continue;
			}
			clusters.push(character);
			base = character;
		}
		if (simple) return clusters;
	}
	segmenter ??= new Intl.Segmenter();
	return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Whether a grapheme cluster is drawn as an emoji, two columns wide. */
function isEmoji(cluster: string, found: Patterns): boolean {
	if (keycap.test(cluster) || flag.test(cluster)) return true;
	if (!found.pictographic.test(cluster)) return false;
	// Emoji by default (🚀), or made emoji by a variation selector, a skin tone or a joiner.
	return (
		found.emojiPresentation.test(cluster) ||
		cluster.includes('\ufe0f') ||
		cluster.includes('\u200d') ||
		skinTone.test(cluster)
	);
}

function clusterWidth(cluster: string, ambiguousAsWide: boolean, found: Patterns): number {
	if (found.invisible.test(cluster)) return 0;
	if (isEmoji(cluster, found)) return 2;
	let width = 0;
	let base = true;
	for (const character of cluster) {
		const codePoint = character.codePointAt(0) ?? 0;
		if (base) {
			if (found.invisiblePoint.test(character)) continue;
			width = eastAsianWidth(codePoint, {ambiguousAsWide});
			base = false;
		} else if ((codePoint >= 0xff00 && codePoint <= 0xffef) || found.spacingMark.test(character)) {
			// Half- and full-width forms and spacing marks after the base take cells of their own.
			width += eastAsianWidth(codePoint, {ambiguousAsWide});
		}
	}
	return width;
}

/**
 * Whether a UTF-16 code unit is one of the common wide characters: CJK punctuation, kana and bopomofo,
 * CJK unified ideographs and extension A, hangul syllables, compatibility ideographs, and the
 * fullwidth forms (East Asian Width W or F, every one of them assigned, none a mark).
 */
export function isWideBmp(code: number): boolean {
	return (
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0x3000 && code <= 0x3029) ||
		(code >= 0x3030 && code <= 0x303e) ||
		(code >= 0x3041 && code <= 0x3096) ||
		(code >= 0x30a1 && code <= 0x30ff) ||
		(code >= 0x3105 && code <= 0x312f) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfa6d) ||
		(code >= 0xff01 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6)
	);
}

// Text of narrow characters (as `narrow`) and the wide ones isWideBmp knows, only.
const narrowOrWide =
	/^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2070-\u209f\u20a0-\u20bf\u2100-\u214f\u2190-\u2319\u2500-\u25fc\u4e00-\u9fff\u3000-\u3029\u3030-\u303e\u3041-\u3096\u30a1-\u30ff\u3105-\u312f\u3400-\u4dbf\uac00-\ud7a3\uf900-\ufa6d\uff01-\uff60\uffe0-\uffe6]*$/;

/** Options as string-width takes them, for the packages that call this in its place. */
export type WidthOptions = {
	readonly ambiguousIsNarrow?: boolean;
	readonly countAnsiEscapeCodes?: boolean;
};

/** Columns a string takes in a terminal: CJK and emoji two, marks and zero-width characters none. */
export default function displayWidth(text: string, options: WidthOptions = {}): number {
	if (typeof text !== 'string' || text === '') return 0;
	// An ideograph alone (wrapping Chinese text measures each): two columns, nothing to look up.
	if (text.length === 1 && isWideBmp(text.charCodeAt(0))) return 2;
	const string =
		!options.countAnsiEscapeCodes && (text.includes('\u001b') || text.includes('\u009b')) ? stripEscapes(text) : text;
	const ambiguousAsWide = options.ambiguousIsNarrow === false;
	// The quick test knows only narrow terminals: ambiguous characters (±, ·) count wide in others.
	if (ambiguousAsWide ? printableAscii.test(string) : narrow.test(string)) return string.length;
	// One code point is one cluster: no segmenter needed (breaking long words measures each,
	// and wrapping Chinese text each ideograph). The ideographs, kana, hangul and fullwidth forms
	// of the blocks below are all two columns, and none joins another into a cluster: text of
	// them and narrow characters is measured by counting, with no pattern or segmenter at all.
	// (ICU's segmenter and the property patterns took most of the time a Chinese page printed in.)
	const first = string.codePointAt(0) ?? 0;
	if (!ambiguousAsWide && narrowOrWide.test(string)) {
		let width = string.length;
		for (let index = 0; index < string.length; index++) if (isWideBmp(string.charCodeAt(index))) width++;
		return width;
	}
	const found = lazyPatterns();
	const key = ambiguousAsWide ? `\u0000${string}` : string;
	// One code point is one cluster (text wrapped character by character measures each: kept,
	// apart from the longer texts, which cost more to measure again).
	if (string.length === (first > 0xffff ? 2 : 1)) {
		const known = characterWidths.get(key);
		if (known !== undefined) return known;
		const width = clusterWidth(string, ambiguousAsWide, found);
		if (characterWidths.size >= 4096) characterWidths.clear();
		characterWidths.set(key, width);
		return width;
	}
	const known = widths.get(key);
	if (known !== undefined) return known;
	let width = 0;
	for (const cluster of graphemeClusters(string)) width += clusterWidth(cluster, ambiguousAsWide, found);
	// Segmenting is the slow part and the same words come back (a table is measured, then wrapped).
	if (widths.size >= 4096) widths.clear();
	widths.set(key, width);
	return width;
}

const widths = new Map<string, number>();
const characterWidths = new Map<string, number>();
