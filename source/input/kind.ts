// Whether bytes are a comparison file (JSON) or a Markdown document: by the name's extension, and
// for a name without one (stdin, a URL, a file named README) by the first character: JSON starts
// with { or [. Small and free of parsers, so that deciding loads nothing.

/** The two kinds of comparison tradeoff reads. */
export type Kind = 'json' | 'markdown';

/** Whether a name (a path, a URL) says it is Markdown. */
export function isMarkdownName(name: string): boolean {
	return /\.(md|mdx|markdown|mdown|mkd)$/i.test(name.replace(/[?#].*$/, ''));
}

/** Whether a name says it is JSON. */
export function isJsonName(name: string): boolean {
	return /\.json$/i.test(name.replace(/[?#].*$/, ''));
}

/** The kind of a comparison from its name, else from its first character that is not a space. */
export function kindOf(bytes: Uint8Array, name: string): Kind {
	if (isMarkdownName(name)) return 'markdown';
	if (isJsonName(name)) return 'json';
	let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index++;
	// Nothing at all, or JSON's { or [: the JSON reader says what is wrong with it.
	if (index >= bytes.length) return 'json';
	return bytes[index] === 0x7b || bytes[index] === 0x5b ? 'json' : 'markdown';
}
