// The tables a section's rows come from. A section keeps all its rows in one list (the view, the
// evidence, search and charts read them as one); its parts say how many of them each table of
// the source holds, where the table stands in the body, and its columns as the source orders
// them: the label column, the subjects' columns and any other columns (fields).
import type {Alignment, Section, Subject, Table, TableColumn, TablePart} from './schema.js';

/** A part with its rows located: rows start to end of the section's rows, its columns spelt out. */
export type LocatedPart = {
	readonly index: number;
	readonly start: number;
	readonly end: number;
	/** Lines of the body before it; undefined: after the body. */
	readonly after: number | undefined;
	readonly columns: readonly TableColumn[];
	/** Whether the source gave its columns (else a nameless label and the subjects, as before parts). */
	readonly written: boolean;
};

/** A column as it is shown: the label, a field, or a shown subject, with its alignment. */
export type ShownColumn =
	| {readonly kind: 'label'; readonly name: string; readonly align?: Alignment}
	| {readonly kind: 'field'; readonly name: string; readonly align?: Alignment}
	| {readonly kind: 'subject'; readonly subject: Subject; readonly name: string; readonly align?: Alignment};

/** The columns of a table without parts: a nameless label, then every subject. */
function defaultColumns(subjects: readonly Subject[]): TableColumn[] {
	return [{label: ''}, ...subjects.map((subject) => ({subject: subject.id}))];
}

/** The parts of a section's table, located; a table without parts is one part after the body. */
export function locatedParts(table: Table | undefined, subjects: readonly Subject[]): LocatedPart[] {
	if (!table) return [];
	const parts: readonly TablePart[] = table.parts ?? [{rows: table.rows.length}];
	const located: LocatedPart[] = [];
	let start = 0;
	parts.forEach((part, index) => {
		located.push({
			index,
			start,
			end: start + part.rows,
			after: part.after,
			columns: part.columns ?? defaultColumns(subjects),
			written: part.columns !== undefined,
		});
		start += part.rows;
	});
	return located;
}

/**
 * The columns a part shows for the shown subjects, in order: the label and the fields where the
 * source put them, and the shown subjects (in the order shown) where its first subject column
 * stands; a shown subject the table has no column for is shown there too (not stated).
 */
export function shownColumns(part: LocatedPart, shown: readonly Subject[]): ShownColumn[] {
	const written = new Map<string, Extract<TableColumn, {subject: string}>>();
	for (const column of part.columns) if ('subject' in column) written.set(column.subject, column);
	const subjects = shown.map((subject): ShownColumn => {
		const column = written.get(subject.id);
		return {
			kind: 'subject',
			subject,
			name: column?.name ?? subject.name,
			...(column?.align ? {align: column.align} : {}),
		};
	});
	const columns: ShownColumn[] = [];
	let placed = false;
	for (const column of part.columns) {
		if ('subject' in column) {
			if (!placed) columns.push(...subjects);
			placed = true;
		} else if ('label' in column)
			columns.push({kind: 'label', name: column.label, ...(column.align ? {align: column.align} : {})});
		else columns.push({kind: 'field', name: column.field, ...(column.align ? {align: column.align} : {})});
	}
	if (!placed) columns.push(...subjects);
	return columns;
}

/** The lines of a body, as parts count them. */
export function bodyLines(body: string | undefined): string[] {
	return body === undefined || body === '' ? [] : body.split('\n');
}

/**
 * A section's table as the view leaves it: the rows kept (by the filter), each part's count
 * following, parts left with no row dropped, and the columns of subjects not shown left out and
 * the others in the order shown.
 */
export function keptParts(
	section: Section,
	subjects: readonly Subject[],
	keep: (index: number) => boolean,
): Table['parts'] | undefined {
	const table = section.table;
	if (!table?.parts) return undefined;
	const order = new Map(subjects.map((subject, index) => [subject.id, index]));
	const parts: TablePart[] = [];
	for (const part of locatedParts(table, subjects)) {
		let rows = 0;
		for (let index = part.start; index < part.end; index++) if (keep(index)) rows++;
		if (rows === 0) continue;
		const original = table.parts[part.index] as TablePart;
		const kept: TablePart = {...original, rows};
		if (original.columns) {
			const subjectColumns = original.columns
				.filter((column): column is Extract<TableColumn, {subject: string}> => 'subject' in column)
				.filter((column) => order.has(column.subject))
				.sort((a, b) => (order.get(a.subject) ?? 0) - (order.get(b.subject) ?? 0));
			let placed = false;
			const columns: TableColumn[] = [];
			for (const column of original.columns) {
				if (!('subject' in column)) columns.push(column);
				else if (!placed) {
					columns.push(...subjectColumns);
					placed = true;
				}
			}
			kept.columns = columns;
		}
		parts.push(kept);
	}
	return parts;
}
