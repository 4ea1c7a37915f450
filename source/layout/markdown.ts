// Parsed markdown (blocks of styled spans) to lines at a width. Pure layout: parsing lives in
// ../markdown-parse.ts, so that the blocks of the bundled comparison can be made at build time.

import {columnCharts, layoutChart} from './chart.js';
import {type Line, Role, type Span, span, textWidth} from './styled.js';
import {layoutTable} from './table.js';
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
	| {readonly type: 'code'; readonly text: string}
	| {readonly type: 'rule'}
	| {
			readonly type: 'table';
			readonly header: readonly (readonly Span[])[];
			readonly rows: readonly (readonly (readonly Span[])[])[];
	  }
	/**
	 * Where rows start to end of the section's own table go (a Markdown document's table of its
	 * subjects, laid out with the view by document.ts); nothing on its own.
	 */
	| {readonly type: 'subject-table'; readonly start: number; readonly end: number};

/** Options that change how markdown is laid out. */
export type MarkdownOptions = {
	readonly width: number;
	readonly ascii?: boolean;
};

/** Joins groups of lines with one blank line between them (or none). */
function join(parts: readonly Line[][], gap = true): Line[] {
	const lines: Line[] = [];
	parts.forEach((part, index) => {
		if (index > 0 && gap) lines.push([]);
		lines.push(...part);
	});
	return lines;
}

function layoutList(list: Extract<Block, {type: 'list'}>, options: MarkdownOptions): Line[] {
	const last = list.start + list.items.length - 1;
	const markerWidth = list.ordered ? `${last}.`.length + 1 : 2;
	const items = list.items.map((item, index) => {
		let marker = list.ordered ? `${list.start + index}.`.padStart(markerWidth - 1) : options.ascii ? '*' : '•';
		if (item.checked !== undefined) marker += item.checked ? ' [x]' : ' [ ]';
		const bullet = span(`${marker} `, Role.muted);
		const indent = span(' '.repeat(textWidth(bullet.text)));
		const inner = layoutBlocks(
			item.blocks,
			{...options, width: Math.max(1, options.width - textWidth(bullet.text))},
			item.loose,
		);
		const lines = inner.length > 0 ? inner : [[]];
		return lines.map((line, lineIndex) => [lineIndex === 0 ? bullet : indent, ...line]);
	});
	return join(items, list.loose);
}

/** Code keeps its spaces; a line too long for the width is broken, never cut. */
function layoutCode(text: string, width: number): Line[] {
	const indent = span('  ');
	const room = Math.max(1, width - 2);
	return text.split('\n').flatMap((code): Line[] => {
		if (textWidth(code) <= room) return [[indent, span(code, Role.code)]];
		return wrapSpans([span(code.replace(/ /g, '\u00a0'), Role.code)], room).map((line) => [
			indent,
			...line.map((piece) => ({...piece, text: piece.text.replace(/\u00a0/g, ' ')})),
		]);
	});
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
			const bar = span(options.ascii ? '| ' : '│ ', Role.muted);
			return layoutBlocks(block.blocks, {...options, width: Math.max(1, width - 2)}).map((line) => [bar, ...line]);
		}
		case 'code':
			return layoutCode(block.text, width);
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
	const lines = layoutTable({header: block.header, rows: block.rows}, {...options, stack: 'records'});
	for (const chart of columnCharts(block)) lines.push([], ...layoutChart(chart, options.width, options.ascii));
	return lines;
}

/** Lays out blocks at a width: paragraphs wrapped, lists indented, tables fitted. */
export function layoutBlocks(blocks: readonly Block[], options: MarkdownOptions, gap = true): Line[] {
	return join(
		blocks.map((block) => layoutBlock(block, options)).filter((lines) => lines.length > 0),
		gap,
	);
}
