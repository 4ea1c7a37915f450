// Citations are written [n] in prose and cell text, naming a reference by its number.
import {Role, type Span, span} from './layout/styled.js';

const citations = /\[(\d+)\](?!\()/g;
const citation = /(\[\d+\])(?!\()/;

/** Reference numbers cited as [n] in a text, in order of appearance (markdown links excluded). */
export function citedNumbers(text: string): number[] {
	return Array.from(text.matchAll(citations), (match) => Number(match[1]));
}

/** Splits text into spans so that citations such as [1] carry the ref role. */
export function withCitations(text: string, role: number): Span[] {
	if (!citation.test(text)) return [span(text, role)];
	return text
		.split(citation)
		.filter((part) => part !== '')
		.map((part) => (/^\[\d+\]$/.test(part) ? span(part, role | Role.ref) : span(part, role)));
}
