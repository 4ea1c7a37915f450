// Comparisons for tests: the real bundled file, copies of it to break on purpose, and small ones.
import {readFileSync} from 'node:fs';
import {loadComparison} from '../input/load.js';
import type {Document} from '../layout/document.js';
import {parseCells, parseSectionBody} from '../markdown/markdown-parse.js';
import type {Cell, Comparison} from '../model/schema.js';
import {locatedParts} from '../model/table-parts.js';

/** Path of the bundled comparison. */
export const bundledPath = new URL('../../data/fastapi-litestar-django-ninja.json', import.meta.url);

/** The bundled comparison file as parsed JSON, a fresh copy each call so tests may change it. */
export function bundledJson(): Record<string, any> {
	return JSON.parse(readFileSync(bundledPath, 'utf8'));
}

/**
 * A comparison file as --format json writes it back: its "$schema" left out when relative (it
 * names a file beside the one read, not beside the export).
 */
export function withoutSchema(data: Record<string, any>): Record<string, any> {
	const {$schema, ...rest} = data;
	return typeof $schema === 'string' && /^[a-z][a-z0-9+.-]*:/i.test($schema) ? data : rest;
}

/** The bundled comparison, validated. */
export function bundledComparison(): Comparison {
	return loadComparison(readFileSync(bundledPath), 'fastapi-litestar-django-ninja.json');
}

/** A copy of the bundled comparison changed by edit, as the bytes of a file. */
export function edited(edit: (data: Record<string, any>) => void): Uint8Array {
	const data = bundledJson();
	edit(data);
	return new TextEncoder().encode(JSON.stringify(data));
}

/** Bytes of a string as UTF-8. */
export function bytes(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** A small valid comparison with the given subjects, for layout tests. */
export function tiny(
	subjects: readonly {id: string; name: string}[],
	cells: readonly Record<string, string>[],
): Comparison {
	return {
		title: 'Tiny',
		subjects: [...subjects],
		sections: [
			{
				id: 'only',
				title: 'Only',
				body: 'Prose.',
				table: {
					rows: cells.map((row, index) => ({criterion: `Row ${index + 1}`, cells: {...row}})),
				},
			},
		],
		references: [],
	};
}

/** One section of a comparison made for a test: its title, its prose, and its rows by criterion. */
export type SmallSection = {
	readonly title: string;
	readonly body?: string;
	readonly rows?: readonly {readonly criterion: string; readonly cells: Record<string, Cell>}[];
};

/**
 * A small valid comparison of several sections, for tests of the browser's frames: a test makes
 * the few sections and rows its behaviour needs, so that the bundled comparison's data can change
 * without breaking it. Section ids are made from the titles.
 */
export function small(
	subjects: readonly {id: string; name: string}[],
	sections: readonly SmallSection[],
	title = 'Small',
): Comparison {
	return {
		title,
		subjects: [...subjects],
		sections: sections.map((section) => ({
			id: section.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			title: section.title,
			...(section.body === undefined ? {} : {body: section.body}),
			...(section.rows === undefined
				? {}
				: {table: {rows: section.rows.map((row) => ({criterion: row.criterion, cells: {...row.cells}}))}}),
		})),
		references: [],
	};
}

/** A comparison with its prose and cells parsed, ready to lay out (what prepareDocument makes in the CLI). */
export function documentOf(comparison: Comparison): Document {
	return {
		comparison,
		bodies: new Map(
			comparison.sections.map((section) => [
				section.id,
				parseSectionBody(section.body ?? '', locatedParts(section.table, comparison.subjects)),
			]),
		),
		inline: new Map(Object.entries(parseCells(comparison))),
	};
}

/** The bundled comparison as a Document. */
export function bundledDocument(): Document {
	return documentOf(bundledComparison());
}
