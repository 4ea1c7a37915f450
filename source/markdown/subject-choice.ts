// The subjects of a Markdown document without front matter that names them: named on the command
// line (--subjects), or read from its tables (subject-tables.ts).
import type {Token} from 'marked';
import {printable, UsageError} from '../model/errors.js';
import {subjectLimits} from '../model/limits.js';
import type {Subject} from '../model/schema.js';
import {joinHtmlTables} from './html-table.js';
import {heads, type TableCells, tablePieces} from './markdown-tables.js';
import {inferSubjects, subjectsNamed} from './subject-tables.js';

/** A document's tables, and its text without their headers (where its subjects are mentioned). */
function tablesAndText(tokens: readonly Token[]): {tables: TableCells[]; text: string} {
	const tables: TableCells[] = [];
	let text = '';
	for (const token of joinHtmlTables(tokens)) {
		const pieces = tablePieces(token);
		if (!pieces) {
			text += token.raw;
			continue;
		}
		for (const piece of pieces) {
			if (!piece.cells) {
				text += piece.raw;
				continue;
			}
			tables.push(piece.cells);
			for (const row of piece.cells.rows) text += `\n${row.map((cell) => cell.plain).join(' | ')}`;
			text += '\n';
		}
	}
	return {tables, text};
}

/** The subjects a document's tables compare, if they compare any (see subject-tables.ts). */
export function inferredSubjects(tokens: readonly Token[]): Subject[] {
	const {tables, text} = tablesAndText(tokens);
	return inferSubjects(tables, text);
}

/**
 * The subjects the reader names (--subjects a,b,c): 2 to 8 names, each the header of a column of
 * one of the document's tables (in any case, or as its id); a name no table has is a usage error,
 * since it could only ever be "not stated".
 */
export function namedSubjects(names: readonly string[], tokens: readonly Token[], file: string): Subject[] {
	const wanted = names.map((name) => name.trim()).filter((name) => name !== '');
	if (wanted.length < subjectLimits.min || wanted.length > subjectLimits.max)
		throw new UsageError(
			`--subjects names ${subjectLimits.min} to ${subjectLimits.max} subjects, separated by commas; got ${wanted.length}`,
		);
	const subjects = subjectsNamed(wanted);
	const {tables} = tablesAndText(tokens);
	const headers = tables.flatMap((table) => table.header);
	for (const subject of subjects) {
		if (!headers.some((cell) => heads(cell, subject)))
			throw new UsageError(`--subjects: no table of ${printable(file)} has a column "${printable(subject.name)}"`);
	}
	return subjects;
}
