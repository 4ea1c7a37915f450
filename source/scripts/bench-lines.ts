// The start on every Node LTS line users run, not only on this machine's: the bundle printed with
// --plain (cached, cached but laid out again, and with no cache of the user's) and its first frame, on Node's own binaries of
// the other lines (test-support/node-lines.ts installs them), newest line first. Each figure is a
// ratio to THAT line's bare node, timed in the same rounds, and judged against the same goals as
// this machine's line: newer Node starts faster, so the same work is a larger share of its start.
//
// On another line the shipped code cache (build/main.v8cache, made by this machine's Node) is
// rejected by V8: "no cache" there is what a user's first run costs (less the writing of the cache).
import {join} from 'node:path';
import {type NodeLine, nodeBinary, nodeLines, nodeLinesUnavailable} from '../test-support/node-lines.js';
import {Session} from '../test-support/pty.js';
import {cli} from '../test-support/run-cli.js';
import {nodeScreenOf, timeAll, timeScreens} from './bench-run.js';
import {pairedRatio, type Stats} from './bench-stats.js';
import {goals, type Row, ratioAtMost, ratioGoal, skipped} from './bench-table.js';

/** What one line's rounds measured: bare node, printed and in a pty, and tradeoff beside each. */
export type LineTimes = {
	node: Stats;
	printedNoCache: Stats;
	printed: Stats;
	/** Cached but for the kept print: what laying the comparison out costs on this line. */
	printedLaidOut: Stats;
	ptyNode: Stats;
	frame: Stats;
};

/** The heading of one line's rows, with its baselines. */
export function lineGroup(version: string, times?: Pick<LineTimes, 'node' | 'ptyNode'>): string {
	if (!times) return `Node ${version}: printed --plain and first frame`;
	return `Node ${version}: printed --plain and first frame (ratio to its node -e 0: median ${times.node.median.toFixed(1)} ms; in the pty ${times.ptyNode.median.toFixed(1)} ms)`;
}

/** The rows, judged against this machine's goals. */
const judged = [
	{what: 'printed, no cache', goal: goals.printedNoCache},
	{what: 'printed, cached', goal: goals.printedCached},
	{what: 'first frame 80x24, cached', goal: goals.frameCached},
] as const;

/** One line's rows from its times: paired ratios, each with its goal and verdict. */
export function lineRows(version: string, times: LineTimes): Row[] {
	const group = lineGroup(version, times);
	const row = (index: number, value: Stats, base: Stats, of: string): Row => {
		const {what, goal} = judged[index] as (typeof judged)[number];
		const ratio = pairedRatio(value, base);
		return {group, what, unit: 'ms', stats: value, ratio: {value: ratio, of}, judged: ratioAtMost(goal, ratio)};
	};
	return [
		row(0, times.printedNoCache, times.node, 'node'),
		row(1, times.printed, times.node, 'node'),
		{
			group,
			what: 'printed, laid out again',
			unit: 'ms',
			stats: times.printedLaidOut,
			ratio: {value: pairedRatio(times.printedLaidOut, times.node), of: 'node'},
		},
		row(2, times.frame, times.ptyNode, 'pty node'),
	];
}

/** One line's rows skipped, each with the reason (no binary for this platform, npm failed). */
export function skippedLine(version: string, reason: string): Row[] {
	return judged.map(({what, goal}) => skipped(lineGroup(version), what, ratioGoal(goal), reason));
}

/** The lines the bench times besides this machine's, newest first. */
export function benchedLines(): NodeLine[] {
	return [...nodeLines].sort((a, b) => b.major - a.major);
}

/**
 * Times every line: `runs` interleaved rounds of bare node and the printed runs, then of bare
 * node and the first frame in a pty, each line with a cache directory of its own in `scratch`
 * (filled by the warm-up round, as a user's first run fills theirs). `ready` is what the bundled
 * comparison's first frame shows.
 */
export async function measureLines(
	options: {runs: number; scratch: string; ready: string},
	progress: (text: string) => void,
): Promise<Row[]> {
	const unavailable = nodeLinesUnavailable();
	const rows: Row[] = [];
	for (const line of benchedLines()) {
		if (unavailable) {
			rows.push(...skippedLine(line.version, `skipped: ${unavailable}`));
			continue;
		}
		let node: string;
		try {
			node = nodeBinary(line);
		} catch (error) {
			const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
			rows.push(...skippedLine(line.version, `skipped: ${first}`));
			continue;
		}
		const cached = {TRADEOFF_CACHE_DIR: join(options.scratch, `cache-node-${line.major}`)};
		progress(`timing Node ${line.version}: printed, then first frames (${options.runs} rounds each)`);
		const printed = await timeAll(
			{
				node: {argv: [node, '-e', '0']},
				printedNoCache: {argv: [node, cli, '--plain'], env: {TRADEOFF_CACHE: '0'}},
				printed: {argv: [node, cli, '--plain'], env: cached},
				printedLaidOut: {argv: [node, cli, '--plain'], env: {...cached, TRADEOFF_PRINT_CACHE: '0'}},
			},
			options.runs,
		);
		const frames = await timeScreens(
			{
				node: nodeScreenOf(node),
				frame: {
					start: () => new Session([], {cols: 80, rows: 24, env: cached, nodeBinary: node}),
					ready: options.ready,
				},
			},
			options.runs,
		);
		rows.push(
			...lineRows(line.version, {
				node: printed.node as Stats,
				printedNoCache: printed.printedNoCache as Stats,
				printed: printed.printed as Stats,
				printedLaidOut: printed.printedLaidOut as Stats,
				ptyNode: frames.node as Stats,
				frame: frames.frame as Stats,
			}),
		);
	}
	return rows;
}
