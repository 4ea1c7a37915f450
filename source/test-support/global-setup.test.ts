import {tmpdir} from 'node:os';
import {basename} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanEnv} from './run-cli.js';

describe('the test run has a temporary directory of its own', () => {
	it('is where the workers and the CLI they spawn put temporary files and caches', () => {
		expect(basename(tmpdir())).toMatch(/^tradeoff-test-run-/);
		expect(cleanEnv().TRADEOFF_CACHE_DIR?.startsWith(tmpdir())).toBe(true);
		expect(cleanEnv().TMPDIR).toBe(tmpdir());
	});
});
