// The README's examples, run as a reader would copy them: the comparison file reads back, the
// Markdown document becomes the comparison the README says, with its references numbered.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {root} from '../test-support/run-cli.js';
import {runInProcess} from '../test-support/run-in-process.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-readme-'));

/** The first fenced block of a language in the README. */
function example(language: string): string {
	const start = readme.indexOf(`\`\`\`${language}\n`);
	expect(start, `a \`\`\`${language} block`).toBeGreaterThan(-1);
	const from = start + language.length + 4;
	return readme.slice(from, readme.indexOf('```\n', from));
}

describe("the README's examples", () => {
	test('the comparison file is valid, and prints its table and chart', async () => {
		const file = join(scratch, 'tabs.json');
		// Its $schema points where an installed package keeps the schema; here, the repository's.
		const schema = JSON.stringify(join(root, 'data', 'comparison.schema.json'));
		writeFileSync(file, example('json').replace(/"\$schema": "[^"]*"/, `"$schema": ${schema}`));
		const run = await runInProcess([file, '--plain', '--width', '80']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Bytes per indent │ 1 byte \[1\] │ not stated in the source$/m);
		expect(run.stdout).toContain('[1] Some study — Some journal');
	});

	test('the Markdown document names its subjects, lists its references first and its footnote after', async () => {
		const file = join(scratch, 'brokers.md');
		writeFileSync(file, example('markdown'));
		const run = await runInProcess([file, '--plain', '--width', '80']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Licence +│ Apache 2\.0 +│ MPL 2\.0\[2\]$/m);
		expect(run.stdout).toContain('[1] Kafka documentation — Apache\n    https://kafka.apache.org/documentation/\n');
		expect(run.stdout).toContain('[2] Mozilla Public License 2.0.');
		const json = JSON.parse((await runInProcess([file, '-f', 'json'])).stdout) as {subjects: {name: string}[]};
		expect(json.subjects.map((subject) => subject.name)).toEqual(['Kafka', 'RabbitMQ']);
	});
});
