import {describe, expect, test} from 'vitest';
import {type Chart, columnCharts, figureOf, figuresIn, formatValue, layoutChart, noFigure} from './chart.js';
import {lineText, lineWidth, span} from './styled.js';

const throughput: Chart = {
	title: 'Throughput',
	unit: 'req/s',
	bars: [
		{label: 'FastAPI', value: 1200},
		{label: 'Litestar', value: undefined},
		{label: 'Django', value: 600},
	],
};

describe('formatValue', () => {
	test.each([
		[1200, 'req/s', '1,200 req/s'],
		[40, '%', '40%'],
		[10, '×', '10×'],
		[1234567.891, 'ms', '1,234,567.89 ms'],
		[0.5, 'x', '0.5x'],
		[-3, '°', '-3°'],
		[1.001, 'ms', '1 ms'],
		[2.5, 'ms', '2.5 ms'],
		[10, 'px', '10 px'],
	])('%d %s is %s', (value, unit, text) => {
		expect(formatValue(value, unit)).toBe(text);
	});
});

describe('layoutChart', () => {
	test('bars scale to the largest figure; a missing figure says so instead of a zero', () => {
		expect(layoutChart(throughput, 40).map(lineText)).toEqual([
			'Throughput (req/s)',
			'FastAPI  ███████████████████ 1,200 req/s',
			`Litestar ${noFigure}`,
			'Django   █████████▌ 600 req/s',
		]);
	});

	test('fractions of a column are drawn in eighths; ASCII rounds', () => {
		const chart: Chart = {
			title: 'T',
			unit: '%',
			bars: [
				{label: 'a', value: 100},
				{label: 'b', value: 55},
			],
		};
		const [, , small] = layoutChart(chart, 20).map(lineText);
		expect(small).toMatch(/^b +█+[▏▎▍▌▋▊▉]? 55%$/);
		const ascii = layoutChart(chart, 20, true).map(lineText);
		expect(ascii.join('')).toMatch(/^[\x20-\x7e]*$/);
	});

	test('a zero is drawn as an empty bar with its value, unlike a missing figure', () => {
		const chart: Chart = {
			title: 'T',
			unit: '%',
			bars: [
				{label: 'a', value: 0},
				{label: 'b', value: 5},
			],
		};
		expect(layoutChart(chart, 30).map(lineText)[1]).toBe('a 0%');
	});

	test('ASCII bars are runs of #, rounded to whole columns', () => {
		const chart: Chart = {
			title: 'T',
			unit: '%',
			bars: [
				{label: 'a', value: 100},
				{label: 'b', value: 55},
			],
		};
		expect(layoutChart(chart, 20, true).map(lineText)).toEqual(['T (%)', 'a ############# 100%', 'b ####### 55%']);
	});

	test('a bar within an eighth of a whole column is drawn as that whole column', () => {
		const chart: Chart = {
			title: 'T',
			unit: '%',
			bars: [
				{label: 'a', value: 100},
				{label: 'b', value: 99.6},
			],
		};
		expect(layoutChart(chart, 20).map(lineText)).toEqual([
			'T (%)',
			`a ${'█'.repeat(12)} 100%`,
			`b ${'█'.repeat(12)} 99.6%`,
		]);
	});

	test('a missing figure takes no room from the bars; its words wrap under the label', () => {
		const chart: Chart = {
			title: 'T',
			unit: '%',
			bars: [
				{label: 'a', value: 5},
				{label: 'b', value: undefined},
			],
		};
		// Shares are drawn against 100 %: 5 % of the 15 columns is three quarters of one.
		expect(layoutChart(chart, 20).map(lineText)).toEqual(['T (%)', 'a ▊ 5%', 'b no figure in the', '  source']);
		expect(layoutChart(chart, 12).map(lineText)).toEqual(['T (%)', 'a ▍ 5%', 'b no figure', '  in the', '  source']);
	});

	test('a label wider than a third of the width is cut with an ellipsis', () => {
		const chart: Chart = {
			title: 'Throughput',
			unit: 'req/s',
			bars: [
				{label: 'Litestar framework', value: 5},
				{label: 'b', value: 3},
			],
		};
		expect(layoutChart(chart, 20).map(lineText)).toEqual([
			'Throughput (req/s)',
			'Lites… █████ 5 req/s',
			'b      ███ 3 req/s',
		]);
	});

	test('no line wider than the width, from 10 to 120 columns', () => {
		for (let width = 10; width <= 120; width++) {
			for (const line of layoutChart(throughput, width))
				expect(lineWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
		}
	});
});

describe('figures in table cells', () => {
	test('a figure is a number and its unit; a bare number, a range or a word is none', () => {
		expect(figureOf('656 ns/op')).toEqual({value: 656, unit: 'ns/op'});
		expect(figureOf('1,200 req/s')).toEqual({value: 1200, unit: 'req/s'});
		expect(figureOf('31.81%')).toEqual({value: 31.81, unit: '%'});
		for (const text of ['656', '1-2 ms', 'fast', '3 (est.)', '']) expect(figureOf(text), text).toBeUndefined();
		expect(figureOf('  656 ns/op ')).toEqual({value: 656, unit: 'ns/op'});
	});

	test('K, M, B, k, 万 and 亿 are magnitudes; "+" is at least; units that start with them stay units', () => {
		expect(figureOf('56K')).toEqual({value: 56000, unit: ''});
		expect(figureOf('1.2M downloads')).toEqual({value: 1200000, unit: 'downloads'});
		expect(figureOf('671B')).toEqual({value: 671e9, unit: ''});
		expect(figureOf('10 k msg/s')).toEqual({value: 10000, unit: 'msg/s'});
		expect(figureOf('3万')).toEqual({value: 30000, unit: ''});
		expect(figureOf('2亿元')).toEqual({value: 2e8, unit: '元'});
		expect(figureOf('200+')).toEqual({value: 200, unit: '', atLeast: true});
		expect(figureOf('9.1k+ stars')).toEqual({value: 9100, unit: 'stars', atLeast: true});
		// Units, not magnitudes: megabytes, bytes per op, bytes spaced from their number.
		expect(figureOf('5 MB')).toEqual({value: 5, unit: 'MB'});
		expect(figureOf('64 B/op')).toEqual({value: 64, unit: 'B/op'});
		expect(figureOf('100 B')).toEqual({value: 100, unit: 'B'});
		// Not figures: a version, a hyphenated word.
		for (const text of ['4.x', '5-shot', '2024']) expect(figureOf(text), text).toBeUndefined();
	});

	test('a count (no unit) is written as a number, from a million up in millions or billions', () => {
		expect(formatValue(56000, '')).toBe('56,000');
		expect(formatValue(1_200_000, '')).toBe('1.2M');
		expect(formatValue(671e9, '')).toBe('671B');
		expect(formatValue(-2.5e9, '')).toBe('-2.5B');
		expect(formatValue(1_200_000, 'ms')).toBe('1,200,000 ms');
	});

	test('"at least" is shown after the figure; a chart of counts has no unit in its title', () => {
		const chart: Chart = {
			title: 'Stars',
			unit: '',
			bars: [
				{label: 'a', value: 200, atLeast: true},
				{label: 'b', value: 100},
			],
		};
		expect(layoutChart(chart, 20).map(lineText)).toEqual([
			'Stars',
			`a ${'█'.repeat(13)} 200+`,
			`b ${'█'.repeat(6)}▌ 100`,
		]);
		expect(layoutChart({...chart, unit: 'stars'}, 24).map(lineText)[1]).toBe(`a ${'█'.repeat(11)} 200+ stars`);
	});

	test('zero is a figure; a spaced dash is no figure', () => {
		expect(
			figuresIn(
				new Map([
					['a', '0 ms'],
					['b', ' - '],
					['c', '5 ms'],
				]),
			),
		).toEqual(
			new Map([
				['a', {value: 0, unit: 'ms'}],
				['c', {value: 5, unit: 'ms'}],
			]),
		);
	});

	test('titles and labels are trimmed; an empty header is named by its column; a missing cell has no figure, one past the header no column', () => {
		const cell = (text: string) => [span(text)];
		const table = {
			header: [cell('Package'), cell(' Time '), cell('')],
			rows: [
				[cell(' zap '), cell('1 ms'), cell('5 s'), cell('4 kB')],
				[cell('slog'), cell('2 ms')],
				[],
				[cell('log'), cell('3 ms'), cell('7 s'), cell('1 kB')],
			],
		};
		expect(columnCharts(table)).toEqual([
			{
				title: 'Time',
				unit: 'ms',
				bars: [
					{label: 'zap', value: 1},
					{label: 'slog', value: 2},
					{label: '', value: undefined},
					{label: 'log', value: 3},
				],
			},
			{
				title: 'Column 3',
				unit: 's',
				bars: [
					{label: 'zap', value: 5},
					{label: 'slog', value: undefined},
					{label: '', value: undefined},
					{label: 'log', value: 7},
				],
			},
		]);
	});

	test('a column of figures in one unit is a chart; "-" gives no figure; mixed units or negatives are none', () => {
		const cell = (text: string) => [span(text)];
		const table = {
			header: [cell('Package'), cell('Time'), cell('Change'), cell('Mixed')],
			rows: [
				[cell('zap'), cell('656 ns/op'), cell('+0%'), cell('1 ms')],
				[cell('zerolog'), cell('-'), cell('-42%'), cell('3 µs')],
				[cell('slog'), cell('2,481 ns/op'), cell('+278%'), cell('2 ms')],
			],
		};
		expect(columnCharts(table)).toEqual([
			{
				title: 'Time',
				unit: 'ns/op',
				bars: [
					{label: 'zap', value: 656},
					{label: 'zerolog', value: undefined},
					{label: 'slog', value: 2481},
				],
			},
		]);
		expect(figuresIn(new Map([['a', '1 ms']]))).toBeUndefined();
	});
});
