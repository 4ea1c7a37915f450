// Which layout engine the built browser uses: its own screens are laid out by flex-layout.ts, so
// yoga (build/yoga.cjs and its WebAssembly) is never loaded by a session that only browses; the
// list of comparisons (rows of an arrow and a label) is laid out by yoga, and loads it. A preload
// script (NODE_OPTIONS=--require) notes every require() of build/yoga.cjs.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {Session} from '../test-support/pty.js';
import {bundledFile} from '../test-support/run-cli.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;

let session: Session | undefined;
afterEach(() => session?.dispose());

/** A session whose require() calls of yoga.cjs are written to the returned log file. */
function watched(args: string[]): {terminal: Session; log: string} {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-yoga-'));
	const log = join(directory, 'loaded.log');
	const preload = join(directory, 'preload.cjs');
	writeFileSync(
		preload,
		`const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
	if (/yoga\\.cjs$/.test(request)) require('node:fs').appendFileSync(${JSON.stringify(log)}, request + '\\n');
	return load.call(this, request, ...rest);
};
`,
	);
	session = new Session(args, {cols: 80, rows: 24, env: {NODE_OPTIONS: `--require ${preload}`}});
	return {terminal: session, log};
}

describe('the layout engine of the built browser', () => {
	test('browsing never loads yoga: sections, help, search, evidence, the picker, resizes', async () => {
		const {terminal, log} = watched([]);
		await terminal.waitFor(footerOf(0));
		terminal.press('?');
		await terminal.waitFor('While browsing');
		terminal.press('\u001b');
		await terminal.waitFor((screen) => screen.includes(footerOf(0)) && !screen.includes('While browsing'));
		terminal.press('/');
		terminal.press('benchmark');
		await terminal.waitFor(/\/benchmark█ {2}\d+ matches/);
		terminal.press('\r');
		terminal.press('e');
		await terminal.waitFor(/Evidence {2}\d+%/);
		terminal.press('\u001b');
		terminal.press('c');
		await terminal.waitFor('[x] Litestar');
		terminal.press('\u001b');
		terminal.press('d5');
		await terminal.waitFor(footerOf(4));
		terminal.resize(40, 12);
		terminal.resize(120, 40);
		terminal.press('7');
		await terminal.waitFor(footerOf(6));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
		expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
	});

	test('the list of comparisons is laid out by yoga, loaded for it', async () => {
		const other = join(mkdtempSync(join(tmpdir(), 'tradeoff-list-')), 'other.json');
		writeFileSync(other, readFileSync(bundledFile));
		const {terminal, log} = watched([bundledFile, other]);
		await terminal.waitFor('2 comparisons');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
		expect(readFileSync(log, 'utf8')).toBe('./yoga.cjs\n');
	});
});
