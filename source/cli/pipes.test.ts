// Printing as grep users expect: --search exits 1 when nothing matches, --color always marks
// every hit, and piped text takes its width from --width, COLUMNS, the terminal on stderr, or 80.
// -s takes a section or a heading of its prose by id, number, title or a unique prefix.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {Session} from '../test-support/pty.js';
import {runInProcess} from '../test-support/run-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-pipes-'));
const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('--search exits as grep does', () => {
	test('0 with hits, 1 with none (text or JSON), 2 on an error', async () => {
		expect((await runInProcess(['--search', 'FastAPI'])).code).toBe(0);
		expect(await runInProcess(['--search', 'zzzz-nothing'])).toMatchObject({code: 1, stdout: ''});
		const json = await runInProcess(['--search', 'zzzz-nothing', '--format', 'json']);
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toEqual([]);
		expect((await runInProcess(['--search', 'zzzz-nothing', '--evidence'])).code).toBe(1);
		expect((await runInProcess(['--search', 'FastAPI', '-s', 'no-such-section'])).code).toBe(2);
	});

	test('--color always marks each hit in reverse video; without colour the lines are as they were', async () => {
		const plain = await runInProcess(['--search', 'FastAPI']);
		const colour = await runInProcess(['--search', 'FastAPI', '--color', 'always']);
		const hits = (plain.stdout.match(/fastapi/gi) ?? []).length;
		expect(hits).toBeGreaterThan(10);
		// Every occurrence, any case, between SGR 7 and a reset; nothing else styled.
		expect(colour.stdout.match(/\u001b\[7m(fastapi)\u001b\[0m/gi)).toHaveLength(hits);
		expect(colour.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
		expect((await runInProcess(['--search', 'FastAPI', '--color', 'always'], {env: {NO_COLOR: '1'}})).stdout).toContain(
			'\u001b[7mFastAPI\u001b[0m',
		);
		expect((await runInProcess(['--search', 'FastAPI', '--color', 'never'])).stdout).toBe(plain.stdout);
	});
});

describe('the width of piped text', () => {
	let session: Session | undefined;
	afterEach(() => session?.dispose());

	/** Runs the CLI from a shell in a 100-column terminal, its stdout into a file: stderr is the terminal. */
	async function piped(args: string, env: Record<string, string | undefined> = {}): Promise<string> {
		const out = join(scratch, `out-${Math.random().toString(36).slice(2)}.txt`);
		session = new Session([], {cols: 100, rows: 24, env, shell: `node "$TRADEOFF" ${args} > "${out}"; echo done=$?`});
		await session.waitFor('done=0');
		return readFileSync(out, 'utf8');
	}

	test('the terminal on stderr when stdout is piped and nothing else says', async () => {
		expect(widest(await piped('-s summary'))).toBe(100);
	});

	test('COLUMNS before the terminal on stderr, --width before both', async () => {
		expect(widest(await piped('-s summary', {COLUMNS: '70'}))).toBe(70);
		expect(widest(await piped('-s summary --width 50', {COLUMNS: '70'}))).toBe(50);
	});

	test('80 when nothing says: no terminal anywhere', async () => {
		const run = await runInProcess(['-s', 'summary']);
		expect(widest(run.stdout)).toBe(80);
		// A COLUMNS that is no width is no width.
		expect(widest((await runInProcess(['-s', 'summary'], {env: {COLUMNS: 'wide'}})).stdout)).toBe(80);
	});
});

describe('-s takes titles, prefixes and headings of prose', () => {
	const document = join(scratch, 'doc.md');
	writeFileSync(
		document,
		[
			'# Brokers',
			'',
			'## Performance',
			'',
			'Fast.',
			'',
			'### Benchmarks',
			'',
			'Numbers [1].',
			'',
			'### Method',
			'',
			'How.',
			'',
			'## Pricing',
			'',
			'Cheap.',
			'',
			'## Packaging',
			'',
			'Boxes.',
			'',
			'## References',
			'',
			'1. [A study](https://study.example) — A journal',
			'',
		].join('\n'),
	);

	test('a title in any case, or a unique prefix of an id or a title', async () => {
		const byId = await runInProcess([document, '-s', 'performance', '-w', '60']);
		expect(byId.code).toBe(0);
		for (const key of ['Performance', 'PERFORMANCE', 'perf', 'Perf']) {
			const run = await runInProcess([document, '-s', key, '-w', '60']);
			expect(run, key).toMatchObject({code: 0, stdout: byId.stdout});
		}
		expect((await runInProcess(['-s', 'Developer Experience'])).stdout).toBe(
			(await runInProcess(['-s', 'developer-experience'])).stdout,
		);
	});

	test('a prefix that fits several names them, exit 2', async () => {
		const run = await runInProcess([document, '-s', 'p']);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			'tradeoff: section "p" is ambiguous: it could be performance (Performance), pricing (Pricing), packaging (Packaging); give more of it\nTry \'tradeoff --help\' for more information.\n',
		);
	});

	test('a heading of the prose prints what it heads, by section/heading or by its id', async () => {
		const run = await runInProcess([document, '-s', 'performance/benchmarks', '-w', '60']);
		expect(run).toMatchObject({code: 0});
		expect(run.stdout).toBe(
			[
				'Benchmarks',
				'──────────',
				'',
				'Numbers [1].',
				'',
				'References',
				'──────────',
				'',
				'[1] A study — A journal',
				'    https://study.example',
				'',
			].join('\n'),
		);
		expect((await runInProcess([document, '-s', 'benchmarks', '-w', '60'])).stdout).toBe(run.stdout);
		expect((await runInProcess([document, '-s', 'perf/meth', '-w', '60'])).stdout).toBe('Method\n──────\n\nHow.\n');
		const missing = await runInProcess([document, '-s', 'performance/zzz']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(
			/^tradeoff: section "performance" has no heading "zzz" \(its headings are benchmarks, method\)\n/,
		);
	});

	test('exports take the whole section of a heading', async () => {
		const markdown = await runInProcess([document, '-s', 'benchmarks', '-f', 'markdown']);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('## Performance');
		expect(markdown.stdout).toContain('### Method');
	});
});
