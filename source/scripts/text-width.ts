// How wide other programs' output is, as a terminal shows it: for the bench's anchors, which count
// the lines each renderer writes wider than the width it was given. Measured with string-width
// (the reference the layout's own measure is tested against) rather than with tradeoff's own
// measure, so that tradeoff's output is not judged by the ruler it was laid out with.
import stringWidth from 'string-width';

// CSI (colours, cursor), OSC (hyperlinks, titles; ended by BEL or ST) and the two-byte escapes
// (charset choice, keypad modes): what a terminal acts on and does not draw.
const escapes = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]/g;

/** Text without the escape sequences a terminal would act on rather than draw. */
export function stripAnsi(text: string): string {
	return text.replace(escapes, '');
}

/**
 * Columns one line of output takes on a terminal: escape sequences stripped, CJK and emoji two
 * columns, tabs to the next multiple of 8, a carriage return back to the first column (the line
 * is then as wide as its widest stretch).
 */
export function displayWidth(line: string): number {
	let widest = 0;
	for (const stretch of stripAnsi(line).split('\r')) {
		let column = 0;
		const pieces = stretch.split('\t');
		for (const [index, piece] of pieces.entries()) {
			column += stringWidth(piece);
			if (index < pieces.length - 1) column = (Math.floor(column / 8) + 1) * 8;
		}
		widest = Math.max(widest, column);
	}
	return widest;
}

/** How many lines of some output there are, and how many of them are wider than `width`. */
export function linesWiderThan(output: string, width: number): {wider: number; lines: number} {
	// A final newline ends the last line; it does not start another.
	const lines = output === '' ? [] : output.replace(/\r?\n$/, '').split(/\r?\n/);
	return {wider: lines.filter((line) => displayWidth(line) > width).length, lines: lines.length};
}
