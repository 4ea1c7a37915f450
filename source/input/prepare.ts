// Turns comparisons into Documents ready to lay out, loading on demand only what is needed: marked
// (~70 ms to load and first run) only for prose not parsed before, highlight.js only for prose
// with code that names its language, zod only for files not validated before, and the Markdown
// importer only for Markdown. A file's validated, parsed form is kept in the cache directory
// with a copy of the bytes it was read from, under a name made of the file's name, tradeoff's
// version and the build's validation and parsing code: opening the same bytes again skips all of
// them, and any other bytes, by a byte-for-byte comparison, never get their entry.
import {join} from 'node:path';
import type {Document} from '../layout/document.js';
import type {Block} from '../layout/markdown.js';
import type {Span} from '../layout/styled.js';
import {DataError, printable, UsageError} from '../model/errors.js';
import {subjectLimits} from '../model/limits.js';
import type {Comparison} from '../model/schema.js';
import {cacheDirectory, fingerprint, readCache, writeCache} from '../startup/cache.js';
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
// An escape is a backslash after an even run of them (none, or escaped backslashes): a text's own
// backslash before a b, an f, an r or a t, as in a Windows path (C:\\bin), is no control, and was
// taken for one, so such a document was never read from the cache (one shared document, a table
// of shell commands, was parsed again on every run: ~100 ms).
const unsanitized = /(?<!\\)(?:\\\\)*\\(?:u00[01][0-9a-fA-F]|u007[fF]|u00[89][0-9a-fA-F]|[bfrt])|[\u007f-\u009f]/;

/**
 * The cache's format, in the name of every entry: an entry written by another format is never
 * read. 3: the document as JSON, ASCII only (all else as \u escapes), read as Latin-1 (no UTF-8
 * decoding, and a one-byte string for JSON.parse). An entry is three parts: what names it (as
 * JSON), a line feed, the document, a line feed, the bytes it was read from.
 */
const cacheFormat = '3';

/** JSON with every character past ASCII escaped (JSON.parse reads \u escapes, surrogates too). */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** The entry's document, when it was read from these very bytes and is ours; else undefined. */
function fromCache(entry: Buffer | undefined, key: string, source: Uint8Array): Document | undefined {
	if (!entry) return undefined;
	try {
		// JSON as tradeoff writes it holds no line feed: the first ends the key, the second the document.
		const keyEnd = entry.indexOf(0x0a);
		const documentEnd = entry.indexOf(0x0a, keyEnd + 1);
		if (keyEnd < 0 || documentEnd < 0 || entry.toString('latin1', 0, keyEnd) !== key) return undefined;
		if (!entry.subarray(documentEnd + 1).equals(source)) return undefined;
		const text = entry.toString('latin1', keyEnd + 1, documentEnd);
		// Our own file, written from sanitized data; one that holds a control character was not
		// written by us, and is ignored.
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
	let key = '';
	if (directory) {
		// Named by what the bytes are read as, not by a hash of them: node:crypto took ~6 ms to load
		// and hash the largest shared document (55 KB), a SHA-256 in JS longer still; the entry holds
		// the bytes to compare instead. So each name keeps one entry: two documents read under one
		// name (two README.md, or stdin) take each other's place. A document without a title is
		// named after its file: the name is part of what it reads as.
		key = asciiJson([TRADEOFF_VERSION, TRADEOFF_INPUT_HASH, cacheFormat, kind, name, subjects ?? null]);
		cacheName = `document-${fingerprint(key)}.cache`;
		const cached = fromCache(readCache(join(directory, cacheName)), key, bytes);
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
		const entry = Buffer.concat([Buffer.from(`${key}\n${asciiJson(stored)}\n`, 'latin1'), bytes]);
		// Entries of the format before (.json) count among the 16, the oldest, and go first.
		// The user's alone (0600), as kept prints are: it holds the input as read.
		writeCache(directory, cacheName, entry, /^document-[0-9a-f]+\.(?:json|cache)$/, 16, 0o600);
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
