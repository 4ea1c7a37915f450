// The single definition of a comparison file. zod/mini rather than classic zod: the same checks
// and JSON Schema export, but about 14 KB bundled instead of about 450 KB, which matters because
// every comparison a user opens is validated at start-up.
import * as z from 'zod/mini';
import {bodyCitedNumbers, citedNumbers} from './citations.js';
import {subjectLimits} from './limits.js';
import {sectionIdPattern} from './section-id.js';

export {subjectLimits};

/** Attaches a description that the generated JSON Schema shows to authors in their editor. */
function about<T extends z.ZodMiniType>(schema: T, description: string): T {
	return schema.check(z.describe(description));
}

const idPattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const id = z.string().check(
	z.regex(idPattern, {
		error: 'expected an id of lowercase letters, digits, ".", "_" or "-" (at most 64)',
	}),
);

const sectionId = z.string().check(
	z.regex(sectionIdPattern, {
		error: 'expected an id of lowercase letters (of any script), digits, ".", "_" or "-" (at most 64)',
	}),
);

const text = z.string().check(z.minLength(1, {error: 'expected a non-empty string'}));

const referenceNumber = z.int().check(z.gte(1, {error: 'expected a reference number of 1 or more'}));

const refs = z.array(referenceNumber);

const cellObject = z.strictObject({
	text: about(text, 'What the source says about this subject for this criterion.'),
	refs: z.optional(about(refs, 'Numbers of the references that back the claim.')),
	value: z.optional(
		about(z.number(), 'A figure from the source ("56K" is 56000); a row with figures is also drawn as a bar chart.'),
	),
	unit: z.optional(
		about(
			text,
			'The unit of value, such as "req/s" or "%"; the same in every cell of a row. None for a count ("56K").',
		),
	),
});

const notStated = about(z.null(), 'The source says nothing about this subject for this criterion.');

/** A table cell: null where the source is silent, plain text, or text with the references and figure behind it. */
export const cellSchema = z.union([notStated, z.string(), cellObject], {
	error: 'expected null, a string or {text, refs}',
});

const row = z.strictObject({
	criterion: about(text, 'What this row compares: its cell of the label column.'),
	cells: about(
		z.record(z.string(), cellSchema),
		'One cell per subject, keyed by subject id; null where the source says nothing about that subject.',
	),
	fields: z.optional(
		about(
			z.record(z.string(), z.string()),
			"The row's cells of the table's other columns (markdown), keyed by the column's header, as its part's columns name them.",
		),
	),
});

/** How a column's text is aligned, as a GFM delimiter row (:--, :-:, --:) or HTML (align=) writes it. */
export const alignments = ['left', 'center', 'right'] as const;

const alignment = about(z.enum(alignments), 'How the column is aligned, as the source wrote it.');

const tableColumn = z.union([
	z.strictObject({
		label: about(z.string(), "The header of the column that names the rows (each row's criterion); may be empty."),
		align: z.optional(alignment),
	}),
	z.strictObject({
		subject: about(id, "A subject's column: where the subjects' columns stand, in the order shown."),
		name: z.optional(about(text, "The header as written, where it says more than the subject's name.")),
		align: z.optional(alignment),
	}),
	z.strictObject({
		field: about(z.string(), "Another column's header (may be empty); each row's cell of it is in the row's fields."),
		align: z.optional(alignment),
	}),
]);

const tablePart = z.strictObject({
	rows: about(z.int().check(z.gte(0)), 'How many of the rows, following those of the parts before, this table holds.'),
	after: z.optional(
		about(
			z.int().check(z.gte(0)),
			'How many lines of the body come before this table; without it, the table comes after the body.',
		),
	),
	columns: z.optional(
		about(
			z.array(tableColumn),
			'The columns as the source orders them: one label, the subjects, and any other columns as fields.',
		),
	),
});

const section = z.strictObject({
	id: sectionId,
	title: text,
	/** Markdown. Citations are written [n], naming a reference number. */
	body: z.optional(about(z.string(), 'Markdown prose. Cite references as [n].')),
	table: z.optional(
		about(
			z.strictObject({
				rows: z.array(row),
				parts: z.optional(
					about(
						z.array(tablePart),
						"The tables the rows come from, in order, each with its place in the body and its columns; without parts, one table after the body with a label column and the subjects'.",
					),
				),
			}),
			'The side-by-side table: one row per criterion, one column per subject.',
		),
	),
});

const subject = z.strictObject({
	id,
	name: text,
	description: z.optional(z.string()),
});

const reference = z.strictObject({
	id: referenceNumber,
	title: text,
	publisher: z.optional(z.string()),
	url: z.optional(z.string()),
});

const source = z.strictObject({
	title: z.optional(z.string()),
	publisher: z.optional(z.string()),
	url: z.optional(z.string()),
	date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, {error: 'expected a date as YYYY-MM-DD'}))),
	readingMinutes: z.optional(z.int().check(z.gte(0))),
	wordCount: z.optional(z.int().check(z.gte(0))),
	tags: z.optional(z.array(z.string())),
	machineGenerated: z.optional(about(z.boolean(), 'Whether the source says it was generated by a machine.')),
	note: z.optional(about(z.string(), 'What a reader should know about where the comparison comes from.')),
});

/** The shape of a comparison file, without the cross-checks between its parts. */
export const comparisonShape = z.strictObject({
	$schema: z.optional(z.string()),
	title: text,
	description: z.optional(z.string()),
	source: z.optional(source),
	subjects: z.array(subject).check(
		z.minLength(subjectLimits.min, {
			error: `expected ${subjectLimits.min} to ${subjectLimits.max} subjects`,
		}),
		z.maxLength(subjectLimits.max, {
			error: `expected ${subjectLimits.min} to ${subjectLimits.max} subjects`,
		}),
	),
	sections: z.array(section).check(z.minLength(1, {error: 'expected at least one section'})),
	references: z.optional(z.array(reference)),
});

/** A validated comparison. */
export type Comparison = z.output<typeof comparisonShape>;
/** One subject (a framework, a tool) being compared. */
export type Subject = Comparison['subjects'][number];
/** One section of a comparison. */
export type Section = Comparison['sections'][number];
/** One reference a comparison cites. */
export type Reference = NonNullable<Comparison['references']>[number];
/** One table row. */
export type Row = NonNullable<Section['table']>['rows'][number];
/** One table cell as written in the file. */
export type Cell = z.output<typeof cellSchema>;
/** A section's table: its rows, and the tables they come from. */
export type Table = NonNullable<Section['table']>;
/** One of the tables a section's rows come from: how many rows, where it stands, its columns. */
export type TablePart = NonNullable<Table['parts']>[number];
/** One column of a table part: the label, a subject's or another (a field). */
export type TableColumn = NonNullable<TablePart['columns']>[number];
/** How a column is aligned. */
export type Alignment = (typeof alignments)[number];

type Problem = {readonly path: (string | number)[]; readonly message: string};

function quote(value: string): string {
	return JSON.stringify(value);
}

/** The checks a JSON Schema cannot express: unique ids, cells that match subjects, known references. */
export function crossCheck(comparison: Comparison): Problem[] {
	const problems: Problem[] = [];
	const unique = (items: readonly {id: string | number}[], where: string) => {
		const seen = new Map<string | number, number>();
		items.forEach((item, index) => {
			const first = seen.get(item.id);
			if (first === undefined) seen.set(item.id, index);
			else
				problems.push({
					path: [where, index, 'id'],
					message: `duplicate id ${quote(String(item.id))} (also ${where}[${first}])`,
				});
		});
	};
	unique(comparison.subjects, 'subjects');
	unique(comparison.sections, 'sections');
	const references = comparison.references ?? [];
	unique(references, 'references');
	// Duplicate ids make every later check ambiguous; report them alone.
	if (problems.length > 0) return problems;

	const subjectIds = comparison.subjects.map((item) => item.id);
	const known = new Set(references.map((item) => item.id));
	const cite = (numbers: readonly number[], path: (string | number)[]) => {
		for (const number of numbers) {
			if (!known.has(number)) {
				problems.push({
					path,
					message: `cites [${number}], but references has no id ${number}`,
				});
				return;
			}
		}
	};

	comparison.sections.forEach((section, sectionIndex) => {
		const at = ['sections', sectionIndex];
		cite(bodyCitedNumbers(section.body ?? ''), [...at, 'body']);
		section.table?.rows.forEach((row, rowIndex) => {
			const rowAt = [...at, 'table', 'rows', rowIndex];
			for (const key of Object.keys(row.cells)) {
				if (!subjectIds.includes(key)) {
					problems.push({
						path: [...rowAt, 'cells', key],
						message: `unknown subject ${quote(key)} (subjects are ${subjectIds.join(', ')})`,
					});
				}
			}
			let unit: string | undefined;
			for (const subjectId of subjectIds) {
				const cell = row.cells[subjectId];
				const cellAt = [...rowAt, 'cells', subjectId];
				if (cell === undefined) {
					problems.push({
						path: [...rowAt, 'cells'],
						message: `no cell for subject ${quote(subjectId)}; write null if the source is silent`,
					});
					continue;
				}
				if (cell === null) continue;
				if (typeof cell === 'string') {
					cite(citedNumbers(cell), cellAt);
					continue;
				}
				cite(cell.refs ?? [], [...cellAt, 'refs']);
				cite(citedNumbers(cell.text), [...cellAt, 'text']);
				if (cell.value === undefined && cell.unit !== undefined) {
					problems.push({path: cellAt, message: 'expected a value with the unit, got only the unit'});
				} else if (cell.value !== undefined) {
					// A count ("56K") has no unit: it is charted only beside other counts.
					const cellUnit = cell.unit ?? '';
					if (unit === undefined) unit = cellUnit;
					else if (unit !== cellUnit) {
						problems.push({
							path: [...cellAt, 'unit'],
							message: `expected the unit of this row, ${unit === '' ? 'none' : quote(unit)}, got ${cellUnit === '' ? 'none' : quote(cellUnit)}`,
						});
					}
				}
			}
			for (const [name, text] of Object.entries(row.fields ?? {})) cite(citedNumbers(text), [...rowAt, 'fields', name]);
		});
		if (section.table) checkParts(section.table, section.body ?? '', subjectIds, [...at, 'table'], problems);
	});
	return problems;
}

/** The parts of a table: rows that add up, places in order within the body, columns that make sense. */
function checkParts(
	table: Table,
	body: string,
	subjectIds: readonly string[],
	at: (string | number)[],
	problems: Problem[],
): void {
	const parts = table.parts;
	if (parts === undefined) {
		table.rows.forEach((row, index) => {
			const [name] = Object.keys(row.fields ?? {});
			if (name !== undefined)
				problems.push({
					path: [...at, 'rows', index, 'fields', name],
					message: 'a field needs a column: give the table parts with columns that name it',
				});
		});
		return;
	}
	const total = parts.reduce((sum, part) => sum + part.rows, 0);
	if (total !== table.rows.length) {
		problems.push({
			path: [...at, 'parts'],
			message: `expected parts of ${table.rows.length} rows in all, got ${total}`,
		});
		return;
	}
	const lines = body === '' ? 0 : body.split('\n').length;
	let previous = 0;
	let start = 0;
	parts.forEach((part, index) => {
		const partAt = [...at, 'parts', index];
		if (part.after !== undefined) {
			if (part.after > lines)
				problems.push({
					path: [...partAt, 'after'],
					message: `expected at most ${lines} (the body's lines), got ${part.after}`,
				});
			else if (part.after < previous)
				problems.push({
					path: [...partAt, 'after'],
					message: `expected the parts in the order they stand, at ${previous} or later, got ${part.after}`,
				});
			else previous = part.after;
		} else previous = lines;
		const fields = new Set<string>();
		const subjects = new Set<string>();
		let labels = 0;
		(part.columns ?? []).forEach((column, columnIndex) => {
			const columnAt = [...partAt, 'columns', columnIndex];
			if ('label' in column) labels++;
			else if ('subject' in column) {
				if (!subjectIds.includes(column.subject))
					problems.push({path: [...columnAt, 'subject'], message: `unknown subject ${quote(column.subject)}`});
				else if (subjects.has(column.subject))
					problems.push({path: [...columnAt, 'subject'], message: `subject ${quote(column.subject)} twice`});
				subjects.add(column.subject);
			} else if (fields.has(column.field))
				problems.push({path: [...columnAt, 'field'], message: `column ${quote(column.field)} twice`});
			else fields.add(column.field);
		});
		if (part.columns !== undefined && labels !== 1)
			problems.push({path: [...partAt, 'columns'], message: `expected one label column, got ${labels}`});
		for (let row = start; row < start + part.rows; row++) {
			for (const name of Object.keys(table.rows[row]?.fields ?? {})) {
				if (!fields.has(name))
					problems.push({
						path: [...at, 'rows', row, 'fields', name],
						message: `no column ${quote(name)} in its part (parts[${index}])`,
					});
			}
		}
		start += part.rows;
	});
}
