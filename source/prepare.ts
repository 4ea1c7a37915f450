// Turns a comparison into a Document ready to lay out, loading on demand only what this
// comparison needs: marked to parse prose (never for the bundled comparison, parsed at build
// time) and string-width when some text is beyond the simple one-column ranges.
import {type Document, documentTexts} from './core/document.js';
import type {Block} from './core/layout/markdown.js';
import {installWidthMeasure, needsFullMeasure} from './core/layout/styled.js';
import type {Comparison} from './core/schema.js';

/** Installs string-width as the full measure when any text of the document needs it. */
export async function prepareMeasure(document: Document, known?: boolean): Promise<void> {
	const needed = known ?? [...documentTexts(document)].some(needsFullMeasure);
	if (needed) installWidthMeasure((await import('string-width')).default);
}

/** Parses the prose of every section (with bodies given, as the bundle does, nothing is parsed). */
export async function prepareDocument(
	comparison: Comparison,
	bodies?: Readonly<Record<string, readonly Block[]>>,
	fullMeasure?: boolean,
): Promise<Document> {
	let parsed: Map<string, readonly Block[]>;
	if (bodies) parsed = new Map(Object.entries(bodies));
	else {
		const {parseMarkdown} = await import('./core/markdown-parse.js');
		parsed = new Map(comparison.sections.map((section) => [section.id, parseMarkdown(section.body ?? '')]));
	}
	const document = {comparison, bodies: parsed};
	await prepareMeasure(document, fullMeasure);
	return document;
}
