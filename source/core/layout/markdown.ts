// Markdown to styled lines. marked only tokenizes; the layout is ours because marked-terminal
// measures characters instead of display width (CJK comes out double), cannot fit a table to the
// screen, drops inline markdown in tight lists and pulls in highlight.js, which costs ~150 ms at
// start-up for a comparison with no code to highlight.
import {Lexer, type Token, type Tokens} from 'marked';
import {sanitizeText} from '../sanitize.js';
import {type Line, Role, type Span, span, textWidth} from './styled.js';
import {layoutTable} from './table.js';
import {hardBreak, wrapSpans} from './wrap.js';

/** Options that change how markdown is laid out. */
export type MarkdownOptions = {
	readonly width: number;
	readonly ascii?: boolean;
};

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/**
 * Decodes the HTML entities marked leaves in text. marked itself decodes numeric entities, so
 * the result is sanitized again: &#27; must not bring back the ESC that loading removed.
 */
function decode(text: string): string {
	if (!text.includes('&')) return sanitizeText(text);
	const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
	return sanitizeText(decoded);
}

const citation = /(\[\d+\])(?!\()/;

/** Splits text into spans so that citations such as [1] carry the ref role. */
export function withCitations(text: string, role: number): Span[] {
	if (!citation.test(text)) return [span(text, role)];
	return text
		.split(citation)
		.filter((part) => part !== '')
		.map((part) => (/^\[\d+\]$/.test(part) ? span(part, role | Role.ref) : span(part, role)));
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
				spans.push(hardBreak);
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

function blocks(tokens: readonly Token[], options: MarkdownOptions): Line[][] {
	const result: Line[][] = [];
	for (const token of tokens) {
		const lines = block(token, options);
		if (lines.length > 0) result.push(lines);
	}
	return result;
}

/** Joins blocks with one blank line between them. */
function joinBlocks(parts: readonly Line[][], gap = true): Line[] {
	const lines: Line[] = [];
	parts.forEach((part, index) => {
		if (index > 0 && gap) lines.push([]);
		lines.push(...part);
	});
	return lines;
}

function list(token: Tokens.List, options: MarkdownOptions): Line[] {
	const start = typeof token.start === 'number' ? token.start : 1;
	const last = start + token.items.length - 1;
	const markerWidth = token.ordered ? `${last}.`.length + 1 : 2;
	const items = token.items.map((item, index) => {
		let marker = token.ordered ? `${start + index}.`.padStart(markerWidth - 1) : options.ascii ? '*' : '•';
		if (item.task) marker += item.checked ? ' [x]' : ' [ ]';
		const bullet = span(`${marker} `, Role.muted);
		const indent = span(' '.repeat(textWidth(bullet.text)));
		const inner = joinBlocks(
			blocks(item.tokens, {...options, width: Math.max(1, options.width - textWidth(bullet.text))}),
			item.loose,
		);
		const lines = inner.length > 0 ? inner : [[]];
		return lines.map((line, lineIndex) => [lineIndex === 0 ? bullet : indent, ...line]);
	});
	return joinBlocks(items, token.loose);
}

function block(token: Token, options: MarkdownOptions): Line[] {
	const {width} = options;
	switch (token.type) {
		case 'space':
		case 'def':
			return [];
		case 'paragraph':
		case 'text': {
			const text = token as Tokens.Paragraph | Tokens.Text;
			const spans = text.tokens ? inline(text.tokens, Role.none) : withCitations(decode(text.text), Role.none);
			return wrapSpans(spans, width);
		}
		case 'heading': {
			const heading = token as Tokens.Heading;
			return wrapSpans(inline(heading.tokens, Role.heading | Role.strong), width);
		}
		case 'list':
			return list(token as Tokens.List, options);
		case 'blockquote': {
			const quote = span(options.ascii ? '| ' : '│ ', Role.muted);
			const inner = joinBlocks(
				blocks((token as Tokens.Blockquote).tokens, {...options, width: Math.max(1, width - 2)}),
			);
			return inner.map((line) => [quote, ...line]);
		}
		case 'code': {
			const code = token as Tokens.Code;
			return sanitizeText(code.text)
				.split('\n')
				.flatMap((text) => wrapCode(text, width));
		}
		case 'hr':
			return [[span((options.ascii ? '-' : '─').repeat(width), Role.border)]];
		case 'table': {
			const table = token as Tokens.Table;
			return layoutTable(
				{
					header: table.header.map((cell) => inline(cell.tokens, Role.none)),
					rows: table.rows.map((row) => row.map((cell) => inline(cell.tokens, Role.none))),
				},
				options,
			);
		}
		default: {
			const raw = 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
			return wrapSpans(withCitations(decode(raw.trim()), Role.none), width);
		}
	}
}

/** Code keeps its spaces; a line too long for the width is broken, never cut. */
function wrapCode(text: string, width: number): Line[] {
	const indent = span('  ');
	const room = Math.max(1, width - 2);
	if (textWidth(text) <= room) return [[indent, span(text, Role.code)]];
	return wrapSpans([span(text.replace(/ /g, '\u00a0'), Role.code)], room).map((line) => [
		indent,
		...line.map((piece) => ({...piece, text: piece.text.replace(/\u00a0/g, ' ')})),
	]);
}

/** Tokens of a markdown text; parsing does not depend on width, so callers may keep them. */
export function parseMarkdown(markdown: string): Token[] {
	return Lexer.lex(markdown, {gfm: true});
}

/** Lays out markdown tokens at a width: paragraphs wrapped, lists indented, tables fitted. */
export function layoutMarkdown(tokens: readonly Token[], options: MarkdownOptions): Line[] {
	return joinBlocks(blocks(tokens, options));
}
