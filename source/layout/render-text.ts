import {citationMarks} from '../model/citations.js';
import type {Comparison, Row, Subject} from '../model/schema.js';
import {bodyLines, type LocatedPart, locatedParts, type ShownColumn, shownColumns} from '../model/table-parts.js';
import {normalCell} from '../model/view.js';
import {type Line, Role, type Span} from './styled.js';
import type {Theme} from './theme.js';

/**
 * How styles reach the terminal: none at all (pipes, TERM=dumb), attributes only such as bold and
 * reverse video (NO_COLOR), or full colour.
 */
export type ColorMode = 'none' | 'mono' | 'color';

type Palette = Readonly<Record<number, string>>;

// The dark palette, for light text on a dark background. Judged by xterm's default colours, every
// colour here keeps a contrast of at least 3:1 against black (theme.test.ts computes it), which is
// why links are bright blue (94) rather than blue (34, 2.2:1 on black).
const darkPalette: Palette = {
	[Role.strong]: '1',
	[Role.em]: '3',
	[Role.code]: '33',
	[Role.link]: '4;94',
	[Role.ref]: '36',
	[Role.heading]: '1;35',
	[Role.title]: '1;36',
	[Role.border]: '2',
	[Role.label]: '1',
	[Role.muted]: '2',
	[Role.match]: '7',
	[Role.current]: '1;7;33',
	[Role.del]: '9',
	[Role.subject]: '1;36',
	[Role.bar]: '32',
	[Role.selected]: '1;7',
	// Highlighted code: each token's colour, drawn over code's yellow (the higher role's code comes
	// last in the SGR sequence, so it wins). Titles in bright blue: blue is 2.2:1 on black.
	[Role.codeKeyword]: '35',
	[Role.codeString]: '32',
	[Role.codeComment]: '90',
	[Role.codeNumber]: '36',
	[Role.codeTitle]: '94',
	[Role.codeType]: '96',
	[Role.codeMeta]: '95',
	// The reader's own notes: italic bright green, a colour the source's text never takes.
	[Role.own]: '3;92',
};

// The light palette: the dark one with the colours that wash out on white replaced. Yellow, cyan
// and green reach only 1.7, 2.0 and 2.2:1 against white in xterm's palette; red, blue and magenta
// keep 5.8, 9.4 and 4.7:1. A role added to the dark palette alone is judged against white too.
const lightPalette: Palette = {
	...darkPalette,
	[Role.code]: '31',
	[Role.link]: '4;34',
	[Role.ref]: '35',
	[Role.title]: '1;34',
	// 22 first: a hit in muted text must not be faint, or its blue washes out under white text.
	[Role.current]: '22;1;7;34',
	[Role.subject]: '1;34',
	[Role.bar]: '34',
	// Code tokens: green, cyan and bright cyan wash out on white, so darker shades from the
	// 256-colour cube (#008700 4.7:1, #008787 4.4:1, #005faf 6.5:1) and blue titles (9.4:1).
	[Role.codeString]: '38;5;28',
	[Role.codeNumber]: '38;5;30',
	[Role.codeTitle]: '34',
	[Role.codeType]: '38;5;25',
	// Bright green washes out on white (1.4:1): the 256-colour cube's #008700 (4.7:1).
	[Role.own]: '3;38;5;28',
};

// NO_COLOR forbids colour, not emphasis: bold, italics, underline and reverse video remain, so a
// search hit or the selected section still shows. The same on any background.
const monoPalette: Palette = {
	[Role.strong]: '1',
	[Role.em]: '3',
	[Role.link]: '4',
	[Role.heading]: '1',
	[Role.title]: '1',
	[Role.label]: '1',
	[Role.muted]: '2',
	[Role.match]: '7',
	[Role.current]: '1;4;7',
	[Role.del]: '9',
	[Role.subject]: '1',
	[Role.selected]: '1;7',
	[Role.own]: '3',
};

const palettes = {dark: darkPalette, light: lightPalette, mono: monoPalette} as const;
const cache = {dark: new Map<number, string>(), light: new Map<number, string>(), mono: new Map<number, string>()};

/** The SGR parameters for a role combination in a colour mode and theme ('' for none). */
export function sgr(role: number, mode: ColorMode, theme: Theme = 'dark'): string {
	if (mode === 'none' || role === 0) return '';
	const name = mode === 'mono' ? 'mono' : theme;
	const known = cache[name].get(role);
	if (known !== undefined) return known;
	const palette = palettes[name];
	const codes: string[] = [];
	for (let bit = 1; bit <= role; bit <<= 1) {
		const code = role & bit ? palette[bit] : undefined;
		if (code) codes.push(code);
	}
	const result = codes.join(';');
	cache[name].set(role, result);
	return result;
}

/** Options for turning lines into terminal text. */
export type RenderOptions = {
	readonly color: ColorMode;
	/** Wrap links in OSC 8 so terminals that support it make them clickable. */
	readonly hyperlinks?: boolean;
	/** The palette in colour mode (default dark). */
	readonly theme?: Theme;
};

/** A short id for an address (FNV-1a), the same wherever the address is drawn. */
export function linkId(href: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < href.length; index++) {
		hash ^= href.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/** One line as terminal text: styles as SGR sequences, nothing at all in mode none. */
export function renderLine(line: Line, options: RenderOptions): string {
	let text = '';
	// Indexed: a for-of allocates in V8's interpreter, where a print runs most of its code.
	for (let index = 0; index < line.length; index++) {
		const piece = line[index] as Span;
		const codes = sgr(piece.role, options.color, options.theme);
		let body = codes === '' ? piece.text : `\u001b[${codes}m${piece.text}\u001b[0m`;
		if (options.hyperlinks && piece.href && options.color !== 'none') {
			// The same id for every piece of one address: a URL broken over lines is one link.
			body = `\u001b]8;id=${linkId(piece.href)};${piece.href}\u001b\\${body}\u001b]8;;\u001b\\`;
		}
		text += body;
	}
	return text;
}

/** Lines as terminal text, one per line, with a final newline. */
export function renderLines(lines: readonly Line[], options: RenderOptions): string {
	let text = '';
	for (let index = 0; index < lines.length; index++) text += `${renderLine(lines[index] as Line, options).trimEnd()}\n`;
	return text;
}

/**
 * Text made safe for one cell of a GFM table, on one line. Cells are markdown already: only a pipe,
 * which would end the cell, needs escaping (once).
 */
export function escapeCell(text: string): string {
	return text
		.replace(/(?<!\\)\|/g, '\\|')
		.replace(/\n+/g, ' ')
		.trim();
}

const delimiters: Readonly<Record<string, string>> = {left: ':---', center: ':---:', right: '---:'};

/** One table of a section's subjects as a GFM table: its columns as the source ordered them, aligned as written. */
function markdownTable(part: LocatedPart, rows: readonly Row[], subjects: readonly Subject[]): string[] {
	const columns = shownColumns(part, subjects);
	const text = (row: Row, column: ShownColumn): string => {
		if (column.kind === 'label') return escapeCell(row.criterion);
		if (column.kind === 'field') return escapeCell(row.fields?.[column.name] ?? '');
		const cell = normalCell(row.cells[column.subject.id]);
		// Emphasis stands in for the muted style; tradeoff reads it back as not stated.
		if (cell.notStated) return `*${cell.text}*`;
		const refs = citationMarks(cell.refs);
		return escapeCell(refs ? `${cell.text} ${refs}` : cell.text);
	};
	const line = (cells: readonly string[]) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
	return [
		line(columns.map((column) => escapeCell(column.name))),
		`|${columns.map((column) => delimiters[column.align ?? ''] ?? '---').join('|')}|`,
		...rows.map((row) => line(columns.map((column) => text(row, column)))),
	];
}

/**
 * What a Markdown document cannot say in its text, as YAML front matter (JSON is YAML): the
 * description, the subjects (their ids and names, as the tables head them) and the source, so that
 * the export reads back to the same comparison. Nothing when there is none of them.
 */
function frontMatter(comparison: Comparison): string[] {
	const lines: string[] = [];
	if (comparison.description) lines.push(`description: ${JSON.stringify(comparison.description)}`);
	if (comparison.subjects.length >= 2) {
		const subjects = comparison.subjects.map((subject) =>
			JSON.stringify(
				subject.description === undefined
					? {id: subject.id, name: subject.name}
					: {id: subject.id, name: subject.name, description: subject.description},
			),
		);
		lines.push(`subjects: [${subjects.join(', ')}]`);
	}
	if (comparison.source) lines.push(`source: ${JSON.stringify(comparison.source)}`);
	return lines.length === 0 ? [] : ['---', ...lines, '---', ''];
}

/**
 * The comparison as GitHub-flavoured markdown, tables as GFM tables, which tradeoff reads back to
 * the same comparison: the description, subjects and source in front matter (GitHub shows it as a
 * table), the title as the heading, each section's tables where they stand in its prose. With
 * `sectionsOnly`, the sections and their references alone (a section copied to paste elsewhere).
 */
export function toMarkdown(comparison: Comparison, options: {sectionsOnly?: boolean} = {}): string {
	const out: string[] = options.sectionsOnly ? [] : [...frontMatter(comparison), `# ${comparison.title}`, ''];
	for (const section of comparison.sections) {
		out.push(`## ${section.title}`, '');
		// The body line by line, each table of the subjects where it stands among them.
		const lines = bodyLines(section.body);
		let from = 0;
		const prose = (to: number) => {
			const chunk = lines.slice(from, to).join('\n').trim();
			if (chunk !== '') out.push(chunk, '');
			from = Math.max(from, to);
		};
		for (const part of locatedParts(section.table, comparison.subjects)) {
			const rows = section.table?.rows.slice(part.start, part.end) ?? [];
			if (rows.length === 0) continue;
			prose(part.after ?? lines.length);
			out.push(...markdownTable(part, rows, comparison.subjects), '');
		}
		prose(lines.length);
	}
	const references = comparison.references ?? [];
	if (references.length > 0) {
		out.push('## References', '');
		for (const reference of references) {
			const title = reference.url ? `[${reference.title}](${reference.url})` : reference.title;
			out.push(`- [${reference.id}] ${title}${reference.publisher ? ` — ${reference.publisher}` : ''}`);
		}
		out.push('');
	}
	return `${out.join('\n').trimEnd()}\n`;
}

/** A comparison (or other data) as JSON; DEL and C1 characters are escaped too, which JSON.stringify leaves raw. */
export function toJson(comparison: unknown): string {
	return `${JSON.stringify(comparison, null, 2).replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
