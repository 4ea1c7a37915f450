// Words a table broke inside, counted from the laid-out lines alone: a side-by-side table's line
// is cut into its cells at the separators (" │ " or " | ", drawn as borders), a cell's line that
// the width continued inside a word starts with a Role.wrappedInWord mark, and the cell's text is
// joined back over its lines to find whole words again. The test of the shared documents holds
// the table layout to it; it knows nothing of how the layout chose its widths.
import {graphemes, type Line, Role, type Span} from '../layout/styled.js';

/** A word broken across lines inside a table cell, and where (the first line of its cell). */
export type BrokenWord = {readonly word: string; readonly line: number};

const separator = /^ [│|] $/;
const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** A line's cells, each as its spans, when the line is a side-by-side table's; else undefined. */
function cellsOf(line: Line): Span[][] | undefined {
	const cells: Span[][] = [[]];
	for (const piece of line) {
		if (piece.role & Role.border && separator.test(piece.text)) cells.push([]);
		else cells.at(-1)?.push(piece);
	}
	return cells.length > 1 ? cells : undefined;
}

/** Every word of a table cell broken across lines, in the order the lines show them. */
export function brokenWords(lines: readonly Line[]): BrokenWord[] {
	const found: BrokenWord[] = [];
	// The text of each column's cell so far, with \u0001 where the width broke a word, and the
	// line the cell starts on.
	let open: {text: string; line: number}[] = [];
	const close = (cell: {text: string; line: number}) => {
		// CJK text breaks before and after any ideograph (UAX #14): each is a word of its own, and a
		// break beside one breaks no word.
		const text = cell.text.replace(new RegExp(`\u0001?(${ideograph.source})\u0001?`, 'gu'), ' $1 ');
		for (const word of text.split(' '))
			if (word.includes('\u0001')) found.push({word: word.replaceAll('\u0001', ''), line: cell.line});
	};
	lines.forEach((line, index) => {
		const cells = cellsOf(line);
		if (!cells) {
			for (const cell of open) close(cell);
			open = [];
			return;
		}
		cells.forEach((cell, column) => {
			const text = cell.map((piece) => piece.text).join('');
			const inWord = cell.some((piece) => piece.text === '' && piece.role & Role.wrappedInWord);
			const wrapped = cell.some((piece) => piece.text === '' && piece.role & Role.wrapped);
			const current = open[column];
			if (current && (inWord || wrapped)) {
				current.text = `${current.text.trimEnd()}${inWord ? '\u0001' : ' '}${text.trim()}`;
				return;
			}
			if (current) close(current);
			open[column] = {text: text.trim(), line: index};
		});
	});
	for (const cell of open) close(cell);
	return found;
}

/** How many of the broken words are at most `longest` characters (grapheme clusters) long. */
export function shortBrokenWords(lines: readonly Line[], longest = 15): BrokenWord[] {
	return brokenWords(lines).filter((broken) => graphemes(broken.word).length <= longest);
}
