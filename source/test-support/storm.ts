// A storm of random keys and resizes against the built browser in a pseudo-terminal: the test
// suite runs a short one, `npm run stress` a long one. Deterministic for a seed.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {minimumSize, tooSmall} from '../browser/screen.js';
import {titleLines} from '../browser/title-lines.js';
import {lineText} from '../layout/styled.js';
import {bundledComparison} from './fixtures.js';
import {Session} from './pty.js';

/**
 * The first row of the browser's screen at a size: its header's first line, or in a terminal too
 * small, the first line of the message that says so (nothing at all in a single row). Exact, so
 * that a frame drawn for the size before, which a smaller terminal wraps and scrolls, is never
 * taken for the first frame of the new size.
 */
function topAt(cols: number, rows: number): string {
	if (cols >= minimumSize.columns && rows >= minimumSize.rows)
		return lineText(titleLines(comparison, cols, rows < 12)[0] ?? []);
	return lineText(tooSmall({columns: cols, rows})[0] ?? []);
}

const comparison = bundledComparison();

/** What a storm did and saw. */
export type StormReport = {
	keys: number;
	resizes: number;
	/**
	 * Screens that did not fit: after a frame, the first row was not the frame's first line (a
	 * frame taller than the terminal scrolls it off; frames are as tall as the terminal, the last
	 * row included). Checked after every frame, not after a pause, so a frame that is wrong for a
	 * moment and then redrawn is caught too; after a resize, from the first frame of the new size.
	 */
	misfits: string[];
	/** How many frames were checked for fit: a check that never ran proves nothing. */
	checked: number;
	rssStartMiB: number;
	rssEndMiB: number;
	peakMiB: number;
	exitCode: number | undefined;
};

// Every key the browser knows except the three that quit or stop it, plus keys it does not know.
const keys = [
	...'jkhlgGfbndcriex/?123456789 JKNz%é表oyY'.split(''),
	// Ctrl-F, Ctrl-B, Ctrl-D, Ctrl-U, Ctrl-E, Ctrl-Y.
	...'\u0006\u0002\u0004\u0015\u0005\u0019'.split(''),
	'\u001b[A',
	'\u001b[B',
	'\u001b[C',
	'\u001b[D',
	'\u001b[5~',
	'\u001b[6~',
	'\u001b[H',
	'\u001b[F',
	'\u001b[Z',
	'\u001b[1;2A',
	'\u001b[1;2B',
	'\t',
	'\r',
	'\u007f',
	'\u001b',
	'M',
];
const sizes: [number, number][] = [
	[1, 1],
	[1, 40],
	[200, 1],
	[2, 2],
	[19, 5],
	[20, 6],
	[21, 7],
	[40, 12],
	[80, 24],
	[133, 41],
	[200, 60],
];

/** A small deterministic random number generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

function rss(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(new RegExp(`${field}:\\s*(\\d+)`).exec(status)?.[1] ?? Number.NaN) / 1024;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Text with every key that acts: pasted, none of it may act. */
const pasteCharacters = [...'qQ123456789/?cdrixjkGgnN M:[]<;~', '\r', '\n', '\t', '\u0003', '\u001a', 'é', '表'];

function pasteOf(next: () => number): string {
	let text = '';
	const length = Math.floor(next() * 12);
	for (let index = 0; index < length; index++) text += pasteCharacters[Math.floor(next() * pasteCharacters.length)];
	return `\u001b[200~${text}\u001b[201~`;
}

/** A mouse report at a random cell: a click, a release, a drag, a wheel notch; SGR or X10. */
function mouseOf(next: () => number, cells: {cols: number; rows: number}, codes: readonly number[]): string {
	const code = codes[Math.floor(next() * codes.length)] ?? 0;
	const column = 1 + Math.floor(next() * cells.cols);
	const row = 1 + Math.floor(next() * cells.rows);
	if (next() < 0.1 && column < 95 && row < 95)
		return `\u001b[M${String.fromCharCode(32 + code, 32 + column, 32 + row)}`;
	return `\u001b[<${code};${column};${row}${next() < 0.3 ? 'm' : 'M'}`;
}

// Buttons: left, middle, right, with shift/alt/ctrl, drags (32+), wheel up and down (64, 65).
const anyButton = [0, 1, 2, 4, 8, 16, 32, 33, 34, 35, 64, 65, 66, 67];

/** Runs a storm; the session is always disposed. */
export async function storm(options: {keys: number; resizes: number; seed: number}): Promise<StormReport> {
	const next = random(options.seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const session = new Session([], {cols: 80, rows: 24});
	const report: StormReport = {
		keys: 0,
		resizes: 0,
		misfits: [],
		checked: 0,
		rssStartMiB: 0,
		rssEndMiB: 0,
		peakMiB: 0,
		exitCode: undefined,
	};
	try {
		await session.waitFor('1/7', 20_000);
		report.rssStartMiB = rss(session.process.pid, 'VmRSS');
		let seen = session.output.length;
		// Frames drawn after a resize and before the browser heard of it are of the size before
		// (one of a taller terminal may scroll a smaller one): the check waits, after each resize,
		// for the first frame of the new size, then holds every frame to it.
		let settled = true;
		let requested: [number, number] = [80, 24];
		const stopChecking = session.onParsed(() => {
			// Half a frame is no frame: a terminal with synchronized updates shows whole ones only.
			if (session.inSynchronizedUpdate()) return;
			// Whole frames only: Ink ends each with the end of a synchronized update.
			const since = session.output.slice(Math.max(0, seen - 8));
			seen = session.output.length;
			if (!since.includes('\u001b[?2026l')) return;
			const screen = session.screen();
			// The size the program was given: the emulator is never narrower than 2 columns.
			const [cols, rows] = requested;
			const fits = (screen[0] ?? '') === topAt(cols, rows);
			if (!settled) {
				settled = fits;
				return;
			}
			report.checked++;
			// With the output that drew it, to tell a stale frame from a wrong one.
			if (!fits)
				report.misfits.push(
					`${cols}×${rows}:\n${screen.join('\n')}\noutput before: ${JSON.stringify(session.output.slice(-700))}`,
				);
		});
		const resizeEvery = Math.max(1, Math.floor(options.keys / Math.max(1, options.resizes)));
		while (report.keys < options.keys) {
			const burst = 1 + Math.floor(next() * 8);
			let chunk = '';
			for (let index = 0; index < burst && report.keys < options.keys; index++) {
				// Mostly keys; some clicks, drags and wheel notches anywhere, and pastes.
				const kind = next();
				chunk +=
					kind < 0.8 ? pick(keys) : kind < 0.95 ? mouseOf(next, {cols: 200, rows: 60}, anyButton) : pasteOf(next);
				report.keys++;
			}
			session.press(chunk);
			await pause(2);
			if (report.resizes < options.resizes && report.keys >= (report.resizes + 1) * resizeEvery) {
				const [cols, rows] = pick(sizes);
				session.resize(cols, rows);
				requested = [cols, rows];
				settled = false;
				report.resizes++;
				// Pacing only: give the frame for the new size time to come before the next keys.
				await pause(60);
			}
		}
		session.resize(80, 24);
		requested = [80, 24];
		settled = false;
		await session.waitFor(() => settled, 10_000).catch(() => undefined);
		if (!settled) report.misfits.push(`no frame of 80×24 after the last resize:\n${session.text()}`);
		stopChecking();
		report.rssEndMiB = rss(session.process.pid, 'VmRSS');
		report.peakMiB = rss(session.process.pid, 'VmHWM');
		// Whatever was open (a search being typed, an overlay), Esc closes it and q then quits.
		session.press('\u001b');
		await pause(100);
		session.press('\u001b');
		await pause(100);
		session.press('q');
		const exit = await session.waitForExit(10_000);
		report.exitCode = exit.exitCode;
		return report;
	} finally {
		session.dispose();
	}
}

/** What a storm of input that must never act as keys did. */
export type LeakReport = {
	sent: number;
	/** Footers of other sections seen in the output: each one a jump that must not have happened. */
	jumps: string[];
	/** Overlays seen opening: a leaked ?, r, i or c. */
	overlays: string[];
	/** The program's exit before the end of the storm (a leaked q or Ctrl-C), if it happened. */
	exitedEarly: number | undefined;
	exitCode: number | undefined;
};

/**
 * A storm of pastes, mouse reports that point at nothing, the terminal's answers and scrolling keys,
 * each sequence sometimes cut over two writes: none of it may jump, open an overlay or quit. Only
 * the wheel and j/k may act (they scroll). Deterministic for a seed.
 */
export async function leakStorm(options: {
	events: number;
	seed: number;
	titles: readonly string[];
}): Promise<LeakReport> {
	const next = random(options.seed);
	const cells = {cols: 100, rows: 30};
	// A cache of its own: among the answers it types are light backgrounds, which the browser keeps
	// for the next session on this terminal (cli/background.ts), and the other tests of this worker
	// share its cache.
	const session = new Session(['--section', '1'], {
		...cells,
		env: {TRADEOFF_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tradeoff-storm-'))},
	});
	const footer = (index: number) => `${options.titles[index]} ${index + 1}/${options.titles.length}`;
	const report: LeakReport = {sent: 0, jumps: [], overlays: [], exitedEarly: undefined, exitCode: undefined};
	// Rows where a click does nothing: the title (its source beside it), the rule under the bar, the footer.
	const idleRows = [1, 3, cells.rows];
	try {
		await session.waitFor(footer(0), 20_000);
		const first = session.screen()[3];
		while (report.sent < options.events && !session.exit) {
			const kind = next();
			let sequence: string;
			if (kind < 0.35) sequence = pasteOf(next);
			else if (kind < 0.55) sequence = mouseOf(next, cells, [1, 2, 5, 10, 17, 32, 33, 34, 35, 66, 67]);
			else if (kind < 0.7) {
				const row = idleRows[Math.floor(next() * idleRows.length)] ?? 1;
				const column = 1 + Math.floor(next() * cells.cols);
				sequence = `\u001b[<0;${column};${row}M\u001b[<0;${column};${row}m`;
			} else if (kind < 0.8) sequence = `\u001b[<${next() < 0.5 ? 64 : 65};${1 + Math.floor(next() * cells.cols)};10M`;
			else if (kind < 0.9) sequence = next() < 0.5 ? '\u001b]11;rgb:ffff/ffff/ffff\u001b\\' : '\u001b[?62;22c';
			else sequence = next() < 0.5 ? 'j' : 'k';
			if (next() < 0.3 && sequence.length > 1) {
				// Cut anywhere: the terminal's reads may end mid-sequence.
				const at = 1 + Math.floor(next() * (sequence.length - 1));
				session.press(sequence.slice(0, at));
				await pause(0);
				session.press(sequence.slice(at));
			} else session.press(sequence);
			report.sent++;
			if (report.sent % 8 === 0) await pause(2);
		}
		// A key that shows the storm was all read: back to the top, then the check.
		session.press('g');
		await session.waitFor((screen) => screen.split('\n')[3] === first, 10_000).catch(() => undefined);
		report.exitedEarly = session.exit?.exitCode;
		report.jumps = options.titles
			.map((_, index) => footer(index))
			.filter((text, index) => index > 0 && session.output.includes(text));
		report.overlays = [
			'While browsing',
			'About this comparison',
			'↑↓ pick, Enter opens',
			' ◂ here',
			'Every table and chart shows',
		].filter((text) => session.output.includes(text));
		session.press('q');
		report.exitCode = (await session.waitForExit(10_000)).exitCode;
		return report;
	} finally {
		session.dispose();
	}
}
