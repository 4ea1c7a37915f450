import {describe, expect, it} from 'vitest';
import {single, stats} from './bench-stats.js';
import {
	formatAnchors,
	formatRow,
	formatTable,
	goals,
	keyLatency,
	type Row,
	ratioAtMost,
	rowJson,
	skipped,
	summarize,
	tableHeader,
	valueAtMost,
} from './bench-table.js';

describe('verdicts', () => {
	it('meets a ratio goal at the limit and misses it just past', () => {
		expect(ratioAtMost(1.3, 1.3)).toEqual({goal: '<= 1.3x', verdict: 'met'});
		expect(ratioAtMost(1.3, 1.31).verdict).toBe('NOT MET');
		expect(ratioAtMost(2, 1.2).goal).toBe('<= 2.0x');
	});

	it('misses a ratio that could not be computed', () => {
		expect(ratioAtMost(1.6, Number.NaN).verdict).toBe('NOT MET');
	});

	it('needs both the median and the slowest key within the limits', () => {
		expect(keyLatency(stats([10, 12, goals.keyMax])).verdict).toBe('met');
		expect(keyLatency(stats([10, 12, goals.keyMax + 1])).verdict).toBe('NOT MET');
		expect(keyLatency(stats([goals.keyMedian + 1, goals.keyMedian + 1, 20])).verdict).toBe('NOT MET');
		expect(keyLatency(stats([1])).goal).toBe('med<=16 max<=50');
	});

	it('judges a value in its unit, and a count without one', () => {
		expect(valueAtMost(600, 600, 'KiB')).toEqual({goal: '<= 600 KiB', verdict: 'met'});
		expect(valueAtMost(600, 600.1, 'KiB').verdict).toBe('NOT MET');
		expect(valueAtMost(0, 1, 'count')).toEqual({goal: '<= 0', verdict: 'NOT MET'});
	});
});

describe('the table', () => {
	const timed: Row = {
		group: 'printed',
		what: 'bundled --plain, cached',
		unit: 'ms',
		stats: stats([1234.56, 100, 110]),
		ratio: {value: 1.2345, of: 'node'},
		judged: ratioAtMost(1.3, 1.2345),
	};

	it('lays a row out as what, median, min, max, ratio, of, goal and verdict', () => {
		expect(formatRow(timed).split(/ +/)).toEqual([
			'bundled',
			'--plain,',
			'cached',
			'110.0',
			'ms',
			'100.0',
			'ms',
			'1234.6',
			'ms',
			'1.23x',
			'node',
			'<=',
			'1.3x',
			'met',
		]);
	});

	it('keeps every column under its heading and the table within 100 columns', () => {
		const header = tableHeader();
		const line = formatRow(timed);
		expect(line.length).toBeLessThanOrEqual(100);
		expect(header.length).toBeLessThanOrEqual(100);
		// The median ends where its heading ends; the verdict starts where its heading starts.
		expect(line.indexOf('110.0 ms') + '110.0 ms'.length).toBe(header.indexOf('median') + 'median'.length);
		expect(line.indexOf('met')).toBe(header.indexOf('verdict'));
	});

	it('prints an information row without a goal or verdict, and counts as whole numbers', () => {
		const line = formatRow({group: 'g', what: 'dependencies', unit: 'count', stats: single(3)});
		expect(line).toMatch(/^dependencies +3 +3 +3$/);
	});

	it('prints a skipped row with its reason and the goal it could not judge', () => {
		const line = formatRow(skipped('printed', 'largest fixture', '<= 1.6x', 'no ../shared/fixtures/markdown'));
		expect(line).toMatch(/^largest fixture +no \.\.\/shared\/fixtures\/markdown +<= 1\.6x +skipped$/);
		expect(line.indexOf('skipped')).toBe(tableHeader().indexOf('verdict'));
	});

	it('puts each group under its heading once', () => {
		const rows: Row[] = [timed, {...timed, what: 'second'}, {...timed, group: 'memory', what: 'peak'}];
		const lines = formatTable(rows).split('\n');
		expect(lines.filter((line) => line === 'printed')).toHaveLength(1);
		expect(lines.indexOf('memory')).toBeGreaterThan(lines.findIndex((line) => line.startsWith('second')));
	});

	it('puts the first heading right under the column headings, and a blank line before the others', () => {
		const lines = formatTable([timed, {...timed, group: 'memory'}]).split('\n');
		expect(lines.slice(0, 2)).toEqual([tableHeader(), 'printed']);
		expect(lines.slice(3, 5)).toEqual(['', 'memory']);
	});

	it('sums the verdicts up and names each goal not met or skipped by its group and row', () => {
		const rows: Row[] = [
			timed,
			{...timed, group: 'first frame, 80x24 (ratio to node)', what: 'cached', judged: ratioAtMost(1.6, 1.7)},
			{...timed, what: 'information only', judged: undefined},
			skipped('printed: to /dev/null', 'largest fixture', '<= 1.6x', 'absent'),
		];
		expect(summarize(rows).split('\n')).toEqual([
			'goals: 1 met, 1 NOT MET, 1 skipped',
			'  NOT MET: first frame, cached',
			'  skipped: printed, largest fixture',
		]);
	});

	it('writes every row to JSON with its goal and verdict, null for information', () => {
		expect(rowJson(timed)).toMatchObject({
			what: 'bundled --plain, cached',
			ratio: 1.2345,
			goal: '<= 1.3x',
			verdict: 'met',
		});
		expect(rowJson({group: 'g', what: 'x', unit: 'ms', stats: single(1)})).toMatchObject({goal: null, verdict: null});
	});
});

describe('the anchors table', () => {
	it('shows each tool timed with its overflow per width, and a missing tool by its note', () => {
		const text = formatAnchors(
			[
				{
					tool: 'rich',
					stats: stats([200, 210, 190]),
					ratio: 1.65,
					overflow: {40: {wider: 12, lines: 300}, 80: {wider: 0, lines: 200}},
				},
				{tool: 'bat', note: 'not installed (tried batcat, bat): skipped'},
			],
			[40, 80],
		);
		const [header, rich, bat] = text.split('\n');
		expect(header).toMatch(/^tool +median +min +max +ratio +>40 cols +>80 cols$/);
		expect(rich).toMatch(/^rich +200\.0 ms +190\.0 ms +210\.0 ms +1\.65x +12\/300 +0\/200$/);
		expect(bat).toBe('bat                    not installed (tried batcat, bat): skipped');
		expect(rich?.length).toBe(header?.length);
	});
});
