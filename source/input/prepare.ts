// Turns comparisons into Documents ready to lay out, loading on demand only what is needed: marked
// (~70 ms to load and first run) only for prose not parsed before, highlight.js only for prose
// with code that names its language, zod only for files not validated before, and the Markdown
// importer only for Markdown. A file's validated, parsed form is kept in the cache directory,
// keyed by a hash of its bytes, tradeoff's version and the build's validation and parsing code,
// so opening the same file again skips all of them.
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {Document} from '../layout/document.js';
import type {Block} from '../layout/markdown.js';
import type {Span} from '../layout/styled.js';
import {DataError, printable, UsageError} from '../model/errors.js';
import {subjectLimits} from '../model/limits.js';
import type {Comparison} from '../model/schema.js';
import {cacheDirectory, readCache, writeCache} from '../startup/cache.js';
import {type Kind, kindOf} from './kind.js';

declare const TRADEOFF_VERSION: string;
/** The hash of the build's validation and parsing code (build.ts), so an older build's entry is never read. */
declare const TRADEOFF_INPUT_HASH: string;

/** What parsing a comparison's markdown makes: each section's prose, and the cells that hold markdown. */
export type Parsed = {
	readonly bodies: Readonly<Record<string, readonly Block[]>>;
	readonly inline: Readonly<Record<string, readonly Span[]>>;
};

/** A Document from a comparison and its parsed markdown, as the build or the cache keep them. */
export function documentOf(comparison: Comparison, parsed: Parsed): Document {
	return {
		comparison,
		bodies: new Map(Object.entries(parsed.bodies)),
		inline: new Map(Object.entries(parsed.inline)),
	};
}

/** Parses the prose and the cells of every section (with them given, as the bundle does, nothing is parsed). */
export async function prepareDocument(comparison: Comparison, parsed?: Parsed): Promise<Document> {
	if (parsed) return documentOf(comparison, parsed);
	const {parseComparison} = await import('../markdown/markdown-parse.js');
	return documentOf(comparison, await parseComparison(comparison));
}

type Stored = {comparison: Comparison; markdown?: true} & Parsed;

// What sanitized text can never contain, as the cache writes it: C0 controls (escaped as \u00XX
// or \b \f \r \t), DEL and C1 controls (escaped, as all but ASCII is; or raw, in a file not ours).
const unsanitized = /\\u00[01][0-9a-fA-F]|\\u007[fF]|\\u00[89][0-9a-fA-F]|\\[bfrt]|[\u007f-\u009f]/;

/**
 * The cache's format, in the name of every entry: an entry written by another format is never
 * read. 2: ASCII only (all else as \u escapes), read as Latin-1: no UTF-8 decoding, and a one-byte
 * string for JSON.parse.
 */
const cacheFormat = '2';

/** JSON with every character past ASCII escaped (JSON.parse reads \u escapes, surrogates too). */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

function fromCache(bytes: Buffer | undefined): Document | undefined {
	if (!bytes) return undefined;
	try {
		const text = bytes.toString('latin1');
		// Our own file, written from sanitized data; one that holds a control character was not
		// written by us, and is ignored (a backslash before b, f, r or t in the text costs a miss).
		if (unsanitized.test(text)) return undefined;
		const stored = JSON.parse(text) as Partial<Stored>;
		if (!stored.comparison || !stored.bodies || !stored.inline) return undefined;
		const document = documentOf(stored.comparison, {bodies: stored.bodies, inline: stored.inline});
		return stored.markdown ? {...document, markdown: true} : document;
	} catch {
		return undefined;
	}
}

/**
 * A comparison from the bytes of a file, JSON or Markdown (see kind.ts): validated and parsed,
 * or read as a document, or taken from the cache.
 */
export async function documentFromBytes(
	bytes: Uint8Array,
	name: string,
	env: NodeJS.ProcessEnv,
	kind: Kind = kindOf(bytes, name),
	subjects?: readonly string[],
): Promise<Document> {
	if (subjects && kind !== 'markdown')
		throw new UsageError(
			`--subjects names the subjects of a Markdown document; ${printable(name)} is a comparison file, which names its own (--only picks among them)`,
		);
	const directory = cacheDirectory(env);
	let cacheName: string | undefined;
	if (directory) {
		// require(), not import(): a dynamic import, even of a builtin, starts Node's ES module
		// loader (~10 ms); node:crypto is needed only here, to name the cache entry.
		const {createHash} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
		const hash = createHash('sha256')
			.update(TRADEOFF_VERSION)
			.update(TRADEOFF_INPUT_HASH)
			.update(cacheFormat)
			.update(kind);
		// A document without a title is named after its file: the name is part of what it reads as.
		if (kind === 'markdown') hash.update(`\u0000${name}\u0000`);
		if (subjects) hash.update(`\u0000subjects\u0000${subjects.join('\u0000')}\u0000`);
		cacheName = `document-${hash.update(bytes).digest('hex').slice(0, 24)}.json`;
		const cached = fromCache(readCache(join(directory, cacheName)));
		if (cached) return cached;
	}
	let document: Document;
	if (kind === 'markdown') {
		const {importMarkdown} = await import('../markdown/markdown-document.js');
		document = await importMarkdown(bytes, name, subjects ? {subjects} : {});
	} else {
		const {loadComparison} = await import('./load.js');
		document = await prepareDocument(loadComparison(bytes, name));
	}
	if (directory && cacheName) {
		const stored: Stored = {
			comparison: document.comparison,
			bodies: Object.fromEntries(document.bodies),
			inline: Object.fromEntries(document.inline ?? []),
			...(document.markdown ? {markdown: true} : {}),
		};
		writeCache(directory, cacheName, asciiJson(stored), /^document-[0-9a-f]+\.json$/, 16);
	}
	return document;
}

/**
 * Refuses, in one line, to write a Markdown document that names fewer than two subjects as a
 * comparison file: such a file could not be read back.
 */
export function checkExportable(document: Document, name: string): void {
	if (!document.markdown || document.comparison.subjects.length >= subjectLimits.min) return;
	throw new DataError(
		`${printable(name)}: names no subjects, so --format json cannot write it as a comparison file (name ${subjectLimits.min} to ${subjectLimits.max} with --subjects a,b or in its front matter, subjects: [A, B], or head a table with an empty top-left cell)`,
	);
}

/** A Markdown document's comparison as a comparison file, validated as one before it is written. */
export async function checkedExport(document: Document, exported: Comparison, name: string): Promise<Comparison> {
	if (!document.markdown) return exported;
	checkExportable(document, name);
	const {validateComparison} = await import('./load.js');
	return validateComparison(JSON.parse(JSON.stringify(exported)), name);
}
