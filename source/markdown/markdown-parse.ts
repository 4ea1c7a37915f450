// Markdown to blocks of styled spans. marked only tokenizes; layout is ours (layout/markdown.ts)
// because marked-terminal measures characters instead of display width (CJK comes out double),
// cannot fit a table to the screen, drops inline markdown in tight lists and pulls in
// highlight.js, which costs ~150 ms at start-up for a comparison with no code to highlight.
//
// Parsing is kept apart from layout because marked costs ~70 ms to load and first run here: the
// bundled comparison is parsed when the CLI is built, so printing it never loads marked at all.
//
// Any depth, any size: marked tokenizes a nested quote or list by reading its text again at every
// level, and recurses for each, so depth costs time and stack (1,800 nested quotes took 24 s and
// 2 GB here; 3,000 overflowed the stack, as did 5,000 asterisks around a word). Nesting is bounded
// twice: lines are cut back to a few levels before lexing (bounded-nesting.ts), and the tokenizer
// refuses to nest deeper than maxParsedDepth whatever the text, so what is left reads as text.
import {Lexer, type Links, type Token, Tokenizer, type Tokens, type TokensList} from 'marked';
import {withCitations} from '../layout/citations.js';
import type {Block, ListItem} from '../layout/markdown.js';
import {append, Role, type Span, span} from '../layout/styled.js';
import {sanitizeText} from '../model/sanitize.js';
import type {Comparison} from '../model/schema.js';
import {bodyLines, type LocatedPart, locatedParts} from '../model/table-parts.js';
import {boundNesting} from './bounded-nesting.js';
import {
	alertOf,
	decodeEntities,
	dropHeadingId,
	githubInline,
	htmlBlockText,
	mayHoldShortcodes,
	replaceShortcodes,
	useShortcodes,
} from './github.js';
import {type HtmlTable, joinHtmlTables, splitHtmlTables} from './html-table.js';

/**
 * How deep marked may nest quotes and lists, and emphasis, strikethrough and links: past it, the
 * delimiters are shown as the text they are. Far deeper than any real document.
 */
export const maxParsedDepth = 24;

/** A marked tokenizer that stops nesting at maxParsedDepth (see the top of this file). */
class BoundedTokenizer extends Tokenizer {
	#blocks = 0;
	#inlines = 0;

	#block<T>(parse: () => T): T | undefined {
		if (this.#blocks >= maxParsedDepth) return undefined;
		this.#blocks++;
		try {
			return parse();
		} finally {
			this.#blocks--;
		}
	}

	#inline<T>(parse: () => T): T | undefined {
		if (this.#inlines >= maxParsedDepth) return undefined;
		this.#inlines++;
		try {
			return parse();
		} finally {
			this.#inlines--;
		}
	}

	override blockquote(src: string) {
		return this.#block(() => super.blockquote(src));
	}

	override list(src: string) {
		return this.#block(() => super.list(src));
	}

	override emStrong(src: string, maskedSrc: string, prevChar?: string) {
		return this.#inline(() => super.emStrong(src, maskedSrc, prevChar));
	}

	override del(src: string, maskedSrc: string, prevChar?: string) {
		return this.#inline(() => super.del(src, maskedSrc, prevChar));
	}

	override link(src: string) {
		return this.#inline(() => super.link(src));
	}

	override reflink(src: string, links: Links) {
		return this.#inline(() => super.reflink(src, links));
	}
}

/**
 * Decodes the HTML entities marked leaves in text. marked itself decodes numeric entities, so
 * the result is sanitized again: &#27; must not bring back the ESC that loading removed.
 */
function decode(text: string): string {
	return sanitizeText(decodeEntities(text));
}

/**
 * A link whose text is its address, as a table cell shows it: the host and the last part of the
 * path (`github.com/…/hypergrep`); the whole address goes under the table.
 */
export function shortAddress(href: string): string {
	const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]+)([^?#]*)/i.exec(href);
	if (!match) return href;
	const host = (match[1] ?? '').replace(/^www\./i, '');
	const parts = (match[2] ?? '').split('/').filter((part) => part !== '');
	if (parts.length === 0) return host;
	return parts.length === 1 ? `${host}/${parts[0]}` : `${host}/…/${parts.at(-1)}`;
}

/** The name of the file an address points at (`badge.svg`), or its host when the path names none. */
function fileName(href: string): string {
	const path = href.replace(/[?#].*$/, '');
	const parts = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split('/');
	const last = parts.filter((part) => part !== '').at(-1);
	if (last === undefined) return shortAddress(href);
	try {
		return sanitizeText(decodeURIComponent(last));
	} catch {
		return last;
	}
}

/**
 * What stands for an image in a table cell: its alt text, else the label of its reference
 * (`![][stars-swr]` is `stars-swr`), else the file name of its address; never the address.
 */
function imageName(image: Tokens.Image): string {
	const alt = decode(image.text).trim();
	if (alt !== '') return alt;
	const label = /^!\[[^\]]*\]\[([^\]]+)\]$/.exec(image.raw)?.[1]?.trim();
	if (label) return decode(label);
	return fileName(sanitizeText(image.href));
}

/**
 * Inline tokens to spans, carrying the roles of the tokens around them. In a table cell (`cell`),
 * a link shows its text only (the table numbers it and lists its address under itself) and an
 * image its name; elsewhere a link's address follows its text, and an image says it is one.
 */
function inline(tokens: readonly Token[] | undefined, role: number, cell = false): Span[] {
	const spans: Span[] = [];
	for (const token of githubInline(tokens ?? [])) {
		switch (token.type) {
			case 'strong':
				append(spans, inline((token as Tokens.Strong).tokens, role | Role.strong, cell));
				break;
			case 'em':
				append(spans, inline((token as Tokens.Em).tokens, role | Role.em, cell));
				break;
			case 'del':
				append(spans, inline((token as Tokens.Del).tokens, role | Role.del, cell));
				break;
			case 'codespan':
				spans.push(span(decode((token as Tokens.Codespan).text), role | Role.code));
				break;
			case 'br':
				spans.push(span('\n', Role.break));
				break;
			case 'link': {
				const link = token as Tokens.Link;
				const href = sanitizeText(link.href);
				// A relative link (./setup.md, #usage) leads nowhere from a terminal: its text only.
				if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) {
					append(spans, inline(link.tokens, role | Role.link, cell));
					break;
				}
				const label = inline(link.tokens, role | Role.link, cell).map((piece) => ({...piece, href}));
				const shown = label.map((piece) => piece.text).join('');
				if (cell) {
					// A link whose text is its address (an autolink) is shown short.
					const bare = href.replace(/^https?:\/\//i, '');
					if (shown === href || (shown === bare && bare !== href))
						spans.push(span(shortAddress(href), role | Role.link, href));
					else append(spans, label);
					break;
				}
				append(spans, label);
				// A badge (a link around an image) says what it is; its address is noise in a
				// terminal, and stays a link where the terminal shows links.
				const badge = link.tokens.every(
					(inner) => inner.type === 'image' || (inner.type === 'text' && inner.raw.trim() === ''),
				);
				if (!badge && shown !== href && `mailto:${shown}` !== href) spans.push(span(` (${href})`, role | Role.muted));
				break;
			}
			case 'image': {
				const image = token as Tokens.Image;
				if (cell) spans.push(span(imageName(image), role | Role.muted));
				else spans.push(span(`[image: ${decode(image.text) || sanitizeText(image.href)}]`, role | Role.muted));
				break;
			}
			case 'text': {
				const text = token as Tokens.Text;
				if (text.tokens) append(spans, inline(text.tokens, role, cell));
				else append(spans, withCitations(replaceShortcodes(decode(text.text)), role));
				break;
			}
			default:
				// escape, html and anything unknown: shown as the text it is.
				append(
					spans,
					withCitations(decode('text' in token && typeof token.text === 'string' ? token.text : token.raw), role),
				);
		}
	}
	return spans;
}

function blocks(tokens: readonly Token[]): Block[] {
	const result: Block[] = [];
	for (const token of joinHtmlTables(tokens)) {
		if (token.type === 'html' && /<table\b/i.test(token.raw)) {
			append(result, htmlBlocks(token as Tokens.HTML));
			continue;
		}
		const converted = block(token);
		if (converted) result.push(converted);
	}
	return result;
}

/** An HTML block holding tables: the HTML around them as text, the tables as tables. */
export function htmlBlocks(token: Tokens.HTML): Block[] {
	const result: Block[] = [];
	for (const piece of splitHtmlTables(token.text)) {
		if (piece.type === 'table') result.push(htmlTableBlock(piece.table));
		else {
			const converted = block({...token, raw: piece.html, text: piece.html});
			if (converted) result.push(converted);
		}
	}
	return result;
}

/** An HTML table as a table block. */
function htmlTableBlock(table: HtmlTable): Block {
	const header = table.header.map(parseInline);
	const rows = table.rows.map((row) => row.map(parseInline));
	return table.align.some((align) => align !== undefined)
		? {type: 'table', header, rows, align: table.align.map((align) => align ?? null)}
		: {type: 'table', header, rows};
}

function block(token: Token): Block | undefined {
	switch (token.type) {
		case 'space':
		case 'def':
		// A task item's box: the list draws it from item.checked.
		case 'checkbox':
			return undefined;
		case 'paragraph':
		case 'text': {
			const text = token as Tokens.Paragraph | Tokens.Text;
			return {
				type: 'paragraph',
				spans: text.tokens ? inline(text.tokens, Role.none) : withCitations(decode(text.text), 0),
			};
		}
		case 'heading': {
			const heading = token as Tokens.Heading;
			return {type: 'heading', depth: heading.depth, spans: headingSpans(heading)};
		}
		case 'list': {
			const list = token as Tokens.List;
			const items = list.items.map((item): ListItem => {
				const blocksOfItem = blocks(item.tokens);
				return item.task
					? {blocks: blocksOfItem, loose: item.loose, checked: item.checked === true}
					: {blocks: blocksOfItem, loose: item.loose};
			});
			return {
				type: 'list',
				ordered: list.ordered,
				start: typeof list.start === 'number' ? list.start : 1,
				loose: list.loose,
				items,
			};
		}
		case 'blockquote':
			return quote(blocks((token as Tokens.Blockquote).tokens));
		case 'html': {
			// A raw HTML block shows its text, as GitHub does; one that shows nothing is left out.
			const lines = htmlBlockText((token as Tokens.HTML).text);
			if (lines.length === 0) return undefined;
			const spans = lines.flatMap((line, index) => [
				...(index > 0 ? [span('\n', Role.break)] : []),
				...withCitations(replaceShortcodes(sanitizeText(line)), Role.none),
			]);
			return {type: 'paragraph', spans};
		}
		case 'code': {
			const code = token as Tokens.Code;
			// The info string's first word names the language (```python title="x" is python).
			const lang =
				sanitizeText(code.lang ?? '')
					.trim()
					.split(/\s+/)[0] ?? '';
			const text = sanitizeText(code.text);
			return lang === '' ? {type: 'code', text} : {type: 'code', text, lang};
		}
		case 'hr':
			return {type: 'rule'};
		case 'table': {
			const table = token as Tokens.Table;
			const block = {
				type: 'table' as const,
				header: table.header.map((cell) => inline(cell.tokens, Role.none, true)),
				rows: table.rows.map((row) => row.map((cell) => inline(cell.tokens, Role.none, true))),
			};
			// Kept only where the delimiter row says something (null elsewhere, as JSON keeps it).
			return table.align.some((align) => align !== null) ? {...block, align: [...table.align]} : block;
		}
		default: {
			const raw = 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
			return {type: 'paragraph', spans: withCitations(decode(raw.trim()), Role.none)};
		}
	}
}

/** A heading's spans, without the {#id} some sites write after it. */
export function headingSpans(heading: Tokens.Heading): Span[] {
	const spans = inline(heading.tokens, Role.heading | Role.strong);
	const last = spans.at(-1);
	if (last && /\{#[^}\s]*\}\s*$/.test(last.text)) {
		const text = dropHeadingId(last.text);
		spans.splice(-1, 1, ...(text === '' ? [] : [{...last, text}]));
	}
	return spans;
}

/** A quote, or GitHub's alert (`> [!NOTE]`): the quote headed by its label. */
function quote(inner: Block[]): Block {
	const [first, ...rest] = inner;
	const head = first?.type === 'paragraph' ? first.spans[0] : undefined;
	const alert = head ? alertOf(head.text) : undefined;
	if (!alert || first?.type !== 'paragraph') return {type: 'quote', blocks: inner};
	const spans = [...(alert.rest === '' ? [] : [{...head, text: alert.rest} as Span]), ...first.spans.slice(1)];
	// The line break after the label belongs to the label.
	if (spans[0]?.role === Role.break) spans.shift();
	const body: Block[] = spans.length > 0 ? [{type: 'paragraph', spans}, ...rest] : rest;
	return {type: 'quote', blocks: [{type: 'paragraph', spans: [span(alert.label, Role.strong)]}, ...body]};
}

/** A table cell's inline tokens as spans: links as their text, images as their names. */
export function inlineTokens(tokens: readonly Token[] | undefined): Span[] {
	return inline(tokens, Role.none, true);
}

/** Block tokens as blocks. */
export function tokenBlocks(tokens: readonly Token[]): Block[] {
	return blocks(tokens);
}

/** Whether any code block names a language (so that highlighting is worth loading). */
export function namesLanguage(blocks: readonly Block[]): boolean {
	return blocks.some(
		(block) =>
			(block.type === 'code' && block.lang !== undefined) ||
			(block.type === 'quote' && namesLanguage(block.blocks)) ||
			(block.type === 'list' && block.items.some((item) => namesLanguage(item.blocks))),
	);
}

/** Markdown to marked's tokens, nesting bounded (the tokens of an already bounded text). */
export function lexBounded(markdown: string): TokensList {
	return new Lexer({gfm: true, tokenizer: new BoundedTokenizer()}).lex(markdown);
}

/** Markdown to blocks with marked, nesting bounded. */
export function lexBlocks(markdown: string): Block[] {
	return blocks(lexBounded(markdown));
}

/**
 * A whole document as marked's tokens, for the importer, which reads its headings and tables
 * itself: nesting bounded, and should marked still fail, lexed a paragraph at a time (a paragraph
 * that still fails kept as plain text), the link definitions of every part kept.
 */
export function lexDocument(markdown: string, lex: (markdown: string) => TokensList = lexBounded): TokensList {
	const tokens = Object.assign([] as Token[], {links: {} as TokensList['links']});
	const whole = wholeOrByParagraph(boundNesting(markdown), lex, {
		part: (part) => {
			append(tokens, part);
			Object.assign(tokens.links, part.links);
		},
		plain: (chunk) => {
			const text = chunk.trim();
			tokens.push({type: 'paragraph', raw: `${chunk}\n\n`, text, tokens: [{type: 'text', raw: text, text}]});
		},
	});
	return whole ?? tokens;
}

/**
 * Lexes text whole; should marked fail (run out of stack in a caller already deep in its own),
 * lexes it again a paragraph at a time, handing each part on, and each paragraph that still fails
 * as plain text: whatever went wrong, the text is still shown. Undefined when it went by paragraph.
 */
function wholeOrByParagraph<T>(
	bounded: string,
	lex: (markdown: string) => T,
	each: {readonly part: (part: T) => void; readonly plain: (chunk: string) => void},
): T | undefined {
	try {
		return lex(bounded);
	} catch {
		// Below, a paragraph at a time.
	}
	for (const chunk of bounded.split(/\n[ \t]*\n/)) {
		if (chunk.trim() === '') continue;
		try {
			each.part(lex(chunk));
		} catch {
			each.plain(chunk);
		}
	}
	return undefined;
}

/**
 * Parses markdown into blocks; the result does not depend on the width, so it can be kept. Any
 * text parses: should marked still fail (run out of stack in a caller already deep in its own), the
 * text is parsed again a paragraph at a time, and a paragraph that still fails is kept as plain text.
 * `lex` is lexBlocks; the tests give one that fails.
 */
export function parseMarkdown(markdown: string, lex: (markdown: string) => Block[] = lexBlocks): Block[] {
	const result: Block[] = [];
	const whole = wholeOrByParagraph(boundNesting(markdown), lex, {
		part: (part) => append(result, part),
		plain: (chunk) => result.push({type: 'paragraph', spans: withCitations(decode(chunk.trim()), Role.none)}),
	});
	return whole ?? result;
}

// A link reference definition: it shows nothing, and every part of a body may need it.
const definition = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S/;

/**
 * A section's body parsed with its tables of the subjects placed where their parts say (a part
 * "after" n lines stands after the body's first n lines): the body is parsed a stretch at a time
 * between them, each stretch with the body's link definitions, and a block marks each table's rows.
 */
export function parseSectionBody(body: string, parts: readonly LocatedPart[]): Block[] {
	if (!parts.some((part) => part.after !== undefined)) return parseMarkdown(body);
	const lines = bodyLines(body);
	const definitions = lines.filter((line) => definition.test(line)).join('\n');
	const result: Block[] = [];
	let from = 0;
	const stretch = (to: number) => {
		const text = lines.slice(from, to).join('\n');
		if (text.trim() !== '') append(result, parseMarkdown(definitions === '' ? text : `${text}\n\n${definitions}`));
		from = Math.max(from, to);
	};
	for (const part of parts) {
		stretch(part.after ?? lines.length);
		result.push({type: 'subject-table', start: part.start, end: part.end, part: part.index});
	}
	stretch(lines.length);
	return result;
}

/** Parses one line of inline markdown into spans, as prose shows it. */
export function parseInline(markdown: string): Span[] {
	return inline(Lexer.lexInline(markdown, {gfm: true}), Role.none);
}

/** Parses a table cell's or a criterion's inline markdown into spans, as a table cell shows it. */
export function parseCell(markdown: string): Span[] {
	return inline(Lexer.lexInline(markdown, {gfm: true}), Role.none, true);
}

// What inline markdown needs to differ from plain text: emphasis, code, links and autolinks,
// escapes, entities, HTML and shortcodes. Texts without any read as written and are not parsed.
const mayHoldMarkdown = /[*_~`[\]<>&\\:]|www\./;

/**
 * The criteria and cell texts of a comparison that read differently from their source, parsed,
 * by source text (a text repeated in many cells is parsed once).
 */
export function parseCells(comparison: Comparison): Record<string, Span[]> {
	const parsed: Record<string, Span[]> = {};
	const seen = new Set<string>();
	const add = (text: string) => {
		if (seen.has(text)) return;
		seen.add(text);
		if (!mayHoldMarkdown.test(text)) return;
		const spans = parseCell(text);
		const plain = withCitations(text, Role.none);
		if (spans.length !== plain.length || spans.some((piece, index) => !sameSpan(piece, plain[index])))
			parsed[text] = spans;
	};
	for (const section of comparison.sections) {
		for (const row of section.table?.rows ?? []) {
			add(row.criterion);
			for (const cell of Object.values(row.cells)) if (cell !== null) add(typeof cell === 'string' ? cell : cell.text);
			for (const text of Object.values(row.fields ?? {})) add(text);
		}
		for (const part of section.table?.parts ?? [])
			for (const column of part.columns ?? [])
				add('label' in column ? column.label : 'field' in column ? column.field : (column.name ?? ''));
	}
	return parsed;
}

function sameSpan(a: Span, b: Span | undefined): boolean {
	return b !== undefined && a.text === b.text && a.role === b.role && a.href === b.href;
}

/** Loads the emoji table when a text may need it (the bundle loads it from its own file). */
export async function prepareShortcodes(texts: Iterable<string>): Promise<void> {
	for (const text of texts) {
		if (mayHoldShortcodes(text)) {
			const {shortcodes} = await import('./emoji.js');
			useShortcodes(shortcodes);
			return;
		}
	}
}

/** Parses a comparison's prose and cells, loading the emoji table first if any text may need it. */
export async function parseComparison(
	comparison: Comparison,
): Promise<{bodies: Record<string, Block[]>; inline: Record<string, Span[]>}> {
	await prepareShortcodes(comparisonTexts(comparison));
	const bodies = await highlighted(
		comparison.sections.map((section) =>
			parseSectionBody(section.body ?? '', locatedParts(section.table, comparison.subjects)),
		),
	);
	return {
		bodies: Object.fromEntries(comparison.sections.map((section, index) => [section.id, bodies[index] ?? []])),
		inline: parseCells(comparison),
	};
}

/**
 * Highlights the code of every body that names its language. highlight.js is loaded only then:
 * a comparison without such code never loads it.
 */
export async function highlighted(bodies: readonly Block[][]): Promise<Block[][]> {
	if (!bodies.some((blocks) => namesLanguage(blocks))) return [...bodies];
	const {highlightBlocks} = await import('../highlight/highlight.js');
	return bodies.map((blocks) => highlightBlocks(blocks));
}

function* comparisonTexts(comparison: Comparison): Generator<string> {
	for (const section of comparison.sections) {
		yield section.body ?? '';
		for (const row of section.table?.rows ?? []) {
			yield row.criterion;
			for (const cell of Object.values(row.cells)) if (cell !== null) yield typeof cell === 'string' ? cell : cell.text;
			yield* Object.values(row.fields ?? {});
		}
	}
}
