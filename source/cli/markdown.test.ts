// Markdown documents: what a shell sees printed (in-process), and each shared document in the
// browser (the built CLI in a pseudo-terminal).
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {Session} from '../test-support/pty.js';
import {runInProcess} from '../test-support/run-in-process.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-markdown-'));

function file(name: string, content: string): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

const matrix = [
	'---',
	'title: Queues',
	'source: {publisher: Somebody, date: 2025-01-02}',
	'---',
	'',
	'Intro [1].',
	'',
	'## Speed',
	'',
	'| | Kafka | RabbitMQ |',
	'|---|---|---|',
	'| Throughput | 100 k msg/s | 20 k msg/s |',
	'| Licence | **Apache** 2.0 | MPL 2.0 |',
	'| Ordering | per partition | per queue |',
	'',
	'## Operations',
	'',
	'| | Kafka | RabbitMQ |',
	'|---|---|---|',
	'| Needs ZooKeeper | no | no |',
	'| UI | none | built in[^ui] |',
	'',
	'[^ui]: The management plugin.',
	'',
	'## References',
	'',
	'1. [Kafka docs](https://kafka.example) — Apache',
].join('\n');

describe('a Markdown comparison', () => {
	test('prints its sections, its tables of subjects and its references', async () => {
		const run = await runInProcess([file('queues.md', matrix), '-w', '80']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe('Queues');
		expect(lines[1]).toBe('Somebody · 2025-01-02');
		expect(run.stdout).toMatch(/^Licence +│ Apache 2\.0 +│ MPL 2\.0$/m);
		expect(run.stdout).toContain('[1] Kafka docs — Apache');
		expect(run.stdout).toContain('[2] The management plugin.');
		expect(run.stdout).toContain('built in[2]');
	});

	test('--only, -d, --section and --search work on its tables', async () => {
		const path = file('queues.md', matrix);
		const only = await runInProcess([path, '-s', 'speed', '-o', 'rabbitmq', '-w', '60']);
		expect(only.stdout).not.toContain('Kafka');
		expect(only.stdout).toMatch(/^Licence +│ MPL 2\.0$/m);
		const differences = await runInProcess([path, '-s', 'operations', '-d']);
		expect(differences.stdout).not.toContain('ZooKeeper');
		expect(differences.stdout).toContain('1 row where every subject agrees hidden');
		const search = await runInProcess([path, '--search', 'apache 2']);
		expect(search.stdout).toBe('Speed › Kafka: Licence: Apache 2.0\n');
	});

	test('--format json writes a comparison file that reads back the same', async () => {
		const written = await runInProcess([file('queues.md', matrix), '-f', 'json']);
		expect(written.stderr).toBe('');
		const data = JSON.parse(written.stdout);
		expect(data.subjects).toEqual([
			{id: 'kafka', name: 'Kafka'},
			{id: 'rabbitmq', name: 'RabbitMQ'},
		]);
		expect(data.sections.map((section: {id: string}) => section.id)).toEqual(['queues', 'speed', 'operations']);
		expect(data.sections[1].table.rows[1]).toEqual({
			criterion: 'Licence',
			cells: {kafka: '**Apache** 2.0', rabbitmq: 'MPL 2.0'},
		});
		expect(data.references).toEqual([
			{id: 1, title: 'Kafka docs', publisher: 'Apache', url: 'https://kafka.example'},
			{id: 2, title: 'The management plugin.'},
		]);
		const again = await runInProcess(['-', '-f', 'json'], {input: written.stdout});
		expect(again.stderr).toBe('');
		expect(JSON.parse(again.stdout)).toEqual(data);
	});

	test('--format json of a document without subjects says so in one line, exit 2', async () => {
		const run = await runInProcess([
			file('grid.md', '| Package | Time |\n|---|---|\n| zap | 656 ns/op |\n'),
			'-f',
			'json',
		]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(
			/^tradeoff: .*grid\.md: names no subjects, so --format json cannot write it as a comparison file \(.*\)\n$/,
		);
	});

	test('--format markdown writes GFM that reads back to the same comparison', async () => {
		const markdown = await runInProcess([file('queues.md', matrix), '-f', 'markdown']);
		const back = await runInProcess(['-', '-f', 'json'], {input: markdown.stdout});
		const first = JSON.parse((await runInProcess([file('queues.md', matrix), '-f', 'json'])).stdout);
		expect(back.stderr).toBe('');
		const speed = (data: {sections: {title: string; table?: unknown}[]}) =>
			data.sections.find((section) => section.title === 'Speed')?.table;
		expect(speed(JSON.parse(back.stdout))).toEqual(speed(first));
		expect(speed(first)).toBeDefined();
	});

	test('stdin that is not JSON is read as Markdown; JSON that is broken is still JSON', async () => {
		const run = await runInProcess(['-', '--plain'], {input: '# From a pipe\n\nHello **there**.\n'});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Hello there.');
		const broken = await runInProcess(['-'], {input: '{"title": '});
		expect(broken.stderr).toMatch(/invalid JSON/);
	});

	// Until the parser falls back to plain paragraphs past its depth, a document
	// nested past the stack is refused in one line: never "unexpected error", exit 1.
	test('a document nested deeper than the parser follows still reads, exit 0, its innermost text shown', async () => {
		for (const [name, text] of [
			['quotes.md', `# Deep\n\n${'> '.repeat(20000)}innermost\n`],
			['stars.md', `# Deep\n\n${'*'.repeat(5000)}innermost${'*'.repeat(5000)}\n`],
			[
				'lists.md',
				`# Deep\n\n${Array.from({length: 300}, (_, depth) => `${'  '.repeat(depth)}- level`).join('\n')} innermost\n`,
			],
		] as const) {
			const run = await runInProcess([file(name, text), '--plain', '--width', '40']);
			expect(run.stderr, name).toBe('');
			expect(run.code, name).toBe(0);
			// A word of 10,009 characters is broken over lines: read across them.
			expect(run.stdout.replace(/\n/g, ''), name).toContain('innermost');
			for (const line of run.stdout.split('\n')) expect([...line].length, name).toBeLessThanOrEqual(40);
		}
	});

	test('an empty Markdown file is refused in one line', async () => {
		const run = await runInProcess([file('empty.md', '\n\n')]);
		expect(run).toMatchObject({code: 2, stdout: ''});
		expect(run.stderr).toMatch(/empty\.md: empty; expected a comparison as Markdown\n$/);
	});
});

const fixtureFolder = sharedFixtures;
const fixtures = existsSync(fixtureFolder) ? readdirSync(fixtureFolder).filter((name) => name.endsWith('.md')) : [];

describe.skipIf(fixtures.length === 0)('each shared document in the browser', () => {
	let session: Session | undefined;
	afterEach(() => session?.dispose());

	test.each(fixtures)('%s opens, goes to its last section and quits', async (name) => {
		session = new Session([join(fixtureFolder, name)], {cols: 100, rows: 30});
		const terminal = session;
		await terminal.waitFor(/ 1\/(\d+) +(All|\d+%)\n?$/m);
		const total = Number(/ 1\/(\d+) +(?:All|\d+%)$/m.exec(terminal.text())?.[1]);
		expect(terminal.inAlternateScreen()).toBe(true);
		// The last section (← from the first wraps), then its bottom.
		terminal.press('\u001b[D');
		await terminal.waitFor(new RegExp(` ${total}/${total} +(All|\\d+%)$`, 'm'));
		terminal.press('G');
		await terminal.waitFor(new RegExp(` ${total}/${total} +(All|100%)$`, 'm'));
		// The footer on the last row: the frame fills the terminal, nothing scrolled off its top.
		expect(terminal.screen().at(-1)).toMatch(new RegExp(` ${total}/${total} +(All|100%)$`));
		expect(terminal.screen()[0]).not.toBe('');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});
