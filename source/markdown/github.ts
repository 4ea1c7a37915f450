// What GitHub shows of a markdown document, beyond what marked's lexer gives: named entities
// decoded, inline HTML tags reduced to their text (<br> a line break, <sup>1</sup> a superscript,
// <img> its alt text), raw HTML blocks as their text, :shortcodes: as emoji, alerts as a labelled
// note and heading attributes ({#id}) dropped. Used by markdown-parse.ts for every piece of
// markdown, a comparison file's prose and cells as much as a Markdown document.
import type {Token, Tokens} from 'marked';

// The named entities people write in READMEs and docs (marked itself decodes numeric ones and
// these five); an unknown name stays as written, as a browser shows it.
const entities: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	middot: '·',
	bull: '•',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	bdquo: '„',
	prime: '′',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	minus: '−',
	le: '≤',
	ge: '≥',
	ne: '≠',
	asymp: '≈',
	infin: '∞',
	micro: 'µ',
	para: '¶',
	sect: '§',
	dagger: '†',
	Dagger: '‡',
	permil: '‰',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup1: '¹',
	sup2: '²',
	sup3: '³',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔',
	lArr: '⇐',
	rArr: '⇒',
	hArr: '⇔',
	check: '✓',
	cross: '✗',
	star: '☆',
	starf: '★',
	hearts: '♥',
	iexcl: '¡',
	iquest: '¿',
	verbar: '|',
	vert: '|',
	lbrack: '[',
	rbrack: ']',
	lbrace: '{',
	rbrace: '}',
	ast: '*',
	lowbar: '_',
	grave: '`',
	num: '#',
	colon: ':',
	excl: '!',
	tilde: '˜',
};

/** Decodes named and numeric HTML entities; an unknown one is left as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const hex = name[1] === 'x' || name[1] === 'X';
			const code = hex ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name] ?? entities[name.toLowerCase()] ?? whole;
	});
}

let shortcodeTable: ReadonlyMap<string, string> | undefined;

/** Gives the emoji table (markdown/emoji.ts, loaded only for text that has shortcodes). */
export function useShortcodes(table: ReadonlyMap<string, string>): void {
	shortcodeTable = table;
}

const shortcode = /:([a-z0-9_+-]+):/gi;

/** Whether a text may hold an emoji shortcode such as :white_check_mark:, so the table is worth loading. */
export function mayHoldShortcodes(text: string): boolean {
	return /:[a-z0-9_+-]+:/i.test(text);
}

/** Replaces the :shortcodes: GitHub knows by their emoji; others stay as written. */
export function replaceShortcodes(text: string): string {
	const table = shortcodeTable;
	if (!table || !text.includes(':')) return text;
	return text.replace(shortcode, (whole, name: string) => table.get(name.toLowerCase()) ?? whole);
}

const superscripts: Readonly<Record<string, string>> = {
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
	'+': '⁺',
	'-': '⁻',
	'=': '⁼',
	'(': '⁽',
	')': '⁾',
	n: 'ⁿ',
	i: 'ⁱ',
	',': '˒',
	' ': ' ',
};
const subscripts: Readonly<Record<string, string>> = {
	'0': '₀',
	'1': '₁',
	'2': '₂',
	'3': '₃',
	'4': '₄',
	'5': '₅',
	'6': '₆',
	'7': '₇',
	'8': '₈',
	'9': '₉',
	'+': '₊',
	'-': '₋',
	'=': '₌',
	'(': '₍',
	')': '₎',
};

const tagPattern = /^<\s*(\/?)\s*([a-z][a-z0-9-]*)\b([^>]*)>$/i;

/** The value of an HTML attribute in a tag's attribute text. */
function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function textToken(text: string): Tokens.Text {
	return {type: 'text', raw: text, text};
}

/**
 * Inline HTML as GitHub shows it: <br> a line break, <sup>/<sub> around digits as super- and
 * subscript characters, <img> its alt text, comments nothing, every other tag (kbd, span, b, a...)
 * only the text between. A pass over one level of inline tokens, before they become spans.
 */
export function githubInline(tokens: readonly Token[]): Token[] {
	if (!tokens.some((token) => token.type === 'html')) return tokens as Token[];
	const result: Token[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index] as Token;
		if (token.type !== 'html') {
			result.push(token);
			continue;
		}
		const raw = (token as Tokens.HTML).text.trim();
		if (raw.startsWith('<!--')) continue;
		const tag = tagPattern.exec(raw);
		if (!tag) {
			// Not a tag (a stray "<3"): the text it is.
			result.push(textToken(raw));
			continue;
		}
		const [, closing, name = '', attributes = ''] = tag;
		const lower = name.toLowerCase();
		if (lower === 'br') result.push({type: 'br', raw});
		else if (lower === 'img' && !closing) {
			const alt = attribute(attributes, 'alt');
			result.push({
				type: 'image',
				raw,
				href: attribute(attributes, 'src') ?? '',
				title: null,
				text: alt ?? '',
				tokens: [],
			} as Tokens.Image);
		} else if ((lower === 'sup' || lower === 'sub') && !closing) {
			// <sup>1</sup>: the characters between, if each has a superscript form.
			const close = tokens.findIndex(
				(other, at) => at > index && other.type === 'html' && /^<\s*\/\s*su[pb]\s*>$/i.test(other.raw.trim()),
			);
			const inside = close === -1 ? [] : tokens.slice(index + 1, close);
			const text = inside.every(plainOrNoteLink) ? inside.map((other) => plainText(other)).join('') : '';
			const table = lower === 'sup' ? superscripts : subscripts;
			if (text !== '' && [...text].every((character) => table[character] !== undefined)) {
				result.push(textToken([...text].map((character) => table[character]).join('')));
				index = close;
			}
		}
		// Any other tag, opening or closing: dropped, its content stays.
	}
	return result;
}

/**
 * Whether a token inside <sup> shows only its text: text, or a link to a note in the page
 * (<sup><a href="#note-1">1</a></sup>, [1](#note-1)), which leads nowhere from a terminal.
 */
function plainOrNoteLink(token: Token): boolean {
	if (token.type === 'text') return true;
	if (token.type !== 'link') return false;
	const link = token as Tokens.Link;
	return link.href.startsWith('#') && (link.tokens ?? []).every((inner) => inner.type === 'text');
}

function plainText(token: Token): string {
	return token.type === 'link' ? ((token as Tokens.Link).tokens ?? []).map((inner) => inner.raw).join('') : token.raw;
}

const blockBreak =
	/<\/?(?:p|div|h[1-6]|table|thead|tbody|tr|ul|ol|li|dl|dt|dd|blockquote|pre|section|article|header|footer|details|summary|center|figure|figcaption)\b[^>]*>/gi;

/**
 * A raw HTML block as the text it shows: tags gone, <br> and block tags line breaks, table cells
 * apart, images their alt text, entities decoded. Lines of the result, without empty ones.
 */
export function htmlBlockText(html: string): string[] {
	const text = html
		.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
		.replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
		.replace(/<img\b([^>]*)>/gi, (_whole, attributes: string) => {
			const alt = attribute(attributes, 'alt');
			return alt ? ` [image: ${alt}] ` : ' ';
		})
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(blockBreak, '\n')
		.replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
		.replace(/<\/?[a-z][^>]*>/gi, '');
	return decodeEntities(text)
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '');
}

/** A heading's text without the attribute block some sites add to name it: "Caveats {#caveats}". */
export function dropHeadingId(text: string): string {
	return text.replace(/\s*\{#[^}\s]*\}\s*$/, '');
}

/** The id a heading names with {#id}, if it does. */
export function headingId(text: string): string | undefined {
	return /\{#([^}\s]+)\}\s*$/.exec(text)?.[1];
}

/** GitHub's alert kinds, as written in `> [!NOTE]`, and the label each shows. */
export const alertLabels: Readonly<Record<string, string>> = {
	NOTE: 'Note',
	TIP: 'Tip',
	IMPORTANT: 'Important',
	WARNING: 'Warning',
	CAUTION: 'Caution',
};

/** The kind of alert a quote's first line announces (`[!NOTE]`), and the text after it. */
export function alertOf(text: string): {label: string; rest: string} | undefined {
	const match = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i.exec(text);
	if (!match?.[1]) return undefined;
	const label = alertLabels[match[1].toUpperCase()];
	return label ? {label, rest: text.slice(match[0].length)} : undefined;
}
