// A Markdown document's YAML front matter: its title, description, subjects and source, the same
// fields as a comparison file. YAML is parsed by the `yaml` package, loaded only when a document
// has front matter. Other keys (id, layout, sidebar_position: what docs sites put there) are
// ignored; a known key of the wrong shape is an error that names it.
import {DataError, printable} from '../model/errors.js';
import {subjectLimits} from '../model/limits.js';
import {maxDepth, sanitizeValue, TooDeepError} from '../model/sanitize.js';
import type {Comparison, Subject} from '../model/schema.js';
import {isId, slug, uniqueIds} from './slug.js';

/** What front matter can say about a comparison. */
export type FrontMatter = {
	readonly title?: string;
	readonly description?: string;
	readonly subjects?: readonly Subject[];
	readonly source?: NonNullable<Comparison['source']>;
};

/** The front matter's YAML and the markdown after it; the line the markdown starts on (from 1). */
export type Split = {readonly yaml: string | undefined; readonly markdown: string; readonly line: number};

const fence = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits a document into its front matter (a block between --- lines at the very top) and the rest. */
export function splitFrontMatter(text: string): Split {
	const match = fence.exec(text);
	if (!match) return {yaml: undefined, markdown: text, line: 1};
	return {
		yaml: match[1] ?? '',
		markdown: text.slice(match[0].length),
		line: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1,
	};
}

function fail(file: string, where: string, message: string): never {
	throw new DataError(`${printable(file)}: front matter${where === '' ? '' : `: ${where}`}: ${message}`);
}

function typeOf(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'a mapping' : typeof value;
}

function text(value: unknown, file: string, where: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return fail(file, where, `expected text, got ${typeOf(value)}`);
}

/** A subject written as {id, name}: its fields; undefined for a subject written as a name. */
function fieldsOf(item: unknown): Record<string, unknown> | undefined {
	return item !== null && typeof item === 'object' && !Array.isArray(item)
		? (item as Record<string, unknown>)
		: undefined;
}

function subjectsOf(value: unknown, file: string): Subject[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value))
		return fail(file, 'subjects', `expected a list of names or of {id, name}, got ${typeOf(value)}`);
	if (value.length < subjectLimits.min || value.length > subjectLimits.max)
		fail(file, 'subjects', `expected ${subjectLimits.min} to ${subjectLimits.max} subjects, got ${value.length}`);
	// An id made from a name must not be one written out for another subject, before it or after.
	const written = value.flatMap((item: unknown) => {
		const id = fieldsOf(item)?.id;
		return typeof id === 'string' ? [id] : [];
	});
	const ids = uniqueIds(written);
	const seen = new Set<string>();
	return value.map((item: unknown, index): Subject => {
		const where = `subjects[${index}]`;
		const fields = fieldsOf(item);
		const name = fields ? text(fields.name, file, `${where}.name`) : text(item, file, where);
		if (name === undefined || name.trim() === '') return fail(file, where, 'expected a name');
		const given = fields ? text(fields.id, file, `${where}.id`) : undefined;
		if (given !== undefined && !isId(given))
			fail(file, `${where}.id`, 'expected an id of lowercase letters, digits, ".", "_" or "-" (at most 64)');
		if (given !== undefined && seen.has(given)) fail(file, `${where}.id`, `duplicate id "${given}"`);
		const id = given ?? ids(slug(name), `subject-${index + 1}`);
		seen.add(id);
		const description = fields ? text(fields.description, file, `${where}.description`) : undefined;
		return description === undefined ? {id, name: name.trim()} : {id, name: name.trim(), description};
	});
}

const sourceText = ['title', 'publisher', 'url', 'note'] as const;
const sourceCount = ['readingMinutes', 'wordCount'] as const;

function sourceOf(value: unknown, file: string): FrontMatter['source'] {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value))
		return fail(file, 'source', `expected a mapping, got ${typeOf(value)}`);
	const given = value as Record<string, unknown>;
	const source: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(given)) {
		const where = `source.${key}`;
		if ((sourceText as readonly string[]).includes(key)) source[key] = text(item, file, where);
		else if ((sourceCount as readonly string[]).includes(key)) {
			if (!Number.isInteger(item) || (item as number) < 0)
				fail(file, where, `expected a whole number, got ${typeOf(item)}`);
			source[key] = item;
		} else if (key === 'date') {
			// YAML reads an unquoted 2024-05-01 as text with the core schema the parser uses.
			const date = text(item, file, where);
			if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(file, where, 'expected a date as YYYY-MM-DD');
			source.date = date;
		} else if (key === 'tags') {
			if (!Array.isArray(item)) fail(file, where, `expected a list, got ${typeOf(item)}`);
			source.tags = item.map((tag, index) => text(tag, file, `${where}[${index}]`) ?? '');
		} else if (key === 'machineGenerated') {
			if (typeof item !== 'boolean') fail(file, where, `expected true or false, got ${typeOf(item)}`);
			source.machineGenerated = item;
		} else fail(file, where, 'unknown field');
	}
	for (const key of Object.keys(source)) if (source[key] === undefined) delete source[key];
	return source as FrontMatter['source'];
}

/** Parses front matter, loading the YAML parser; a syntax error names its line in the file. */
export async function readFrontMatter(yaml: string, file: string): Promise<FrontMatter> {
	const {parseYaml} = await import('./yaml.js');
	let parsed: unknown;
	try {
		// At most maxDepth levels, and no aliases expanded into a billion laughs.
		parsed = parseYaml(yaml, {maxAliasCount: 100});
	} catch (error) {
		const {message, linePos} = error as {message?: string; linePos?: {line: number; col: number}[]};
		const position = linePos?.[0];
		const where = position ? `${printable(file)}:${position.line + 1}:${position.col}` : printable(file);
		const first = (message ?? 'invalid YAML').split('\n')[0]?.replace(/ at line \d+, column \d+:?\s*$/, '');
		throw new DataError(`${where}: front matter: invalid YAML: ${first}`);
	}
	if (parsed === null || parsed === undefined) return {};
	if (typeof parsed !== 'object' || Array.isArray(parsed)) fail(file, '', `expected a mapping, got ${typeOf(parsed)}`);
	let clean: Record<string, unknown>;
	try {
		clean = sanitizeValue(parsed) as Record<string, unknown>;
	} catch (error) {
		if (error instanceof TooDeepError) fail(file, '', `nested more than ${maxDepth} levels deep`);
		throw error;
	}
	const title = text(clean.title, file, 'title');
	const description = text(clean.description, file, 'description');
	const subjects = subjectsOf(clean.subjects, file);
	const source = sourceOf(clean.source, file);
	return {
		...(title?.trim() ? {title: title.trim()} : {}),
		...(description?.trim() ? {description: description.trim()} : {}),
		...(subjects ? {subjects} : {}),
		...(source ? {source} : {}),
	};
}
