// Whatever valid JSON holds, the CLI renders it with exit 0, no line wider than the
// width and the innermost text of every nesting there. Each case here failed before: a stack
// overflow ("unexpected error", exit 1) or lines far wider than the width.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {textWidth} from '../layout/styled.js';
import {runInProcess} from '../test-support/run-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-any-document-'));

/** A comparison file whose sections have these bodies (and an optional table), written to scratch. */
function comparisonFile(name: string, bodies: Record<string, string>, rows = 0): string {
	const file = join(scratch, `${name}.json`);
	const sections = Object.entries(bodies).map(([id, body]) => ({id, title: id, body}));
	const table = {
		rows: Array.from({length: rows}, (_, index) => ({criterion: `row ${index}`, cells: {a: `yes ${index}`, b: 'no'}})),
	};
	writeFileSync(
		file,
		JSON.stringify({
			title: name,
			subjects: [
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			sections: sections.map((section, index) => (index === 0 && rows > 0 ? {...section, table} : section)),
		}),
	);
	return file;
}

const nestedList = (depth: number) =>
	Array.from({length: depth}, (_, index) => `${'  '.repeat(index)}- item${index}`).join('\n');

/** The cases of the issue, each with a word that only its innermost level holds. */
const deep: Record<string, {body: string; innermost: string}> = {
	quotes: {body: `${'>'.repeat(3000)} zquotes`, innermost: 'zquotes'},
	quotes100: {body: `${'>'.repeat(100)} zquote100`, innermost: 'zquote100'},
	stars: {body: `${'*'.repeat(5000)}a zstars b${'*'.repeat(5000)}`, innermost: 'zstars'},
	underscores: {body: `${'_'.repeat(5000)}a zunder b${'_'.repeat(5000)}`, innermost: 'zunder'},
	strong: {body: `${'**a '.repeat(3000)}zstrong${' b**'.repeat(3000)}`, innermost: 'zstrong'},
	links: {body: `${'[a '.repeat(3000)}zlinks${' b](https://example.com)'.repeat(3000)}`, innermost: 'zlinks'},
	list: {body: `${nestedList(200)}\n${'  '.repeat(200)}- zlist`, innermost: 'zlist'},
	mixed: {body: `${'- > '.repeat(500)}zmixed`, innermost: 'zmixed'},
};

describe('any depth', () => {
	const file = comparisonFile('deep', Object.fromEntries(Object.entries(deep).map(([id, value]) => [id, value.body])));
	for (const width of [20, 40, 97, 200]) {
		test(`width ${width}: exit 0, no line wider, every innermost text shown`, async () => {
			const run = await runInProcess([file, '--plain', '--width', String(width)]);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			const lines = run.stdout.split('\n');
			const wide = lines.filter((line) => textWidth(line) > width);
			expect(wide.slice(0, 3)).toEqual([]);
			for (const [name, {innermost}] of Object.entries(deep)) expect(run.stdout, name).toContain(innermost);
		});
	}
});

describe('any size', () => {
	test('100,000 paragraphs, a table of 5,000 rows in prose and one of 5,000 in the data', async () => {
		const file = comparisonFile(
			'large',
			{
				paragraphs: Array.from({length: 100000}, (_, index) => `paragraph ${index}`).join('\n\n'),
				table: `| a | b |\n|---|---|\n${Array.from({length: 5000}, (_, index) => `| cell ${index} | **b** |`).join('\n')}`,
			},
			5000,
		);
		const run = await runInProcess([file, '--plain', '--width', '40']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('paragraph 99999\n');
		expect(run.stdout).toContain('cell 4999 ');
		expect(run.stdout).toContain('yes 4999');
		expect(run.stdout.split('\n').filter((line) => textWidth(line) > 40)).toEqual([]);
	}, 60_000);
});
