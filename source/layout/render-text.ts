import type {Comparison} from '../model/schema.js';
import {normalCell} from '../model/view.js';
import {type Line, Role} from './styled.js';

/**
 * How styles reach the terminal: none at all (pipes, TERM=dumb), attributes only such as bold and
 * reverse video (NO_COLOR), or full colour.
 */
export type ColorMode = 'none' | 'mono' | 'color';

type Theme = Readonly<Record<number, string>>;

const colorTheme: Theme = {
	[Role.strong]: '1',
	[Role.em]: '3',
	[Role.code]: '33',
	[Role.link]: '4;34',
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
};

// NO_COLOR forbids colour, not emphasis: bold, italics, underline and reverse video remain, so a
// search hit or the selected section still shows.
const monoTheme: Theme = {
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
};

const themes = {color: colorTheme, mono: monoTheme} as const;
const cache = {color: new Map<number, string>(), mono: new Map<number, string>()};

/** The SGR parameters for a role combination in a colour mode ('' for none). */
export function sgr(role: number, mode: ColorMode): string {
	if (mode === 'none' || role === 0) return '';
	const known = cache[mode].get(role);
	if (known !== undefined) return known;
	const theme = themes[mode];
	const codes: string[] = [];
	for (let bit = 1; bit <= role; bit <<= 1) {
		const code = role & bit ? theme[bit] : undefined;
		if (code) codes.push(code);
	}
	const result = codes.join(';');
	cache[mode].set(role, result);
	return result;
}

/** Options for turning lines into terminal text. */
export type RenderOptions = {
	readonly color: ColorMode;
	/** Wrap links in OSC 8 so terminals that support it make them clickable. */
	readonly hyperlinks?: boolean;
};

/** One line as terminal text: styles as SGR sequences, nothing at all in mode none. */
export function renderLine(line: Line, options: RenderOptions): string {
	let text = '';
	for (const piece of line) {
		const codes = sgr(piece.role, options.color);
		let body = codes === '' ? piece.text : `\u001b[${codes}m${piece.text}\u001b[0m`;
		if (options.hyperlinks && piece.href && options.color !== 'none') {
			body = `\u001b]8;;${piece.href}\u001b\\${body}\u001b]8;;\u001b\\`;
		}
		text += body;
	}
	return text;
}

/** Lines as terminal text, one per line, with a final newline. */
export function renderLines(lines: readonly Line[], options: RenderOptions): string {
	let text = '';
	for (const line of lines) text += `${renderLine(line, options).trimEnd()}\n`;
	return text;
}

// Cells are markdown already: only a pipe, which would end the cell, needs escaping (once).
function escapeCell(text: string): string {
	return text
		.replace(/(?<!\\)\|/g, '\\|')
		.replace(/\n+/g, ' ')
		.trim();
}

/** The comparison as GitHub-flavoured markdown, tables as GFM tables. */
export function toMarkdown(comparison: Comparison): string {
	const out: string[] = [`# ${comparison.title}`, ''];
	if (comparison.description) out.push(comparison.description, '');
	const source = comparison.source;
	if (source) {
		const facts = [
			source.publisher && `Publisher: ${source.publisher}`,
			source.date && `Date: ${source.date}`,
			source.readingMinutes !== undefined && `Reading time: ${source.readingMinutes} min`,
			source.wordCount !== undefined && `Words: ${source.wordCount}`,
			source.tags?.length && `Tags: ${source.tags.join(', ')}`,
			source.machineGenerated && 'Machine-generated, according to the source',
		].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
		for (const fact of facts) out.push(`- ${fact}`);
		if (source.note) out.push('', `> ${source.note.replace(/\n/g, '\n> ')}`);
		if (facts.length > 0 || source.note) out.push('');
	}
	for (const section of comparison.sections) {
		out.push(`## ${section.title}`, '');
		if (section.body?.trim()) out.push(section.body.trim(), '');
		const rows = section.table?.rows ?? [];
		if (rows.length > 0) {
			out.push(`| | ${comparison.subjects.map((subject) => escapeCell(subject.name)).join(' | ')} |`);
			out.push(`|---|${comparison.subjects.map(() => '---').join('|')}|`);
			for (const row of rows) {
				const cells = comparison.subjects.map((subject) => {
					const cell = normalCell(row.cells[subject.id]);
					const refs = cell.refs.map((number) => `[${number}]`).join('');
					return escapeCell(refs ? `${cell.text} ${refs}` : cell.text);
				});
				out.push(`| ${escapeCell(row.criterion)} | ${cells.join(' | ')} |`);
			}
			out.push('');
		}
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

/** The comparison as JSON; DEL and C1 characters are escaped too, which JSON.stringify leaves raw. */
export function toJson(comparison: Comparison): string {
	return `${JSON.stringify(comparison, null, 2).replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
