// Citations are written [n] in prose and cell text, naming a reference by its number. Never in
// code (a fenced or indented block, or a `span`), and never escaped (\[1]): there "[1]" is what
// the author wrote, shown as written, so it cites nothing and is never changed.

const citations = /(?<!\\)\[(\d+)\](?!\()/g;
const citation = /(\[\d+\])(?!\()/;

const fence = /^((?:[ \t]*>)*)([ \t]*)(`{3,}|~{3,})(.*)$/;
const containers = /^((?:[ \t]*>)*)([ \t]*)/;
const listItem = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

function columns(space: string): number {
	let width = 0;
	for (const character of space) width = character === '\t' ? width + 4 - (width % 4) : width + 1;
	return width;
}

/** A run of code hidden: the same length, so offsets into the text stay where they were. */
function blank(text: string): string {
	return text.replace(/[^\n]/g, ' ');
}

/**
 * The markdown with its code hidden (every character of a code block or span a space, lines and
 * offsets kept), as CommonMark reads it closely enough for citations: fenced blocks (in quotes and
 * list items too), indented blocks after a blank line outside lists, and code spans within a
 * paragraph.
 */
export function withoutCode(markdown: string): string {
	if (!/`|~~~|\n {4}|\n\t|^ {4}|^\t/.test(markdown)) return markdown;
	return withoutCodeSpans(withoutCodeBlocks(markdown));
}

function withoutCodeBlocks(markdown: string): string {
	const lines = markdown.split('\n');
	let open: {readonly marker: string; readonly length: number} | undefined;
	let inList = false;
	let previousBlank = true;
	let previousCode = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as string;
		const fenced = fence.exec(line);
		if (open) {
			const marker = fenced?.[3];
			if (marker?.[0] === open.marker && marker.length >= open.length && fenced?.[4]?.trim() === '') open = undefined;
			lines[index] = blank(line);
			previousBlank = false;
			continue;
		}
		if (fenced?.[3] && !(fenced[3][0] === '`' && fenced[4]?.includes('`'))) {
			open = {marker: fenced[3][0] ?? '`', length: fenced[3].length};
			lines[index] = blank(line);
			previousBlank = false;
			continue;
		}
		const [, , indent = ''] = containers.exec(line) ?? [];
		if (line.trim() === '') {
			previousBlank = true;
			continue;
		}
		const deep = columns(indent) >= 4;
		if (deep && !inList && (previousBlank || previousCode)) {
			lines[index] = blank(line);
			previousCode = true;
			previousBlank = false;
			continue;
		}
		previousCode = false;
		if (listItem.test(line)) inList = true;
		else if (!deep && columns(indent) < 2 && previousBlank) inList = false;
		previousBlank = false;
	}
	return lines.join('\n');
}

/** Inline markdown with its code spans hidden, a paragraph at a time (a lone backtick opens nothing past a blank line). */
function withoutCodeSpans(markdown: string): string {
	if (!markdown.includes('`')) return markdown;
	return markdown
		.split(/(\n[ \t]*\n)/)
		.map((paragraph) => paragraph.replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, blank))
		.join('');
}

/**
 * Reference numbers cited as [n] in a line of inline markdown (a cell, a criterion), in order of
 * appearance: links, code spans and escaped brackets excluded.
 */
export function citedNumbers(text: string): number[] {
	if (!text.includes('[')) return [];
	return Array.from(withoutCodeSpans(text).matchAll(citations), (match) => Number(match[1]));
}

/** Reference numbers cited as [n] in prose (a section's body): code blocks excluded too. */
export function bodyCitedNumbers(markdown: string): number[] {
	if (!markdown.includes('[')) return [];
	return Array.from(withoutCode(markdown).matchAll(citations), (match) => Number(match[1]));
}

/**
 * Prose with each [n] that cites no known reference escaped (\[n]): shown the same, it is then
 * text rather than a citation of nothing. Code is never touched.
 */
export function escapeUnknownCitations(markdown: string, known: ReadonlySet<number>): string {
	const text = markdown;
	if (!text.includes('[')) return text;
	let result = '';
	let from = 0;
	for (const match of withoutCode(text).matchAll(citations)) {
		if (known.has(Number(match[1]))) continue;
		result += `${text.slice(from, match.index)}\\`;
		from = match.index;
	}
	return result + text.slice(from);
}

/** Splits text into its citations ([1]) and the text between them, in order, without empty parts. */
export function splitCitations(text: string): string[] {
	if (!citation.test(text)) return [text];
	return text.split(citation).filter((part) => part !== '');
}

/** Whether a part given by splitCitations is a citation. */
export function isCitation(part: string): boolean {
	return /^\[\d+\]$/.test(part);
}
