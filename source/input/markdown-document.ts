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
import {lineText, type Span} from '../layout/styled.js';
import {citedNumbers} from '../model/citations.js';
import {DataError, printable} from '../model/errors.js';
import {sanitizeText} from '../model/sanitize.js';
import type {Comparison, Reference, Row, Section, Subject} from '../model/schema.js';
import {decodeComparison} from './decode.js';
import {type FrontMatter, readFrontMatter, splitFrontMatter} from './front-matter.js';
import {headingId} from './github.js';
import {headingSpans, highlighted, lexDocument, prepareShortcodes, tokenBlocks} from './markdown-parse.js';
import {extractFootnotes, listedReferences, referencesTitle} from './markdown-references.js';
import {inferSubjects, subjectColumns, subjectRows, type TableCells, tableCells} from './markdown-tables.js';
import {slug, uniqueIds} from './slug.js';

/** A section as the document writes it: its heading (none for text before the first) and its tokens. */
type Part = {readonly heading: Tokens.Heading | undefined; readonly tokens: Token[]};

function headingText(heading: Tokens.Heading): string {
	return lineText(headingSpans(heading)).replace(/\s+/g, ' ').trim();
}

/** Splits the top-level tokens at the headings of the section depth: ## if any, else #. */
function splitSections(tokens: readonly Token[], titleHeading: Token | undefined): Part[] {
	const headings = tokens.filter(
		(token): token is Tokens.Heading => token.type === 'heading' && token !== titleHeading,
	);
	const depth = headings.some((heading) => heading.depth === 2)
		? 2
		: headings.some((heading) => heading.depth === 1)
			? 1
			: 0;
	const parts: Part[] = [{heading: undefined, tokens: []}];
	for (const token of tokens) {
		if (token === titleHeading) continue;
		if (token.type === 'heading' && (token as Tokens.Heading).depth === depth)
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

/** One section: its blocks (subject tables as places for their rows), its rows, its markdown. */
function readSection(
	part: Part,
	setting: Setting,
	spans: Map<string, readonly Span[]>,
): {blocks: Block[]; rows: Row[]; markdown: string} {
	const blocks: Block[] = [];
	const rows: Row[] = [];
	let markdown = '';
	for (const token of part.tokens) {
		const cells = token.type === 'table' ? tableCells(token as Tokens.Table) : undefined;
		const columns = cells ? subjectColumns(cells, setting.subjects) : undefined;
		if (cells && columns) {
			const made = subjectRows(cells, columns, setting.subjects, rows.length);
			const header = Object.keys(made.header).length > 0 ? {header: made.header} : {};
			blocks.push({type: 'subject-table', start: rows.length, end: rows.length + made.rows.length, ...header});
			rows.push(...made.rows);
			for (const [source, value] of made.spans) spans.set(source, value);
			continue;
		}
		blocks.push(...tokenBlocks([token]));
		if (token.type !== 'def') markdown += token.raw;
	}
	markdown = markdown.trim();
	return {blocks, rows, markdown: markdown === '' ? '' : `${markdown}${usedDefinitions(markdown, setting.links)}`};
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

/** The document's tokens, its title heading (the first #, unless front matter names the title) and its parts. */
function structure(markdown: string, front: FrontMatter) {
	const tokens = lexDocument(markdown);
	const titleHeading =
		front.title === undefined
			? tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1)
			: undefined;
	return {tokens, titleHeading, parts: splitSections(tokens, titleHeading)};
}

/** Reads a Markdown document (its bytes) into a Document. */
export async function importMarkdown(bytes: Uint8Array, file: string): Promise<Document> {
	try {
		return await readDocument(bytes, file);
	} catch (error) {
		// Turning tokens into blocks recurses once per level of nesting too: a document nested past
		// the stack is one line, never an unexpected error.
		if (error instanceof RangeError) throw new DataError(`${printable(file)}: nested too deeply to read`);
		throw error;
	}
}

async function readDocument(bytes: Uint8Array, file: string): Promise<Document> {
	const text = sanitizeText(decodeComparison(bytes, file, 'Markdown'));
	const split = splitFrontMatter(text);
	const front: FrontMatter = split.yaml === undefined ? {} : await readFrontMatter(split.yaml, file);
	await prepareShortcodes([split.markdown]);

	let read = structure(split.markdown, front);
	// References listed at the end are numbered first; footnotes follow them.
	const listed = listedAtEnd(read.parts);
	let notes: Reference[] = [];
	if (split.markdown.includes('[^')) {
		const extracted = extractFootnotes(split.markdown, Math.max(0, ...listed.map((reference) => reference.id)) + 1);
		if (extracted.notes.length > 0) {
			notes = extracted.notes;
			read = structure(extracted.markdown, front);
		}
	}
	const {tokens, titleHeading} = read;
	const parts = listed.length > 0 ? read.parts.slice(0, -1) : read.parts;

	const documentTitle = front.title ?? ((titleHeading && headingText(titleHeading)) || titleFromName(file));
	const tables = parts.flatMap((part) =>
		part.tokens.filter((token) => token.type === 'table').map((token): TableCells => tableCells(token as Tokens.Table)),
	);
	const subjects = front.subjects ? [...front.subjects] : inferSubjects(tables);
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
		const named = part.heading ? headingId(part.heading.text) : undefined;
		const id = ids(named && slug(named) === named ? named : slug(sectionTitle), `section-${sections.length + 1}`);
		const section: Section = {
			id,
			title: sectionTitle,
			...(content.markdown === '' ? {} : {body: content.markdown}),
			...(content.rows.length > 0 ? {table: {rows: content.rows}} : {}),
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
		if (section.body && citedNumbers(section.body).some((number) => !known.has(number)))
			(section as {body?: string}).body = section.body.replace(/\[(\d+)\](?!\()/g, (whole, number: string) =>
				known.has(Number(number)) ? whole : `\\${whole}`,
			);
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
