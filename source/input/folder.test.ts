import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {listedInputs} from './folder.js';

test('a folder gives its comparison files in name order, hidden ones and node_modules left out', () => {
	const root = mkdtempSync(join(tmpdir(), 'tradeoff-folder-'));
	for (const name of ['b.md', 'a.json', 'c.markdown', 'd.mdx', 'notes.txt', '.secret.md'])
		writeFileSync(join(root, name), '# x');
	for (const folder of ['sub', 'node_modules', '.git']) {
		mkdirSync(join(root, folder));
		writeFileSync(join(root, folder, 'inner.md'), '# x');
	}
	const isUrl = (input: string) => input.startsWith('https://');
	expect(listedInputs([root], isUrl)).toEqual(
		['a.json', 'b.md', 'c.markdown', 'd.mdx', join('sub', 'inner.md')].map((name) => join(root, name)),
	);
	// Files and URLs are kept as given, each once.
	expect(listedInputs(['x.md', 'https://e.example/a.md', 'x.md'], isUrl)).toEqual(['x.md', 'https://e.example/a.md']);
	const empty = mkdtempSync(join(tmpdir(), 'tradeoff-folder-empty-'));
	expect(() => listedInputs([empty], isUrl)).toThrow(/no \.json, \.md, \.mdx or \.markdown files in this folder$/);
});
