// The evidence view at a width: a legend, one line per subject with its three counts and a bar of
// its cited share, then the matrix, one row per criterion grouped under its section and one mark
// per shown subject. Side by side when the criteria keep room to read; otherwise stacked, one block
// per subject. Also the same view as GFM. Pure: width and marks come in as parameters.
import type {CellEvidence, Evidence, EvidenceKind} from '../model/evidence.js';
import type {Comparison} from '../model/schema.js';
import {escapeCell} from './render-text.js';
import {type Line, padLine, Role, type Span, span, textWidth} from './styled.js';
import {wrapSpans} from './wrap.js';

/** How the evidence view is drawn. */
export type EvidenceOptions = {
	readonly width: number;
	/** Marks and bars in ASCII (* o . and # -) instead of ● ○ · and blocks. */
	readonly ascii?: boolean;
	/** How many tables the document has that are not tables of its subjects (a note says so). */
	readonly otherTables?: number;
};

/** A line of the matrix that stands for a table row: Enter there opens that row in its section. */
export type EvidenceTarget = {readonly line: number; readonly section: number; readonly row: number};

/** The view's lines, and the lines that stand for table rows, in order. */
export type EvidenceLayout = {readonly lines: readonly Line[]; readonly targets: readonly EvidenceTarget[]};

/**
 * The index of the target a line of the view belongs to: its first line, or a line that continues
 * it (indented, as a criterion the width wrapped); undefined for the legend, counts and headings.
 */
export function evidenceRowAt(layout: EvidenceLayout, line: number): number | undefined {
	let found: number | undefined;
	for (const [index, target] of layout.targets.entries()) {
		if (target.line > line) break;
		found = index;
	}
	if (found === undefined) return undefined;
	const start = layout.targets[found]?.line ?? line;
	for (let at = start + 1; at <= line; at++) {
		const text = (layout.lines[at] ?? []).map((piece) => piece.text).join('');
		if (!/^\s+\S/.test(text)) return undefined;
	}
	return found;
}

/** The mark of each kind, in Unicode or ASCII. */
export function evidenceMarks(ascii: boolean | undefined): {readonly [kind in EvidenceKind]: string} {
	return ascii ? {cited: '*', uncited: 'o', notStated: '.'} : {cited: '●', uncited: '○', notStated: '·'};
}

/** What each kind is called, in the legend, the counts and the Markdown table. */
export const evidenceWords: {readonly [kind in EvidenceKind]: string} = {
	cited: 'cited',
	uncited: 'uncited',
	notStated: 'not stated',
};

const markRoles: {readonly [kind in EvidenceKind]: number} = {
	cited: Role.ref,
	uncited: Role.none,
	notStated: Role.muted,
};

/** Columns between the matrix's columns. */
const gap = 2;
/** A subject's name wider than this wraps in the matrix's header rather than widening its column. */
const widestName = 16;
/** Below this the criteria would wrap to a word a line: the matrix is stacked by subject instead. */
const narrowestCriteria = 20;
/** The narrowest bar worth drawing beside the counts; narrower, the counts and bar stack. */
const narrowestBar = 6;

function references(refs: readonly number[]): string {
	return refs.map((number) => `[${number}]`).join('');
}

/** A cell's mark, and its reference numbers after it when it cites some. */
function markSpans(cell: CellEvidence, marks: ReturnType<typeof evidenceMarks>, subject: string): Span[] {
	const spans = [span(marks[cell.kind], markRoles[cell.kind])];
	if (cell.refs.length > 0) spans.push(span(' '), span(references(cell.refs), Role.ref));
	// Tagged with the subject, as a table's cells are, so that search reads each column on its own
	// and a criterion the width broke joins its own next line, not the marks beside it.
	return spans.map((piece) => ({...piece, subject}));
}

function spansWidth(spans: readonly Span[]): number {
	return spans.reduce((sum, piece) => sum + textWidth(piece.text), 0);
}

function heading(width: number, ascii: boolean | undefined): Line[] {
	const title = 'Evidence';
	return [
		...wrapSpans([span(title, Role.heading | Role.strong)], width),
		[span((ascii ? '-' : '─').repeat(Math.min(width, title.length)), Role.border)],
	];
}

function legend(width: number, marks: ReturnType<typeof evidenceMarks>): Line[] {
	const item = (kind: EvidenceKind, words: string): Span[] => [span(marks[kind], markRoles[kind]), span(` ${words}`)];
	// The most the width allows on one line: what each mark means in full, in short, or in a word.
	const forms: Span[][][] = [
		[
			item('cited', 'cited, with the references it names'),
			item('uncited', 'uncited: stated, citing nothing'),
			item('notStated', 'not stated in the source'),
		],
		[
			item('cited', 'cited [refs]'),
			item('uncited', 'uncited (no citation)'),
			item('notStated', 'not stated in the source'),
		],
		[item('cited', 'cited'), item('uncited', 'uncited'), item('notStated', 'not stated')],
	];
	for (const items of forms) {
		const line = items.flatMap((spans, index) => (index > 0 ? [span('   '), ...spans] : spans));
		if (spansWidth(line) <= width) return [line];
	}
	return (forms[1] ?? []).flatMap((spans) => wrapSpans(spans, width, {rest: [span('  ')]}));
}

/** The cited share as a bar `length` columns long: at least a column when any is cited, full only when all are. */
function shareBar(cited: number, total: number, length: number, ascii: boolean | undefined): Span[] {
	let filled = total === 0 ? 0 : Math.round((cited / total) * length);
	if (cited > 0) filled = Math.max(1, filled);
	if (cited < total) filled = Math.min(length - 1, filled);
	filled = Math.max(0, filled);
	const [full, empty] = ascii ? ['#', '-'] : ['█', '░'];
	return [span(full.repeat(filled), Role.bar), span(empty.repeat(Math.max(0, length - filled)), Role.muted)];
}

function percent(cited: number, total: number): string {
	return total === 0 ? '-' : `${Math.round((100 * cited) / total)}%`;
}

/** One line per subject: its name, its three counts and a bar of its cited share (stacked when narrow). */
function summary(evidence: Evidence, options: EvidenceOptions): Line[] {
	const marks = evidenceMarks(options.ascii);
	const entries = evidence.subjects;
	const digits = Math.max(
		1,
		...entries.flatMap((entry) => [entry.cited, entry.uncited, entry.notStated].map((n) => String(n).length)),
	);
	const nameWidth = Math.min(
		Math.max(...entries.map((entry) => textWidth(entry.subject.name))),
		Math.max(4, Math.floor(options.width / 3)),
	);
	const countsWidth = 3 * (2 + digits) + 2 * gap;
	const percentWidth = 5;
	const room = options.width - nameWidth - gap - countsWidth - gap - percentWidth;
	// One form for every subject, so that their counts and bars line up.
	const oneLine = room >= narrowestBar && entries.every((entry) => textWidth(entry.subject.name) <= nameWidth);
	const lines: Line[] = [];
	for (const entry of entries) {
		const total = entry.cited + entry.uncited + entry.notStated;
		const share = span(` ${percent(entry.cited, total).padStart(percentWidth - 1)}`);
		if (oneLine) {
			const counts: Span[] = [];
			for (const kind of ['cited', 'uncited', 'notStated'] as const) {
				if (counts.length > 0) counts.push(span(' '.repeat(gap)));
				counts.push(span(marks[kind], markRoles[kind]), span(` ${String(entry[kind]).padEnd(digits)}`));
			}
			lines.push([
				...padLine([span(entry.subject.name, Role.subject)], nameWidth + gap),
				...counts,
				span(' '.repeat(gap)),
				...shareBar(entry.cited, total, room, options.ascii),
				share,
			]);
			continue;
		}
		// Too narrow for one line: the name, the counts in words, then the bar under them.
		lines.push(...wrapSpans([span(entry.subject.name, Role.subject)], options.width));
		const indent = [span('  ')];
		const words = (['cited', 'uncited', 'notStated'] as const).map((kind) => [
			span(marks[kind], markRoles[kind]),
			span(` ${entry[kind]} ${evidenceWords[kind]}`),
		]);
		// The three counts on a line if they fit, else one a line: never a count broken from its word.
		const joined = (between: string) => words.flatMap((word, index) => (index > 0 ? [span(between), ...word] : word));
		const together = [joined('  '), joined(' ')].find((line) => 2 + spansWidth(line) <= options.width);
		if (together) lines.push([...indent, ...together]);
		else for (const word of words) lines.push(...wrapSpans(word, options.width, {first: indent, rest: [span('    ')]}));
		// Drawn as one line, not wrapped: wrapping would collapse the padding that lines the figures up.
		const length = options.width - textWidth(indent[0]?.text ?? '') - percentWidth;
		if (length >= 1) lines.push([...indent, ...shareBar(entry.cited, total, length, options.ascii), share]);
		else
			lines.push(
				...wrapSpans([...shareBar(entry.cited, total, 1, options.ascii), share], options.width, {first: indent}),
			);
	}
	return lines;
}

type Group = {readonly section: number; readonly title: string; readonly rows: Evidence['rows'][number][]};

function groups(comparison: Comparison, evidence: Evidence): Group[] {
	const result: Group[] = [];
	for (const row of evidence.rows) {
		const last = result.at(-1);
		if (last && last.section === row.section) last.rows.push(row);
		else result.push({section: row.section, title: comparison.sections[row.section]?.title ?? '', rows: [row]});
	}
	return result;
}

/** The matrix side by side, or undefined when the criteria would have too little room. */
function sideBySide(
	comparison: Comparison,
	evidence: Evidence,
	options: EvidenceOptions,
	top: number,
): EvidenceLayout | undefined {
	const marks = evidenceMarks(options.ascii);
	const ids = evidence.subjects.map((entry) => entry.subject.id);
	const cells = evidence.rows.map((row) => row.cells.map((cell, column) => markSpans(cell, marks, ids[column] ?? '')));
	const columns = evidence.subjects.map((entry, column) =>
		Math.max(
			1,
			Math.min(textWidth(entry.subject.name), widestName),
			...cells.map((row) => spansWidth(row[column] ?? [])),
		),
	);
	const labelWidth = options.width - columns.reduce((sum, width) => sum + gap + width, 0);
	const longest = Math.max(0, ...evidence.rows.map((row) => textWidth(row.criterion) + 2));
	if (labelWidth < Math.min(narrowestCriteria, longest) || labelWidth < 4) return undefined;
	const lines: Line[] = [];
	const targets: EvidenceTarget[] = [];
	const draw = (label: readonly Line[], parts: readonly (readonly Span[])[], role: number) => {
		const wrapped = parts.map((part, column) =>
			wrapSpans(
				role === Role.none ? part : part.map((piece) => ({...piece, role: piece.role | role})),
				columns[column] ?? 1,
			),
		);
		const height = Math.max(label.length, ...wrapped.map((part) => part.length));
		for (let index = 0; index < height; index++) {
			const line: Span[] = [...padLine(label[index] ?? [], labelWidth)];
			wrapped.forEach((part, column) => {
				line.push(span(' '.repeat(gap)));
				const content = part[index] ?? [];
				// The last column is not padded: plain output has no trailing spaces.
				line.push(...(column === wrapped.length - 1 ? content : padLine(content, columns[column] ?? 0)));
			});
			// A row whose last columns are empty here ends where its text does.
			while (line.length > 0 && (line.at(-1)?.text.trim() ?? '') === '') line.pop();
			lines.push(line);
		}
	};
	draw(
		[],
		evidence.subjects.map((entry) => [span(entry.subject.name)]),
		Role.subject,
	);
	const headerLines = lines.length;
	evidence.rows.forEach((row, index) => {
		const previous = evidence.rows[index - 1];
		if (previous?.section !== row.section) {
			lines.push(...wrapSpans([span(comparison.sections[row.section]?.title ?? '', Role.strong)], options.width));
		}
		targets.push({line: top + lines.length, section: row.section, row: row.row});
		// The first span of a row's line is its indent, which the browser turns into the cursor.
		const label = wrapSpans([span(row.criterion)], labelWidth, {first: [span('  ')], rest: [span('  ')]});
		draw(label, cells[index] ?? [], Role.none);
	});
	// Every line of the matrix marked as one table's, so that the browser pins its header row of
	// subject names while the rows scroll by.
	const mark: Span = {text: '', role: Role.none, table: {index: 0, header: headerLines}};
	return {lines: lines.map((line) => [...line, mark]), targets};
}

/** The matrix stacked: one block per subject, each row as its mark, criterion and references. */
function stacked(comparison: Comparison, evidence: Evidence, options: EvidenceOptions, top: number): EvidenceLayout {
	const marks = evidenceMarks(options.ascii);
	const lines: Line[] = [];
	const targets: EvidenceTarget[] = [];
	evidence.subjects.forEach((entry, column) => {
		if (column > 0) lines.push([]);
		lines.push(...wrapSpans([span(entry.subject.name, Role.subject)], options.width));
		for (const group of groups(comparison, evidence)) {
			lines.push(...wrapSpans([span(group.title, Role.strong)], options.width, {first: [span('  ')]}));
			for (const row of group.rows) {
				const cell = row.cells[column];
				if (!cell) continue;
				const spans = [span(marks[cell.kind], markRoles[cell.kind]), span(' '), span(row.criterion)];
				if (cell.refs.length > 0) spans.push(span(' '), span(references(cell.refs), Role.ref));
				targets.push({line: top + lines.length, section: row.section, row: row.row});
				lines.push(...wrapSpans(spans, options.width, {first: [span('  '), span('  ')], rest: [span(' '.repeat(6))]}));
			}
		}
	});
	return {lines, targets};
}

/**
 * The evidence view at a width: every line at most the width, every shown subject and every
 * visible row present, whichever form fits.
 */
export function evidenceLines(comparison: Comparison, evidence: Evidence, options: EvidenceOptions): EvidenceLayout {
	const marks = evidenceMarks(options.ascii);
	const lines: Line[] = [
		...heading(options.width, options.ascii),
		[],
		...legend(options.width, marks),
		[],
		...summary(evidence, options),
	];
	let targets: readonly EvidenceTarget[] = [];
	if (evidence.rows.length > 0) {
		lines.push([]);
		const top = lines.length;
		const matrix = sideBySide(comparison, evidence, options, top) ?? stacked(comparison, evidence, options, top);
		lines.push(...matrix.lines);
		targets = matrix.targets;
	}
	const notes: string[] = [];
	if (evidence.rows.length === 0 && evidence.hidden === 0) notes.push(noRowsNote(comparison, options.otherTables ?? 0));
	if (evidence.hidden > 0)
		notes.push(`${evidence.hidden} ${evidence.hidden === 1 ? 'row' : 'rows'} where every subject agrees hidden`);
	for (const note of notes) lines.push([], ...wrapSpans([span(note, Role.muted)], options.width));
	return {lines, targets};
}

/** Why there is nothing to weigh: no tables, or tables that are not of the subjects, or no subjects. */
function noRowsNote(comparison: Comparison, otherTables: number): string {
	if (otherTables === 0) return 'No table rows to weigh: this comparison has no tables.';
	const one = otherTables === 1;
	if (comparison.subjects.length < 2) {
		const tables = one ? 'its one table compares none' : `none of its ${otherTables} tables compares any`;
		return `No table rows to weigh: this document names no subjects, and ${tables} side by side (--subjects names them).`;
	}
	const tables = one ? 'its one table does not compare' : `none of its ${otherTables} tables compares`;
	return `No table rows to weigh: ${tables} the subjects side by side.`;
}

/** The evidence view as GitHub-flavoured Markdown: a table of counts, then the matrix as a table, in words. */
export function evidenceMarkdown(comparison: Comparison, evidence: Evidence): string {
	const out: string[] = [`# Evidence: ${comparison.title}`, ''];
	out.push(
		'Each claim is *cited* (the reference numbers follow), *uncited* (stated, citing nothing) or *not stated* in the source.',
		'',
	);
	out.push('| Subject | Cited | Uncited | Not stated | Cited share |', '|---|---:|---:|---:|---:|');
	for (const entry of evidence.subjects) {
		const total = entry.cited + entry.uncited + entry.notStated;
		out.push(
			`| ${escapeCell(entry.subject.name)} | ${entry.cited} | ${entry.uncited} | ${entry.notStated} | ${percent(entry.cited, total)} |`,
		);
	}
	out.push('');
	if (evidence.rows.length > 0) {
		const names = evidence.subjects.map((entry) => escapeCell(entry.subject.name));
		out.push(`| Section | Criterion | ${names.join(' | ')} |`, `|---|---|${names.map(() => '---').join('|')}|`);
		for (const row of evidence.rows) {
			const words = row.cells.map((cell) =>
				cell.refs.length > 0 ? `${evidenceWords[cell.kind]} ${references(cell.refs)}` : evidenceWords[cell.kind],
			);
			out.push(
				`| ${escapeCell(comparison.sections[row.section]?.title ?? '')} | ${escapeCell(row.criterion)} | ${words.join(' | ')} |`,
			);
		}
		out.push('');
	}
	if (evidence.hidden > 0)
		out.push(`${evidence.hidden} ${evidence.hidden === 1 ? 'row' : 'rows'} where every subject agrees hidden.`, '');
	return `${out.join('\n').trimEnd()}\n`;
}
