// Deep nesting cut back before marked reads it (see markdown-parse.ts for why): a line quoted more
// than maxQuoteDepth times keeps that many quote markers, and a line indented more than maxIndent
// columns keeps that many, so deeper quotes and list items go on at that level instead of nesting
// further. The layout stops indenting after a few levels anyway (layout/markdown.ts); this keeps
// such a document's structure readable rather than leaving it to the tokenizer's hard limit.
// Lines of fenced code are left as they are: code keeps its indentation.

/** Quote markers a line keeps. */
export const maxQuoteDepth = 12;
/** Columns of indentation a line keeps after its quote markers (16 levels of "- " lists). */
export const maxIndent = 32;

const prefix = /^((?:[ \t]*>)*)([ \t]*)/;
const fenceOpen = /^(`{3,}|~{3,})(.*)$/;

function columns(space: string): number {
	let width = 0;
	for (const character of space) width = character === '\t' ? width + 4 - (width % 4) : width + 1;
	return width;
}

/** The markdown with every line nested at most maxQuoteDepth quotes and maxIndent columns deep. */
export function boundNesting(markdown: string): string {
	const lines = markdown.split('\n');
	let fence: {readonly marker: string; readonly length: number} | undefined;
	let changed = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		const [whole = '', quotes = '', indent = ''] = prefix.exec(line) ?? [];
		const rest = line.slice(whole.length);
		const marker = fenceOpen.exec(rest);
		if (fence) {
			// Inside fenced code: only the closing fence ends it.
			const closing = marker?.[1];
			if (closing?.[0] === fence.marker && closing.length >= fence.length && marker?.[2]?.trim() === '')
				fence = undefined;
			continue;
		}
		if (marker?.[1] && !(marker[1][0] === '`' && marker[2]?.includes('`')))
			fence = {marker: marker[1][0] ?? '`', length: marker[1].length};
		let depth = 0;
		let keep = quotes.length;
		for (let at = 0; at < quotes.length; at++) {
			if (quotes[at] !== '>') continue;
			depth++;
			if (depth === maxQuoteDepth) keep = at + 1;
		}
		const deepQuote = depth > maxQuoteDepth;
		const deepIndent = columns(indent) > maxIndent;
		if (!deepQuote && !deepIndent) continue;
		lines[index] = (deepQuote ? quotes.slice(0, keep) : quotes) + (deepIndent ? ' '.repeat(maxIndent) : indent) + rest;
		changed = true;
	}
	return changed ? lines.join('\n') : markdown;
}
