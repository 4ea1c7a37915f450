// The bench's measuring: processes timed from spawn to exit in interleaved rounds, first frames and
// keys in a pseudo-terminal, peak memory, the packed tarball. Everything here touches the world;
// the arithmetic is in bench-stats.ts and the verdicts in bench-table.ts.
import {execFileSync, spawn} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Session} from '../test-support/pty.js';
import {cleanEnv, root} from '../test-support/run-cli.js';
import {type Stats, stats} from './bench-stats.js';

/** A program to time: its argv (the executable first), its environment, where its stdout goes. */
export type Command = {
	argv: readonly string[];
	/** Added to a clean environment (no CI, NO_COLOR, FORCE_COLOR or COLUMNS). */
	env?: Readonly<Record<string, string>>;
	/** A file for stdout, truncated on each run; /dev/null when absent. */
	out?: string;
};

/** Wall time of one process from spawn to exit, in ms; rejects when it fails. */
export function timeProcess(command: Command): Promise<number> {
	const [file, ...args] = command.argv;
	if (!file) return Promise.reject(new Error('no program to run'));
	// A user's environment: prints are kept (the tests' environment keeps none), unless the
	// command says otherwise.
	const env = cleanEnv({TRADEOFF_PRINT_CACHE: undefined, ...command.env});
	// Opened before the clock starts: the run pays for writing its output, not for our open().
	const out = command.out ? openSync(command.out, 'w') : 'ignore';
	return new Promise<number>((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = spawn(file, args, {stdio: ['ignore', out, 'inherit'], env});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
			if (code !== 0) reject(new Error(`${command.argv.join(' ')} exited with ${code ?? signal}`));
			else resolve(elapsed);
		});
	}).finally(() => {
		if (typeof out === 'number') closeSync(out);
	});
}

/**
 * Runs each command `runs` times after one warm-up round (which fills the file cache and the
 * code caches), interleaved: round by round, each command once, so that load on the machine
 * hits all of them alike and paired ratios compare runs of one round.
 */
export function timeAll(commands: Readonly<Record<string, Command>>, runs: number): Promise<Record<string, Stats>> {
	return interleaved(commands, runs, timeProcess);
}

/** One warm-up round, then `runs` rounds measuring each item once per round, in order. */
async function interleaved<T>(
	items: Readonly<Record<string, T>>,
	runs: number,
	measure: (item: T) => Promise<number>,
): Promise<Record<string, Stats>> {
	const samples: Record<string, number[]> = Object.fromEntries(Object.keys(items).map((name) => [name, []]));
	for (const item of Object.values(items)) await measure(item);
	for (let run = 0; run < runs; run++) {
		for (const [name, item] of Object.entries(items)) samples[name]?.push(await measure(item));
	}
	return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]));
}

/**
 * A program started in an 80×24 pty, and the text its screen shows once it is ready; `exits` when
 * it ends by itself then (bare node), rather than being sent q; `keys` typed as soon as it starts
 * (read once it reads keys: the terminal holds them until then).
 */
export type Screen = {start: () => Session; ready: string; exits?: true; keys?: string};

/** Bare node (this one, or another binary) in a pty, ready when it has written its one word: the pty baseline. */
export function nodeScreenOf(binary?: string): Screen {
	return {
		start: () =>
			new Session([], {
				node: ['-e', "process.stdout.write('node-ready')"],
				...(binary ? {nodeBinary: binary} : {}),
			}),
		ready: 'node-ready',
		exits: true,
	};
}

/** This node in a pty: the pty baseline. */
export const nodeScreen: Screen = nodeScreenOf();

/** Milliseconds from starting a session until its screen shows what it shows when ready. */
async function timeToScreen(screen: Screen): Promise<number> {
	const begin = performance.now();
	const session = screen.start();
	if (screen.keys) session.press(screen.keys);
	try {
		await session.waitFor(screen.ready, 20_000);
		return performance.now() - begin;
	} finally {
		// Bare node exits by itself; writing to its closed terminal would fail.
		if (!screen.exits) session.press('q');
		await session.waitForExit().catch(() => undefined);
		session.dispose();
	}
}

/** Times first screens as timeAll times processes: a warm-up round, then `runs` interleaved rounds. */
export function timeScreens(screens: Readonly<Record<string, Screen>>, runs: number): Promise<Record<string, Stats>> {
	return interleaved(screens, runs, timeToScreen);
}

/** Peak resident memory (VmHWM) of a running process, in MiB. */
function peakMemory(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Bare node's peak memory (`node -e` reading its own VmHWM), in MiB, measured `runs` times. */
export function nodePeakMemory(runs: number): Stats {
	const read =
		"process.stdout.write(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])";
	return stats(
		Array.from({length: runs}, () => Number(execFileSync(process.execPath, ['-e', read], {encoding: 'utf8'})) / 1024),
	);
}

/** Key-to-screen latencies of one browsing session, and its peak memory. */
export type KeyTimes = {
	jump: Stats;
	page: Stats;
	search: Stats;
	/** VmHWM in MiB once every section has been visited and paged through. */
	peakVisited: number;
	/** VmHWM in MiB at the end, after the searches too. */
	peakAll: number;
};

/** What a browsing session visits: its sections' titles (as the footer names them) and a query to type. */
export type Tour = {args: readonly string[]; sections: readonly string[]; query: string; env: Record<string, string>};

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One 80×24 session that, `rounds` times, jumps to every section by number (last to first) and
 * pages through each (up to 3 pages), then opens the search and types the query one key at a
 * time. Each key is timed from the write to the pty until the screen shows its effect: the
 * section's name in the footer, a changed page, or the footer's match count for the query so far.
 */
export async function browse(tour: Tour, rounds: number): Promise<KeyTimes> {
	const {sections} = tour;
	const session = new Session(tour.args, {cols: 80, rows: 24, env: tour.env});
	const jumps: number[] = [];
	const pages: number[] = [];
	const searches: number[] = [];
	const press = async (key: string, until: (screen: string) => boolean, into: number[] | undefined) => {
		const begin = performance.now();
		session.press(key);
		await session.waitFor(until, 10_000);
		into?.push(performance.now() - begin);
		// Let the frame settle, as a reader would between keys.
		await new Promise((resolve) => setTimeout(resolve, 15));
	};
	// The pane: below the header, the section bar and its rule, above the footer (the last row).
	const body = (screen: string) => {
		const rows = screen.split('\n');
		const rule = rows.findIndex((row) => /^[─-]{20,}\s*$/.test(row));
		return rows.slice(rule + 1, -1).join('\n');
	};
	// The footer while typing: "/query█  12 matches" (or "no matches").
	const counted = (query: string) => new RegExp(`^/${escapeRegExp(query)}█ +(\\d+ match|no matches)`, 'm');
	const typing = /^\/[^\n]*█/m;
	try {
		await session.waitFor(`${sections[0]} 1/${sections.length}`, 20_000);
		// And the browser's own first frame (Ink wraps each in a synchronized update): the frame
		// shown first is painted before the browser loads (terminal/first-paint.ts), and a key
		// pressed then waits for the load, which the first-frame rows time ("typed at start,
		// answered"). These time keys in a browser that runs.
		await session.waitFor(() => session.output.includes('\u001b[?2026l'), 20_000);
		for (let round = 0; round < rounds; round++) {
			for (let index = sections.length - 1; index >= 0; index--) {
				const footer = `${sections[index]} ${index + 1}/${sections.length}`;
				await press(String(index + 1), (screen) => screen.includes(footer), jumps);
				// Page down while the section has more to show: the body of the screen must change.
				for (let page = 0; page < 3; page++) {
					// At a section's end a page goes on into the next: paging is timed within a section.
					if (/ (All|100%)$/.test(session.screen().at(-1)?.trimEnd() ?? '')) break;
					const before = body(session.text());
					await press(' ', (screen) => body(screen) !== before, pages);
				}
			}
		}
		const peakVisited = peakMemory(session.process.pid);
		for (let round = 0; round < rounds; round++) {
			await press('/', (screen) => /^\/█/m.test(screen), undefined);
			for (let length = 1; length <= tour.query.length; length++) {
				const pattern = counted(tour.query.slice(0, length));
				await press(tour.query[length - 1] ?? '', (screen) => pattern.test(screen), searches);
			}
			await press('\u001b', (screen) => !typing.test(screen), undefined);
		}
		return {
			jump: stats(jumps),
			page: stats(pages),
			search: stats(searches),
			peakVisited,
			peakAll: peakMemory(session.process.pid),
		};
	} finally {
		session.press('q');
		await session.waitForExit().catch(() => undefined);
		session.dispose();
	}
}

/** The packed tarball: its size and the runtime dependencies its package.json names. */
export type Packed = {kib: number; dependencies: readonly string[]};

/**
 * Packs the package as `npm publish` would (scripts skipped: the bench has just built) and reads
 * the package.json inside the tarball: dependencies, optional and peer dependencies are all
 * installed with it.
 */
export function packed(): Packed {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-pack-'));
	try {
		const [pack] = JSON.parse(
			execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', directory], {
				cwd: root,
				encoding: 'utf8',
			}),
		) as {size: number; filename: string}[];
		if (!pack) throw new Error('npm pack wrote nothing');
		const manifest = JSON.parse(
			execFileSync('tar', ['-xzOf', join(directory, pack.filename), 'package/package.json'], {encoding: 'utf8'}),
		) as Record<string, Record<string, string> | undefined>;
		const dependencies = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
			Object.keys(manifest[field] ?? {}),
		);
		return {kib: pack.size / 1024, dependencies};
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}
