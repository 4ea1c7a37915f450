// What each kind of input loads: the bundled comparison nothing lazy, a JSON file only validation
// and prose parsing, a Markdown document only its importer, and YAML and the emoji table only for
// a document that needs them. Measured by a preload that names every lazy file Node loads.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {bundledFile, root, runCli} from '../test-support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-lazy-'));
const spy = join(scratch, 'spy.cjs');
writeFileSync(
	spy,
	`const Module = require('node:module');
const load = Module._load;
const seen = new Set();
Module._load = function (request, ...rest) {
	// The lazy files: ./lazy/x.cjs from the CLI, ./x.cjs from one lazy file to another.
	const match = /^\\.\\/(?:lazy\\/)?([\\w-]+)\\.cjs$/.exec(request);
	if (match) seen.add(match[1]);
	return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write('loaded:' + [...seen].sort().join(',') + '\\n'));
`,
);

async function loaded(args: readonly string[]): Promise<string[]> {
	const run = await runCli(args, {env: {NODE_OPTIONS: `--require ${spy}`, TRADEOFF_CACHE: '0'}});
	expect(run.code, run.stderr).toBe(0);
	const line = /loaded:(.*)\n/.exec(run.stderr)?.[1] ?? '';
	return line === '' ? [] : line.split(',');
}

describe('lazy files are loaded only when an input needs them', () => {
	test.each([
		['the bundled comparison', [], []],
		['a JSON file', [bundledFile], ['load', 'markdown-parse']],
		['a Markdown document', [join(scratch, 'plain.md')], ['markdown-document']],
		[
			'a Markdown document with front matter and a shortcode',
			[join(scratch, 'rich.md')],
			['emoji', 'markdown-document', 'yaml'],
		],
	])('%s', async (_name, args, expected) => {
		writeFileSync(join(scratch, 'plain.md'), '# Plain\n\n| | A | B |\n|-|-|-|\n| x | 1 | 2 |\n');
		writeFileSync(join(scratch, 'rich.md'), '---\ntitle: Rich\n---\n\n:white_check_mark: yes\n');
		expect(await loaded([...args, '--plain'])).toEqual(expected);
	});

	test('the licences of what the lazy files bundle are in the notices', () => {
		const notices = readFileSync(join(root, 'build', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
		for (const name of ['yaml@', 'gemoji@', 'marked@', 'ink-select-input@']) expect(notices).toContain(name);
	});
});

describe('Unicode property patterns are built only when text needs them', () => {
	// The bundle builds a pattern with \p{…} by new RegExp, and its classes take ~1 ms each to
	// build (~3 million instructions for one of letters or marks): a print of narrow text, or
	// --version, builds none.
	const watcher = join(scratch, 'patterns.cjs');
	writeFileSync(
		watcher,
		`const Native = RegExp;
const built = [];
globalThis.RegExp = new Proxy(Native, {
	construct(target, args, newTarget) {
		if (/\\\\p\\{/.test(String(args[0]))) built.push(String(args[0]).slice(0, 40));
		return Reflect.construct(target, args, newTarget);
	},
});
process.on('exit', () => process.stderr.write('patterns:' + JSON.stringify(built) + '\\n'));
`,
	);
	async function patterns(args: readonly string[]): Promise<string[]> {
		const run = await runCli(args, {env: {NODE_OPTIONS: `--require ${watcher}`, TRADEOFF_CACHE: '0'}});
		expect(run.code, run.stderr).toBe(0);
		return JSON.parse(/patterns:(.*)\n/.exec(run.stderr)?.[1] ?? 'null');
	}

	test('none for --version or a print of the bundled comparison', async () => {
		expect(await patterns(['--version'])).toEqual([]);
		expect(await patterns(['--plain'])).toEqual([]);
	});

	test('the ones emoji need, for a table of them', async () => {
		const file = join(scratch, 'emoji.md');
		writeFileSync(file, '# Emoji\n\n| | A | B |\n|-|-|-|\n| x | ✅ | 👍🏽 |\n');
		expect((await patterns([file, '--plain'])).length).toBeGreaterThan(0);
	});
});
