// A URL laid out on lines of its own: never joined to the words around it, and where it is wider
// than the line, broken after a slash, a hyphen or another of its separators (as a reader splits
// one by eye), only mid-name when a name is wider than the line. Each piece links to the whole URL.
import {graphemes, type Line, Role, type Span, span, textWidth} from './styled.js';

/** Characters after which a URL may go on on the next line. */
const breaksAfter = new Set(['/', '-', '_', '.', '?', '&', '=', '#', '+', '~', ':', ',', ';']);

/**
 * A URL on lines of at most `width` columns after the prefix of each (the first line's, then the
 * following lines'), each piece a link to the whole URL.
 */
export function urlLines(url: string, width: number, prefix: {first?: Line; rest?: Line} = {}): Line[] {
	const first = prefix.first ?? [];
	const rest = prefix.rest ?? first.map((piece) => span(' '.repeat(textWidth(piece.text))));
	const lineRoom = (line: number) =>
		Math.max(1, width - (line === 0 ? first : rest).reduce((sum, piece) => sum + textWidth(piece.text), 0));
	const clusters = graphemes(url);
	const lines: Line[] = [];
	let start = 0;
	while (start < clusters.length) {
		const room = lineRoom(lines.length);
		let end = start;
		let used = 0;
		let lastBreak = -1;
		while (end < clusters.length) {
			const cluster = clusters[end] as string;
			const clusterWidth = textWidth(cluster);
			if (used + clusterWidth > room && end > start) break;
			used += clusterWidth;
			end++;
			if (breaksAfter.has(cluster)) lastBreak = end;
		}
		// Not the whole rest: end after the last separator that fits, when there is one.
		if (end < clusters.length && lastBreak > start) end = lastBreak;
		const piece: Span = span(clusters.slice(start, end).join(''), Role.link, url);
		lines.push([...(lines.length === 0 ? first : rest), piece]);
		start = end;
	}
	return lines.length > 0 ? lines : [[...first]];
}
