// The bench's table: the start-up, key, memory and size goals, the verdict on each, and the rows laid out in 100 columns.
// Pure, so the verdicts and the layout have a test; bench.ts measures and fills the rows in.
import type {Stats} from './bench-stats.js';

/** The goals, each a limit a figure must not pass (docs/performance.md says why each). */
export const goals = {
	/** First interactive frame, 80×24, no cache at all: at most this times bare node in the same pty. */
	frameNoCache: 2.0,
	/** First interactive frame with the caches. */
	frameCached: 1.6,
	/** The bundled comparison printed with --plain, no cache, times bare node. */
	printedNoCache: 1.5,
	/** The same, cached. */
	printedCached: 1.3,
	/** The largest shared Markdown fixture printed, times bare node. */
	fixture: 1.6,
	/** The same document from a server on 127.0.0.1, as a URL is read, times bare node. */
	fixtureUrl: 1.7,
	/** The slowest of every shared Markdown fixture printed, cached, times bare node. */
	slowestFixture: 1.6,
	/** 50× the prose printed (laid out again: cached but for the kept print), times the bundled comparison laid out again. */
	longProse: 1.6,
	/** Key to screen in a pty: the median, in ms. */
	keyMedian: 16,
	/** Key to screen in a pty: the slowest key, in ms. */
	keyMax: 50,
	/** Peak memory with every section visited, times bare node's. */
	memory: 1.4,
	/** The packed tarball, in KiB. */
	tarballKiB: 600,
	/** Runtime dependencies in the packed package.json. */
	dependencies: 0,
} as const;

/** A figure's verdict against its goal; `skipped` when what it measures is absent on this machine. */
export type Verdict = 'met' | 'NOT MET' | 'skipped';

/** A goal as the table shows it, and the verdict on the figure. */
export type Judged = {goal: string; verdict: Verdict};

/** The unit a row's figures are in (`count` prints whole numbers without a unit). */
export type Unit = 'ms' | 'MiB' | 'KiB' | 'count';

/** One row of the table. */
export type Row = {
	/** The heading it is printed under. */
	group: string;
	/** What was measured: at most 30 characters, to keep the table in 100 columns. */
	what: string;
	unit: Unit;
	/** The figures; absent for a skipped row. */
	stats?: Stats;
	/** The ratio shown, and what it is a ratio to, in at most 8 characters (`node`, `pty node`, `bundled`). */
	ratio?: {value: number; of: string};
	/** Only rows that measure a goal have one; the others are information. */
	judged?: Judged;
	/** Why a row was skipped, or a word on what it measured. */
	note?: string;
};

/** A ratio goal as the table shows it. */
export function ratioGoal(limit: number): string {
	return `<= ${limit.toFixed(1)}x`;
}

/** A ratio that must be at most `limit`. */
export function ratioAtMost(limit: number, ratio: number): Judged {
	return {goal: ratioGoal(limit), verdict: ratio <= limit ? 'met' : 'NOT MET'};
}

/** Key-to-screen latencies: median and slowest key at most the goals' limits. */
export function keyLatency(latency: Stats): Judged {
	return {
		goal: `med<=${goals.keyMedian} max<=${goals.keyMax}`,
		verdict: latency.median <= goals.keyMedian && latency.max <= goals.keyMax ? 'met' : 'NOT MET',
	};
}

/** A figure in a unit that must be at most `limit`. */
export function valueAtMost(limit: number, value: number, unit: Unit): Judged {
	return {goal: `<= ${limit}${unit === 'count' ? '' : ` ${unit}`}`, verdict: value <= limit ? 'met' : 'NOT MET'};
}

/** A row of a goal that could not be measured here: printed with the reason. */
export function skipped(group: string, what: string, goal: string, reason: string): Row {
	return {group, what, unit: 'ms', judged: {goal, verdict: 'skipped'}, note: reason};
}

const column = {what: 30, number: 9, ratio: 6, of: 8, goal: 15} as const;

function figure(value: number, unit: Unit): string {
	if (unit === 'count') return String(Math.round(value));
	return `${value.toFixed(1)} ${unit}`;
}

/** The column headings, as the table prints them. */
export function tableHeader(): string {
	return [
		'what'.padEnd(column.what),
		'median'.padStart(column.number),
		'min'.padStart(column.number),
		'max'.padStart(column.number),
		'ratio'.padStart(column.ratio),
		'of'.padEnd(column.of),
		'goal'.padEnd(column.goal),
		'verdict',
	].join(' ');
}

/** One row as the table prints it. */
export function formatRow(row: Row): string {
	const what = row.what.padEnd(column.what);
	const verdict = row.judged ? `${row.judged.goal.padEnd(column.goal)} ${row.judged.verdict}` : '';
	if (!row.stats) {
		// Skipped: the reason stands where the figures would.
		const width = 3 * (column.number + 1) + column.ratio + 1 + column.of + 1;
		return `${what} ${(row.note ?? '').padEnd(width - 1)} ${verdict}`.trimEnd();
	}
	const {median, min, max} = row.stats;
	const numbers = [median, min, max].map((value) => figure(value, row.unit).padStart(column.number));
	const ratio = row.ratio ? `${row.ratio.value.toFixed(2)}x`.padStart(column.ratio) : ''.padStart(column.ratio);
	const of = (row.ratio?.of ?? '').padEnd(column.of);
	return [what, ...numbers, ratio, of, verdict].join(' ').trimEnd();
}

/** The table: each group under its heading, the column headings once at the top. */
export function formatTable(rows: readonly Row[]): string {
	const lines = [tableHeader()];
	let group: string | undefined;
	for (const row of rows) {
		if (row.group !== group) {
			group = row.group;
			// A blank line between groups; the first heading sits right under the column headings.
			if (lines.length > 1) lines.push('');
			lines.push(group);
		}
		lines.push(formatRow(row));
	}
	return lines.join('\n');
}

/**
 * How the rows with a goal fared: one line of counts, then one line for each goal not met or
 * skipped, named by its group (up to the heading's first comma, colon or parenthesis) and row.
 */
export function summarize(rows: readonly Row[]): string {
	const judged = rows.filter((row) => row.judged);
	const having = (verdict: Verdict) => judged.filter((row) => row.judged?.verdict === verdict);
	const lines = [
		`goals: ${having('met').length} met, ${having('NOT MET').length} NOT MET, ${having('skipped').length} skipped`,
	];
	for (const row of [...having('NOT MET'), ...having('skipped')]) {
		const group = row.group.split(/[,:(]/)[0]?.trim();
		lines.push(`  ${row.judged?.verdict}: ${group}, ${row.what}`);
	}
	return lines.join('\n');
}

/** Lines wider than a width, out of all lines, in one renderer's output. */
export type Overflow = {wider: number; lines: number};

/** One renderer's row in the anchors' table: timed at one width, its overflow at each width. */
export type AnchorRow = {
	tool: string;
	/** Absent when the tool is not installed (then `note` says so). */
	stats?: Stats;
	/** Paired ratio to bare node in the same rounds. */
	ratio?: number;
	/** By width. */
	overflow?: Readonly<Record<number, Overflow>>;
	note?: string;
};

/** The anchors' table for one content: time, ratio to node, and lines wider than each width. */
export function formatAnchors(rows: readonly AnchorRow[], widths: readonly number[]): string {
	const header = [
		'tool'.padEnd(22),
		'median'.padStart(column.number),
		'min'.padStart(column.number),
		'max'.padStart(column.number),
		'ratio'.padStart(column.ratio),
		...widths.map((width) => `>${width} cols`.padStart(10)),
	].join(' ');
	const lines = [header];
	for (const row of rows) {
		if (!row.stats) {
			lines.push(`${row.tool.padEnd(22)} ${row.note ?? ''}`.trimEnd());
			continue;
		}
		const {median, min, max} = row.stats;
		lines.push(
			[
				row.tool.padEnd(22),
				...[median, min, max].map((value) => figure(value, 'ms').padStart(column.number)),
				(row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x`).padStart(column.ratio),
				...widths.map((width) => {
					const over = row.overflow?.[width];
					return (over ? `${over.wider}/${over.lines}` : '').padStart(10);
				}),
			].join(' '),
		);
	}
	return lines.join('\n');
}

/** A row as `--json` writes it: the figures, the ratio, the goal and the verdict. */
export function rowJson(row: Row): Record<string, unknown> {
	return {
		group: row.group,
		what: row.what,
		unit: row.unit,
		...(row.stats
			? {median: row.stats.median, min: row.stats.min, max: row.stats.max, samples: row.stats.samples.length}
			: {}),
		...(row.ratio ? {ratio: row.ratio.value, ratioOf: row.ratio.of} : {}),
		goal: row.judged?.goal ?? null,
		verdict: row.judged?.verdict ?? null,
		...(row.note ? {note: row.note} : {}),
	};
}
