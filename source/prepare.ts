// Turns a comparison into a Document ready to lay out. marked, which costs ~70 ms to load and
// first run, is loaded only for comparisons that were not parsed when the CLI was built.
import type {Document} from './core/document.js';
import type {Block} from './core/layout/markdown.js';
import type {Comparison} from './core/schema.js';

/** Parses the prose of every section (with bodies given, as the bundle does, nothing is parsed). */
export async function prepareDocument(
	comparison: Comparison,
	bodies?: Readonly<Record<string, readonly Block[]>>,
): Promise<Document> {
	if (bodies) return {comparison, bodies: new Map(Object.entries(bodies))};
	const {parseMarkdown} = await import('./core/markdown-parse.js');
	return {
		comparison,
		bodies: new Map(comparison.sections.map((section) => [section.id, parseMarkdown(section.body ?? '')])),
	};
}
