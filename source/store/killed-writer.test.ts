// A writer killed with SIGKILL at random moments of its saving, 50 times: whatever the moment, the
// decision file left behind parses (the old one or the new one, never half of one), and the next
// writer goes on.
// The writer is the store's own code (testdata/writer.ts), bundled once with esbuild so each run
// starts as fast as node does.
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';
import {beforeAll, expect, test} from 'vitest';
import {withScore} from '../model/decision.js';
import {readDecisionText} from '../model/decision-file.js';
import {DecisionKeeper, openDecision} from './decision-store.js';

const here = mkdtempSync(join(tmpdir(), 'tradeoff-killed-'));
const writer = join(here, 'writer.mjs');

beforeAll(() => {
	buildSync({
		entryPoints: [fileURLToPath(new URL('./testdata/writer.ts', import.meta.url))],
		bundle: true,
		platform: 'node',
		format: 'esm',
		outfile: writer,
		logLevel: 'silent',
	});
});

/**
 * Runs the writer and kills it `after` milliseconds after its first save (a loaded machine may
 * take long to start node: the moments are counted from when it writes); resolves once it is gone.
 */
function runAndKill(path: string, after: number): Promise<{ready: boolean; signal: NodeJS.Signals | null}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [writer, path], {stdio: ['ignore', 'pipe', 'pipe']});
		let ready = false;
		let errors = '';
		let timer: NodeJS.Timeout | undefined;
		child.stdout.on('data', (chunk: Buffer) => {
			if (ready || !chunk.toString().includes('ready')) return;
			ready = true;
			timer = setTimeout(() => child.kill('SIGKILL'), after);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			errors += chunk.toString();
		});
		// A writer that never says it is ready is killed all the same, and the test says so.
		const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.on('error', reject);
		child.on('close', (_code, signal) => {
			clearTimeout(timer);
			clearTimeout(deadline);
			if (errors !== '') reject(new Error(errors));
			else resolve({ready, signal});
		});
	});
}

test('kill -9 at 50 random moments: the file always parses', async () => {
	const path = join(mkdtempSync(join(here, 'data-')), 'd.json');
	let seed = Number(process.env.TRADEOFF_KILL_SEED ?? Date.now() % 100_000);
	const random = () => {
		// A small LCG, so a failing run can be repeated with its seed.
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
	const startSeed = seed;
	let midWrite = 0;
	for (let run = 0; run < 50; run++) {
		// Anywhere in its saving, a save taking a few milliseconds: from at once to 60 ms in.
		const after = Math.floor(random() * 60);
		const result = await runAndKill(path, after);
		expect(result.ready, `run ${run}: the writer never saved`).toBe(true);
		expect(result.signal, `run ${run}, seed ${startSeed}`).toBe('SIGKILL');
		const text = readFileSync(path, 'utf8');
		const read = readDecisionText(text);
		expect(read.ok, `run ${run}, killed ${after} ms in (seed ${startSeed}): ${text.slice(0, 200)}`).toBe(true);
		// A temporary file left behind: this kill came in the middle of a write.
		if (readdirSync(join(path, '..')).some((entry) => entry.endsWith('.tmp'))) midWrite++;
	}
	// The moments did fall inside writes, not only between them.
	expect(midWrite, `seed ${startSeed}`).toBeGreaterThan(0);
	// What the kills left (temporary files, a lock) does not stop the next writer.
	const opened = openDecision(path);
	expect(opened.messages).toEqual([]);
	const keeper = new DecisionKeeper({path, about: {title: 'after', source: 'x'}, opened, makeFolder: true});
	keeper.change(withScore(opened.decision, {section: 'after', criterion: 'kills', occurrence: 1}, 'a', 5));
	keeper.flush();
	const after = readDecisionText(readFileSync(path, 'utf8'));
	expect(after.ok && after.decision.rows.size).toBeGreaterThan(1);
	expect(readdirSync(join(path, '..')).filter((entry) => entry !== 'd.json' && !entry.endsWith('.lock'))).toEqual([]);
}, 120_000);
