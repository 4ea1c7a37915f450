// fast-check generators for comparison files: valid ones with text that stresses layout (CJK,
// emoji, combining marks, escape sequences, long words, markdown), and ways to break them.
import fc from 'fast-check';
import type {Cell, Comparison} from '../model/schema.js';
import {payloads} from './payloads.js';

const fragments = [
	'FastAPI',
	'plain words',
	'表格と中文',
	'한국어',
	'🚀👩‍👩‍👧‍👦🇫🇷',
	'e\u0301',
	'**bold**',
	'*em*',
	'`code`',
	'[link](https://example.com)',
	'https://example.com/a/very/long/path/that/never/breaks/at/a/space',
	'supercalifragilisticexpialidocious-and-then-some',
	'- item',
	'1. first',
	'> quoted',
	'# heading',
	'| a | b |\n|---|---|\n| c | d |',
	'```\ncode block\n```',
	'&amp; &#27;[2J',
	'\t',
	'\n\n',
	...payloads.map((payload) => payload.text),
];

/** Text of fragments, words and unicode, as prose or cells might hold. */
export const text: fc.Arbitrary<string> = fc
	.array(
		fc.oneof(fc.constantFrom(...fragments), fc.string({unit: 'grapheme', maxLength: 12}), fc.string({maxLength: 20})),
		{
			minLength: 1,
			maxLength: 12,
		},
	)
	// A generated "[7]" would cite a reference that may not exist; citations are added on purpose.
	.map((parts) => parts.join(' ').replace(/\[(\d+)\]/g, '($1)'));

const nonEmpty = text.filter((value) => value.trim().length > 0 && /[^\u0000-\u001f\u007f-\u009f]/.test(value));

const idArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

/** A valid comparison: unique ids, a cell for every subject, references that exist. */
export const comparison: fc.Arbitrary<Comparison> = fc
	.record({
		subjectIds: fc.uniqueArray(idArbitrary, {minLength: 2, maxLength: 8}),
		sectionIds: fc.uniqueArray(idArbitrary, {minLength: 1, maxLength: 5}),
		referenceCount: fc.integer({min: 0, max: 4}),
		title: nonEmpty,
	})
	.chain(({subjectIds, sectionIds, referenceCount, title}) => {
		const refs = fc.array(fc.integer({min: 1, max: Math.max(1, referenceCount)}), {
			maxLength: referenceCount === 0 ? 0 : 2,
		});
		// A citation in the text itself, [n], where there are references to cite.
		const citing =
			referenceCount === 0
				? nonEmpty
				: fc
						.tuple(nonEmpty, fc.integer({min: 1, max: referenceCount}))
						.map(([value, number]) => `${value} [${number}]`);
		const cell: fc.Arbitrary<Cell> = fc.oneof(
			nonEmpty,
			citing,
			fc.record({text: nonEmpty, refs}),
			fc.record({text: nonEmpty, refs, value: fc.double({min: -1e6, max: 1e9, noNaN: true}), unit: fc.constant('%')}),
			// The source is silent, said each way a file may say it.
			fc.constantFrom<Cell>(null, 'Not stated in the source', 'not stated in the source.', 'NOT STATED IN THE SOURCE', {
				text: 'Not stated in the source.',
			}),
		);
		const row = fc.record({
			criterion: nonEmpty,
			cells: fc
				.tuple(...subjectIds.map(() => cell))
				.map((cells) => Object.fromEntries(subjectIds.map((id, index) => [id, cells[index] as Cell]))),
		});
		return fc.record({
			title: fc.constant(title),
			description: fc.option(text, {nil: undefined}),
			subjects: fc.tuple(...subjectIds.map((id) => nonEmpty.map((name) => ({id, name})))),
			sections: fc.tuple(
				...sectionIds.map((id) =>
					fc.record({
						id: fc.constant(id),
						title: nonEmpty,
						// Citations in prose must name existing references; "[n]" only when there are some.
						body: text.map((value) => (referenceCount > 0 ? `${value} [1]` : value)),
						table: fc.record({rows: fc.array(row, {maxLength: 4})}),
						// The tables the rows come from: where they stand, their label's header, a column
						// that is no subject, and the subjects in another order, aligned.
						layout: fc.option(fc.record({label: text, notes: nonEmpty, split: fc.boolean(), reversed: fc.boolean()}), {
							nil: undefined,
						}),
					}),
				),
			),
			references: fc.constant(
				Array.from({length: referenceCount}, (_, index) => ({
					id: index + 1,
					title: `Reference ${index + 1}`,
					url: `https://example.com/${index + 1}`,
				})),
			),
		});
	})
	.map((value) => {
		for (const section of value.sections as Record<string, any>[]) {
			const {layout} = section;
			delete section.layout;
			if (!layout) continue;
			const rows = section.table.rows as Record<string, any>[];
			const lines = section.body === '' ? 0 : String(section.body).split('\n').length;
			const ids = value.subjects.map((subject: {id: string}) => subject.id);
			const columns = [
				{label: layout.label},
				...(layout.reversed ? [...ids].reverse() : ids).map((id: string, index: number) => ({
					subject: id,
					...(index === 0 ? {align: 'right'} : {}),
				})),
				{field: 'Notes', align: 'center'},
			];
			rows.forEach((row, index) => {
				if (index % 2 === 0) row.fields = {Notes: layout.notes};
			});
			const first = layout.split ? Math.floor(rows.length / 2) : rows.length;
			section.table.parts = [
				{rows: first, after: 0, columns},
				...(layout.split ? [{rows: rows.length - first, after: lines, columns}] : []),
			];
		}
		return JSON.parse(JSON.stringify(value)) as Comparison;
	});

type Json = Record<string, any>;

/** A change that makes a valid comparison invalid, with the path it breaks. */
export type Breakage = {readonly name: string; readonly apply: (data: Json) => void};

/** Ways to break a comparison that the loader must report as data errors. */
export const breakages: readonly Breakage[] = [
	{name: 'no title', apply: (data) => delete data.title},
	{name: 'title is a number', apply: (data) => (data.title = 7)},
	{name: 'subjects is an object', apply: (data) => (data.subjects = {})},
	{name: 'one subject', apply: (data) => (data.subjects = data.subjects.slice(0, 1))},
	{name: 'a subject without a name', apply: (data) => delete data.subjects[0].name},
	{name: 'a bad subject id', apply: (data) => (data.subjects[0].id = 'Not An Id')},
	{name: 'a duplicate subject id', apply: (data) => (data.subjects[1].id = data.subjects[0].id)},
	{name: 'no sections', apply: (data) => (data.sections = [])},
	{name: 'a duplicate section id', apply: (data) => data.sections.push({...data.sections[0]})},
	{name: 'an unknown field', apply: (data) => (data.sections[0].colour = 'red')},
	{
		name: 'a cell of the wrong type',
		apply: (data) => (data.sections[0].table.rows = [{criterion: 'x', cells: {[data.subjects[0].id]: 42}}]),
	},
	{
		name: 'a cell for an unknown subject',
		apply: (data) => {
			const cells = Object.fromEntries(data.subjects.map((subject: {id: string}) => [subject.id, 'x']));
			data.sections[0].table.rows = [{criterion: 'x', cells: {...cells, 'no-such-subject': 'y'}}];
		},
	},
	{name: 'a missing cell', apply: (data) => (data.sections[0].table.rows = [{criterion: 'x', cells: {}}])},
	{name: 'a dangling citation', apply: (data) => (data.sections[0].body = 'see [99]')},
	{
		name: 'a dangling reference number',
		apply: (data) => {
			const cells = Object.fromEntries(
				data.subjects.map((subject: {id: string}) => [subject.id, {text: 'x', refs: [99]}]),
			);
			data.sections[0].table.rows = [{criterion: 'x', cells}];
		},
	},
	{name: 'deep nesting', apply: (data) => (data.description = JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`))},
	{name: 'a negative word count', apply: (data) => (data.source = {wordCount: -1})},
	{name: 'a reference id of zero', apply: (data) => (data.references = [{id: 0, title: 't'}])},
	{
		name: 'an empty object instead of the comparison',
		apply: (data) => {
			for (const key of Object.keys(data)) delete data[key];
		},
	},
];

/** The word the innermost level of generated markdown holds; short enough never to be broken. */
export const innermost = 'zinner';

/** Inline nestings: each wraps the text inside it. */
const inlineKinds: Readonly<Record<string, (text: string) => string>> = {
	em: (text) => `*${text}*`,
	strong: (text) => `**${text}**`,
	underscore: (text) => `_${text}_`,
	del: (text) => `~~${text}~~`,
	link: (text) => `[${text}](https://example.com/x)`,
	image: (text) => `![${text}](https://example.com/i.png)`,
	brackets: (text) => `[${text}]`,
	html: (text) => `<b>${text}</b>`,
	code: (text) => `\`${text}\``,
	// Only the opening half: degenerate, never closed.
	open: (text) => `**[_${text}`,
};

/** Block nestings: each wraps the lines inside it, after a line of its own. */
const blockKinds: Readonly<Record<string, (lines: readonly string[], level: number) => string[]>> = {
	quote: (lines) => lines.map((line) => `> ${line}`),
	tightQuote: (lines) => lines.map((line) => `>${line}`),
	bullet: (lines, level) => [`- level ${level}`, ...lines.map((line) => `  ${line}`)],
	ordered: (lines, level) => [`${level + 1}. level ${level}`, ...lines.map((line) => `   ${line}`)],
	task: (lines, level) => [`- [x] level ${level}`, ...lines.map((line) => `  ${line}`)],
	sameLine: (lines) => lines.map((line, index) => (index === 0 ? `- > ${line}` : `    ${line}`)),
};

const depth = fc.oneof(
	fc.integer({min: 0, max: 12}),
	fc.integer({min: 40, max: 300}),
	fc.integer({min: 1000, max: 3000}),
);

/**
 * Markdown nested deep and in every way (quotes, lists, emphasis, links, brackets, HTML, code
 * spans), or degenerate (words longer than any line, lines of thousands of words, unclosed
 * delimiters), with `innermost` at its innermost level.
 */
export const deepMarkdown: fc.Arbitrary<string> = fc.oneof(
	fc
		.record({
			inline: fc.array(fc.constantFrom(...Object.keys(inlineKinds)), {minLength: 1, maxLength: 4}),
			inlineDepth: depth,
			blocks: fc.array(fc.constantFrom(...Object.keys(blockKinds)), {minLength: 1, maxLength: 3}),
			// Every level of blocks is a line or more, so their depth stays in the hundreds.
			blockDepth: fc.oneof(fc.integer({min: 0, max: 12}), fc.integer({min: 40, max: 300})),
		})
		.map(({inline, inlineDepth, blocks, blockDepth}) => {
			let text = `a ${innermost} b`;
			for (let level = 0; level < inlineDepth; level++)
				text = inlineKinds[inline[level % inline.length] ?? 'em']?.(text) ?? text;
			// A word first: a line that starts with three tildes or backticks opens fenced code, whose
			// info string (here, everything after them) markdown never shows.
			let lines = [`start ${text}`];
			for (let level = blockDepth - 1; level >= 0; level--)
				lines = blockKinds[blocks[level % blocks.length] ?? 'quote']?.(lines, level) ?? lines;
			return lines.join('\n');
		}),
	fc.integer({min: 1, max: 20000}).map((length) => `${'x'.repeat(length)} ${innermost}`),
	fc.integer({min: 1, max: 5000}).map((count) => `${'word '.repeat(count)}${innermost}`),
	fc.integer({min: 1, max: 3000}).map((count) => `${'line\n'.repeat(count)}${innermost}`),
	fc
		.integer({min: 1, max: 60})
		.map(
			(columns) =>
				`|${' h |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n|${' c |'.repeat(columns - 1)} ${innermost} |`,
		),
);
