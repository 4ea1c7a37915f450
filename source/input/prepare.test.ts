import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {cleanEnv, root} from '../test-support/run-cli.js';
import {prepareDocument} from './prepare.js';

const withCode = (lang: string) => ({
	...bundledComparison(),
	sections: [{id: 'code', title: 'Code', body: `Example:\n\n\`\`\`${lang}\nimport fastapi\n\`\`\``}],
});

describe('prepareDocument', () => {
	test('highlights code whose fence names a language, and leaves other code plain', async () => {
		const [block] = ((await prepareDocument(withCode('python'))).bodies.get('code') ?? []).slice(1);
		expect(block).toMatchObject({type: 'code', text: 'import fastapi', lang: 'python'});
		expect(block?.type === 'code' && block.highlighted).toBeTruthy();
		const [plain] = ((await prepareDocument(withCode(''))).bodies.get('code') ?? []).slice(1);
		expect(plain).toEqual({type: 'code', text: 'import fastapi'});
	});
});

describe('the highlighter is loaded only for code that names a language', () => {
	// A copy of the build without build/lazy/highlight.cjs: a run that never needs it cannot tell.
	const copy = mkdtempSync(join(tmpdir(), 'tradeoff-no-highlighter-'));
	cpSync(join(root, 'build'), copy, {recursive: true});
	rmSync(join(copy, 'lazy', 'highlight.cjs'));
	const run = (data: unknown) => {
		const file = join(copy, 'input.json');
		writeFileSync(file, JSON.stringify(data));
		return spawnSync(process.execPath, [join(copy, 'cli.cjs'), file, '--plain'], {
			env: cleanEnv({TRADEOFF_CACHE: '0'}),
			encoding: 'utf8',
		});
	};

	test('the bundled comparison, a file without code and one with unnamed code print without it', () => {
		const bundled = spawnSync(process.execPath, [join(copy, 'cli.cjs'), '--plain'], {
			env: cleanEnv(),
			encoding: 'utf8',
		});
		expect(bundled.status).toBe(0);
		expect(run(bundledComparison()).status).toBe(0);
		const plain = run(withCode(''));
		expect(plain.stderr).toBe('');
		expect(plain.stdout).toContain('  import fastapi');
	});

	test('a file with a fenced block that names a language needs it (so the run above would have shown it)', () => {
		const result = run(withCode('python'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/highlight\.cjs/);
	});
});
