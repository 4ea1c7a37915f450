// A Markdown document's references: GFM footnotes ([^1] in the text, "[^1]: ..." below) and a
// final section named References, Sources, Bibliography, Notes or Footnotes that lists links.
// Both become the comparison's references, and the text cites them as [n], as a comparison file
// does, so the references list, citations and --section's references work the same.
import type {Token, Tokens} from 'marked';
import type {Reference} from '../model/schema.js';

/** Titles of a final section that lists the document's references. */
export const referencesTitle = /^(?:references?|sources?|bibliography|notes|footnotes|citations|links)$/i;

/** A footnote's label and text, in the order the text first cites it. */
export type Footnote = {readonly label: string; readonly text: string};

const definition = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$/;
const fenceLine = /^ {0,3}(```|~~~)/;

/**
 * Takes the footnote definitions out of a document (a definition goes on over lines indented by
 * four spaces) and numbers the footnotes from `first`, in the order the text first cites them
 * (as GitHub numbers them); the text's [^label] become [n]. Code fences are left alone.
 */
export function extractFootnotes(markdown: string, first: number): {markdown: string; notes: Reference[]} {
	if (!markdown.includes('[^')) return {markdown, notes: []};
	const lines = markdown.split('\n');
	const kept: string[] = [];
	// Whether each kept line is inside a code fence (where nothing is a footnote).
	const code: boolean[] = [];
	const found: Footnote[] = [];
	let fence: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		const fenced = fenceLine.exec(line)?.[1];
		const inFence = fence !== undefined || fenced !== undefined;
		if (fenced && (fence === undefined || fenced === fence)) fence = fence === undefined ? fenced : undefined;
		const match = inFence ? null : definition.exec(line);
		if (!match?.[1]) {
			kept.push(line);
			code.push(inFence);
			continue;
		}
		const text = [match[2] ?? ''];
		while (index + 1 < lines.length && /^( {4}|\t)\S/.test(lines[index + 1] ?? '')) {
			index++;
			text.push((lines[index] ?? '').trim());
		}
		found.push({label: match[1], text: text.join(' ').trim()});
	}
	if (found.length === 0) return {markdown, notes: []};
	const prose = kept.filter((_, index) => !code[index]).join('\n');
	const numbers = new Map<string, number>();
	const labels = new Set(found.map((note) => note.label.toLowerCase()));
	for (const match of prose.matchAll(/\[\^([^\]\s]+)\]/g)) {
		const label = (match[1] ?? '').toLowerCase();
		if (labels.has(label) && !numbers.has(label)) numbers.set(label, first + numbers.size);
	}
	for (const note of found) {
		const label = note.label.toLowerCase();
		if (!numbers.has(label)) numbers.set(label, first + numbers.size);
	}
	const cited = kept
		.map((line, index) =>
			code[index]
				? line
				: line.replace(/\[\^([^\]\s]+)\]/g, (whole, label: string) => {
						const number = numbers.get(label.toLowerCase());
						return number === undefined ? whole : `[${number}]`;
					}),
		)
		.join('\n');
	const notes = found
		.map((note): Reference => ({id: numbers.get(note.label.toLowerCase()) ?? 0, title: note.text || note.label}))
		.sort((a, b) => a.id - b.id);
	return {markdown: cited, notes};
}

function plainText(tokens: readonly Token[] | undefined): string {
	let text = '';
	for (const token of tokens ?? []) {
		if ('tokens' in token && token.tokens && token.type !== 'codespan') text += plainText(token.tokens);
		else if (token.type === 'image') text += (token as Tokens.Image).text;
		// A hard line break (a backslash or two spaces at the end of the line) is a space in one line of text.
		else if (token.type === 'br') text += ' ';
		else if ('text' in token && typeof token.text === 'string') text += token.text;
		else text += token.raw;
	}
	return text;
}

function firstLink(tokens: readonly Token[] | undefined): Tokens.Link | undefined {
	for (const token of tokens ?? []) {
		if (token.type === 'link') return token as Tokens.Link;
		if ('tokens' in token && token.tokens) {
			const inner = firstLink(token.tokens);
			if (inner) return inner;
		}
	}
	return undefined;
}

/**
 * The references a final section lists, when every block of it is a list whose every item holds
 * a link (or starts with its number, [2]): numbered as the list numbers them ([3] or "3." before
 * an item wins), else from 1.
 */
export function listedReferences(tokens: readonly Token[]): Reference[] | undefined {
	const blocks = tokens.filter((token) => token.type !== 'space' && token.type !== 'def');
	if (blocks.length === 0 || blocks.some((token) => token.type !== 'list')) return undefined;
	const references: Reference[] = [];
	for (const list of blocks as Tokens.List[]) {
		for (const [index, item] of list.items.entries()) {
			const link = firstLink(item.tokens);
			const whole = plainText(item.tokens).replace(/\s+/g, ' ').trim();
			const marker = /^\[(\d+)\]\s*/.exec(whole);
			// An item without a link is a reference only where it says its number ("[2] A note"),
			// as tradeoff's own markdown export writes one.
			if (!link) {
				if (!marker?.[1] || whole === marker[0].trim()) return undefined;
				references.push({id: Number(marker[1]), title: whole.slice(marker[0].length)});
				continue;
			}
			const id = marker
				? Number(marker[1])
				: list.ordered && typeof list.start === 'number'
					? list.start + index
					: references.length + 1;
			const title = plainText(link.tokens).replace(/\s+/g, ' ').trim() || link.href;
			// What the item says besides the link: its publisher, as "Title — Publisher" writes it.
			const rest = whole
				.replace(marker?.[0] ?? '', '')
				.replace(title, '')
				.replace(/^[\s—–\-:,.|]+|[\s—–\-:,|]+$/g, '')
				.trim();
			references.push({id, title, ...(rest ? {publisher: rest} : {}), url: link.href});
		}
	}
	const ids = new Set(references.map((reference) => reference.id));
	return ids.size === references.length ? references : undefined;
}
