// Several comparisons at once (files, a folder): the list, printed (in-process) and drawn by the
// built CLI in a pseudo-terminal, where one is opened, left with Esc and the list quit with q.
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {expectRestored, inShell, type Session} from '../test-support/pty.js';
import {bundledFile} from '../test-support/run-cli.js';
import {runInProcess} from '../test-support/run-in-process.js';

const folder = mkdtempSync(join(tmpdir(), 'tradeoff-list-'));
writeFileSync(
	join(folder, 'a-queues.md'),
	'# Queues\n\n| | Kafka | RabbitMQ |\n|-|-|-|\n| Speed | fast | fast enough |\n',
);
copyFileSync(bundledFile, join(folder, 'b-frameworks.json'));
writeFileSync(join(folder, 'c-broken.json'), '{"title": ');
writeFileSync(join(folder, 'notes.txt'), 'not listed');
writeFileSync(join(folder, '.hidden.md'), '# Hidden\n');
mkdirSync(join(folder, 'sub'));
writeFileSync(join(folder, 'sub', 'd-logs.markdown'), '# Loggers\n\nzap and zerolog.\n');
const empty = mkdtempSync(join(tmpdir(), 'tradeoff-list-empty-'));

const name = (file: string) => join(folder, file);

describe('a list through a pipe', () => {
	test('a folder: one comparison a line (file, title, subjects), a broken one with its error, exit 0', async () => {
		const run = await runInProcess([folder]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')).toEqual([
			`${name('a-queues.md')}\tQueues\tKafka, RabbitMQ`,
			`${name('b-frameworks.json')}\tFastAPI vs Litestar vs Django Ninja for ML APIs\tFastAPI, Litestar, Django Ninja`,
			`${name('c-broken.json')}\terror: ${name('c-broken.json')}:1:11: invalid JSON: expected a value (object, array, string, number, true, false or null), found end of input`,
			`${name(join('sub', 'd-logs.markdown'))}\tLoggers\t`,
			'',
		]);
	});

	test('several files in the order given; grep finds a comparison by its subjects', async () => {
		const run = await runInProcess([name('b-frameworks.json'), name('a-queues.md')]);
		expect(run.stdout.split('\n').map((line) => line.split('\t')[1])).toEqual([
			'FastAPI vs Litestar vs Django Ninja for ML APIs',
			'Queues',
			undefined,
		]);
		const json = JSON.parse((await runInProcess([folder, '-f', 'json'])).stdout) as {
			file: string;
			subjects?: string[];
		}[];
		expect(json.find((entry) => entry.subjects?.includes('Kafka'))?.file).toBe(name('a-queues.md'));
	});

	test('--section, --only and --search pick within one comparison: with a list, a usage error', async () => {
		const run = await runInProcess([folder, '--section', '2']);
		expect(run.stderr).toBe(
			"tradeoff: --section picks within one comparison; give one file, not a list of them\nTry 'tradeoff --help' for more information.\n",
		);
		expect(run.code).toBe(2);
	});

	test('a missing file is listed with its error; a folder without comparisons is an error', async () => {
		const run = await runInProcess([name('a-queues.md'), name('missing.md')]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`${name('missing.md')}\terror: no such file\n`);
		const none = await runInProcess([empty]);
		expect(none).toMatchObject({code: 2, stdout: ''});
		expect(none.stderr).toBe(`tradeoff: ${empty}: no .json, .md, .mdx or .markdown files in this folder\n`);
	});
});

let session: Session | undefined;
afterEach(() => session?.dispose());

describe('the list in a terminal', () => {
	test('opens one with Enter, comes back with Esc, quits with q, and gives the terminal back', async () => {
		session = inShell(`"${folder}"`, {cols: 100, rows: 16});
		const terminal = session;
		await terminal.waitFor('4 comparisons  1 cannot be read');
		expect(terminal.inAlternateScreen()).toBe(true);
		expect(terminal.text()).toContain('▶ 1 Queues — Kafka, RabbitMQ');
		// Keys that arrive together count one by one: down twice, then up once, then Enter.
		terminal.press('jjk');
		await terminal.waitFor('2/4');
		terminal.press('\r');
		await terminal.waitFor('Summary 1/7');
		// Esc with nothing open goes back to the list, at the comparison it left.
		terminal.press('\u001b');
		await terminal.waitFor('▶ 2 FastAPI vs Litestar');
		// A broken one says why it cannot open, and stays.
		terminal.press('3');
		await terminal.waitFor('cannot be opened');
		terminal.press('1');
		await terminal.waitFor('Speed');
		terminal.press('q');
		await expectRestored(terminal, 0);
	});

	test('Esc first closes what is open in the browser (a search), then goes back', async () => {
		session = inShell(`"${name('a-queues.md')}" "${name('b-frameworks.json')}"`, {cols: 100, rows: 16});
		const terminal = session;
		await terminal.waitFor('2 comparisons');
		terminal.press('\r');
		// Typed at once as the browser opens: nothing is lost between the list and the browser.
		terminal.press('/fast\r');
		await terminal.waitFor('1/2 Queues › Kafka');
		terminal.press('\u001b');
		await terminal.waitFor((screen) => !screen.includes('1/2 Queues') && screen.includes('Queues 1/1'));
		terminal.press('\u001b');
		await terminal.waitFor('2 comparisons');
		terminal.press('\u0003');
		await expectRestored(terminal, 130);
	});
});
