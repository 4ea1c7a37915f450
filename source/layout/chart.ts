// Horizontal bar charts for table rows whose cells carry figures: one bar per subject, scaled to
// the width, the value written beside it. A subject without a figure says so instead of showing
// a zero, which the source never claimed.
import {append, type Line, Role, span, textWidth} from './styled.js';
import {wrapSpans} from './wrap.js';

/** One bar: who, and the figure if the source gives one. */
export type Bar = {readonly label: string; readonly value: number | undefined};

/** A chart: what is measured, in which unit, and the bars. */
export type Chart = {readonly title: string; readonly unit: string; readonly bars: readonly Bar[]};

/** What a subject without a figure shows in place of a bar. */
export const noFigure = 'no figure in the source';

/** Formats a figure the way the source writes it: thousands separated, at most two decimals. */
export function formatValue(value: number, unit: string): string {
	const fixed = Number.isInteger(value)
		? String(Math.abs(value))
		: Math.abs(value)
				.toFixed(2)
				.replace(/\.?0+$/, '');
	const [whole = '', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const number = `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
	// Symbols hug the number (40%, 10×); words are spaced (1,200 req/s).
	return /^[%×x‰°]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `length` columns (fractions in eighths with Unicode blocks, rounded with ASCII). */
function bar(length: number, ascii: boolean): string {
	if (ascii) return '#'.repeat(Math.round(length));
	const whole = Math.floor(length);
	const part = Math.round((length - whole) * 8);
	return part === 8 ? '█'.repeat(whole + 1) : '█'.repeat(whole) + (eighths[part] ?? '');
}

/** Lays out a chart at a width; never wider than the width. */
export function layoutChart(chart: Chart, width: number, ascii = false): Line[] {
	const lines: Line[] = wrapSpans([span(`${chart.title} (${chart.unit})`, Role.label)], width);
	const labelWidth = Math.min(
		Math.max(...chart.bars.map((item) => textWidth(item.label))),
		Math.max(4, Math.floor(width / 3)),
	);
	const values = chart.bars.map((item) => (item.value === undefined ? '' : formatValue(item.value, chart.unit)));
	const valueWidth = Math.max(...values.map(textWidth));
	const room = Math.max(1, width - labelWidth - valueWidth - 2);
	const largest = Math.max(0, ...chart.bars.map((item) => item.value ?? 0));
	chart.bars.forEach((item, index) => {
		// The label is a prefix, so its padding survives the wrapping (which collapses spaces).
		const label = {
			first: [span(truncate(item.label, labelWidth).padEnd(labelWidth), Role.subject), span(' ')],
			rest: [span(' '.repeat(labelWidth + 1))],
		};
		if (item.value === undefined) {
			append(lines, wrapSpans([span(noFigure, Role.muted)], width, label));
			return;
		}
		const length = largest > 0 && item.value > 0 ? (item.value / largest) * room : 0;
		// A unit too long for a narrow pane wraps under the bar rather than widening the line.
		append(lines, wrapSpans([span(bar(length, ascii), Role.bar), span(` ${values[index] ?? ''}`)], width, label));
	});
	return lines;
}

function truncate(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	let cut = '';
	for (const character of text) {
		if (textWidth(`${cut}${character}…`) > width) break;
		cut += character;
	}
	return `${cut}…`;
}
