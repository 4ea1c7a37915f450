// Fuzzy matching, as fzf and editors' pickers do it: the characters typed must appear in the text
// in order, any case, not necessarily together; the match scores higher where they stand
// together and at the start of words. The outline's filter and the list of comparisons share it.

/** A text that matches: how well, and which of its characters (UTF-16 offsets) matched. */
export type FuzzyMatch = {readonly score: number; readonly positions: readonly number[]};

const matchScore = 16;
const wordStartBonus = 10;
const togetherBonus = 6;
const firstCharacterBonus = 4;

// Made on first use: a pattern of Unicode properties costs about a million instructions to set up
// (ICU's sets), and this file is in the CLI's bundle, which every print loads.
let wordPattern: RegExp | undefined;
function wordCharacter(character: string): boolean {
	wordPattern ??= /[\p{L}\p{N}]/u;
	return wordPattern.test(character);
}

/** Whether a character starts a word: the first, after a space or a mark, or a capital after a small letter. */
function startsWord(characters: readonly string[], index: number): boolean {
	if (index === 0) return true;
	const before = characters[index - 1] as string;
	const here = characters[index] as string;
	if (!wordCharacter(before)) return wordCharacter(here);
	return here !== here.toLowerCase() && before === before.toLowerCase() && before !== before.toUpperCase();
}

/** The score of a match at these positions (indexes into the characters). */
function scoreOf(characters: readonly string[], positions: readonly number[]): number {
	let score = 0;
	positions.forEach((position, index) => {
		score += matchScore;
		if (startsWord(characters, position)) score += wordStartBonus;
		const previous = positions[index - 1];
		if (previous !== undefined) {
			if (position === previous + 1) score += togetherBonus;
			else score -= Math.min(position - previous - 1, 8);
		}
	});
	if (positions[0] === 0) score += firstCharacterBonus;
	return score;
}

/**
 * How a text matches a query, or undefined when it does not: every character of the query (spaces
 * left out) in order, any case. Of the ways to match, the best scored is kept: each start of the
 * query's first character is tried, the rest taken as early as they come, then drawn back as late
 * as they can be (fzf's first version does the same), so that "dx" in "Developer experience"
 * takes the "x" of "experience", not a stray one.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | undefined {
	const needle = Array.from(query.toLowerCase()).filter((character) => character.trim() !== '');
	const characters = Array.from(text);
	if (needle.length === 0) return {score: 0, positions: []};
	const folded = characters.map((character) => character.toLowerCase());
	let best: {score: number; positions: number[]} | undefined;
	for (let start = 0; start < folded.length; start++) {
		if (folded[start] !== needle[0]) continue;
		// Forward: each next character as early as it comes.
		const positions = [start];
		let at = start + 1;
		for (let index = 1; index < needle.length; index++) {
			while (at < folded.length && folded[at] !== needle[index]) at++;
			if (at >= folded.length) break;
			positions.push(at);
			at++;
		}
		if (positions.length < needle.length) break;
		// Backward from the last: each earlier character as late as it can be, which keeps the
		// characters together where the text allows.
		for (let index = needle.length - 2; index > 0; index--) {
			let late = (positions[index + 1] as number) - 1;
			while (late > (positions[index] as number) && folded[late] !== needle[index]) late--;
			positions[index] = late;
		}
		const score = scoreOf(characters, positions);
		if (!best || score > best.score) best = {score, positions};
	}
	if (!best) return undefined;
	// Positions as UTF-16 offsets, as lines and spans count them.
	const offsets: number[] = [];
	let offset = 0;
	let next = 0;
	characters.forEach((character, index) => {
		if (best.positions[next] === index) {
			offsets.push(offset);
			next++;
		}
		offset += character.length;
	});
	return {score: best.score, positions: offsets};
}
