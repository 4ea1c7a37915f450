// A Markdown document as a comparison: the document is the comparison the reader opened, so its
// title, sections, tables and references become the comparison's, ready to lay out. Built as its
// own lazy file (build/lazy/markdown-document.cjs): JSON files and the bundled comparison never
// load it, and it loads YAML (front matter) and the emoji table only for documents that need them.
//
// A document may compare no consistent subjects (a README with a table of benchmarks): then it is
// still read, its sections carrying prose and tables as blocks, with no subjects; only a
// comparison file (--format json) needs two or more, and says so.
import {basename, extname} from 'node:path';
import type {Token, Tokens, TokensList} from 'marked';
import type {Document} from '../layout/document.js';
import type {Block} from '../layout/markdown.js';
import {Role, type Span} from '../layout/styled.js';
import {escapeUnknownCitations} from '../model/citations.js';
import {decodeComparison} from '../model/decode.js';
import {DataError, printable} from '../model/errors.js';
import {sanitizeText} from '../model/sanitize.js';
import type {Comparison, Reference, Row, Section, Subject, TablePart} from '../model/schema.js';
import {siteMarkdown} from './docs-markup.js';
import {type FrontMatter, readFrontMatter, splitFrontMatter} from './front-matter.js';
import {headingId} from './github.js';
import {joinHtmlTables} from './html-table.js';
import {headingSpans, highlighted, htmlBlocks, lexDocument, prepareShortcodes, tokenBlocks} from './markdown-parse.js';
import {extractFootnotes, listedReferences, referencesTitle} from './markdown-references.js';
import {subjectColumns, subjectRows, tablePieces} from './markdown-tables.js';
import {anchor, isSectionId, uniqueIds} from './slug.js';
import {inferredSubjects, namedSubjects} from './subject-choice.js';

/** A section as the document writes it: its heading (none for text before the first) and its tokens. */
type Part = {readonly heading: Tokens.Heading | undefined; readonly tokens: Token[]};

/** A heading's text as a title: what it shows, without the URLs prose adds after its links. */
function headingText(heading: Tokens.Heading): string {
	let text = '';
	let previousHref: string | undefined;
	for (const piece of headingSpans(heading)) {
		if (!(previousHref !== undefined && piece.role & Role.muted && piece.text === ` (${previousHref})`))
			text += piece.text;
		previousHref = piece.href;
	}
	return text.replace(/\s+/g, ' ').trim();
}

function folded(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The heading depth that divides the document into sections: the highest level with two or more
 * headings at it or above (### under a lone ##; # after ## sections is one of them), else the
 * level of the only heading, else none.
 */
function sectionDepth(headings: readonly Tokens.Heading[]): number {
	for (let depth = 1; depth <= 6; depth++)
		if (headings.filter((heading) => heading.depth <= depth).length >= 2) return depth;
	return headings[0]?.depth ?? 0;
}

/** Splits the top-level tokens at the section headings, leaving out the headings that the title stands for. */
function splitSections(tokens: readonly Token[], skipped: ReadonlySet<Token>): Part[] {
	const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading' && !skipped.has(token));
	const depth = sectionDepth(headings);
	const parts: Part[] = [{heading: undefined, tokens: []}];
	for (const token of tokens) {
		if (skipped.has(token)) continue;
		if (token.type === 'heading' && (token as Tokens.Heading).depth <= depth)
			parts.push({heading: token as Tokens.Heading, tokens: []});
		else parts.at(-1)?.tokens.push(token);
	}
	return parts;
}

/** The link definitions a section's markdown uses, so that it reads the same on its own. */
function usedDefinitions(markdown: string, links: TokensList['links']): string {
	const lines: string[] = [];
	for (const [label, {href, title}] of Object.entries(links)) {
		if (!markdown.toLowerCase().includes(`[${label.toLowerCase()}]`)) continue;
		lines.push(`[${label}]: <${href}>${title ? ` "${title.replace(/"/g, '\\"')}"` : ''}`);
	}
	return lines.length > 0 ? `\n\n${lines.join('\n')}` : '';
}

/** What a document says about itself before its sections are read. */
type Setting = {
	readonly subjects: readonly Subject[];
	readonly links: TokensList['links'];
};

/** Lines of markdown as a part's place counts them: the text before it, trimmed. */
function linesBefore(markdown: string): number {
	const text = markdown.trim();
	return text === '' ? 0 : text.split('\n').length;
}

/** One section: its blocks (subject tables as places for their rows), its rows and their tables, its markdown. */
function readSection(
	part: Part,
	setting: Setting,
	spans: Map<string, readonly Span[]>,
): {blocks: Block[]; rows: Row[]; parts: TablePart[]; markdown: string} {
	const blocks: Block[] = [];
	const rows: Row[] = [];
	const parts: TablePart[] = [];
	let markdown = '';
	let afterLast = '';
	for (const token of joinHtmlTables(part.tokens)) {
		const pieces = tablePieces(token);
		if (!pieces) {
			blocks.push(...tokenBlocks([token]));
			// The blank line after a table taken out of the prose is the one before it, already there.
			const seam = token.type === 'space' && /\n\n$|^$/.test(markdown);
			if (token.type !== 'def' && !seam) {
				markdown += token.raw;
				afterLast += token.raw;
			}
			continue;
		}
		for (const piece of pieces) {
			const columns = piece.cells ? subjectColumns(piece.cells, setting.subjects) : undefined;
			if (piece.cells && columns) {
				const made = subjectRows(piece.cells, columns, setting.subjects, rows.length);
				blocks.push({
					type: 'subject-table',
					start: rows.length,
					end: rows.length + made.rows.length,
					part: parts.length,
					...(Object.keys(made.header).length > 0 ? {header: made.header} : {}),
				});
				parts.push({
					rows: made.rows.length,
					after: linesBefore(markdown),
					...(made.columns ? {columns: made.columns} : {}),
				});
				rows.push(...made.rows);
				for (const [source, value] of made.spans) spans.set(source, value);
				afterLast = '';
				continue;
			}
			if (piece.cells) blocks.push(piece.block);
			else blocks.push(...htmlBlocks({type: 'html', block: true, pre: false, raw: piece.raw, text: piece.raw}));
			markdown += piece.raw;
			afterLast += piece.raw;
		}
	}
	markdown = markdown.trim();
	// One table after all the prose, with a nameless label and the subjects: parts say nothing more.
	const [only] = parts;
	const plain = parts.length === 1 && only?.columns === undefined && afterLast.trim() === '';
	return {
		blocks,
		rows,
		parts: plain ? [] : parts,
		markdown: markdown === '' ? '' : `${markdown}${usedDefinitions(markdown, setting.links)}`,
	};
}

/** The title of a document without one: its file name, without the extension. */
function titleFromName(file: string): string {
	const name = basename(file.replace(/[?#].*$/, ''));
	return name.slice(0, name.length - extname(name).length) || name || 'Untitled';
}

/** The references a final section lists (References, Sources...: a list of links), or none. */
function listedAtEnd(parts: readonly Part[]): Reference[] {
	const last = parts.at(-1);
	if (!last?.heading || parts.length < 2 || !referencesTitle.test(headingText(last.heading))) return [];
	return listedReferences(last.tokens) ?? [];
}

/**
 * The document's tokens, its title and its parts. The title is the front matter's, else the first
 * # heading (before any ##), else the file's name; the heading it comes from, and a first heading
 * that says the title again, are the title, not sections.
 */
function structure(markdown: string, front: FrontMatter, file: string) {
	const tokens = lexDocument(markdown);
	const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
	const firstTitle = headings.find((heading) => heading.depth === 1);
	const firstSection = headings.findIndex((heading) => heading.depth === 2);
	const titleHeading =
		front.title === undefined && firstTitle && (firstSection === -1 || headings.indexOf(firstTitle) < firstSection)
			? firstTitle
			: undefined;
	const title = front.title ?? ((titleHeading && headingText(titleHeading)) || titleFromName(file));
	const skipped = new Set<Token>(titleHeading ? [titleHeading] : []);
	const first = headings.find((heading) => heading !== titleHeading);
	if (first && folded(headingText(first)) === folded(title)) skipped.add(first);
	return {tokens, title, parts: splitSections(tokens, skipped)};
}

/** How to read a document: the subjects to compare, when the reader names them (--subjects). */
export type ImportOptions = {readonly subjects?: readonly string[]};

/** Reads a Markdown document (its bytes) into a Document. */
export async function importMarkdown(bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<Document> {
	try {
		return await readDocument(bytes, file, options);
	} catch (error) {
		// Turning tokens into blocks recurses once per level of nesting too: a document nested past
		// the stack is one line, never an unexpected error.
		if (error instanceof RangeError) throw new DataError(`${printable(file)}: nested too deeply to read`);
		throw error;
	}
}

async function readDocument(bytes: Uint8Array, file: string, options: ImportOptions): Promise<Document> {
	const text = sanitizeText(decodeComparison(bytes, file, 'Markdown'));
	const split = splitFrontMatter(text);
	// Docs sites' markup (MDX, admonitions, tabs) as the GFM the site shows.
	const markdown = siteMarkdown(split.markdown);
	const front: FrontMatter = split.yaml === undefined ? {} : await readFrontMatter(split.yaml, file);
	await prepareShortcodes([markdown]);

	let read = structure(markdown, front, file);
	// References listed at the end are numbered first; footnotes follow them.
	let listed = listedAtEnd(read.parts);
	let notes: Reference[] = [];
	if (markdown.includes('[^')) {
		const after = (references: readonly Reference[]) => Math.max(0, ...references.map((reference) => reference.id)) + 1;
		let extracted = extractFootnotes(markdown, after(listed));
		if (extracted.notes.length > 0) {
			read = structure(extracted.markdown, front, file);
			// Footnote definitions written under the list of references hid it: without them it is
			// a list again, numbered first, and the footnotes are numbered after it.
			const again = listedAtEnd(read.parts);
			if (again.length > listed.length) {
				listed = again;
				extracted = extractFootnotes(markdown, after(listed));
				read = structure(extracted.markdown, front, file);
			}
			notes = extracted.notes;
		}
	}
	const {tokens, title: documentTitle} = read;
	const parts = listed.length > 0 ? read.parts.slice(0, -1) : read.parts;

	const subjects = options.subjects
		? namedSubjects(
				options.subjects,
				parts.flatMap((part) => part.tokens),
				file,
			)
		: front.subjects
			? [...front.subjects]
			: inferredSubjects(parts.flatMap((part) => part.tokens));
	const setting: Setting = {subjects, links: tokens.links};

	const spans = new Map<string, readonly Span[]>();
	const bodies: Record<string, Block[]> = {};
	const sections: Section[] = [];
	const ids = uniqueIds();
	for (const part of parts) {
		const content = readSection(part, setting, spans);
		// Text before the first heading that shows nothing (badges, comments) is no section.
		if (!part.heading && content.blocks.length === 0 && content.rows.length === 0) continue;
		const sectionTitle = part.heading ? headingText(part.heading) || `Section ${sections.length + 1}` : documentTitle;
		// The id a heading names ({#id}), else its anchor as GitHub makes it.
		const named = part.heading ? headingId(part.heading.text) : undefined;
		const id = ids(named && isSectionId(named) ? named : anchor(sectionTitle), `section-${sections.length + 1}`);
		const section: Section = {
			id,
			title: sectionTitle,
			...(content.markdown === '' ? {} : {body: content.markdown}),
			...(content.rows.length > 0
				? {table: content.parts.length > 0 ? {rows: content.rows, parts: content.parts} : {rows: content.rows}}
				: {}),
		};
		sections.push(section);
		bodies[id] = content.blocks;
	}
	if (sections.length === 0) {
		sections.push({id: 'document', title: documentTitle});
		bodies.document = [];
	}

	const allReferences = [...listed, ...notes];
	const known = new Set(allReferences.map((reference) => reference.id));
	// A comparison file's prose cites only references it has: "[3]" that names none is text.
	for (const section of sections) {
		if (section.body) (section as {body?: string}).body = escapeUnknownCitations(section.body, known);
	}
	const comparison: Comparison = {
		title: documentTitle,
		...(front.description ? {description: front.description} : {}),
		...(front.source ? {source: front.source} : {}),
		subjects,
		sections,
		...(allReferences.length > 0 ? {references: allReferences} : {}),
	};
	const bodyIds = Object.keys(bodies);
	const shown = await highlighted(Object.values(bodies));
	return {
		comparison,
		bodies: new Map(bodyIds.map((id, index) => [id, shown[index] ?? []])),
		inline: spans,
		markdown: true,
	};
}
