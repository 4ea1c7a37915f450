// Parsed markdown (blocks of styled spans) to lines at a width. Pure layout: parsing lives in
// ../markdown-parse.ts, so that the blocks of the bundled comparison can be made at build time.

import {columnCharts, layoutChart} from './chart.js';
import {append, graphemes, type Line, largest, lineWidth, Role, type Span, span, textWidth} from './styled.js';
import {type Alignment, tableParts} from './table.js';
import {wrapSpans} from './wrap.js';

/** One item of a list: its blocks, and its checkbox when it is a task. */
export type ListItem = {readonly blocks: readonly Block[]; readonly loose: boolean; readonly checked?: boolean};

/** A block of parsed markdown. Plain data, so it survives JSON (the build stores it that way). */
export type Block =
	| {readonly type: 'paragraph'; readonly spans: readonly Span[]}
	| {readonly type: 'heading'; readonly depth: number; readonly spans: readonly Span[]}
	| {
			readonly type: 'list';
			readonly ordered: boolean;
			readonly start: number;
			readonly loose: boolean;
			readonly items: readonly ListItem[];
	  }
	| {readonly type: 'quote'; readonly blocks: readonly Block[]}
	| {
			readonly type: 'code';
			readonly text: string;
			/** The language its fence names, if any. */
			readonly lang?: string;
			/** The text highlighted, line by line, when the language is one tradeoff knows. */
			readonly highlighted?: readonly Line[];
	  }
	| {readonly type: 'rule'}
	| {
			readonly type: 'table';
			readonly header: readonly (readonly Span[])[];
			readonly rows: readonly (readonly (readonly Span[])[])[];
			/** Each column's alignment as the source wrote it (null, not undefined: blocks are stored as JSON). */
			readonly align?: readonly (Alignment | null)[];
	  }
	/**
	 * Where rows start to end of the section's own table go (a table of the subjects, laid out
	 * with the view by document.ts), and which of the table's parts they are; nothing on its own.
	 * `header` holds the header cells, by subject id, that show more than the subject's name (a link).
	 */
	| {
			readonly type: 'subject-table';
			readonly start: number;
			readonly end: number;
			readonly part?: number;
			readonly header?: Readonly<Record<string, readonly Span[]>>;
	  };

/** Options that change how markdown is laid out. */
export type MarkdownOptions = {
	readonly width: number;
	readonly ascii?: boolean;
	/**
	 * How tables too wide for the width are shown, and which is which: see {@link TableSetting}.
	 * Printed output leaves it out (wide tables stack).
	 */
	readonly tables?: TableSetting;
	/**
	 * Columns still free for indentation (quote bars, list markers) and levels of nesting still
	 * indented; layoutBlocks sets both when they are not given (half the width, maxIndentedLevels).
	 */
	readonly indent?: {readonly columns: number; readonly levels: number};
};

/**
 * The browser's say in how tables are laid out: whether a table too wide for its columns' minimums
 * is panned (else stacked), and each table's pan, by its number among the tables laid out together
 * (a section's, from 0).
 */
export type WideTables = {
	readonly wide: 'stack' | 'pan';
	readonly pan?: (index: number) => number;
};

/** {@link WideTables} while laying out, with `next` handing out the tables' numbers in order. */
export type TableSetting = WideTables & {readonly next: () => number};

/** A fresh numbering of tables for one section (or one run of blocks) laid out. */
export function tableSetting(wide: WideTables | undefined): TableSetting {
	let count = 0;
	return {...(wide ?? {wide: 'stack'}), next: () => count++};
}

/**
 * Nesting past this many levels is not indented further: a deeper quote goes on without another
 * bar, a deeper list's items carry their markers in their text. Nor past half the width, so the
 * innermost text keeps at least half of it, however deep it is.
 */
export const maxIndentedLevels = 8;

/** Joins groups of lines with one blank line between them (or none). */
function join(parts: readonly Line[][], gap = true): Line[] {
	const lines: Line[] = [];
	parts.forEach((part, index) => {
		if (index > 0 && gap) lines.push([]);
		append(lines, part);
	});
	return lines;
}

/** The options for what a prefix `columns` wide indents, or undefined when the budget is spent. */
function indented(options: MarkdownOptions, columns: number): MarkdownOptions | undefined {
	const indent = options.indent ?? {columns: 0, levels: 0};
	if (indent.levels < 1 || indent.columns < columns) return undefined;
	return {
		...options,
		width: options.width - columns,
		indent: {columns: indent.columns - columns, levels: indent.levels - 1},
	};
}

/** A list item whose marker starts its text instead of hanging in front of it (past the budget). */
function markedItem(marker: Span, blocks: readonly Block[]): Block[] {
	const [first, ...rest] = blocks;
	if (first?.type === 'paragraph' || first?.type === 'heading')
		return [{...first, spans: [marker, ...first.spans]}, ...rest];
	return [{type: 'paragraph', spans: [marker]}, ...blocks];
}

function layoutList(list: Extract<Block, {type: 'list'}>, options: MarkdownOptions): Line[] {
	const last = list.start + list.items.length - 1;
	const markerWidth = list.ordered ? `${last}.`.length + 1 : 2;
	const markers = list.items.map((item, index) => {
		let marker = list.ordered ? `${list.start + index}.` : options.ascii ? '*' : '•';
		if (item.checked !== undefined) marker += item.checked ? ' [x]' : ' [ ]';
		return marker;
	});
	const widest = Math.max(markerWidth, largest(markers.map((marker) => textWidth(marker) + 1)));
	const inner = indented(options, widest);
	if (!inner) {
		const items = list.items.map((item, index) =>
			layoutBlocks(markedItem(span(`${markers[index]} `, Role.muted), item.blocks), options, item.loose),
		);
		return join(items, list.loose);
	}
	const items = list.items.map((item, index) => {
		const bullet = span(`${(markers[index] ?? '').padStart(list.ordered ? markerWidth - 1 : 0)} `, Role.muted);
		const indent = span(' '.repeat(textWidth(bullet.text)));
		const lines = layoutBlocks(item.blocks, {...inner, width: options.width - textWidth(bullet.text)}, item.loose);
		return (lines.length > 0 ? lines : [[]]).map((line, lineIndex) => [lineIndex === 0 ? bullet : indent, ...line]);
	});
	return join(items, list.loose);
}

/**
 * Code keeps its text as it is: each line starts two columns in, and a line longer than the width
 * is cut into pieces, each further piece after a continuation marker (↪) in those two columns.
 */
function layoutCode(block: Extract<Block, {type: 'code'}>, width: number, ascii: boolean | undefined): Line[] {
	const indent = span('  ');
	const marker = span(ascii ? '> ' : '↪ ', Role.border);
	const room = Math.max(1, width - 2);
	const source =
		block.highlighted ?? block.text.split('\n').map((line) => (line === '' ? [] : [span(line, Role.code)]));
	const lines: Line[] = [];
	for (const line of source) {
		if (lineWidth(line) <= room) {
			lines.push([indent, ...line]);
			continue;
		}
		let piece: Span[] = [indent];
		let used = 0;
		for (const part of line) {
			let text = '';
			for (const cluster of graphemes(part.text)) {
				const clusterWidth = textWidth(cluster);
				if (used + clusterWidth > room && used > 0) {
					if (text !== '') piece.push({...part, text});
					lines.push(piece);
					// Search reads on through the marker, as through a word the width broke.
					piece = [marker, {text: '', role: Role.wrappedInWord}];
					text = '';
					used = 0;
				}
				text += cluster;
				used += clusterWidth;
			}
			if (text !== '') piece.push({...part, text});
		}
		lines.push(piece);
	}
	return lines;
}

function layoutBlock(block: Block, options: MarkdownOptions): Line[] {
	const {width} = options;
	switch (block.type) {
		case 'paragraph':
		case 'heading':
			return wrapSpans(block.spans, width);
		case 'list':
			return layoutList(block, options);
		case 'quote': {
			const inner = indented(options, 2);
			// Past the budget a quote goes on at the level of the one around it.
			if (!inner) return layoutBlocks(block.blocks, options);
			const bar = span(options.ascii ? '| ' : '│ ', Role.muted);
			return layoutBlocks(block.blocks, inner).map((line) => [bar, ...line]);
		}
		case 'code':
			return layoutCode(block, width, options.ascii);
		case 'rule':
			return [[span((options.ascii ? '-' : '─').repeat(width), Role.border)]];
		case 'table':
			return layoutTableBlock(block, options);
		case 'subject-table':
			return [];
	}
}

/**
 * A table of a document's own columns: fitted to the width (each row a record when narrow), then
 * a bar chart for each column of figures in one unit.
 */
function layoutTableBlock(block: Extract<Block, {type: 'table'}>, options: MarkdownOptions): Line[] {
	const align = block.align?.map((value) => value ?? undefined);
	const index = options.tables?.next() ?? 0;
	const lines: Line[] = [];
	const parts = tableParts(
		{header: block.header, rows: block.rows, ...(align ? {align} : {})},
		{
			width: options.width,
			...(options.ascii === undefined ? {} : {ascii: options.ascii}),
			stack: 'records',
			wide: options.tables?.wide ?? 'stack',
			pan: options.tables?.pan?.(index) ?? 0,
			index,
		},
	);
	for (const part of parts) append(lines, part);
	for (const chart of columnCharts(block)) lines.push([], ...layoutChart(chart, options.width, options.ascii));
	return lines;
}

/** The options blocks are laid out with: an indentation budget, unless one is running already. */
function withinBudget(options: MarkdownOptions): MarkdownOptions {
	return options.indent
		? options
		: {...options, indent: {columns: Math.floor(options.width / 2), levels: maxIndentedLevels}};
}

/** Lays out blocks at a width: paragraphs wrapped, lists indented, tables fitted. */
export function layoutBlocks(blocks: readonly Block[], options: MarkdownOptions, gap = true): Line[] {
	return join([...blockPieces(blocks, options)], gap);
}

/**
 * The same lines a block at a time, empty ones left out (layoutBlocks puts a blank line between
 * each two): printing renders each and lets it go, so that little is alive when the garbage
 * collector runs.
 */
export function* blockPieces(blocks: readonly Block[], options: MarkdownOptions): Generator<Line[]> {
	const within = withinBudget(options);
	for (const block of blocks) {
		const lines = layoutBlock(block, within);
		if (lines.length > 0) yield lines;
	}
}
