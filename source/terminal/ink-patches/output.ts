// Stands in for Ink's output.js, the grid every frame is drawn into. Ink's version builds a fresh
// grid of one object per cell for every frame (80×24: 1,920 objects with an array each), runs
// every line through the tokenizer again and turns every row back into a string: about 1.3 MB of
// garbage per frame here, most of what a key press allocates. The garbage made V8 grow its young
// generation to 32 MiB over a session, the largest part of the browser's memory.
//
// This version gives the same rows. It collects the writes that land on each row and turns a row
// into a string only when no earlier frame produced the same row from the same writes: a row is a
// pure function of the grid's width and the (x, text) of its writes, so its string is cached
// across frames. On a miss it builds that one row as Ink does, cell by cell. The tests check it
// against Ink's own output.js on generated frames in which no wide character is split, and against
// what a terminal shows on frames in which some are.
//
// It matches Ink 6.8's output.js but for wide characters (CJK, emoji: two cells), which 6.8 splits:
// a write over one half of a wide character left the other half (the terminal then drew the whole
// character, pushing the rest of the row a column right or left), and slice-ansi cut one that a
// clip edge went through to a whole character or none. Here, as in Ink 7 and 8, the half that is
// left becomes a blank in the character's styles, so every other cell stays in its column.
import sliceAnsi from 'slice-ansi';
import widestLine from 'widest-line';
import stringWidth from '../../layout/display-width.js';
import {type StyledChar, styledCharsFromTokens, styledCharsToString, tokenize} from './ansi-tokenize.js';
import {remember} from './remember.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};
/** One line written onto a row, after clipping and transformers. */
type RowWrite = {x: number; line: string};

// Rows already built, by width and writes. A frame has one entry per row; the bound keeps a few
// screens' worth, so paging back and forth and redrawing an unchanged screen cost no rebuilding.
const rowLimit = 1024;
const rows = new Map<string, string>();

// A cell no write has touched. Ink gives each one its own object and styles array; they are only
// read, so one frozen cell serves every grid.
const blank: StyledChar = Object.freeze({
	type: 'char',
	value: ' ',
	fullWidth: false,
	styles: Object.freeze([]) as never,
});

/** What is left of a wide character when a write or a clip takes its other half: a blank, in its styles. */
function blankOf(cell: StyledChar): StyledChar {
	return {...cell, value: ' ', fullWidth: false};
}

/**
 * A row's string, built as Ink builds it: blank cells, each write's cells laid over them in order.
 * A wide character takes its first cell; its other cell holds '' (nothing to print).
 */
function buildRow(width: number, writes: readonly RowWrite[]): string {
	// Ink's grid has a cell for every column up to the width, rounded up (none for a width of 0 or NaN).
	const cells: (StyledChar | undefined)[] = new Array<StyledChar>(width > 0 ? Math.ceil(width) : 0).fill(blank);
	for (const {x, line} of writes) {
		const characters = styledCharsFromTokens(tokenize(line));
		// A write clipped to nothing takes no half of anything.
		if (characters.length === 0) continue;
		// Starting on the second cell of a wide character, the write leaves its first.
		const before = cells[x - 1];
		if (cells[x]?.value === '' && before && stringWidth(before.value) > 1) cells[x - 1] = blankOf(before);
		let offsetX = x;
		for (const character of characters) {
			cells[offsetX] = character;
			const characterWidth = Math.max(1, stringWidth(character.value));
			for (let index = 1; index < characterWidth; index++) {
				// A wide character whose first cell is left of the grid shows as a blank in its second.
				const value = offsetX < 0 ? ' ' : '';
				cells[offsetX + index] = {type: 'char', value, fullWidth: false, styles: character.styles};
			}
			offsetX += characterWidth;
		}
		// Ending on the first cell of a wide character, the write leaves its second.
		const after = cells[offsetX];
		if (after?.value === '') cells[offsetX] = blankOf(after);
	}
	// A write starting left of the grid leaves holes, as in Ink; they are skipped.
	return styledCharsToString(cells.filter((cell): cell is StyledChar => cell !== undefined)).trimEnd();
}

/**
 * The columns [from, to) of a line, cut as Ink 6.8 cuts them (slice-ansi), but for a wide character
 * that an edge falls inside: the cell of it inside the edge becomes a blank in its styles, as a
 * terminal cannot show half of one, and the rest keep their columns.
 */
function sliceColumns(line: string, from: number, to: number): string {
	if (from >= to) return '';
	let head = '';
	let tail = '';
	let start = from;
	let end = to;
	let column = 0;
	for (const character of styledCharsFromTokens(tokenize(line))) {
		const characterWidth = stringWidth(character.value);
		if (characterWidth > 1 && column < from && column + characterWidth > from) {
			head = styledCharsToString([blankOf(character)]);
			start = column + characterWidth;
		}
		if (characterWidth > 1 && column < to && column + characterWidth > to) {
			tail = styledCharsToString([blankOf(character)]);
			end = column;
		}
		column += characterWidth;
		if (column >= to) break;
	}
	return head + (start < end ? sliceAnsi(line, start, end) : '') + tail;
}

function row(width: number, writes: readonly RowWrite[] | undefined): string {
	let key = String(width);
	for (const {x, line} of writes ?? []) key += `;${x};${line.length};${line}`;
	return remember(rows, rowLimit, key, () => buildRow(width, writes ?? []));
}

export default class Output {
	width: number;
	height: number;
	private readonly operations: Operation[] = [];

	constructor(options: {width: number; height: number}) {
		this.width = options.width;
		this.height = options.height;
	}

	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const writes: (RowWrite[] | undefined)[] = new Array<RowWrite[] | undefined>(this.height);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(operation.clip);
			if (operation.type === 'unclip') clips.pop();
			if (operation.type !== 'write') continue;
			const {text, transformers} = operation;
			let {x, y} = operation;
			let lines = text.split('\n');
			// Clipping as Ink clips: whole writes outside the clip are dropped, the rest are cut.
			const clip = clips.at(-1);
			if (clip) {
				const horizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
				const vertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
				if (horizontally && (x + widestLine(text) < (clip.x1 as number) || x > (clip.x2 as number))) continue;
				if (vertically && (y + lines.length < (clip.y1 as number) || y > (clip.y2 as number))) continue;
				if (horizontally) {
					const x1 = clip.x1 as number;
					const x2 = clip.x2 as number;
					lines = lines.map((line) => {
						const from = x < x1 ? x1 - x : 0;
						const width = stringWidth(line);
						const to = x + width > x2 ? x2 - x : width;
						return sliceColumns(line, from, to);
					});
					if (x < x1) x = x1;
				}
				if (vertically) {
					const y1 = clip.y1 as number;
					const y2 = clip.y2 as number;
					const from = y < y1 ? y1 - y : 0;
					const to = y + lines.length > y2 ? y2 - y : lines.length;
					lines = lines.slice(from, to);
					if (y < y1) y = y1;
				}
			}
			// Ink moves down a row only after writing one: a write that starts outside the grid
			// writes nothing at all (and never calls its transformers).
			let offsetY = 0;
			for (const [index, original] of lines.entries()) {
				const target = y + offsetY;
				if (!(target >= 0 && target < this.height && Number.isInteger(target))) continue;
				let line = original;
				for (const transformer of transformers) line = transformer(line, index);
				const list = writes[target];
				if (list) list.push({x, line});
				else writes[target] = [{x, line}];
				offsetY++;
			}
		}
		let output = '';
		for (let y = 0; y < this.height; y++) output += (y === 0 ? '' : '\n') + row(this.width, writes[y]);
		return {output, height: this.height};
	}
}
