// A storm of random keys and resizes against the built browser in a pseudo-terminal: the test
// suite runs a short one, `npm run stress` a long one. Deterministic for a seed.
import {readFileSync} from 'node:fs';
import {Session} from './pty.js';

/** What a storm did and saw. */
export type StormReport = {
	keys: number;
	resizes: number;
	/**
	 * Screens that did not fit: after some piece of output, the last row was not empty (every
	 * frame is at most rows - 1 lines). Checked after every piece of output, not after a pause,
	 * so a frame that is wrong for a moment and then redrawn is caught too.
	 */
	misfits: string[];
	/** How many pieces of output were checked for fit: a check that never ran proves nothing. */
	checked: number;
	rssStartMiB: number;
	rssEndMiB: number;
	peakMiB: number;
	exitCode: number | undefined;
};

// Every key the browser knows except the two that quit, plus keys it does not know.
const keys = [
	...'jkhlgGfbndcriex/?123456789 JKNz%é表'.split(''),
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
		const stopChecking = session.onParsed(() => {
			report.checked++;
			const screen = session.screen();
			if (session.terminal.rows >= 2 && screen.at(-1) !== '') {
				report.misfits.push(`${session.terminal.cols}×${session.terminal.rows}:\n${screen.join('\n')}`);
			}
		});
		const resizeEvery = Math.max(1, Math.floor(options.keys / Math.max(1, options.resizes)));
		while (report.keys < options.keys) {
			const burst = 1 + Math.floor(next() * 8);
			let chunk = '';
			for (let index = 0; index < burst && report.keys < options.keys; index++) {
				chunk += pick(keys);
				report.keys++;
			}
			session.press(chunk);
			await pause(2);
			if (report.resizes < options.resizes && report.keys >= (report.resizes + 1) * resizeEvery) {
				const [cols, rows] = pick(sizes);
				session.resize(cols, rows);
				report.resizes++;
				// Pacing only: give the frame for the new size time to come before the next keys.
				await pause(60);
			}
		}
		session.resize(80, 24);
		await pause(100);
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
