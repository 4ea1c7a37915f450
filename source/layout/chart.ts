// Horizontal bar charts for table rows whose cells carry figures: one bar per subject, scaled to
// the width, the value written beside it. A subject without a figure says so instead of showing
// a zero, which the source never claimed.
import {append, type Line, lineText, Role, type Span, span, textWidth} from './styled.js';
import {wrapSpans} from './wrap.js';

/** One bar: who, and the figure if the source gives one ("at least" for "200+"). */
export type Bar = {readonly label: string; readonly value: number | undefined; readonly atLeast?: boolean};

/** A chart: what is measured, in which unit, and the bars. */
export type Chart = {readonly title: string; readonly unit: string; readonly bars: readonly Bar[]};

/** What a subject without a figure shows in place of a bar. */
export const noFigure = 'no figure in the source';

/**
 * Formats a figure the way the source writes it: thousands separated, at most two decimals; a
 * count (no unit) of a million or more in millions or billions ("671B", not twelve digits).
 */
export function formatValue(value: number, unit: string): string {
	const size = Math.abs(value);
	if (size >= 1e6 && unit === '') {
		const [scale, letter] = size >= 1e9 ? [1e9, 'B'] : [1e6, 'M'];
		const scaled = `${formatValue(Number((value / scale).toFixed(2)), '')}${letter}`;
		return scaled;
	}
	const fixed = Number.isInteger(value)
		? String(Math.abs(value))
		: Math.abs(value)
				.toFixed(2)
				.replace(/\.?0+$/, '');
	const [whole = '', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const number = `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
	// Symbols hug the number (40%, 10×); words are spaced (1,200 req/s); a count has no unit.
	if (unit === '') return number;
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
	const lines: Line[] = wrapSpans(
		[span(chart.unit === '' ? chart.title : `${chart.title} (${chart.unit})`, Role.label)],
		width,
	);
	const labelWidth = Math.min(
		Math.max(...chart.bars.map((item) => textWidth(item.label))),
		Math.max(4, Math.floor(width / 3)),
	);
	const values = chart.bars.map((item) =>
		item.value === undefined ? '' : atLeast(formatValue(item.value, chart.unit), item.atLeast),
	);
	const valueWidth = Math.max(...values.map(textWidth));
	const room = Math.max(1, width - labelWidth - valueWidth - 2);
	// Shares are drawn against the whole: 40 % is 40 % of the bar, whatever the largest is.
	const largest = Math.max(chart.unit === '%' ? 100 : 0, ...chart.bars.map((item) => item.value ?? 0));
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

/** "200+" as the source wrote it: the figure, then "+" for at least. */
function atLeast(formatted: string, more: boolean | undefined): string {
	if (!more) return formatted;
	const space = formatted.indexOf(' ');
	return space === -1 ? `${formatted}+` : `${formatted.slice(0, space)}+${formatted.slice(space)}`;
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

// A figure as tables write one: a number, a magnitude ("56K", "1.2M", "7B", "3万", "2亿"), "+" for
// at least, then its unit ("656 ns/op", "31.81%", "1,200 req/s", "10 k msg/s", "200+ stars"). A
// Latin magnitude ends the figure or stands before a space or "+" ("5 MB" and "64 B/op" are
// units), and "B" must hug the number, since "100 B" is more often bytes than billions; 万 and 亿
// stand before their unit as Chinese writes it ("2亿元").
const figure =
	/^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:([kKM]|(?<=\d)B)(?=$|[\s+])|([\u4e07\u4ebf])|\s([kKM])(?=\s))?(\+)?\s?([^\d\s.,-][^\d]{0,15})?$/;
const magnitudes: Readonly<Record<string, number>> = {k: 1e3, K: 1e3, M: 1e6, B: 1e9, 万: 1e4, 亿: 1e8};
/** What a table writes where it has no figure. */
const noFigureCell = /^(?:|-|\u2013|\u2014|\?|n\/a|none)$/i;

/**
 * A cell's figure, its unit ('' for a count: "56K", "200+") and whether it is a least ("200+"),
 * if the cell is one; a bare number is none (a year, a rank, a version is no quantity to chart).
 */
export function figureOf(text: string): {value: number; unit: string; atLeast?: true} | undefined {
	const match = figure.exec(text.trim());
	if (!match?.[1]) return undefined;
	const magnitude = match[2] ?? match[3] ?? match[4];
	const more = match[5] === '+';
	const unit = (match[6] ?? '').trim();
	if (unit === '' && magnitude === undefined && !more) return undefined;
	if (/[|[\]()]/.test(unit)) return undefined;
	const number = Number(match[1].replace(/,/g, ''));
	// 1.2M is 1,200,000: rounded to what the figure wrote, without binary fractions (0.1 * 3).
	const value = magnitude === undefined ? number : Number((number * (magnitudes[magnitude] ?? 1)).toPrecision(12));
	return more ? {value, unit, atLeast: true} : {value, unit};
}

/**
 * Figures in one unit, by key, when at least two of the texts are such figures, none negative,
 * and every other text gives none ("-", "n/a" or nothing); otherwise undefined.
 */
export function figuresIn<K>(
	texts: ReadonlyMap<K, string>,
): Map<K, {value: number; unit: string; atLeast?: true}> | undefined {
	const figures = new Map<K, {value: number; unit: string; atLeast?: true}>();
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
			bars: table.rows.map((row, index) => {
				const found = figures.get(index);
				return {
					label: lineText(row[0] ?? []).trim(),
					value: found?.value,
					...(found?.atLeast ? {atLeast: true} : {}),
				};
			}),
		});
	}
	return charts;
}
