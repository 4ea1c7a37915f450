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
import {Lexer, type Links, type Token, Tokenizer, type Tokens} from 'marked';
import {withCitations} from '../layout/citations.js';
import type {Block, ListItem} from '../layout/markdown.js';
import {append, Role, type Span, span} from '../layout/styled.js';
import {sanitizeText} from '../model/sanitize.js';
import {boundNesting} from './bounded-nesting.js';

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
				append(spans, inline((token as Tokens.Strong).tokens, role | Role.strong));
				break;
			case 'em':
				append(spans, inline((token as Tokens.Em).tokens, role | Role.em));
				break;
			case 'del':
				append(spans, inline((token as Tokens.Del).tokens, role | Role.del));
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
				append(spans, label);
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
				if (text.tokens) append(spans, inline(text.tokens, role));
				else append(spans, withCitations(decode(text.text), role));
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

/** Whether any code block names a language (so that highlighting is worth loading). */
export function namesLanguage(blocks: readonly Block[]): boolean {
	return blocks.some(
		(block) =>
			(block.type === 'code' && block.lang !== undefined) ||
			(block.type === 'quote' && namesLanguage(block.blocks)) ||
			(block.type === 'list' && block.items.some((item) => namesLanguage(item.blocks))),
	);
}

/** Markdown to blocks with marked, nesting bounded. */
export function lexBlocks(markdown: string): Block[] {
	return blocks(new Lexer({gfm: true, tokenizer: new BoundedTokenizer()}).lex(markdown));
}

/**
 * Parses markdown into blocks; the result does not depend on the width, so it can be kept. Any
 * text parses: should marked still fail (run out of stack in a caller already deep in its own), the
 * text is parsed again a paragraph at a time, and a paragraph that still fails is kept as plain text.
 * `lex` is lexBlocks; the tests give one that fails.
 */
export function parseMarkdown(markdown: string, lex: (markdown: string) => Block[] = lexBlocks): Block[] {
	const bounded = boundNesting(markdown);
	try {
		return lex(bounded);
	} catch {
		// Whatever went wrong, the text is still shown: below, a paragraph at a time.
	}
	const result: Block[] = [];
	for (const chunk of bounded.split(/\n[ \t]*\n/)) {
		if (chunk.trim() === '') continue;
		try {
			append(result, lex(chunk));
		} catch {
			result.push({type: 'paragraph', spans: withCitations(decode(chunk.trim()), Role.none)});
		}
	}
	return result;
}
