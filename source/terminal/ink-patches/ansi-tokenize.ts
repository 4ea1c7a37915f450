// Stands in for @alcalzone/ansi-tokenize, which Ink uses to turn every line of every frame into
// styled cells. The original creates an Intl.Segmenter when it is imported (~11 ms of ICU set-up
// here, and ICU's data pages in memory) and runs every character of every frame through it.
// This version splits text made only of one-column characters by code unit, builds a segmenter
// only for text that needs one (CJK, emoji, combining marks), and shares style arrays between
// cells instead of copying them per character. Only the three functions Ink's output.js calls are
// provided; the tests check them against the original.
import displayWidth, {isNarrow} from '../../layout/display-width.js';

/** An escape sequence that starts or ends a style or a hyperlink. */
export type AnsiCode = {type: 'ansi'; code: string; endCode: string};
/** One cell's worth of text: a grapheme cluster. */
export type Char = {type: 'char'; value: string; fullWidth: boolean};
/** What a line is made of. */
export type Token = AnsiCode | Char;
/** A cell with the styles in force where it stands. */
export type StyledChar = Char & {styles: AnsiCode[]};

const reset = '\u001b[0m';
const linkEnd = '\u001b]8;;\u0007';
const endCodes = new Set([reset, linkEnd, ...[22, 23, 24, 25, 27, 28, 29, 39, 49, 55, 59].map((n) => `\u001b[${n}m`)]);

/** The SGR parameter that ends the style a parameter (group) starts. */
function endParameter(first: number): number {
	if (first === 1 || first === 2) return 22;
	if (first === 21) return 24;
	if (first >= 3 && first <= 9) return [23, 24, 25, 25, 27, 28, 29][first - 3] ?? 0;
	if ((first >= 30 && first <= 38) || (first >= 90 && first <= 97)) return 39;
	if ((first >= 40 && first <= 48) || (first >= 100 && first <= 107)) return 49;
	if (first === 53) return 55;
	if (first === 58) return 59;
	return 0;
}

/** Splits one SGR parameter list into codes, keeping 38;5;n and 38;2;r;g;b groups whole. */
function sgrCodes(parameters: string): AnsiCode[] {
	const parts = parameters === '' ? ['0'] : parameters.split(';');
	const codes: AnsiCode[] = [];
	for (let index = 0; index < parts.length; index++) {
		const first = Number(parts[index] ?? 0);
		let group = String(first);
		if ((first === 38 || first === 48 || first === 58) && (parts[index + 1] === '5' || parts[index + 1] === '2')) {
			const length = parts[index + 1] === '5' ? 2 : 4;
			group = parts.slice(index, index + 1 + length).join(';');
			index += length;
		}
		const code = `\u001b[${group}m`;
		codes.push({type: 'ansi', code, endCode: endCodes.has(code) ? code : `\u001b[${endParameter(first)}m`});
	}
	return codes;
}

let segmenter: Intl.Segmenter | undefined;

function pushText(tokens: Token[], text: string): void {
	if (isNarrow(text)) {
		for (const value of text) tokens.push({type: 'char', value, fullWidth: false});
		return;
	}
	segmenter ??= new Intl.Segmenter();
	for (const {segment} of segmenter.segment(text))
		tokens.push({type: 'char', value: segment, fullWidth: displayWidth(segment) > 1});
}

/** Splits a line into style codes and cells. Escape sequences other than SGR and OSC 8 are dropped. */
export function tokenize(line: string): Token[] {
	const tokens: Token[] = [];
	let index = 0;
	while (index < line.length) {
		const introducer = line.indexOf('\u001b', index);
		const end = introducer === -1 ? line.length : introducer;
		if (end > index) pushText(tokens, line.slice(index, end));
		if (introducer === -1) break;
		const kind = line[introducer + 1];
		if (kind === '[') {
			let final = introducer + 2;
			while (final < line.length && !/[\u0040-\u007e]/.test(line[final] ?? '')) final++;
			if (line[final] === 'm') tokens.push(...sgrCodes(line.slice(introducer + 2, final)));
			index = final + 1;
		} else if (kind === ']') {
			const bell = line.indexOf('\u0007', introducer);
			const st = line.indexOf('\u001b\\', introducer);
			const stop = bell !== -1 && (st === -1 || bell < st) ? bell + 1 : st !== -1 ? st + 2 : line.length;
			const body = line.slice(introducer + 2, stop).replace(/(\u0007|\u001b\\)$/, '');
			if (body.startsWith('8;')) {
				const url = body.slice(body.indexOf(';', 2) + 1);
				const code = url === '' ? linkEnd : `\u001b]${body}\u0007`;
				tokens.push({type: 'ansi', code, endCode: linkEnd});
			}
			index = stop;
		} else {
			index = introducer + 2;
		}
	}
	return tokens;
}

/** Applies one code to the styles in force; returns the same array when nothing changes. */
function apply(styles: AnsiCode[], code: AnsiCode): AnsiCode[] {
	if (code.code === reset) return styles.length === 0 ? styles : styles.filter((style) => style.endCode === linkEnd);
	if (endCodes.has(code.code)) return styles.filter((style) => style.endCode !== code.code);
	// Bold and dim share an end code yet can be on together; other codes replace their kind.
	const intensity = code.endCode === '\u001b[22m';
	if (styles.some((style) => style.code === code.code)) return styles;
	return [...styles.filter((style) => intensity || style.endCode !== code.endCode), code];
}

/** Cells with the styles in force at each; cells under the same styles share one array. */
export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
	let styles: AnsiCode[] = [];
	const chars: StyledChar[] = [];
	for (const token of tokens) {
		if (token.type === 'ansi') styles = apply(styles, token);
		else chars.push({...token, styles});
	}
	return chars;
}

function key(styles: readonly AnsiCode[]): string {
	let text = '';
	for (const style of styles) if (style.endCode !== linkEnd) text += style.code;
	return text;
}

function link(styles: readonly AnsiCode[]): string {
	return styles.find((style) => style.endCode === linkEnd)?.code ?? '';
}

/** Cells back to a line, switching styles only where they change, and closing them at the end. */
export function styledCharsToString(chars: StyledChar[]): string {
	let text = '';
	let currentStyles = '';
	let currentLink = '';
	let previous: AnsiCode[] | undefined;
	for (const char of chars) {
		if (char.styles !== previous) {
			previous = char.styles;
			const nextStyles = key(char.styles);
			const nextLink = link(char.styles);
			if (nextLink !== currentLink) {
				if (currentLink !== '') text += linkEnd;
				if (nextLink !== '') text += nextLink;
				currentLink = nextLink;
			}
			if (nextStyles !== currentStyles) {
				// Resetting and setting the new styles whole is always right and rarely longer.
				if (currentStyles !== '') text += reset;
				text += nextStyles;
				currentStyles = nextStyles;
			}
		}
		text += char.value;
	}
	if (currentStyles !== '') text += reset;
	if (currentLink !== '') text += linkEnd;
	return text;
}
