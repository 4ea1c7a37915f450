// Ids for what a Markdown document names only by its text: its sections and subjects.
import {sectionIdPattern} from '../model/section-id.js';

const idPattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Whether a text is a valid id as the comparison format defines one. */
export function isId(text: string): boolean {
	return idPattern.test(text);
}

/**
 * An id from a name, as GitHub makes heading anchors: lowercase, accents dropped, everything but
 * letters, digits, "." and "_" becomes "-". Undefined when nothing is left (a CJK name).
 */
export function slug(name: string): string | undefined {
	const id = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9._]+/g, '-')
		.replace(/^[-._]+|-+$/g, '')
		.slice(0, 64)
		.replace(/-+$/, '');
	return isId(id) ? id : undefined;
}

/**
 * A heading's id as GitHub makes its anchor: lowercase; letters of any script, marks, digits, "_"
 * and "-" kept (CJK too), every other character (punctuation, symbols, emoji) dropped, each
 * space a "-". So that it is also an id the format accepts, "-" and "_" at its start are dropped
 * and it is cut to 64 characters. Undefined when nothing is left.
 */
export function anchor(heading: string): string | undefined {
	const kept = heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
		.replace(/ /g, '-')
		.replace(/^[-_]+/, '');
	const characters = [...kept];
	const id = characters.length > 64 ? characters.slice(0, 64).join('').replace(/-+$/, '') : kept;
	return isSectionId(id) ? id : undefined;
}

/** Whether a text is a valid section id: as isId, with letters of every script (GitHub's anchors). */
export function isSectionId(text: string): boolean {
	return sectionIdPattern.test(text);
}

/**
 * Gives ids that are unique among those given before and those reserved (ids written out in the
 * document, wherever they stand): the second "setup" is "setup-2".
 */
export function uniqueIds(reserved: Iterable<string> = []): (wanted: string | undefined, fallback: string) => string {
	const taken = new Set<string>(reserved);
	return (wanted, fallback) => {
		const base = wanted ?? fallback;
		let id = base;
		for (let number = 2; taken.has(id); number++) id = `${base.slice(0, 60)}-${number}`;
		taken.add(id);
		return id;
	};
}
