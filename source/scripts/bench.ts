// npm run bench: the one place speed and memory figures come from. Every figure is measured in
// this run next to bare `node -e 0`, and reported as a ratio to it, because this machine is shared
// and absolute times drift. Not a test: it prints figures and goals, it does not fail.
//
// Ratios are paired: commands run in rounds (node, then each command once), each run is divided by
// the run it is compared with in the same round, and the ratio shown is the median of those. Load
// on this machine comes in phases that last several runs, so two medians taken separately can fall
// in different phases (seen: node's median 86 ms in one run and 123 ms in the next, with the same
// minimum); runs seconds apart share their phase.
//
//   npm run bench                 all measurements
//   npm run bench -- --runs 30    more runs per figure (default 15)
//   npm run bench -- --json       also write the figures as JSON to stdout, after the table
//
// With ../shared/fixtures/markdown beside the repository, the largest of those documents is
// timed too: printed from its file (cached and not) and from a server on 127.0.0.1, and its first
// frame.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {SearchIndex} from '../browser/search.js';
import {importMarkdown} from '../input/markdown-document.js';
import {parseMarkdown} from '../input/markdown-parse.js';
import {sectionLines} from '../layout/document.js';
import type {Comparison} from '../model/schema.js';
import {defaultView} from '../model/view.js';
import {Session} from '../test-support/pty.js';
import {largeComparisons, withCode} from './bench-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'build', 'cli.cjs');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 15;
const wantJson = argv.includes('--json');
// The cache directory of this run (tradeoff keeps validated files and its code cache there).
const benchCache = mkdtempSync(join(tmpdir(), 'tradeoff-bench-cache-'));

type Stats = {median: number; min: number; max: number; samples: number[]};

/** The median of run-by-run ratios of two figures measured in the same rounds. */
function pairedRatio(value: Stats, base: Stats): number {
	if (value.samples.length !== base.samples.length) throw new Error('paired figures need the same rounds');
	return stats(value.samples.map((sample, index) => sample / (base.samples[index] ?? Number.NaN))).median;
}

function stats(samples: number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return {median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, samples};
}

/** Wall time of one process from spawn to exit, stdout to /dev/null as in `> /dev/null`. */
function timeProcess(args: readonly string[]): Promise<number> {
	// Arguments of the form NAME=value set the environment of that run.
	const env: NodeJS.ProcessEnv = {...process.env, CI: '', TRADEOFF_CACHE_DIR: benchCache};
	const argv = args.filter((arg) => {
		const match = /^([A-Z_]+)=(.*)$/.exec(arg);
		if (match?.[1]) env[match[1]] = match[2];
		return !match;
	});
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = spawn(process.execPath, argv, {stdio: ['ignore', 'ignore', 'inherit'], env});
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
		`bare node -e 0 (spawn to exit): median ${baseline.median.toFixed(1)} ms (min ${baseline.min.toFixed(1)}, max ${baseline.max.toFixed(1)}), ${runs} runs`,
		'',
		'ratio: the median of run-by-run ratios to node in the same rounds',
		'',
		`${'what'.padEnd(58)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)} ${'ratio'.padStart(6)}  goal`,
	];
	for (const row of rows) {
		const number = (value: number) => `${value.toFixed(1)} ${row.unit}`.padStart(10);
		const ratio = row.ratio === undefined ? ''.padStart(6) : `${row.ratio.toFixed(2)}x`.padStart(6);
		const verdict = row.met === undefined ? '' : row.met ? '  met' : '  NOT MET';
		lines.push(
			`${row.what.padEnd(58)} ${number(row.stats.median)} ${number(row.stats.min)} ${number(row.stats.max)} ${ratio}  ${row.goal}${verdict}`,
		);
	}
	return lines.join('\n');
}

/** Milliseconds from starting a session until its screen shows `ready`. */
async function timeToScreen(start: () => Session, ready: string): Promise<number> {
	const begin = performance.now();
	const session = start();
	try {
		await session.waitFor(ready, 20_000);
		return performance.now() - begin;
	} finally {
		// Bare node exits by itself; writing to its closed terminal would fail.
		if (ready !== 'node-ready') session.press('q');
		await session.waitForExit().catch(() => undefined);
		session.dispose();
	}
}

/** Peak resident memory (VmHWM) of a running process, in MiB. */
function peakMemory(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

type Interactive = {jump: Stats; page: Stats; peak: number};

/**
 * One session that visits every section by number and pages through each: key-to-screen latency
 * of jumps and page scrolls, then the peak memory of the whole session.
 */
async function interactiveSession(
	args: readonly string[],
	sections: readonly string[],
	rounds: number,
	env: Record<string, string>,
): Promise<Interactive> {
	const session = new Session(args, {cols: 80, rows: 24, env});
	const jumps: number[] = [];
	const pages: number[] = [];
	const press = async (key: string, until: (screen: string) => boolean, into: number[]) => {
		const begin = performance.now();
		session.press(key);
		await session.waitFor(until, 10_000);
		into.push(performance.now() - begin);
		// Let the frame settle, as a reader would between keys.
		await new Promise((resolve) => setTimeout(resolve, 15));
	};
	try {
		await session.waitFor(`${sections[0]} 1/${sections.length}`, 20_000);
		for (let round = 0; round < rounds; round++) {
			for (let index = sections.length - 1; index >= 0; index--) {
				const footer = `${sections[index]} ${index + 1}/${sections.length}`;
				await press(String(index + 1), (screen) => screen.includes(footer), jumps);
				// Page down while the section has more to show: the body of the screen must change.
				for (let page = 0; page < 3; page++) {
					const before = session.screen().slice(4, -2).join('\n');
					if (/ (All|100%)$/.test(session.screen().at(-2) ?? '')) break;
					await press(' ', (screen) => screen.split('\n').slice(4, -2).join('\n') !== before, pages);
				}
			}
		}
		return {jump: stats(jumps), page: stats(pages), peak: peakMemory(session.process.pid)};
	} finally {
		session.press('q');
		await session.waitForExit().catch(() => undefined);
		session.dispose();
	}
}

/** Milliseconds per keystroke to search the whole comparison while "framework" is typed. */
function searchPerKey(comparison: Comparison): Stats {
	const document = {
		comparison,
		bodies: new Map(comparison.sections.map((section) => [section.id, parseMarkdown(section.body ?? '')])),
	};
	const view = defaultView(comparison);
	const index = new SearchIndex(
		comparison.sections.map((section) => sectionLines(document, section, {width: 80, view})),
	);
	const samples: number[] = [];
	for (let round = 0; round < runs; round++) {
		for (const query of [
			'f',
			'fr',
			'fra',
			'fram',
			'frame',
			'framew',
			'framewo',
			'framewor',
			'framework',
			'not stated',
			'django',
		]) {
			const start = performance.now();
			index.search(query);
			samples.push(performance.now() - start);
		}
	}
	return stats(samples);
}

/** The largest of the shared real-world Markdown documents, if the shared folder is beside the repository. */
function largestFixture(): string | undefined {
	const folder = join(root, '..', 'shared', 'fixtures', 'markdown');
	if (!existsSync(folder)) return undefined;
	const files = readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(folder, name));
	return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

function packedSize(): number {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-pack-'));
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', directory], {
			cwd: root,
			encoding: 'utf8',
		}),
	) as {size: number}[];
	rmSync(directory, {recursive: true});
	return (packed?.size ?? Number.NaN) / 1024;
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
	const code = join(scratch, 'with-code.json');
	writeFileSync(code, JSON.stringify(withCode()));
	const bundledCopy = join(root, 'data', 'fastapi-litestar-django-ninja.json');
	const sections = large.longProse.sections.map((section) => section.title);

	// The largest shared Markdown document, printed from a file and from a server on 127.0.0.1.
	const fixture = largestFixture();
	const server = createServer((_request, response) => {
		response.writeHead(200, {'content-type': 'text/markdown'}).end(fixture ? readFileSync(fixture) : '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const fixtureUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/document.md`;
	const fixtureCommands: Record<string, readonly string[]> = fixture
		? {
				fixture: [cli, '--plain', fixture],
				fixtureCold: ['TRADEOFF_CACHE=0', cli, '--plain', fixture],
				fixtureUrl: [cli, '--plain', fixtureUrl],
			}
		: {};

	process.stderr.write('timing printed output...\n');
	const times = await timeAll({
		...fixtureCommands,
		node: ['-e', '0'],
		plain: [cli, '--plain'],
		json: [cli, '--format', 'json'],
		file: [cli, '--plain', bundledCopy],
		longProse: [cli, '--plain', longProse],
		wide: [cli, '--plain', wide],
		fileCold: ['TRADEOFF_CACHE=0', cli, '--plain', bundledCopy],
		longProseCold: ['TRADEOFF_CACHE=0', cli, '--plain', longProse],
		code: [cli, '--plain', code],
		codeCold: ['TRADEOFF_CACHE=0', cli, '--plain', code],
	});

	process.stderr.write('timing first frames in a pseudo-terminal...\n');
	const nodeInPty: number[] = [];
	const firstFrame: number[] = [];
	const firstFrameCold: number[] = [];
	const firstFrameWide: number[] = [];
	// The code cache (see source/cli/load-browser.ts) in a directory of this run's own: the warm-up
	// run writes it; "cold" runs go without it.
	const cache = {TRADEOFF_CACHE_DIR: join(scratch, 'cache')};
	const cold = {TRADEOFF_CACHE: '0'};
	const ready = `${sections[0]} 1/${sections.length}`;
	const nodeReady = ['-e', "process.stdout.write('node-ready')"];
	// The document's first frame shows its first section's title and count in the footer.
	const firstFrameFixture: number[] = [];
	const fixtureReady = fixture
		? await importMarkdown(readFileSync(fixture), fixture).then(
				({comparison}) => `${comparison.sections[0]?.title} 1/${comparison.sections.length}`,
			)
		: '';
	await timeToScreen(() => new Session([], {node: nodeReady}), 'node-ready');
	await timeToScreen(() => new Session([], {env: cache}), ready);
	if (fixture) await timeToScreen(() => new Session([fixture], {env: cache}), fixtureReady);
	for (let run = 0; run < runs; run++) {
		nodeInPty.push(await timeToScreen(() => new Session([], {node: nodeReady}), 'node-ready'));
		firstFrame.push(await timeToScreen(() => new Session([], {env: cache}), ready));
		firstFrameCold.push(await timeToScreen(() => new Session([], {env: cold}), ready));
		firstFrameWide.push(await timeToScreen(() => new Session([wide], {env: cache}), ready));
		if (fixture) firstFrameFixture.push(await timeToScreen(() => new Session([fixture], {env: cache}), fixtureReady));
	}

	server.close();

	process.stderr.write('timing keys in a pseudo-terminal...\n');
	const rounds = Math.max(2, Math.round(runs / 5));
	const keys = await interactiveSession([], sections, rounds, cache);
	const keysLong = await interactiveSession([longProse], sections, rounds, cache);
	const keysWide = await interactiveSession([wide], sections, rounds, cache);
	const nodeMemory =
		Number(
			execFileSync(
				process.execPath,
				[
					'-e',
					"process.stdout.write(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])",
				],
				{encoding: 'utf8'},
			),
		) / 1024;
	const tarball = packedSize();
	const search = searchPerKey(large.longProse);

	const baseline = times.node as Stats;
	const ratio = (value: Stats) => pairedRatio(value, baseline);
	const plain = times.plain as Stats;
	const ptyNode = stats(nodeInPty);
	const frame = stats(firstFrame);
	const frameCold = stats(firstFrameCold);
	const frameWide = stats(firstFrameWide);
	const ms = (what: string, value: Stats, goal: string, met?: boolean, withRatio = true): Row => ({
		what,
		stats: value,
		unit: 'ms',
		...(withRatio ? {ratio: ratio(value)} : {}),
		goal,
		...(met === undefined ? {} : {met}),
	});
	const kinds = ['jump', 'page'] as const;
	const keyNames = {jump: 'section jump', page: 'page scroll'} as const;
	const single = (value: number): Stats => ({median: value, min: value, max: value, samples: [value]});
	const rows: Row[] = [
		ms('tradeoff --plain > /dev/null (bundled comparison)', plain, '<= 1.3x node', ratio(plain) <= 1.3),
		ms('tradeoff --format json > /dev/null', times.json as Stats, ''),
		ms('tradeoff --plain FILE (the same comparison, from the cache)', times.file as Stats, ''),
		ms('tradeoff --plain FILE, validated and parsed (no cache)', times.fileCold as Stats, ''),
		ms(
			'tradeoff --plain, every prose string 50x longer, no cache',
			times.longProseCold as Stats,
			`${pairedRatio(times.longProseCold as Stats, plain).toFixed(2)}x the bundled run`,
		),
		ms(
			'tradeoff --plain, every prose string 50x longer',
			times.longProse as Stats,
			`<= 2x the bundled run: ${pairedRatio(times.longProse as Stats, plain).toFixed(2)}x`,
			pairedRatio(times.longProse as Stats, plain) <= 2,
		),
		ms('tradeoff --plain, 8 subjects x 300 rows', times.wide as Stats, ''),
		// The same comparison with a highlighted code block in every section: only these load highlight.js.
		ms(
			'tradeoff --plain FILE with code blocks, highlighted (no cache)',
			times.codeCold as Stats,
			`${pairedRatio(times.codeCold as Stats, times.fileCold as Stats).toFixed(2)}x the same without code`,
		),
		ms(
			'tradeoff --plain FILE with code blocks (from the cache)',
			times.code as Stats,
			`${pairedRatio(times.code as Stats, times.file as Stats).toFixed(2)}x the same without code`,
		),
		...(fixture
			? [
					ms(
						`tradeoff --plain ${fixture.split('/').pop()} (from the cache)`,
						times.fixture as Stats,
						'<= 1.6x node',
						ratio(times.fixture as Stats) <= 1.6,
					),
					ms('the same document, read and laid out (no cache)', times.fixtureCold as Stats, ''),
					ms('the same document from http://127.0.0.1', times.fixtureUrl as Stats, ''),
				]
			: []),
		ms('bare node in the pty (spawn to first output)', ptyNode, 'the pty baseline', undefined, false),
		ms(
			'first full frame, 80x24 pty, without the code cache',
			frameCold,
			`${pairedRatio(frameCold, ptyNode).toFixed(2)}x node in the pty`,
			undefined,
			false,
		),
		ms(
			'first full frame, 80x24 pty',
			frame,
			`<= 2.0x node in the pty: ${pairedRatio(frame, ptyNode).toFixed(2)}x`,
			pairedRatio(frame, ptyNode) <= 2,
			false,
		),
		...(fixture
			? [
					ms(
						'first full frame, the largest shared Markdown document',
						stats(firstFrameFixture),
						`${pairedRatio(stats(firstFrameFixture), ptyNode).toFixed(2)}x node in the pty`,
						undefined,
						false,
					),
				]
			: []),
		ms(
			'first full frame, 8 subjects x 300 rows',
			frameWide,
			`<= 1.5x the bundled frame: ${pairedRatio(frameWide, frame).toFixed(2)}x`,
			pairedRatio(frameWide, frame) <= 1.5,
			false,
		),
		// Jumps, then page scrolls: the bundled comparison against the goal, then each large one.
		...kinds.map((kind) =>
			ms(
				`key to screen, ${keyNames[kind]} (${keys[kind].samples.length} keys)`,
				keys[kind],
				'median <= 16 ms, max <= 50 ms',
				keys[kind].median <= 16 && keys[kind].max <= 50,
				false,
			),
		),
		...kinds.map((kind) =>
			ms(
				`${keyNames[kind]}, every prose string 50x longer`,
				keysLong[kind],
				`unchanged: ${(keysLong[kind].median / keys[kind].median).toFixed(2)}x`,
				keysLong[kind].median <= 16,
				false,
			),
		),
		...kinds.map((kind) =>
			ms(
				`${keyNames[kind]}, 8 subjects x 300 rows`,
				keysWide[kind],
				`<= 1.5x the bundled: ${(keysWide[kind].median / keys[kind].median).toFixed(2)}x`,
				keysWide[kind].median <= 1.5 * keys[kind].median,
				false,
			),
		),
		{
			what: 'peak memory, every section visited (VmHWM)',
			stats: single(keys.peak),
			unit: 'MiB',
			ratio: keys.peak / nodeMemory,
			goal: `<= 1.6x node -e 0 (${nodeMemory.toFixed(1)} MiB)`,
			met: keys.peak <= 1.6 * nodeMemory,
		},
		ms('search per keystroke, every prose string 50x longer', search, 'under 16 ms', search.max < 16, false),
		{
			what: 'packed tarball',
			stats: single(tarball),
			unit: 'KiB',
			goal: '<= 600 KiB, zero runtime dependencies',
			met: tarball <= 600,
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
			`${JSON.stringify({node: {median: baseline.median, min: baseline.min, max: baseline.max}, nodeInPty: {median: ptyNode.median}, nodeMemoryMiB: nodeMemory, runs, figures}, null, 2)}\n`,
		);
	}
	rmSync(scratch, {recursive: true});
}

main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
