// Reading the cache: whatever is found under an entry's name, the start goes on.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {readCache} from './cache.js';

describe('readCache', () => {
	const folder = () => mkdtempSync(join(tmpdir(), 'tradeoff-read-cache-'));

	test('gives a regular file its bytes, and nothing for what is not there', () => {
		const directory = folder();
		writeFileSync(join(directory, 'entry'), 'kept');
		expect(readCache(join(directory, 'entry'))?.toString()).toBe('kept');
		expect(readCache(join(directory, 'missing'))).toBeUndefined();
	});

	test('a folder under an entry’s name is nothing', () => {
		const directory = folder();
		mkdirSync(join(directory, 'folder'));
		expect(readCache(join(directory, 'folder'))).toBeUndefined();
	});

	test('a FIFO under an entry’s name is nothing, at once: a print whose parsed document’s entry is one is laid out from the file', async () => {
		const {runCli, bundledFile, cli, cleanEnv} = await import('../test-support/run-cli.js');
		const directory = folder();
		const env = {TRADEOFF_CACHE_DIR: directory};
		const first = await runCli(['--plain', bundledFile], {env});
		const [entry] = readdirSync(directory).filter((name) => name.startsWith('document-'));
		rmSync(join(directory, entry ?? ''));
		execFileSync('mkfifo', [join(directory, entry ?? '')]);
		// In a process of its own, with a time limit: read as a file, a FIFO with no writer blocks
		// for ever, and would hold this test's worker with it.
		const again = execFileSync(process.execPath, [cli, '--plain', bundledFile], {
			env: {...cleanEnv(), ...env},
			timeout: 20_000,
			encoding: 'utf8',
		});
		expect(again).toBe(first.stdout);
	});
});
