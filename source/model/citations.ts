// Citations are written [n] in prose and cell text, naming a reference by its number.

const citations = /\[(\d+)\](?!\()/g;
const citation = /(\[\d+\])(?!\()/;

/** Reference numbers cited as [n] in a text, in order of appearance (markdown links excluded). */
export function citedNumbers(text: string): number[] {
	return Array.from(text.matchAll(citations), (match) => Number(match[1]));
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
