// The decision matrix (D) in the browser: its cell cursor, the keys that score, weigh and write
// notes, the one-line note editor, and its pane: the verdict pinned at the top (so it is in view as
// scores change), the subjects' names over their columns, the rows that fit, and the cell under
// the cursor in full at the bottom. Pure: the reducer's sizes come in an Extent, like the rest of
// the browser's, and the pane is lines.

import {
	cellPlace,
	cellRange,
	clip,
	entryLine,
	type MatrixColumns,
	type MatrixEntry,
	type MatrixInput,
	matrixColumns,
	matrixEntries,
	matrixHeader,
	scoreText,
	verdictLines,
} from '../layout/decision.js';
import {type Document, ownMark, shownText} from '../layout/document.js';
import {type Line, Role, type Span, span, textWidth} from '../layout/styled.js';
import {wrapSpans} from '../layout/wrap.js';
import {
	cellOf,
	goneRows,
	type MatrixRow,
	matrixRows,
	noteLimit,
	weightOf,
	withNote,
	withScore,
	withWeight,
} from '../model/decision.js';
import type {Subject} from '../model/schema.js';
import {type Verdict, verdictOf} from '../model/verdict.js';
import {normalCell, type View} from '../model/view.js';
import type {Command} from './keymap.js';
import type {BrowserState, Extent} from './state.js';

/** The note being written: its text and where the caret stands, in characters. */
export type NoteEditor = {readonly text: string; readonly caret: number};

/** Where the reader is in the matrix: the cell under the cursor, the first line shown, the note being written. */
export type MatrixState = {
	/** The row, among the matrix's rows. */
	readonly row: number;
	/** The subject, among those shown. */
	readonly column: number;
	/** The first line of the matrix's body on screen. */
	readonly scroll: number;
	readonly editor?: NoteEditor;
};

/** The matrix at start: the first cell, nothing written. */
export const initialMatrix: MatrixState = {row: 0, column: 0, scroll: 0};

/** What the reducer needs of the matrix as drawn. */
export type DecisionExtent = {
	readonly rows: readonly MatrixRow[];
	readonly subjects: readonly Subject[];
	/** The line of the matrix's body where each row is. */
	readonly rowLines: readonly number[];
	/** Lines of the matrix's body (section titles and rows). */
	readonly lines: number;
	/** Lines of the body on screen at once. */
	readonly page: number;
};

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The scroll that keeps a row on the page (the section's title above the first row too). */
function scrollFor(matrix: MatrixState, extent: DecisionExtent, row: number): number {
	const line = extent.rowLines[row] ?? 0;
	const page = Math.max(1, extent.page);
	const max = Math.max(0, extent.lines - page);
	let top = matrix.scroll;
	if (row === 0 && line < page) top = 0;
	else if (line < top) top = line - (line > 0 && extent.rowLines[row - 1] !== line - 1 ? 1 : 0);
	else if (line >= top + page) top = line - page + 1;
	return clamp(top, 0, max);
}

/** The cursor moved to a row (kept in range) and the page scrolled to show it. */
function toRow(matrix: MatrixState, extent: DecisionExtent, row: number): MatrixState {
	if (extent.rows.length === 0) return matrix;
	const index = clamp(row, 0, extent.rows.length - 1);
	return {...matrix, row: index, scroll: scrollFor(matrix, extent, index)};
}

/** The page scrolled by lines, the cursor brought onto it if the page left it behind. */
function scrollBy(matrix: MatrixState, extent: DecisionExtent, lines: number): MatrixState {
	const page = Math.max(1, extent.page);
	const scroll = clamp(matrix.scroll + lines, 0, Math.max(0, extent.lines - page));
	const line = extent.rowLines[matrix.row] ?? 0;
	const onPage = (at: number) => at >= scroll && at < scroll + page;
	if (onPage(line)) return {...matrix, scroll};
	// The first row on the page when the page went down past the cursor, else the last; none (a
	// page of a section's title only): the cursor stays where it was.
	const row = line < scroll ? extent.rowLines.findIndex(onPage) : extent.rowLines.findLastIndex(onPage);
	return {...matrix, scroll, row: row === -1 ? matrix.row : row};
}

/** Keeps the matrix's cursor and scroll in range for what is drawn (after a resize, or subjects hidden). */
export function fitMatrix(matrix: MatrixState, extent: DecisionExtent): MatrixState {
	const row = clamp(matrix.row, 0, Math.max(0, extent.rows.length - 1));
	const column = clamp(matrix.column, 0, Math.max(0, extent.subjects.length - 1));
	const scroll = clamp(matrix.scroll, 0, Math.max(0, extent.lines - Math.max(1, extent.page)));
	if (row === matrix.row && column === matrix.column && scroll === matrix.scroll) return matrix;
	return {...matrix, row, column, scroll};
}

/** Inserts text at the caret, keeping the note within its limit. */
function typeInto(editor: NoteEditor, text: string): NoteEditor {
	const characters = Array.from(editor.text);
	const room = noteLimit - characters.length;
	const added = Array.from(text).slice(0, Math.max(0, room));
	characters.splice(editor.caret, 0, ...added);
	return {text: characters.join(''), caret: editor.caret + added.length};
}

/** The note editor's keys; anything else waits until the note is kept or dropped. */
function editNote(state: BrowserState, command: Command, extent: DecisionExtent): BrowserState | undefined {
	const editor = state.matrix.editor;
	if (!editor) return undefined;
	const matrix = state.matrix;
	switch (command.type) {
		case 'noteType':
			return {...state, matrix: {...matrix, editor: typeInto(editor, command.text)}};
		case 'noteErase': {
			if (editor.caret === 0) return state;
			const characters = Array.from(editor.text);
			characters.splice(editor.caret - 1, 1);
			return {...state, matrix: {...matrix, editor: {text: characters.join(''), caret: editor.caret - 1}}};
		}
		case 'noteCaret': {
			const caret = clamp(editor.caret + command.by, 0, Array.from(editor.text).length);
			return {...state, matrix: {...matrix, editor: {...editor, caret}}};
		}
		case 'noteDone': {
			const row = extent.rows[matrix.row];
			const subject = extent.subjects[matrix.column];
			const {editor: _, ...closed} = matrix;
			if (!row || !subject) return {...state, matrix: closed};
			return {...state, decision: withNote(state.decision, row, subject.id, editor.text), matrix: closed};
		}
		case 'noteCancel': {
			const {editor: _, ...closed} = matrix;
			return {...state, matrix: closed};
		}
		case 'quit':
		case 'suspend':
			return undefined;
		default:
			return state;
	}
}

/**
 * The commands that mean something in the decision matrix; undefined for the rest (quit, the
 * mouse switch), which work as anywhere. Enter opens the row in its section as the evidence view's
 * Enter does, through the same command: `reduce` is the browser's reducer, passed in.
 */
export function decisionView(
	state: BrowserState,
	command: Command,
	extent: Extent,
	reduce: (state: BrowserState, command: Command, extent: Extent) => BrowserState,
): BrowserState | undefined {
	const matrixExtent = extent.decision;
	if (!matrixExtent) return undefined;
	const edited = editNote(state, command, matrixExtent);
	if (edited) return edited;
	if (state.matrix.editor) return undefined;
	const matrix = state.matrix;
	const row = matrixExtent.rows[matrix.row];
	const subject = matrixExtent.subjects[matrix.column];
	const here = row && subject ? {row, subject} : undefined;
	const nothing = {...state, notice: 'nothing to score: this comparison has no table rows of its subjects'};
	switch (command.type) {
		case 'cursor':
			return {...state, matrix: toRow(matrix, matrixExtent, matrix.row + command.by)};
		case 'column':
			return {
				...state,
				matrix: {
					...matrix,
					column: clamp(matrix.column + command.by, 0, Math.max(0, matrixExtent.subjects.length - 1)),
				},
			};
		case 'pickCell':
			return {
				...state,
				matrix: {
					...toRow(matrix, matrixExtent, command.row),
					column: clamp(command.column, 0, Math.max(0, matrixExtent.subjects.length - 1)),
				},
			};
		case 'page': {
			const page = Math.max(1, matrixExtent.page - 1);
			const target = (matrixExtent.rowLines[matrix.row] ?? 0) + command.pages * page;
			const index =
				command.pages > 0
					? matrixExtent.rowLines.findLastIndex((line) => line <= target)
					: matrixExtent.rowLines.findIndex((line) => line >= target);
			return {...state, matrix: toRow(matrix, matrixExtent, index === -1 ? matrix.row : index)};
		}
		case 'scroll':
			return {...state, matrix: scrollBy(matrix, matrixExtent, command.lines)};
		case 'top':
			return {...state, matrix: {...toRow(matrix, matrixExtent, 0), scroll: 0}};
		case 'bottom':
			return {
				...state,
				matrix: {
					...toRow(matrix, matrixExtent, matrixExtent.rows.length - 1),
					scroll: Math.max(0, matrixExtent.lines - Math.max(1, matrixExtent.page)),
				},
			};
		case 'score':
			if (!here) return nothing;
			return {...state, decision: withScore(state.decision, here.row, here.subject.id, command.score)};
		case 'weight':
			if (!here) return nothing;
			return {
				...state,
				decision: withWeight(state.decision, here.row, weightOf(state.decision, here.row.key) + command.by),
			};
		case 'noteOpen': {
			if (!here) return nothing;
			const text = cellOf(state.decision, here.row.key, here.subject.id).note ?? '';
			return {...state, matrix: {...matrix, editor: {text, caret: Array.from(text).length}}};
		}
		case 'openRow':
			// As the evidence view's Enter: the row's section opened at the row, marked until the next key.
			return here ? reduce(state, {type: 'showRow', section: here.row.sectionIndex, row: here.row.row}, extent) : state;
		default:
			// Closing, the mouse switch, quitting: as in any overlay.
			return undefined;
	}
}

/** Everything the pane is drawn from. */
export type DecisionPaneInput = {
	readonly document: Document;
	readonly state: BrowserState;
	readonly view: View;
	readonly width: number;
	readonly height: number;
	readonly ascii: boolean;
};

/** The pane, and what the reducer, the footer and a click need of it. */
export type DecisionPane = {
	/** Exactly `height` lines. */
	readonly lines: readonly Line[];
	readonly extent: DecisionExtent;
	/** The note editor as the footer shows it, while a note is being written. */
	readonly editor?: Line;
	/** Where the reader is, for the footer: the row among the rows. */
	readonly where: string;
	/** What a click on a line of the pane (from 0) at a column does. */
	readonly click: (column: number, line: number) => readonly Command[];
	readonly verdict: Verdict;
};

/** The verdict on one line, for a pane too short for the whole of it. */
function verdictLine(verdict: Verdict, width: number): Line {
	const order = [...verdict.ranked.flat(), ...verdict.subjects.filter((entry) => entry.score === undefined)];
	const spans: Span[] = [span('Verdict ', Role.heading | Role.strong)];
	order.forEach((entry, index) => {
		if (index > 0) spans.push(span(' · ', Role.muted));
		spans.push(
			span(entry.rank === undefined ? '' : `${entry.rank} `, Role.strong),
			span(entry.subject.name, Role.subject),
			span(` ${scoreText(entry.score)}`, entry.score === undefined ? Role.muted : Role.none),
		);
	});
	return clip(spans, width);
}

/** The cell under the cursor in full: its place and the source's words, then its score, weight and note. */
function detailLines(input: MatrixInput, matrix: MatrixState, width: number): Line[] {
	const row = input.rows[matrix.row];
	const subject = input.subjects[matrix.column];
	if (!row || !subject) return [[], []];
	const shown = shownText(input.document);
	const cell = normalCell(row.data.cells[subject.id]);
	const mine = cellOf(input.decision, row.key, subject.id);
	const source: Span[] = [span(`${cellPlace(input.document.comparison, row, subject, shown)}: `, Role.label)];
	source.push(
		cell.notStated ? span('not stated in the source', Role.muted) : span(shown(cell.text).replace(/\s+/g, ' ')),
	);
	const weight = weightOf(input.decision, row.key);
	const facts: Span[] = [
		span(
			mine.score === undefined ? 'not scored' : `score ${mine.score}`,
			mine.score === undefined ? Role.muted : Role.strong,
		),
		span(` · weight ${weight}${weight === 0 ? ' (left out)' : ''} · `, Role.muted),
	];
	if (mine.note !== undefined) facts.push(span(`${ownMark(input.ascii)} ${mine.note}`, Role.own));
	else facts.push(span(cell.notStated ? 'a: fill it in with a note of your own' : 'a: write a note', Role.muted));
	return [clip(source, width), clip(facts, width)];
}

/** The note editor for the footer: what is typed, with the caret, scrolled to keep the caret in view. */
function editorLine(editor: NoteEditor, width: number, ascii: boolean): Line {
	const label = span(`${ownMark(ascii)} note: `, Role.label);
	const room = Math.max(4, width - textWidth(label.text));
	const characters = Array.from(editor.text);
	const caret = clamp(editor.caret, 0, characters.length);
	let start = 0;
	const widthOf = (from: number, to: number) => characters.slice(from, to).reduce((sum, c) => sum + textWidth(c), 0);
	while (start < caret && widthOf(start, caret) + 1 > room) start++;
	const before = characters.slice(start, caret).join('');
	const at = characters[caret] ?? ' ';
	let after = '';
	let used = textWidth(before) + textWidth(at);
	for (const character of characters.slice(caret + 1)) {
		if (used + textWidth(character) > room) break;
		after += character;
		used += textWidth(character);
	}
	return [label, span(before, Role.own), span(at, Role.own | Role.selected), span(after, Role.own)];
}

/** The decision matrix's pane at a size: verdict, names, the rows that fit, the cell in full. */
export function decisionPane(input: DecisionPaneInput): DecisionPane {
	const {document, state, view, width, height, ascii} = input;
	const {comparison} = document;
	const shown = shownText(document);
	const rows = matrixRows(comparison, view, comparison.sections, shown);
	const gone = goneRows(state.decision, comparison);
	const verdict = verdictOf(state.decision, rows, view.subjects);
	const matrixInput: MatrixInput = {document, rows, subjects: view.subjects, decision: state.decision, ascii};
	const entries: MatrixEntry[] = matrixEntries(comparison, rows, gone);
	const rowLines: number[] = [];
	entries.forEach((entry, line) => {
		if (entry.kind === 'row') rowLines.push(line);
	});
	const none = (message: string): DecisionPane => {
		const lines = wrapSpans([span(message, Role.muted)], width).slice(0, height);
		while (lines.length < height) lines.push([]);
		return {
			lines,
			extent: {rows: [], subjects: view.subjects, rowLines: [], lines: 0, page: height},
			where: 'Decision',
			click: () => [],
			verdict,
		};
	};
	if (comparison.subjects.length === 0)
		return none(
			'This document names no subjects, so there is nothing to decide between. A document names them in its front matter (subjects: [A, B]) or in the header of a table whose top-left cell is empty.',
		);
	if (rows.length === 0 && gone.length === 0)
		return none(
			state.differences
				? 'No row to score: every row where the shown subjects agree is hidden (d shows them).'
				: 'No row to score: this comparison has no tables of its subjects.',
		);

	const detailHeight = height >= 12 ? 2 : height >= 8 ? 1 : 0;
	const headerHeight = height >= 4 ? 1 : 0;
	const full = verdictLines(verdict, width, ascii);
	// The verdict's words take two lines at most here: the rest of them is one key (Esc, i) away.
	const words = full.slice(1 + verdict.subjects.length);
	const pinnedFull = [...full.slice(0, 1 + verdict.subjects.length), ...words.slice(0, 2)];
	if (words.length > 2) pinnedFull[pinnedFull.length - 1] = clip([...(pinnedFull.at(-1) ?? []), span(' …')], width);
	let top: Line[];
	if (height - detailHeight - headerHeight - pinnedFull.length - 1 >= 3) top = [...pinnedFull, []];
	else if (height - detailHeight - headerHeight - 1 >= 2) top = [verdictLine(verdict, width)];
	else top = [];
	const page = Math.max(1, height - top.length - headerHeight - detailHeight);
	const extent: DecisionExtent = {rows, subjects: view.subjects, rowLines, lines: entries.length, page};
	const matrix = fitMatrix(state.matrix, extent);
	const columns: MatrixColumns = matrixColumns(matrixInput, width);
	const body = entries
		.slice(matrix.scroll, matrix.scroll + page)
		.map((entry) => entryLine(matrixInput, columns, entry, width, comparison, matrix));
	while (body.length < page) body.push([]);
	const header = headerHeight > 0 ? [clip(matrixHeader(matrixInput, columns), width)] : [];
	const detail = detailLines(matrixInput, matrix, width).slice(0, detailHeight);
	const lines = [...top, ...header, ...body, ...detail].slice(0, height);
	const bodyTop = top.length + header.length;
	const click = (column: number, line: number): readonly Command[] => {
		const entry = entries[matrix.scroll + line - bodyTop];
		if (line < bodyTop || line >= bodyTop + page || entry?.kind !== 'row') return [];
		const index = view.subjects.findIndex((_, at) => {
			const range = cellRange(columns, at);
			return column >= range.start && column < range.end;
		});
		return [{type: 'pickCell', row: entry.index, column: index === -1 ? matrix.column : index}];
	};
	const where = rows.length > 0 ? `Decision  row ${matrix.row + 1}/${rows.length}` : 'Decision';
	return {
		lines,
		extent,
		// The footer keeps room for where the reader is, on its right.
		...(matrix.editor ? {editor: editorLine(matrix.editor, width - textWidth(where) - 3, ascii)} : {}),
		where,
		click,
		verdict,
	};
}
