// Horizontal bar charts for table rows whose cells carry figures: one bar per subject, scaled to
// the width, the value written beside it. A subject without a figure says so instead of showing
// a zero, which the source never claimed.
import {append, type Line, lineText, Role, type Span, span, textWidth} from './styled.js';
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
	return /^[%\u00d7x\u2030\u00b0]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
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

// A figure as tables write one: a number, then its unit ("656 ns/op", "31.81%", "1,200 req/s").
const figure = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?([^\d\s][^\d]{0,15})$/;
/** What a table writes where it has no figure. */
const noFigureCell = /^(?:|-|\u2013|\u2014|\?|n\/a|none)$/i;

/** A cell's figure and its unit, if the cell is one ("656 ns/op"); a bare number has no unit, so is none. */
export function figureOf(text: string): {value: number; unit: string} | undefined {
	const match = figure.exec(text.trim());
	if (!match?.[1] || !match[2]) return undefined;
	const unit = match[2].trim();
	if (unit === '' || /[|[\]()]/.test(unit)) return undefined;
	return {value: Number(match[1].replace(/,/g, '')), unit};
}

/**
 * Figures in one unit, by key, when at least two of the texts are such figures, none negative,
 * and every other text gives none ("-", "n/a" or nothing); otherwise undefined.
 */
export function figuresIn<K>(texts: ReadonlyMap<K, string>): Map<K, {value: number; unit: string}> | undefined {
	const figures = new Map<K, {value: number; unit: string}>();
	for (const [key, text] of texts) {
		const found = figureOf(text);
		if (found && found.value >= 0) figures.set(key, found);
		else if (!noFigureCell.test(text.trim())) return undefined;
	}
	const units = new Set([...figures.values()].map((item) => item.unit));
	return figures.size >= 2 && units.size === 1 ? figures : undefined;
}

/** The charts of a table's columns of figures: one per column, a bar per row labelled by its first cell. */
export function columnCharts(table: {
	readonly header: readonly (readonly Span[])[];
	readonly rows: readonly (readonly (readonly Span[])[])[];
}): Chart[] {
	const charts: Chart[] = [];
	for (let column = 1; column < table.header.length; column++) {
		const figures = figuresIn(new Map(table.rows.map((row, index) => [index, lineText(row[column] ?? [])])));
		if (!figures) continue;
		const unit = [...figures.values()][0]?.unit ?? '';
		charts.push({
			title: lineText(table.header[column] ?? []).trim() || `Column ${column + 1}`,
			unit,
			bars: table.rows.map((row, index) => ({
				label: lineText(row[0] ?? []).trim(),
				value: figures.get(index)?.value,
			})),
		});
	}
	return charts;
}
