// The shared real-world documents (docs sites' .md and .mdx pages among them) printed by the CLI
// at three widths: none of the sites' markup shows raw, and the title is printed once.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {importMarkdown} from '../markdown/markdown-document.js';
import {runInProcess} from '../test-support/run-in-process.js';
import {sampled} from '../test-support/runs.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';

const folder = sharedFixtures;
const documents = existsSync(folder) ? readdirSync(folder).filter((name) => /\.mdx?$/.test(name)) : [];

/** Text without any white space: a heading the width wrapped reads as the one it is. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The headings of printed text: the lines above each underline, as one text. */
function headings(printed: string): string[] {
	return printed
		.split(/\n\s*\n/)
		.map((block) => block.split('\n'))
		.filter((lines) => lines.length > 1 && /^─+$/.test(lines.at(-1) ?? ''))
		.map((lines) => lines.slice(0, -1).join(' '));
}

describe.skipIf(documents.length === 0)('the shared documents, as their sites show them', () => {
	describe.each(sampled(documents, 3))('%s', (name) => {
		test.each([40, 80, 120])('at width %i: no raw site markup, the title once', async (width) => {
			const {comparison} = await importMarkdown(readFileSync(`${folder}${name}`), name);
			const run = await runInProcess([`${folder}${name}`, '--plain', '--width', String(width)]);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			const printed = run.stdout;
			// Code is indented two columns (inside a quote, after its bar): an import there is code.
			expect(printed).not.toMatch(/^(?:│ )*import\s/m);
			for (const raw of [':::', '!!!', '<div', '<Card', '{{']) expect(printed, raw).not.toContain(raw);
			expect(printed).not.toMatch(/^(?:│ )*===/m);
			const title = squeezed(comparison.title);
			expect(squeezed(printed.split(/\n\s*\n/)[0] ?? '').startsWith(title)).toBe(true);
			expect(headings(printed).filter((heading) => squeezed(heading) === title)).toEqual([]);
		});
	});
});
