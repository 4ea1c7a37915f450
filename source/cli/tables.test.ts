// Tables printed (in-process) and in the built CLI in a real terminal: side by side for as long as the
// columns get their longest words, compact rows, links out of the cells and under the table, and
// in the browser a table wider than the screen panned under a header that stays.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Lexer, type Token, type Tokens} from 'marked';
import {afterEach, describe, expect, test} from 'vitest';
import {Session} from '../test-support/pty.js';
import {runInProcess} from '../test-support/run-in-process.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-tables-'));

function file(name: string, content: string): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

/** A Markdown table: a header and rows of cells. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], delimiter?: string): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), delimiter ?? line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The lines of a printed document that belong to its side-by-side tables (cells and rules). */
const tableLines = (text: string) => text.split('\n').filter((line) => /[│┼|]|-\+-/.test(line));

describe('printed', () => {
	test('a 30-row matrix of four subjects with 25-character criteria: side by side at 80, in 32 lines', async () => {
		const marks = ['✅', '❌', 'yes'];
		const rows = Array.from({length: 30}, (_, row) => [
			`Offer built-in support ${String(row).padStart(2, '0')}`,
			...Array.from({length: 4}, (__, column) => marks[(row + column) % 3] ?? ''),
		]);
		expect(rows.every((row) => row[0]?.length === 25)).toBe(true);
		const path = file('matrix.md', markdownTable(['', 'Alpha', 'Bravo', 'Charlie', 'Delta'], rows));
		const run = await runInProcess([path, '--plain', '--width', '80']);
		expect(run.code).toBe(0);
		const lines = tableLines(run.stdout);
		// The header, its rule and one line a row: at most 33.
		expect(lines).toHaveLength(32);
		expect(lines[0]).toMatch(/^ +│ Alpha +│ Bravo +│ Charlie +│ Delta$/);
		expect(lines[2]).toMatch(/^Offer built-in support 00 │ ✅ +│ ❌ +│ yes +│ ✅$/);
	});

	test('a five-subject matrix of short cells is side by side at 100 columns', async () => {
		const names = ['got', 'node-fetch', 'ky', 'axios', 'superagent'];
		const criteria = ['HTTP/2 support', 'Browser support', 'Cookies (out-of-the-box)', 'Handles gzip/deflate'];
		const rows = criteria.map((criterion, row) => [
			criterion,
			...names.map((_, column) => ((row + column) % 2 ? '✔️' : '❌')),
		]);
		const path = file('five.md', markdownTable(['', ...names], rows));
		for (const width of [100, 80]) {
			const run = await runInProcess([path, '--plain', '--width', String(width)]);
			const lines = tableLines(run.stdout);
			expect(lines[0], `width ${width}`).toMatch(/│ got +│ node-fetch +│ ky +│ axios +│ superagent$/);
			expect(lines, `width ${width}`).toHaveLength(criteria.length + 2);
		}
	});

	test('a column of numbers is right-aligned; --ascii draws the same with | - +', async () => {
		const path = file(
			'bench.md',
			markdownTable(
				['Package', 'Time', 'Allocated'],
				[
					['zap', '9,944 ns/op', '5'],
					['logrus', '1,316,844 ns/op', '83'],
				],
				'|:---|---:|---|',
			),
		);
		const run = await runInProcess([path, '--plain', '--width', '60', '--ascii']);
		expect(tableLines(run.stdout)).toEqual([
			'Package |            Time | Allocated',
			'--------+-----------------+----------',
			'zap     |     9,944 ns/op |         5',
			'logrus  | 1,316,844 ns/op |        83',
		]);
	});

	test('links in cells show their text, numbered; --format markdown keeps them and the alignment as written', async () => {
		const source = markdownTable(
			['Tool', 'Home'],
			[
				['[hypergrep](https://github.com/p-ranav/hypergrep)', '<https://github.com/p-ranav/hypergrep>'],
				['[rg](https://rg.example/)', '[![build][b]][r]'],
			],
			'|:--|--:|',
		);
		const path = file('links.md', `${source}\n\n[b]: https://img.example/b.svg\n[r]: https://ci.example/rg\n`);
		const run = await runInProcess([path, '--plain', '--width', '60']);
		expect(tableLines(run.stdout)).toEqual([
			'Tool       │                    Home',
			'───────────┼────────────────────────',
			'hypergrep¹ │ github.com/…/hypergrep¹',
			'rg²        │                  build³',
		]);
		expect(run.stdout).toContain(
			'\n¹ https://github.com/p-ranav/hypergrep\n² https://rg.example/\n³ https://ci.example/rg\n',
		);
		const markdown = await runInProcess([path, '--format', 'markdown']);
		const table = Lexer.lex(markdown.stdout, {gfm: true}).find(
			(token): token is Tokens.Table => token.type === 'table',
		);
		expect(table?.align).toEqual(['left', 'right']);
		expect(table?.rows[0]?.[0]?.text).toBe('[hypergrep](https://github.com/p-ranav/hypergrep)');
	});
});

const fixtureFolder = sharedFixtures;

/** Every absolute address a link in a table of a Markdown text leads to. */
function tableLinks(markdown: string): Set<string> {
	const found = new Set<string>();
	const walk = (tokens: readonly Token[] | undefined) => {
		for (const token of tokens ?? []) {
			if (token.type === 'link') {
				const {href, text} = token as Tokens.Link;
				if (/^https?:/i.test(href) || (href.startsWith('mailto:') && `mailto:${text}` !== href)) found.add(href);
			}
			if ('tokens' in token) walk(token.tokens);
		}
	};
	for (const token of Lexer.lex(markdown, {gfm: true})) {
		if (token.type !== 'table') continue;
		const table = token as Tokens.Table;
		for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens);
	}
	return found;
}

/** Printed text with each note under a table on one line: its wrapped address joined again. */
function joinedNotes(text: string): string {
	return text.replace(/\n {2,}(?=\S)/g, (gap, offset: number) => {
		const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
		return /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ +\S+$/.test(line) ? '' : gap;
	});
}

describe.skipIf(!existsSync(fixtureFolder))('the shared documents whose tables hold links, printed at 80', () => {
	test.each([
		'got-http-clients-comparison.md',
		'tanstack-query-vs-swr-apollo-rtk.md',
		'embedded-scripting-languages-list.md',
		'rust-serialization-benchmark.md',
	])('%s: no table line holds an address, and every address its tables link to is printed', async (name) => {
		const path = join(fixtureFolder, name);
		const run = await runInProcess([path, '--plain', '--width', '80']);
		expect(run.code).toBe(0);
		expect(tableLines(run.stdout).filter((line) => line.includes('http'))).toEqual([]);
		const printed = joinedNotes(run.stdout);
		const links = tableLinks(readFileSync(path, 'utf8'));
		expect(links.size).toBeGreaterThan(3);
		expect([...links].filter((href) => !printed.includes(href))).toEqual([]);
	});
});

describe('in the browser', () => {
	let session: Session | undefined;
	afterEach(() => session?.dispose());

	const models = [
		'DeepSeek-V3',
		'Qwen2.5-72B',
		'LLaMA-3.1-405B',
		'Claude-3.5-Sonnet',
		'GPT-4o-0513',
		'Gemini-1.5-Pro',
		'Mistral-Large-2',
	];
	const benchmark = markdownTable(
		['Benchmark', ...models],
		['MMLU (5-shot)', 'HumanEval (pass@1)', 'GSM8K (8-shot)', 'MATH (4-shot)'].map((name, row) => [
			name,
			...models.map((_, column) => (60 + ((row * 7 + column * 5) % 35) + 0.5).toFixed(1)),
		]),
	);

	test('a seven-subject benchmark table at 80 is side by side, its first column frozen; > reaches the last column', async () => {
		session = new Session([file('benchmark.md', `## Scores\n\n${benchmark}\n`)], {cols: 80, rows: 20});
		const terminal = session;
		await terminal.waitFor(/columns 2–\d of 8 < > +Scores 1\/1/);
		const header = () => terminal.screen().find((line) => line.startsWith('Benchmark')) ?? '';
		expect(header()).toMatch(/^Benchmark +│ DeepSeek-V3 │ Qwen2\.5-72B │/);
		expect(terminal.text()).not.toContain('Mistral-Large-2');
		for (let press = 0; press < 7 && !terminal.text().includes('–8 of 8'); press++) {
			const before = terminal.text();
			terminal.press('>');
			await terminal.waitFor((screen) => screen !== before);
		}
		expect(terminal.text()).toMatch(/columns \d–8 of 8/);
		expect(header()).toMatch(/^Benchmark +│ .*│ Mistral-Large-2$/);
		expect(terminal.text()).toMatch(/^MMLU \(5-shot\) +│ [\d. │]+$/m);
		// One more says so, and the table stays.
		terminal.press('>');
		await terminal.waitFor('the last column shows');
		terminal.press('<');
		await terminal.waitFor((screen) => !screen.includes('–8 of 8'));
		// s stacks every wide table, one block per row; s again puts it side by side.
		terminal.press('s');
		await terminal.waitFor(/^Benchmark: MMLU \(5-shot\)$/m);
		expect(terminal.text()).not.toMatch(/columns \d/);
		terminal.press('s');
		await terminal.waitFor(/columns \d–\d of 8/);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('30 lines into a 40-row table, its header row is on screen, pinned under the section bar', async () => {
		const rows = Array.from({length: 40}, (_, row) => [`Row ${row + 1}`, 'yes', 'no', 'partly']);
		const path = file(
			'forty.md',
			`## Matrix\n\nAbove the table.\n\n${markdownTable(['', 'Alpha', 'Bravo', 'Charlie'], rows)}\n`,
		);
		session = new Session([path], {cols: 60, rows: 16});
		const terminal = session;
		await terminal.waitFor('Matrix 1/1');
		for (let line = 0; line < 30; line++) terminal.press('j');
		await terminal.waitFor(/^Row 3[0-9] /m);
		const screen = terminal.screen();
		// Title, section bar and its rule, then the pinned header and its rule.
		expect(screen[3]).toMatch(/^ +│ Alpha +│ Bravo +│ Charlie$/);
		expect(screen[4]).toMatch(/^─+┼─+┼─+┼─+$/);
		expect(screen.slice(5).join('\n')).not.toContain('Row 1 ');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});
