import {graphemes, type Line, Role, type Span, span, textWidth} from './styled.js';

/** A word: pieces with no breakable space between them ("**bold**," is two pieces, one word). */
type Word = {pieces: Span[]; width: number};

type Options = {
	/** Spans before the first line (a list bullet). */
	readonly first?: Line;
	/** Spans before every following line (the hanging indent under the bullet). */
	readonly rest?: Line;
};

/** Splits spans into words at whitespace; null stands for a hard break. */
function toWords(spans: readonly Span[]): (Word | null)[] {
	const words: (Word | null)[] = [];
	let current: Word | undefined;
	const end = () => {
		if (current) words.push(current);
		current = undefined;
	};
	for (const piece of spans) {
		if (piece.role & Role.break) {
			end();
			words.push(null);
			continue;
		}
		const parts = piece.text.split(/([ \n]+)/);
		for (let index = 0; index < parts.length; index++) {
			const text = parts[index] ?? '';
			if (index % 2 === 1) {
				end();
				continue;
			}
			if (text === '') continue;
			current ??= {pieces: [], width: 0};
			current.pieces.push(text === piece.text ? piece : {...piece, text});
			current.width += textWidth(text);
		}
	}
	end();
	return words;
}

/** Breaks a word wider than the space into chunks that fit, cluster by cluster. */
function breakWord(word: Word, first: number, rest: number): Word[] {
	const chunks: Word[] = [];
	let chunk: Word = {pieces: [], width: 0};
	let room = first;
	for (const piece of word.pieces) {
		let text = '';
		for (const cluster of graphemes(piece.text)) {
			const width = textWidth(cluster);
			if (chunk.width + width > room && (chunk.width > 0 || text !== '')) {
				if (text !== '') chunk.pieces.push({...piece, text});
				chunks.push(chunk);
				chunk = {pieces: [], width: 0};
				text = '';
				room = rest;
			}
			text += cluster;
			chunk.width += width;
		}
		if (text !== '') chunk.pieces.push({...piece, text});
	}
	if (chunk.pieces.length > 0) chunks.push(chunk);
	return chunks;
}

function prefixWidth(prefix: Line | undefined): number {
	let width = 0;
	for (const piece of prefix ?? []) width += textWidth(piece.text);
	return width;
}

/**
 * Wraps styled text to a width at spaces, the way a reader expects a paragraph to flow: runs of
 * spaces collapse to one, words wider than the line are broken, and no line is wider than width
 * (a character wider than the whole line, as a CJK one at width 1, is the only exception).
 */
export function wrapSpans(spans: readonly Span[], width: number, options: Options = {}): Line[] {
	const firstPrefix = options.first ?? [];
	const restPrefix = options.rest ?? options.first?.map((piece) => span(' '.repeat(textWidth(piece.text)))) ?? [];
	const firstRoom = Math.max(1, width - prefixWidth(firstPrefix));
	const restRoom = Math.max(1, width - prefixWidth(restPrefix));
	const lines: Line[] = [];
	let line: Span[] = [...firstPrefix];
	let used = 0;
	let room = firstRoom;
	let empty = true;
	const newLine = () => {
		lines.push(line);
		line = [...restPrefix];
		used = 0;
		room = restRoom;
		empty = true;
	};
	for (const word of toWords(spans)) {
		if (word === null) {
			newLine();
			continue;
		}
		if (!empty && used + 1 + word.width > room) newLine();
		if (word.width > room) {
			// The line is empty here: a word this wide always starts a line of its own.
			breakWord(word, room, restRoom).forEach((chunk, index) => {
				if (index > 0) newLine();
				line.push(...chunk.pieces);
				used += chunk.width;
				empty = false;
			});
			continue;
		}
		if (!empty) {
			// The space between two words of a table cell belongs to the cell (search finds
			// "not stated" there); it takes no styling, so underlines do not run between words.
			const subject = word.pieces[0]?.subject;
			line.push(subject === undefined ? span(' ') : {text: ' ', role: Role.none, subject});
			used += 1;
		}
		line.push(...word.pieces);
		used += word.width;
		empty = false;
	}
	lines.push(line);
	return lines;
}
