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

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/**
 * Decodes the HTML entities marked leaves in text. marked itself decodes numeric entities, so
 * the result is sanitized again: &#27; must not bring back the ESC that loading removed.
 */
function decode(text: string): string {
	const decoded = text.includes('&')
		? text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
				if (name.startsWith('#')) {
					const hex = name[1] === 'x' || name[1] === 'X';
					const code = hex ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
					return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
				}
				return entities[name.toLowerCase()] ?? whole;
			})
		: text;
	return sanitizeText(decoded);
}

/** Inline tokens to spans, carrying the roles of the tokens around them. */
function inline(tokens: readonly Token[] | undefined, role: number): Span[] {
	const spans: Span[] = [];
	for (const token of tokens ?? []) {
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
				else spans.push(...withCitations(decode(text.text), role));
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
			return {type: 'heading', depth: heading.depth, spans: inline(heading.tokens, Role.heading | Role.strong)};
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
			return {type: 'quote', blocks: blocks((token as Tokens.Blockquote).tokens)};
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
