// "Not stated" as data: a cell that is null says the source is silent about this subject for this
// criterion. Files written before null existed say so in words, and a Markdown table leaves the
// cell empty; all of them mean the same and are treated the same everywhere.
import type {Cell} from './schema.js';

/** What a not-stated cell shows, in every mode: tradeoff's words, not the source's. */
export const notStatedText = 'not stated in the source';

// Any case, an optional full stop, and the emphasis tradeoff's own Markdown export gives it, so
// that an export read back means what it meant; an empty cell says nothing either.
const notStatedWords = /^\s*(?:([*_]?)not stated in the source\.?\1)?\s*$/i;

/** Whether a cell's text says only that the source is silent (or says nothing at all). */
export function isNotStatedText(text: string): boolean {
	return notStatedWords.test(text);
}

/**
 * Whether a cell is "not stated": null, or text that says only that (with no reference and no
 * figure behind it; a cell that cites something states something).
 */
export function isNotStated(cell: Cell | undefined): boolean {
	if (cell === null || cell === undefined) return true;
	if (typeof cell === 'string') return isNotStatedText(cell);
	return isNotStatedText(cell.text) && (cell.refs ?? []).length === 0 && cell.value === undefined;
}
