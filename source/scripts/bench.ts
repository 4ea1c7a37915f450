// npm run bench: the one place speed and memory figures come from. Every figure is measured in
// this run next to bare `node -e 0`, and reported as a ratio to it, because this machine is shared
// and absolute times drift. Not a test: it prints figures and goals, it does not fail.
//
//   npm run bench                 all measurements
//   npm run bench -- --runs 30    more runs per figure (default 15)
//   npm run bench -- --json       also write the figures as JSON to stdout, after the table
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {largeComparisons} from './bench-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'build', 'cli.js');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 15;
const wantJson = argv.includes('--json');

type Stats = {median: number; min: number; max: number; samples: number[]};

function stats(samples: number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return {median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, samples};
}

/** Wall time of one process from spawn to exit, stdout to /dev/null as in `> /dev/null`. */
function timeProcess(args: readonly string[]): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = spawn(process.execPath, args, {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: {...process.env, CI: ''},
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
			else resolve(Number(process.hrtime.bigint() - start) / 1e6);
		});
	});
}

/** Runs each command `runs` times, interleaved so that load on the machine hits all of them alike. */
async function timeAll(commands: Record<string, readonly string[]>): Promise<Record<string, Stats>> {
	const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
	// One warm-up round fills the file cache.
	for (const args of Object.values(commands)) await timeProcess(args);
	for (let run = 0; run < runs; run++) {
		for (const [name, args] of Object.entries(commands)) samples[name]?.push(await timeProcess(args));
	}
	return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]));
}

type Row = {what: string; stats: Stats; unit: string; ratio?: number; goal: string; met?: boolean};

function format(rows: readonly Row[], baseline: Stats): string {
	const lines = [
		`bare node -e 0: median ${baseline.median.toFixed(1)} ms (min ${baseline.min.toFixed(1)}, max ${baseline.max.toFixed(1)}), ${runs} runs`,
		'',
		`${'what'.padEnd(58)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)} ${'ratio'.padStart(6)}  goal`,
	];
	for (const row of rows) {
		const number = (value: number) => `${value.toFixed(1)} ${row.unit}`.padStart(9);
		const ratio = row.ratio === undefined ? ''.padStart(6) : `${row.ratio.toFixed(2)}x`.padStart(6);
		const verdict = row.met === undefined ? '' : row.met ? '  met' : '  NOT MET';
		lines.push(
			`${row.what.padEnd(58)} ${number(row.stats.median)} ${number(row.stats.min)} ${number(row.stats.max)} ${ratio}  ${row.goal}${verdict}`,
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	execFileSync(process.execPath, ['--import', 'tsx', join(root, 'source', 'scripts', 'build.ts')], {
		cwd: root,
		stdio: 'inherit',
	});
	const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-bench-'));
	const large = largeComparisons();
	const longProse = join(scratch, 'long-prose.json');
	const wide = join(scratch, 'eight-subjects-300-rows.json');
	writeFileSync(longProse, JSON.stringify(large.longProse));
	writeFileSync(wide, JSON.stringify(large.wide));
	const bundledCopy = join(root, 'data', 'fastapi-litestar-django-ninja.json');

	const times = await timeAll({
		node: ['-e', '0'],
		plain: [cli, '--plain'],
		json: [cli, '--format', 'json'],
		file: [cli, '--plain', bundledCopy],
		longProse: [cli, '--plain', longProse],
		wide: [cli, '--plain', wide],
	});
	const baseline = times.node as Stats;
	const ratio = (value: Stats) => value.median / baseline.median;
	const plain = times.plain as Stats;
	const rows: Row[] = [
		{
			what: 'tradeoff --plain > /dev/null (bundled comparison)',
			stats: plain,
			unit: 'ms',
			ratio: ratio(plain),
			goal: '<= 1.3x node',
			met: ratio(plain) <= 1.3,
		},
		{
			what: 'tradeoff --format json > /dev/null',
			stats: times.json as Stats,
			unit: 'ms',
			ratio: ratio(times.json as Stats),
			goal: '',
		},
		{
			what: 'tradeoff --plain FILE (the same comparison, validated)',
			stats: times.file as Stats,
			unit: 'ms',
			ratio: ratio(times.file as Stats),
			goal: '',
		},
		{
			what: 'tradeoff --plain, every prose string 50x longer',
			stats: times.longProse as Stats,
			unit: 'ms',
			ratio: ratio(times.longProse as Stats),
			goal: `<= 2x the bundled run (${((times.longProse as Stats).median / plain.median).toFixed(2)}x)`,
			met: (times.longProse as Stats).median <= 2 * plain.median,
		},
		{
			what: 'tradeoff --plain, 8 subjects x 300 rows',
			stats: times.wide as Stats,
			unit: 'ms',
			ratio: ratio(times.wide as Stats),
			goal: '',
		},
	];
	process.stdout.write(`${format(rows, baseline)}\n`);
	if (wantJson) {
		const figures = Object.fromEntries(
			rows.map((row) => [
				row.what,
				{
					median: row.stats.median,
					min: row.stats.min,
					max: row.stats.max,
					unit: row.unit,
					ratio: row.ratio,
					goal: row.goal,
					met: row.met,
				},
			]),
		);
		process.stdout.write(
			`${JSON.stringify({node: {median: baseline.median, min: baseline.min, max: baseline.max}, runs, figures}, null, 2)}\n`,
		);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
