// A list of comparisons (several files, or a folder): what each entry shows, printed one per line
// or drawn as the list to pick from. Pure: the entries come read, the width comes in.
import type {Document} from '../layout/document.js';
import {type Line, Role, span, textWidth} from '../layout/styled.js';
import {ellipsize} from './screen.js';

/** One comparison of a list: where it is, and what reading it gave (a document, or why not). */
export type ListEntry = {
	/** The path or URL as the reader wrote it (or as the folder's walk found it). */
	readonly name: string;
	readonly document?: Document;
	/** The one-line error, when the file could not be read. */
	readonly error?: string;
};

/** The title and subject names of an entry, or its error. */
function summary(entry: ListEntry): {title: string; subjects: string} | {error: string} {
	if (!entry.document) return {error: entry.error ?? 'cannot be read'};
	const {comparison} = entry.document;
	return {title: comparison.title, subjects: comparison.subjects.map((subject) => subject.name).join(', ')};
}

/** An error without the name it starts with: the list shows the name already. */
function withoutName(error: string, name: string): string {
	return error.startsWith(`${name}: `) ? error.slice(name.length + 2) : error;
}

/**
 * An entry as one line of text for a pipe: file, title and subjects separated by tabs (so `cut`
 * and `awk -F'\t'` take them apart, and `grep -i kafka` finds a title or a subject), or the file
 * and its error.
 */
export function listText(entry: ListEntry): string {
	const about = summary(entry);
	const line =
		'error' in about
			? `${entry.name}\terror: ${withoutName(about.error, entry.name)}`
			: `${entry.name}\t${about.title}\t${about.subjects}`;
	return line.replace(/[\r\n]+/g, ' ');
}

/** An entry as a line of the list to pick from: the title and subjects, then the file, muted; or its error. */
export function listLine(entry: ListEntry, width: number): Line {
	const about = summary(entry);
	if ('error' in about)
		return ellipsize(
			[span(`${entry.name} `, Role.strong), span(withoutName(about.error, entry.name), Role.muted)],
			width,
		);
	const subjects = about.subjects === '' ? '' : ` — ${about.subjects}`;
	const name = `  ${entry.name}`;
	const head = [span(about.title, Role.strong), span(subjects)];
	// The file name goes at the end while it fits; the title and subjects come first.
	const headWidth = textWidth(about.title) + textWidth(subjects);
	return headWidth + textWidth(name) <= width ? [...head, span(name, Role.muted)] : ellipsize(head, width);
}
