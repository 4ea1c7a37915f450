import {graphemes, type Line, Role, type Span, span, textWidth} from './styled.js';

type Options = {
	/** Spans before the first line (a list bullet). */
	readonly first?: Line;
	/** Spans before every following line (the hanging indent under the bullet). */
	readonly rest?: Line;
};

const space: Span = {text: ' ', role: Role.none};
const printableAscii = /^[\x20-\x7e]*$/;
const separators = /[ \n]/;

function sameStyle(a: Span, b: Span): boolean {
	return a.role === b.role && a.href === b.href && a.subject === b.subject;
}

function prefixWidth(prefix: Line | undefined): number {
	if (!prefix) return 0;
	let width = 0;
	for (const piece of prefix) width += textWidth(piece.text);
	return width;
}

// Shared, not a new object per call: every table cell is wrapped without options.
const noOptions: Options = {};

// Roles whose look shows on a space: a space that wrapping would have left plain must not get them.
const visibleOnSpace = Role.link | Role.del;

/**
 * The spans as they are, on one line after the prefix, when that is exactly what wrapping would
 * give: they fit, and hold no line break, no run of spaces and no space at either end (wrapping
 * collapses and drops those), nor a space at the edge of a link or a strikethrough (wrapping
 * leaves it plain). Most table cells and record fields are such one-liners; wrapping each costs
 * ~2 KB of garbage (its closures and arrays, on the baseline compiler), which made printing a
 * document of sixteen tables spend more time collecting garbage than laying out.
 */
function asOneLine(spans: readonly Span[], width: number, prefix: Line | undefined): Line | undefined {
	let used = prefixWidth(prefix);
	let previous = '';
	for (let index = 0; index < spans.length; index++) {
		const piece = spans[index] as Span;
		const text = piece.text;
		if (piece.role & Role.break || text.includes('\n') || text.includes('  ')) return undefined;
		if (text === '') continue;
		const edge = text.startsWith(' ') || text.endsWith(' ');
		if (edge && (piece.href !== undefined || piece.role & visibleOnSpace)) return undefined;
		if (text.startsWith(' ') && (previous === '' || previous.endsWith(' '))) return undefined;
		used += textWidth(text);
		if (used > width) return undefined;
		previous = text;
	}
	if (previous === '' || previous.endsWith(' ')) return undefined;
	return prefix && prefix.length > 0 ? [...prefix, ...spans] : [...spans];
}

/**
 * Wraps styled text to a width at spaces, the way a reader expects a paragraph to flow: runs of
 * spaces collapse to one, words wider than the line are broken, and no line is wider than width
 * (a character wider than the whole line, as a CJK one at width 1, is the only exception).
 *
 * One pass, and words of one style on a line become one span: this runs over every paragraph of
 * a document at every width, so it allocates as little as it can (a 50-times-longer comparison
 * spent most of its time here and in the garbage collector).
 */
export function wrapSpans(spans: readonly Span[], width: number, options: Options = noOptions): Line[] {
	const whole = asOneLine(spans, width, options.first);
	if (whole) return [whole];
	const firstPrefix = options.first ?? [];
	const restPrefix = options.rest ?? options.first?.map((piece) => span(' '.repeat(textWidth(piece.text)))) ?? [];
	const firstRoom = Math.max(1, width - prefixWidth(firstPrefix));
	const restRoom = Math.max(1, width - prefixWidth(restPrefix));
	const lines: Line[] = [];
	let line: Span[] = [...firstPrefix];
	let used = 0;
	let room = firstRoom;
	let empty = true;

	// The run being gathered into one span: the piece whose style it has, and its text so far.
	let runStyle: Span | undefined;
	let runText = '';
	// How the current line continues the one above (Role.wrapped or wrappedInWord), marked by an
	// empty span before its first word; 0 on a first line and after a forced break.
	let continued = 0;
	// A run is never empty: every word part and space appended to it has text.
	const flushRun = () => {
		if (runStyle) line.push(runText === runStyle.text ? runStyle : {...runStyle, text: runText});
		runStyle = undefined;
		runText = '';
	};
	const append = (style: Span, text: string) => {
		if (continued !== 0) {
			flushRun();
			// The mark carries the subject of the text it starts, so it stays in that table cell.
			line.push(
				style.subject === undefined ? {text: '', role: continued} : {text: '', role: continued, subject: style.subject},
			);
			continued = 0;
		}
		if (runStyle && sameStyle(runStyle, style)) runText += text;
		else {
			flushRun();
			runStyle = style;
			runText = text;
		}
	};
	const newLine = (continues: number) => {
		flushRun();
		lines.push(line);
		line = [...restPrefix];
		used = 0;
		room = restRoom;
		empty = true;
		continued = continues;
	};

	// The word being gathered: its parts (one per style), reused from word to word.
	const partStyles: Span[] = [];
	const partTexts: string[] = [];
	// The parts in use: the arrays are written by index and never cut back, since on the baseline
	// compiler pushing after truncating them was the hottest line of printing.
	let partCount = 0;
	let wordWidth = 0;
	const placeWord = () => {
		if (partCount === 0) return;
		if (!empty && used + 1 + wordWidth > room) newLine(Role.wrapped);
		if (wordWidth > room) {
			// The line is empty here: a word this wide starts a line of its own and is broken.
			placeBrokenWord();
		} else {
			if (!empty) {
				// The space takes the style around it (a link stays one link), or none; a space
				// between two words of a table cell belongs to the cell, so search finds "not stated".
				const first = partStyles[0] as Span;
				const style =
					runStyle && sameStyle(runStyle, first)
						? runStyle
						: first.subject === undefined
							? space
							: {text: ' ', role: Role.none, subject: first.subject};
				append(style, ' ');
				used += 1;
			}
			for (let index = 0; index < partCount; index++) append(partStyles[index] as Span, partTexts[index] as string);
			used += wordWidth;
			empty = false;
		}
		partCount = 0;
		wordWidth = 0;
	};
	const placeBrokenWord = () => {
		for (let index = 0; index < partCount; index++) {
			const style = partStyles[index] as Span;
			for (const cluster of graphemes(partTexts[index] as string)) {
				const clusterWidth = textWidth(cluster);
				if (!empty && used + clusterWidth > room) newLine(Role.wrappedInWord);
				if (clusterWidth <= room) {
					append(style, cluster);
					used += clusterWidth;
					empty = false;
					continue;
				}
				// A cluster wider than its line (a base with spacing marks, in a narrow column or
				// under a deep indent) cannot be kept whole without running past the width: its code
				// points go one by one. Each is measured as what it adds to the part of the cluster
				// on its line (a spacing mark takes a column after its base, none alone).
				let partial = '';
				for (const text of cluster) {
					let width = textWidth(partial + text) - textWidth(partial);
					if (!empty && used + width > room) {
						newLine(Role.wrappedInWord);
						partial = '';
						width = textWidth(text);
					}
					append(style, text);
					used += width;
					partial += text;
					empty = false;
				}
			}
		}
	};

	for (const piece of spans) {
		if (piece.role & Role.break) {
			placeWord();
			newLine(0);
			continue;
		}
		// Split natively rather than char by char in JavaScript (the interpreter runs this: see
		// startup/v8-flags.ts): each separator ends the word before it; runs of them end nothing more.
		const text = piece.text;
		const parts = text.includes('\n') ? text.split(separators) : text.split(' ');
		// One test of the whole text rather than one per word: in printable ASCII a word is as wide
		// as it is long.
		const ascii = printableAscii.test(text);
		for (let index = 0; index < parts.length; index++) {
			if (index > 0) placeWord();
			const part = parts[index] as string;
			if (part === '') continue;
			partStyles[partCount] = piece;
			partTexts[partCount] = part;
			partCount++;
			wordWidth += ascii ? part.length : textWidth(part);
		}
	}
	placeWord();
	flushRun();
	lines.push(line);
	return lines;
}
