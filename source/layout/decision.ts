// The decision matrix and its verdict as lines at a width: the verdict (each subject's weighted
// score, coverage and rank, and who leads by how much), then one line per criterion, grouped under
// its section, with its weight as a small bar and, per shown subject, the reader's score beside the
// source's text shortened to the column. One line per row, whatever the width, so the browser can
// draw only the rows on screen and a key costs the same in a long comparison as in a short one.
// The same lines are printed by --verdict. Pure: width and characters come in as parameters.
import {cellOf, type Decision, type MatrixRow, type RowDecision, weightOf, weightRange} from '../model/decision.js';
import type {Comparison, Subject} from '../model/schema.js';
import {percentText, type Verdict, verdictSentences} from '../model/verdict.js';
import {normalCell} from '../model/view.js';
import {type Document, ownMark, shownText} from './document.js';
import {type Line, lineWidth, padLine, Role, type Span, span, textWidth, truncateLine} from './styled.js';
import {wrapSpans} from './wrap.js';

/** What the matrix is drawn from. */
export type MatrixInput = {
	readonly document: Document;
	/** The rows the matrix shows ({@link matrixRows}). */
	readonly rows: readonly MatrixRow[];
	/** The subjects shown, in their order: the matrix's columns. */
	readonly subjects: readonly Subject[];
	readonly decision: Decision;
	/** Characters: ASCII only, or Unicode marks and bars. */
	readonly ascii?: boolean;
};

/** How the columns of the matrix share a width. */
export type MatrixColumns = {
	/** Columns before the criterion (the cursor's pointer stands there). */
	readonly indent: number;
	readonly label: number;
	/** Columns between the criterion and the weight. */
	readonly gap: number;
	readonly weight: number;
	/** Columns before each subject's cell. */
	readonly cellGap: number;
	readonly cell: number;
};

/** A line too wide cut to the width, ending in an ellipsis where something was cut. */
export function clip(line: Line, width: number): Line {
	if (lineWidth(line) <= width) return line;
	if (width <= 1) return truncateLine(line, width);
	return [...truncateLine(line, width - 1), span('…', Role.muted)];
}

/** The widest a subject's cell grows: past it, the criteria get the room. */
const widestCell = 30;

/**
 * From the roomiest to the tightest: a bar for the weight and two spaces between columns, then a
 * digit for the weight and single spaces, down to one character a subject.
 */
const forms = [
	{indent: 2, gap: 2, weight: 6, cellGap: 2, labelMin: 14, cellMin: 10},
	{indent: 2, gap: 1, weight: 1, cellGap: 1, labelMin: 8, cellMin: 5},
	{indent: 1, gap: 1, weight: 1, cellGap: 1, labelMin: 4, cellMin: 3},
	{indent: 1, gap: 1, weight: 1, cellGap: 1, labelMin: 3, cellMin: 1},
	{indent: 1, gap: 1, weight: 1, cellGap: 0, labelMin: 3, cellMin: 1},
] as const;

/** How the matrix's columns share a width: the roomiest form that fits. */
export function matrixColumns(input: MatrixInput, width: number): MatrixColumns {
	const count = Math.max(1, input.subjects.length);
	const shown = shownText(input.document);
	const longest = Math.max(1, ...input.rows.map((row) => textWidth(shown(row.criterion))));
	const fixedOf = (form: (typeof forms)[number]) => form.indent + form.gap + form.weight + count * form.cellGap;
	// The last form fits 8 subjects in 20 columns, the narrowest width there is.
	const form =
		forms.find((each) => fixedOf(each) + each.labelMin + count * each.cellMin <= width) ??
		(forms.at(-1) as (typeof forms)[number]);
	const fixed = fixedOf(form);
	// The criteria keep up to a quarter of the width (they say what a row is about), the cells
	// share the rest up to their widest, and what the criteria do not need goes to the cells.
	const labelMin = Math.max(form.labelMin, Math.min(longest, Math.floor(width / 4)));
	const room = width - fixed - count * form.cellMin >= labelMin ? labelMin : form.labelMin;
	let cell = Math.min(widestCell, Math.max(form.cellMin, Math.floor((width - fixed - room) / count)));
	let label = width - fixed - count * cell;
	if (label > longest) {
		cell = Math.min(widestCell, cell + Math.floor((label - longest) / count));
		label = width - fixed - count * cell;
	}
	return {
		indent: form.indent,
		label: Math.max(1, label),
		gap: form.gap,
		weight: form.weight,
		cellGap: form.cellGap,
		cell,
	};
}

/** Where a subject's cell starts and ends on a line of the matrix (for clicks). */
export function cellRange(columns: MatrixColumns, index: number): {readonly start: number; readonly end: number} {
	const start =
		columns.indent +
		columns.label +
		columns.gap +
		columns.weight +
		columns.cellGap +
		index * (columns.cellGap + columns.cell);
	return {start, end: start + columns.cell};
}

/** A weight as a small bar of five (ASCII: # and .), or its digit where there is no room. */
export function weightSpans(weight: number, room: number, ascii: boolean | undefined): Span[] {
	if (room < weightRange.max) return [span(String(weight), weight === 0 ? Role.muted : Role.strong)];
	const [full, empty] = ascii ? ['#', '.'] : ['█', '░'];
	return [span(full.repeat(weight), Role.bar), span(empty.repeat(weightRange.max - weight), Role.muted)];
}

/** The header: the subjects' names over their columns, "weight" over the bars. */
export function matrixHeader(input: MatrixInput, columns: MatrixColumns): Line {
	const line: Span[] = [span(' '.repeat(columns.indent + columns.label + columns.gap))];
	// Cut to the column: "w" over a digit.
	line.push(...padLine(clip([span('weight', Role.muted)], columns.weight), columns.weight));
	input.subjects.forEach((subject, index) => {
		line.push(span(' '.repeat(columns.cellGap)));
		const name = clip([span(subject.name, Role.subject)], columns.cell);
		line.push(...(index === input.subjects.length - 1 ? name : padLine(name, columns.cell)));
	});
	return line;
}

/** What a cell of the matrix shows after its score: the reader's note where the source is silent, else the source. */
function cellText(input: MatrixInput, row: MatrixRow, subject: string): Span[] {
	const cell = normalCell(row.data.cells[subject]);
	const note = cellOf(input.decision, row.key, subject).note;
	const mark = ownMark(input.ascii);
	if (cell.notStated) {
		if (note !== undefined) return [span(`${mark} `, Role.own), span(note, Role.own)];
		return [span('not stated', Role.muted)];
	}
	const text = shownText(input.document)(cell.text).replace(/\s+/g, ' ').trim();
	return note === undefined ? [span(text)] : [span(mark, Role.own), span(' '), span(text)];
}

/** A score as its digit, or a muted dash when the cell is not scored. */
function scoreSpan(score: number | undefined): Span {
	return score === undefined ? span('-', Role.muted) : span(String(score), Role.strong);
}

/** Where the cursor is on a line of the matrix, if it is there. */
export type MatrixCursor = {readonly column: number};

/**
 * One row of the matrix as a line: the pointer when the cursor is on the row, the criterion, the
 * weight, then each subject's score and text; the cell under the cursor in reverse video.
 */
export function matrixRowLine(input: MatrixInput, columns: MatrixColumns, index: number, cursor?: MatrixCursor): Line {
	const row = input.rows[index];
	if (!row) return [];
	const weight = weightOf(input.decision, row.key);
	const pointer = cursor ? (input.ascii ? '>' : '▶') : '';
	const criterion = shownText(input.document)(row.criterion).replace(/\s+/g, ' ').trim();
	// A row weighing nothing is left out of the verdict: muted, as what does not count.
	const labelRole = weight === 0 ? Role.muted : cursor ? Role.strong : Role.label;
	const line: Span[] = [
		...padLine([span(pointer, Role.selected)], columns.indent),
		...padLine(clip([span(criterion, labelRole)], columns.label), columns.label),
		span(' '.repeat(columns.gap)),
		...padLine(weightSpans(weight, columns.weight, input.ascii), columns.weight),
	];
	input.subjects.forEach((subject, at) => {
		line.push(span(' '.repeat(columns.cellGap)));
		const score = scoreSpan(cellOf(input.decision, row.key, subject.id).score);
		let cell: Line = clip(
			columns.cell >= 3 ? [score, span(' '), ...cellText(input, row, subject.id)] : [score],
			columns.cell,
		);
		const last = at === input.subjects.length - 1;
		if (cursor?.column === at)
			cell = padLine(cell, columns.cell).map((piece) => ({...piece, role: piece.role | Role.selected}));
		// The last column is not padded: printed lines have no trailing spaces.
		else if (!last) cell = padLine(cell, columns.cell);
		line.push(...cell);
	});
	return line;
}

/** A line of the matrix: a section's title, a row, or one of the rows no longer in the comparison. */
export type MatrixEntry =
	| {readonly kind: 'section'; readonly title: string}
	| {readonly kind: 'row'; readonly index: number}
	| {readonly kind: 'gone-heading'}
	| {readonly kind: 'gone'; readonly row: RowDecision};

/** The matrix's lines in order: each section's title before its rows, then the rows no longer in the comparison. */
export function matrixEntries(
	comparison: Comparison,
	rows: readonly MatrixRow[],
	gone: readonly RowDecision[] = [],
): MatrixEntry[] {
	const entries: MatrixEntry[] = [];
	rows.forEach((row, index) => {
		if (rows[index - 1]?.sectionIndex !== row.sectionIndex)
			entries.push({kind: 'section', title: comparison.sections[row.sectionIndex]?.title ?? row.section});
		entries.push({kind: 'row', index});
	});
	if (gone.length > 0) {
		entries.push({kind: 'gone-heading'});
		for (const row of gone) entries.push({kind: 'gone', row});
	}
	return entries;
}

/** Words for a row no longer in the comparison: where it was, its weight, and what the reader gave each subject. */
export function goneText(row: RowDecision, subjects: readonly Subject[]): string {
	const name = (id: string) => subjects.find((subject) => subject.id === id)?.name ?? id;
	const cells = Object.entries(row.cells).map(([id, cell]) => {
		const parts = [
			cell.score === undefined ? undefined : String(cell.score),
			cell.note === undefined ? undefined : `"${cell.note}"`,
		];
		return `${name(id)} ${parts.filter((part) => part !== undefined).join(' ')}`;
	});
	return [`${row.section} › ${row.criterion}`, `weight ${row.weight}`, ...cells].join(' · ');
}

/** One entry of the matrix as a line at a width (a row with the cursor where it is). */
export function entryLine(
	input: MatrixInput,
	columns: MatrixColumns,
	entry: MatrixEntry,
	width: number,
	comparison: Comparison,
	cursor?: {readonly row: number; readonly column: number},
): Line {
	switch (entry.kind) {
		case 'section':
			return clip([span(entry.title, Role.strong)], width);
		case 'row':
			return clip(
				matrixRowLine(input, columns, entry.index, cursor?.row === entry.index ? {column: cursor.column} : undefined),
				width,
			);
		case 'gone-heading':
			return clip([span('No longer in the comparison (kept in the decision)', Role.strong)], width);
		case 'gone':
			return clip(
				[span(' '.repeat(columns.indent)), span(goneText(entry.row, comparison.subjects), Role.muted)],
				width,
			);
	}
}

/** How a subject's score is shown: its percentage, or "not scored". */
export function scoreText(score: number | undefined): string {
	return score === undefined ? 'not scored' : percentText(score);
}

/** The verdict's heading line, with what the figures mean when there is room. */
function verdictHeading(width: number): Line {
	const title = span('Verdict', Role.heading | Role.strong);
	const about = span('   score: weight × score over the rows scored · coverage: the weight scored', Role.muted);
	return textWidth(title.text) + textWidth(about.text) <= width ? [title, about] : clip([title], width);
}

/**
 * One line per subject, best first (the unscored last, in the order shown): rank, name, score,
 * a bar of the score where there is room, and coverage.
 */
export function verdictSubjectLines(verdict: Verdict, width: number, ascii: boolean | undefined): Line[] {
	const order = [...verdict.ranked.flat(), ...verdict.subjects.filter((entry) => entry.score === undefined)];
	const names = Math.min(20, Math.max(4, ...order.map((entry) => textWidth(entry.subject.name))));
	const coverageWidth = 'coverage 99.9%'.length;
	const scoreWidth = 'not scored'.length;
	const fixed = 2 + 2 + names + 2 + scoreWidth + 2;
	// A bar of the score where there is room, never so long that the eye loses the figures.
	const bar = Math.min(24, width - fixed - coverageWidth - 2);
	const [full, empty] = ascii ? ['#', '-'] : ['█', '░'];
	return order.map((entry) => {
		const rank = span(entry.rank === undefined ? ' -' : String(entry.rank).padStart(2), Role.strong);
		const name = padLine(clip([span(entry.subject.name, Role.subject)], names), names);
		if (fixed + coverageWidth <= width) {
			// Not scored: no bar, and no coverage (a subject not scored covers nothing).
			if (entry.score === undefined) return [rank, span('  '), ...name, span('  '), span('not scored', Role.muted)];
			const line: Span[] = [rank, span('  '), ...name, span('  ')];
			line.push(span(scoreText(entry.score).padStart(6).padEnd(scoreWidth), Role.strong), span('  '));
			if (bar >= 6) {
				const filled = Math.round((entry.score / 100) * bar);
				line.push(span(full.repeat(filled), Role.bar), span(empty.repeat(bar - filled), Role.muted), span('  '));
			}
			line.push(span(`coverage ${percentText(entry.coverage)}`, Role.muted));
			return line;
		}
		// Narrow: the same figures, closer together.
		const short =
			entry.score === undefined ? 'not scored' : `${percentText(entry.score)} cov ${percentText(entry.coverage)}`;
		return clip(
			[
				rank,
				span(' '),
				span(entry.subject.name, Role.subject),
				span(` ${short}`, entry.score === undefined ? Role.muted : Role.none),
			],
			width,
		);
	});
}

/** The verdict in words, wrapped to the width; what to do when nothing is scored yet. */
export function verdictSentenceLines(verdict: Verdict, width: number): Line[] {
	const sentences = verdictSentences(verdict);
	const text =
		sentences.length > 0 ? sentences.join(' ') : 'Not scored yet: a score from 0 to 5 on a cell starts the verdict.';
	return wrapSpans([span(text, sentences.length > 0 ? Role.none : Role.muted)], width);
}

/** The whole verdict: heading, a line per subject, and the verdict in words. */
export function verdictLines(verdict: Verdict, width: number, ascii: boolean | undefined): Line[] {
	return [
		verdictHeading(width),
		...verdictSubjectLines(verdict, width, ascii),
		...verdictSentenceLines(verdict, width),
	];
}

/** A cell's place in words: section › criterion › subject. */
export function cellPlace(
	comparison: Comparison,
	row: MatrixRow,
	subject: Subject,
	shown: (text: string) => string,
): string {
	const section = comparison.sections[row.sectionIndex]?.title ?? row.section;
	return `${section} › ${shown(row.criterion)} › ${subject.name}`;
}

/**
 * Every note of the matrix in full (the matrix shortens them), each after its place; a note where
 * the source is silent is marked as the reader's own.
 */
export function notesLines(input: MatrixInput, width: number): Line[] {
	const {comparison} = input.document;
	const shown = shownText(input.document);
	const lines: Line[] = [];
	for (const row of input.rows) {
		for (const subject of input.subjects) {
			const note = cellOf(input.decision, row.key, subject.id).note;
			if (note === undefined) continue;
			const silent = normalCell(row.data.cells[subject.id]).notStated === true;
			const place = span(
				`${cellPlace(comparison, row, subject, shown)}${silent ? ' (the source is silent)' : ''}: `,
				Role.label,
			);
			lines.push(
				...wrapSpans([place, span(`${ownMark(input.ascii)} `, Role.own), span(note, Role.own)], width, {
					first: [span('  ')],
					rest: [span('    ')],
				}),
			);
		}
	}
	return lines.length === 0 ? lines : [[span('Notes', Role.strong)], ...lines];
}

/**
 * The decision as --verdict prints it: the verdict, the matrix (its header, then each section's
 * rows), every note in full, and the rows no longer in the comparison.
 */
export function decisionLines(
	input: MatrixInput,
	verdict: Verdict,
	gone: readonly RowDecision[],
	width: number,
): Line[] {
	const {comparison} = input.document;
	const lines: Line[] = [...verdictLines(verdict, width, input.ascii), []];
	if (input.rows.length === 0 && gone.length === 0) {
		lines.push(...wrapSpans([span('This comparison has no table rows to score.', Role.muted)], width));
		return lines;
	}
	const columns = matrixColumns(input, width);
	if (input.rows.length > 0) lines.push(clip(matrixHeader(input, columns), width));
	for (const entry of matrixEntries(comparison, input.rows, gone)) {
		// A blank line before the rows no longer there, unless one is there already (no rows above).
		if (entry.kind === 'gone-heading' && (lines.at(-1)?.length ?? 0) > 0) lines.push([]);
		// Printed, a row no longer in the comparison is said whole, not cut to a line.
		if (entry.kind === 'gone')
			lines.push(
				...wrapSpans([span(goneText(entry.row, comparison.subjects), Role.muted)], width, {
					first: [span('  ')],
					rest: [span('    ')],
				}),
			);
		else lines.push(entryLine(input, columns, entry, width, comparison));
	}
	const notes = notesLines(input, width);
	if (notes.length > 0) lines.push([], ...notes);
	return lines;
}
