import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {keymap} from '../browser/keymap.js';
import {flags, helpText} from '../cli/args.js';
import {flagTable, keysOf, keyTables, withGeneratedTables} from './readme-tables.js';

const top = join(import.meta.dirname, '..', '..');

describe('what is generated into the documentation', () => {
	test('the README holds the flag and key tables the code makes (npm run docs writes them)', () => {
		const readme = readFileSync(join(top, 'README.md'), 'utf8');
		expect(readme).toBe(withGeneratedTables(readme));
	});

	test('the pinned --help is the help the code prints (npm run docs writes it)', () => {
		expect(readFileSync(join(top, 'source', 'cli', 'testdata', 'help.txt'), 'utf8')).toBe(helpText);
	});

	test('every flag is in the table, with its help and what the README adds', () => {
		const table = flagTable();
		for (const flag of flags) {
			expect(table).toContain(`--${flag.name}`);
			expect(table).toContain(flag.help.join(' ').replace(/\|/g, '\\|'));
			if (flag.more) expect(table).toContain(flag.more.replace(/\|/g, '\\|'));
		}
		expect(table).toContain('| `-s, --section <id>` | start at (or print only) this section');
	});

	test('every binding is in the key table, its keys in code spans and pipes escaped', () => {
		const table = keyTables();
		for (const binding of keymap) {
			expect(table).toContain(binding.description.replace(/\|/g, '\\|'));
			expect(table).toContain(keysOf(binding.label));
		}
		// Browsing's keys a row each; a view's on one row, one key's action after another's.
		expect(table).toContain(
			'| While browsing | `→` `l` `Tab` | next section |\n|  | `←` `h` `Shift-Tab` | previous section |',
		);
		expect(table).toMatch(/^\| In the subjects picker \(c\) \| \| `↓` `j` next subject; `↑` `k` previous subject; /m);
		expect(table).toMatch(/^\| The mouse \| \| wheel: /m);
	});

	test('a region is made anew whatever it held, and a missing one is an error', () => {
		const open = (name: string) =>
			`<!-- generated:${name} (npm run docs writes this; edit cli/args.ts or browser/keymap.ts) -->`;
		const stale = `a\n${open('flags')}\nold\n<!-- /generated:flags -->\nb\n${open('keys')}\n<!-- /generated:keys -->\n`;
		const made = withGeneratedTables(stale);
		expect(made).toBe(
			`a\n${open('flags')}\n${flagTable()}\n<!-- /generated:flags -->\nb\n${open('keys')}\n${keyTables()}\n<!-- /generated:keys -->\n`,
		);
		expect(() => withGeneratedTables('no regions')).toThrow(/no region/);
	});
});
