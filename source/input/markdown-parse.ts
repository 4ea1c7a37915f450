// Markdown to blocks of styled spans. marked only tokenizes; layout is ours (layout/markdown.ts)
// because marked-terminal measures characters instead of display width (CJK comes out double),
// cannot fit a table to the screen, drops inline markdown in tight lists and pulls in
// highlight.js, which costs ~150 ms at start-up for a comparison with no code to highlight.
//
// Parsing is kept apart from layout because marked costs ~70 ms to load and first run here: the
// bundled comparison is parsed when the CLI is built, so printing it never loads marked at all.
import {Lexer, type Token, type Tokens} from 'marked';
import {withCitations} from '../layout/citations.js';
import type {Block, ListItem} from '../layout/markdown.js';
import {Role, type Span, span} from '../layout/styled.js';
import {sanitizeText} from '../model/sanitize.js';
import type {Comparison} from '../model/schema.js';
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

/**
 * Decodes the HTML entities marked leaves in text. marked itself decodes numeric entities, so
 * the result is sanitized again: &#27; must not bring back the ESC that loading removed.
 */
function decode(text: string): string {
	return sanitizeText(decodeEntities(text));
}

/** Inline tokens to spans, carrying the roles of the tokens around them. */
function inline(tokens: readonly Token[] | undefined, role: number): Span[] {
	const spans: Span[] = [];
	for (const token of githubInline(tokens ?? [])) {
		switch (token.type) {
			case 'strong':
				spans.push(...inline((token as Tokens.Strong).tokens, role | Role.strong));
				break;
			case 'em':
				spans.push(...inline((token as Tokens.Em).tokens, role | Role.em));
				break;
			case 'del':
				spans.push(...inline((token as Tokens.Del).tokens, role | Role.del));
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
					spans.push(...inline(link.tokens, role | Role.link));
					break;
				}
				const label = inline(link.tokens, role | Role.link).map((piece) => ({...piece, href}));
				spans.push(...label);
				const shown = label.map((piece) => piece.text).join('');
				if (shown !== href && `mailto:${shown}` !== href) spans.push(span(` (${href})`, role | Role.muted));
				break;
			}
			case 'image': {
				const image = token as Tokens.Image;
				spans.push(span(`[image: ${decode(image.text) || sanitizeText(image.href)}]`, role | Role.muted));
				break;
			}
			case 'text': {
				const text = token as Tokens.Text;
				if (text.tokens) spans.push(...inline(text.tokens, role));
				else spans.push(...withCitations(replaceShortcodes(decode(text.text)), role));
				break;
			}
			default:
				// escape, html and anything unknown: shown as the text it is.
				spans.push(
					...withCitations(decode('text' in token && typeof token.text === 'string' ? token.text : token.raw), role),
				);
		}
	}
	return spans;
}

function blocks(tokens: readonly Token[]): Block[] {
	const result: Block[] = [];
	for (const token of tokens) {
		const converted = block(token);
		if (converted) result.push(converted);
	}
	return result;
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
		case 'code':
			return {type: 'code', text: sanitizeText((token as Tokens.Code).text)};
		case 'hr':
			return {type: 'rule'};
		case 'table': {
			const table = token as Tokens.Table;
			return {
				type: 'table',
				header: table.header.map((cell) => inline(cell.tokens, Role.none)),
				rows: table.rows.map((row) => row.map((cell) => inline(cell.tokens, Role.none))),
			};
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

/** Inline tokens (a table cell's, a heading's) as spans. */
export function inlineTokens(tokens: readonly Token[] | undefined): Span[] {
	return inline(tokens, Role.none);
}

/** Block tokens as blocks. */
export function tokenBlocks(tokens: readonly Token[]): Block[] {
	return blocks(tokens);
}

/** Parses markdown into blocks; the result does not depend on the width, so it can be kept. */
export function parseMarkdown(markdown: string): Block[] {
	return blocks(Lexer.lex(markdown, {gfm: true}));
}

/** Parses one line of inline markdown (a table cell, a criterion) into spans. */
export function parseInline(markdown: string): Span[] {
	return inline(Lexer.lexInline(markdown, {gfm: true}), Role.none);
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
		const spans = parseInline(text);
		const plain = withCitations(text, Role.none);
		if (spans.length !== plain.length || spans.some((piece, index) => !sameSpan(piece, plain[index])))
			parsed[text] = spans;
	};
	for (const section of comparison.sections) {
		for (const row of section.table?.rows ?? []) {
			add(row.criterion);
			for (const cell of Object.values(row.cells)) add(typeof cell === 'string' ? cell : cell.text);
		}
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
	return {
		bodies: Object.fromEntries(comparison.sections.map((section) => [section.id, parseMarkdown(section.body ?? '')])),
		inline: parseCells(comparison),
	};
}

function* comparisonTexts(comparison: Comparison): Generator<string> {
	for (const section of comparison.sections) {
		yield section.body ?? '';
		for (const row of section.table?.rows ?? []) {
			yield row.criterion;
			for (const cell of Object.values(row.cells)) yield typeof cell === 'string' ? cell : cell.text;
		}
	}
}
