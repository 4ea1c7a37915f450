// Where a line may break, by the Unicode Line Breaking Algorithm (UAX #14 of Unicode 16, the
// version of the data: its rules as unicodetools states them, with LB20a and LB21a as 16 has
// them), checked against the standard's own test file (line-break.test.ts). Its East Asian rules are what a reader of Chinese or Japanese
// expects: no line starts with ，。、；：！？）」 (classes CL, CP, EX, NS, IS), none ends with （「,
// and a Latin word inside Chinese text is never split.
//
// Written here rather than taken from a package: the two on npm that implement it (linebreak,
// css-line-break) pass 94 % and 80 % of the current test file, and bring a compressed trie and
// its inflater with them. The table (line-break-data.ts, 8 KB) is read into a typed array the
// first time a text needs it.
import {classRuns} from './line-break-data.js';

// The class numbers of line-break-classes.ts (line-break.test.ts checks that they match).
const BK = 0;
const CR = 1;
const LF = 2;
const NL = 3;
const SP = 4;
const ZW = 5;
const WJ = 6;
const GL = 7;
const CM = 8;
const ZWJ = 9;
const CL = 10;
const CP = 11;
const CP_EA = 12;
const OP = 13;
const OP_EA = 14;
const QU = 15;
const QU_Pi = 16;
const QU_Pf = 17;
const EX = 18;
const SY = 19;
const IS = 20;
const NS = 21;
const B2 = 22;
const BA = 23;
const BB = 24;
const HY = 25;
const HH = 26;
const CB = 27;
const IN = 28;
const NU = 29;
const PR = 30;
const PO = 31;
const AL = 32;
const HL = 33;
const ID = 34;
const ID_XP = 35;
const EB = 36;
const EM = 37;
const JL = 38;
const JV = 39;
const JT = 40;
const H2 = 41;
const H3 = 42;
const RI = 43;
const AK = 44;
const AP = 45;
const AS = 46;
const VF = 47;
const VI = 48;
const DC = 49;

/** The class numbers above, by name, for the test that checks them against line-break-classes.ts. */
export const classNumbers: Readonly<Record<string, number>> = {
	BK,
	CR,
	LF,
	NL,
	SP,
	ZW,
	WJ,
	GL,
	CM,
	ZWJ,
	CL,
	CP,
	CP_EA,
	OP,
	OP_EA,
	QU,
	QU_Pi,
	QU_Pf,
	EX,
	SY,
	IS,
	NS,
	B2,
	BA,
	BB,
	HY,
	HH,
	CB,
	IN,
	NU,
	PR,
	PO,
	AL,
	HL,
	ID,
	ID_XP,
	EB,
	EM,
	JL,
	JV,
	JT,
	H2,
	H3,
	RI,
	AK,
	AP,
	AS,
	VF,
	VI,
	DC,
};

const runAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz!#$%&()*+,-./:;<=>?@[]^_{|}';
const eastAsianBit = 0x80;
// Code points below this are looked up directly (planes 0 to 3, where every script and all CJK
// is); those above, in the runs.
const direct = 0x40000;

type Table = {
	readonly low: Uint8Array;
	readonly starts: Uint32Array;
	readonly values: Uint8Array;
};

let table: Table | undefined;

function readTable(): Table {
	const starts: number[] = [];
	const values: number[] = [];
	let start = 0;
	let index = 0;
	while (index < classRuns.length) {
		let value = 0;
		if (classRuns[index] === '~') {
			value = eastAsianBit;
			index++;
		}
		value |= runAlphabet.indexOf(classRuns[index] as string);
		index++;
		let end = index;
		while (end < classRuns.length && runAlphabet.indexOf(classRuns[end] as string) === -1 && classRuns[end] !== '~')
			end++;
		starts.push(start);
		values.push(value);
		start += Number.parseInt(classRuns.slice(index, end), 32);
		index = end;
	}
	const low = new Uint8Array(direct);
	for (let run = 0; run < starts.length; run++) {
		const from = starts[run] as number;
		if (from >= direct) break;
		low.fill(values[run] as number, from, Math.min(direct, starts[run + 1] ?? direct));
	}
	return {low, starts: Uint32Array.from(starts), values: Uint8Array.from(values)};
}

/** A code point's class number, with the East Asian bit. */
function classOf(point: number): number {
	table ??= readTable();
	if (point < direct) return table.low[point] as number;
	const {starts, values} = table;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if ((starts[middle] as number) <= point) low = middle;
		else high = middle - 1;
	}
	return values[low] as number;
}

/** Whether a code point is East Asian: wide, fullwidth or halfwidth (East_Asian_Width W, F or H). */
export function isEastAsian(point: number): boolean {
	return (classOf(point) & eastAsianBit) !== 0;
}

/** A code point's line breaking class by name, as the table holds it (for tests). */
export function lineBreakClass(point: number): number {
	return classOf(point) & 0x7f;
}

/** What may happen before a position of a text: no break, a break opportunity, a mandatory break. */
export const Break = {none: 0, allowed: 1, mandatory: 2} as const;

const isQuote = (value: number) => value === QU || value === QU_Pi || value === QU_Pf;
const isAlphabetic = (value: number) => value === AL || value === HL || value === DC;
const isOpen = (value: number) => value === OP || value === OP_EA;
const isClose = (value: number) => value === CP || value === CP_EA;
const isIdeographic = (value: number) => value === ID || value === ID_XP || value === EB || value === EM;
const isKorean = (value: number) => value === JL || value === JV || value === JT || value === H2 || value === H3;
const isHard = (value: number) => value === BK || value === CR || value === LF || value === NL;
const isAksara = (value: number) => value === AK || value === DC || value === AS;

// Per code point of the text being broken: where it starts, its own class, its class after LB9
// and LB10 (a mark takes its base's), whether it is East Asian, and whether it is a mark joined
// to the character before it. Kept from text to text and grown as needed: wrapping calls this for
// every paragraph, and allocating them each time cost more than the rules.
let at = new Uint32Array(256);
let raw = new Uint8Array(256);
let kind = new Uint8Array(256);
let wide = new Uint8Array(256);
let joined = new Uint8Array(256);
// The number of code points of the text being broken.
let n = 0;

/** Reads a text into the arrays above (rules LB1, LB9 and LB10). */
function classify(text: string): void {
	if (at.length < text.length) {
		const size = Math.max(text.length, at.length * 2);
		at = new Uint32Array(size);
		raw = new Uint8Array(size);
		kind = new Uint8Array(size);
		wide = new Uint8Array(size);
		joined = new Uint8Array(size);
	}
	n = 0;
	for (let index = 0; index < text.length; index++) {
		let point = text.charCodeAt(index);
		const start = index;
		if (point >= 0xd800 && point <= 0xdbff && index + 1 < text.length) {
			const next = text.charCodeAt(index + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				point = (point - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
				index++;
			}
		}
		const value = classOf(point);
		const own = value & 0x7f;
		at[n] = start;
		raw[n] = own;
		joined[n] = 0;
		if ((own === CM || own === ZWJ) && n > 0) {
			const base = kind[n - 1] as number;
			// LB9: a mark joins the character before it, unless that one ends a line or is a space.
			if (!isHard(base) && base !== SP && base !== ZW) {
				kind[n] = base;
				wide[n] = wide[n - 1] as number;
				joined[n] = 1;
				n++;
				continue;
			}
		}
		// LB10: a mark with nothing to join is a letter.
		kind[n] = own === CM || own === ZWJ ? AL : own;
		wide[n] = value & eastAsianBit ? 1 : 0;
		n++;
	}
}

/** The character before the one at i (its first code point, past the marks joined to it), or -1. */
function previous(i: number): number {
	let j = i;
	while (j > 0 && joined[j]) j--;
	return j - 1;
}

/** The character after the one at i (past the marks joined to it), or n. */
function following(i: number): number {
	let j = i + 1;
	while (j < n && joined[j]) j++;
	return j;
}

/** The class of the character at i, -1 before the start, -2 past the end. */
function classAt(i: number): number {
	return i < 0 ? -1 : i >= n ? -2 : (kind[i] as number);
}

/** The first character at or before i that is not a space, or -1. */
function beforeSpaces(i: number): number {
	let j = i;
	while (j >= 0 && kind[j] === SP && !joined[j]) j = previous(j);
	return j;
}

/**
 * The break opportunities of a text, by UTF-16 index: `result[i]` says what may happen before
 * index i (Break), for i from 1 to text.length (the end is always a break). Index 0, and the
 * second half of a surrogate pair, are never breaks.
 */
export function lineBreaks(text: string): Uint8Array {
	const result = new Uint8Array(text.length + 1);
	if (text.length === 0) return result;
	classify(text);
	for (let k = 1; k < n; k++) result[at[k] as number] = decide(k);
	result[text.length] = Break.mandatory;
	return result;
}

/** What may happen before the k-th code point (k from 1), by the rules from LB4 on. */
function decide(k: number): number {
	const a = raw[k - 1] as number;
	const b = raw[k] as number;
	// The commonest pairs, which no rule before LB31 (or LB28) concerns: ideograph after
	// ideograph may break, letter after letter may not.
	if (a === ID && b === ID) return Break.allowed;
	if (a === AL && b === AL && !joined[k]) return Break.none;
	// LB4, LB5: after a hard line break; never between CR and LF.
	if (a === BK) return Break.mandatory;
	if (a === CR && b === LF) return Break.none;
	if (a === CR || a === LF || a === NL) return Break.mandatory;
	// LB6, LB7: not before a hard break, a space or a zero-width space.
	if (isHard(b) || b === SP || b === ZW) return Break.none;
	// LB8: after a zero-width space, even with spaces between.
	let back = k - 1;
	while (back >= 0 && raw[back] === SP) back--;
	if (back >= 0 && raw[back] === ZW) return Break.allowed;
	// LB8a, LB9: not after a zero width joiner, nor inside a character and its marks.
	if (a === ZWJ || joined[k]) return Break.none;

	const p = k - 1;
	const A = kind[p] as number;
	const B = kind[k] as number;
	// LB11, LB12, LB12a: word joiners and glue.
	if (B === WJ || A === WJ || A === GL) return Break.none;
	if (B === GL && A !== SP && A !== BA && A !== HY && A !== HH) return Break.none;
	// LB13: not before closing punctuation, ! or /, even after spaces.
	if (B === CL || isClose(B) || B === EX || B === SY) return Break.none;
	const beforeSpace = A === SP ? beforeSpaces(p) : p;
	const C = A === SP ? classAt(beforeSpace) : A;
	// LB14: not after opening punctuation, even after spaces.
	if (isOpen(C)) return Break.none;
	// LB15a: not after an initial quotation mark at the start of a line, or after a space,
	// opening punctuation or a quotation mark, even after spaces.
	if (C === QU_Pi) {
		const before = classAt(previous(beforeSpace));
		if (
			before === -1 ||
			isHard(before) ||
			isOpen(before) ||
			isQuote(before) ||
			before === GL ||
			before === SP ||
			before === ZW
		)
			return Break.none;
	}
	// LB15b: not before a final quotation mark at the end of a line, or before a space, a
	// prohibited break or a quotation mark.
	if (B === QU_Pf) {
		const after = classAt(following(k));
		if (
			after === -2 ||
			after === SP ||
			after === GL ||
			after === WJ ||
			after === CL ||
			isQuote(after) ||
			isClose(after) ||
			after === EX ||
			after === IS ||
			after === SY ||
			isHard(after) ||
			after === ZW
		)
			return Break.none;
	}
	// LB15c, LB15d: before a number that starts with a decimal mark; otherwise not before , or .
	if (B === IS) return A === SP && classAt(following(k)) === NU ? Break.allowed : Break.none;
	// LB16: not between closing punctuation and a nonstarter, even with spaces between.
	if (B === NS && (C === CL || isClose(C))) return Break.none;
	// LB17: not inside ——, even with spaces between.
	if (B === B2 && C === B2) return Break.none;
	// LB18: after spaces.
	if (A === SP) return Break.allowed;
	// LB19: not around quotation marks, unless they open or close East Asian text (LB19a).
	if (B === QU || B === QU_Pf) return Break.none;
	if (A === QU || A === QU_Pi) return Break.none;
	if (isQuote(B)) {
		if (!wide[p]) return Break.none;
		const next = following(k);
		if (next >= n || !wide[next]) return Break.none;
	}
	if (isQuote(A)) {
		if (!wide[k]) return Break.none;
		const before = previous(p);
		if (before < 0 || !wide[before]) return Break.none;
	}
	// LB20: around contingent breaks.
	if (B === CB || A === CB) return Break.allowed;
	// LB20a: not after a hyphen (- or U+2010, class HH here) that starts a word.
	if ((A === HY || A === HH) && (B === AL || B === DC)) {
		const before = classAt(previous(p));
		if (before === -1 || isHard(before) || before === SP || before === ZW || before === CB || before === GL)
			return Break.none;
	}
	// LB21: not before hyphens and nonstarters, nor after break-before characters.
	if (B === BA || B === HH || B === HY || B === NS || A === BB) return Break.none;
	// LB21a: not after the hyphen of Hebrew-hyphen-non-Hebrew.
	if ((A === HY || A === HH || (A === BA && !wide[p])) && B !== HL && classAt(previous(p)) === HL) return Break.none;
	// LB21b: not between a solidus and a Hebrew letter.
	if (A === SY && B === HL) return Break.none;
	// LB22: not before an ellipsis.
	if (B === IN) return Break.none;
	// LB23: not between digits and letters.
	if ((isAlphabetic(A) && B === NU) || (A === NU && isAlphabetic(B))) return Break.none;
	// LB23a: not between a prefix and an ideograph, or an ideograph and a postfix.
	if ((A === PR && isIdeographic(B)) || (isIdeographic(A) && B === PO)) return Break.none;
	// LB24: not between a prefix or postfix and letters, or letters and a prefix or postfix.
	if (((A === PR || A === PO) && isAlphabetic(B)) || (isAlphabetic(A) && (B === PR || B === PO))) return Break.none;
	// LB25: not inside numbers.
	if (numeric(p, A, B, k)) return Break.none;
	// LB26, LB27: not inside a Korean syllable.
	if (A === JL && (B === JL || B === JV || B === H2 || B === H3)) return Break.none;
	if ((A === JV || A === H2) && (B === JV || B === JT)) return Break.none;
	if ((A === JT || A === H3) && B === JT) return Break.none;
	if ((isKorean(A) && B === PO) || (A === PR && isKorean(B))) return Break.none;
	// LB28: not between letters.
	if (isAlphabetic(A) && isAlphabetic(B)) return Break.none;
	// LB28a: not inside the orthographic syllables of Brahmic scripts.
	if (A === AP && (isAksara(B) || B === AS)) return Break.none;
	if (isAksara(A) && (B === VF || B === VI)) return Break.none;
	if (A === VI && (B === AK || B === DC) && isAksara(classAt(previous(p)))) return Break.none;
	if (isAksara(A) && isAksara(B) && classAt(following(k)) === VF) return Break.none;
	// LB29: not between numeric punctuation and letters.
	if (A === IS && isAlphabetic(B)) return Break.none;
	// LB30: not between letters or numbers and punctuation that is not East Asian.
	if ((isAlphabetic(A) || A === NU) && B === OP) return Break.none;
	if (A === CP && (isAlphabetic(B) || B === NU)) return Break.none;
	// LB30a: between regional indicators only at an even number of them.
	if (A === RI && B === RI) {
		let count = 0;
		for (let j = p; j >= 0 && classAt(j) === RI; j = previous(j)) count++;
		return count % 2 === 1 ? Break.none : Break.allowed;
	}
	// LB30b: not between an emoji base (or a pictograph yet to be assigned) and its modifier.
	if ((A === EB || A === ID_XP) && B === EM) return Break.none;
	// LB31: everywhere else.
	return Break.allowed;
}

/** LB25: whether the break between p and k is inside a number. */
function numeric(p: number, A: number, B: number, k: number): boolean {
	if (B === PO || B === PR) {
		// NU (SY | IS)* (CL | CP)? × (PO | PR)
		let j = p;
		if (A === CL || isClose(A)) j = previous(j);
		while (j >= 0 && (kind[j] === SY || kind[j] === IS)) j = previous(j);
		if (classAt(j) === NU) return true;
	}
	if ((A === PO || A === PR) && isOpen(B)) {
		const next = following(k);
		const after = classAt(next);
		if (after === NU || (after === IS && classAt(following(next)) === NU)) return true;
	}
	if (B === NU) {
		if (A === PO || A === PR || A === HY || A === IS) return true;
		let j = p;
		while (j >= 0 && (kind[j] === SY || kind[j] === IS)) j = previous(j);
		if (classAt(j) === NU) return true;
	}
	return false;
}
