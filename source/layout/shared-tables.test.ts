// The tables of the real documents in ../shared/fixtures/markdown, laid out at 40, 80 and 120
// columns: no word of up to 15 characters is broken inside a table, and no table line holds an
// address (links show their text; the addresses are listed under the table).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {importMarkdown} from '../markdown/markdown-document.js';
import {defaultView} from '../model/view.js';
import {shortBrokenWords} from '../test-support/broken-words.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';
import {documentLines} from './document.js';
import {lineText, tableMarkOf} from './styled.js';

const folder = sharedFixtures;
const documents = existsSync(folder) ? readdirSync(folder).filter((name) => /\.mdx?$/.test(name)) : [];

async function linesOf(name: string, width: number) {
	const file = join(folder, name);
	const document = await importMarkdown(readFileSync(file), file);
	return documentLines(document, document.comparison.sections, {width, view: defaultView(document.comparison)});
}

describe.skipIf(documents.length === 0)('the shared documents’ tables', () => {
	test.each(documents)('%s: no word of up to 15 characters broken, at 40, 80 and 120 columns', async (name) => {
		for (const width of [40, 80, 120]) {
			const words = shortBrokenWords(await linesOf(name, width)).map((broken) => broken.word);
			expect(words, `${name} at ${width}`).toEqual([]);
		}
	});

	test.each([
		'got-http-clients-comparison.md',
		'tanstack-query-vs-swr-apollo-rtk.md',
		'embedded-scripting-languages-list.md',
		'rust-serialization-benchmark.md',
	])('%s: no line of a table holds an address, at 40, 80 and 120 columns', async (name) => {
		for (const width of [40, 80, 120]) {
			const lines = await linesOf(name, width);
			const inTables = lines.filter((line) => tableMarkOf(line) !== undefined);
			expect(inTables.length, `${name} at ${width}`).toBeGreaterThan(10);
			expect(
				inTables.map(lineText).filter((text) => /https?:|www\./.test(text)),
				`${name} at ${width}`,
			).toEqual([]);
		}
	});
});
