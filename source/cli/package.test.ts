// The packed tarball is what npx users get: it must install with no network and no dependencies.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {cleanEnv, root} from '../test-support/run-cli.js';

test('npm pack gives one tarball that installs offline, has no dependencies and runs', () => {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-pack-'));
	const env = cleanEnv({npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'});
	// The tests already built build/; --ignore-scripts keeps pack from building again.
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', directory], {
			cwd: root,
			env,
			encoding: 'utf8',
		}),
	) as {filename: string; files: {path: string}[]}[];
	expect(packed).toBeDefined();
	const files = packed?.files.map((file) => file.path).sort();
	expect(files).toContain('build/cli.cjs');
	expect(files).toContain('build/interactive.cjs');
	expect(files).toContain('build/THIRD-PARTY-NOTICES.txt');
	expect(files).toContain('data/comparison.schema.json');
	expect(files).toContain('LICENSE');
	expect(files?.some((file) => file.startsWith('source/'))).toBe(false);

	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	expect(manifest.dependencies ?? {}).toEqual({});

	const project = join(directory, 'project');
	mkdirSync(project);
	execFileSync(
		'npm',
		['install', '--offline', '--no-save', '--prefix', project, join(directory, packed?.filename ?? '')],
		{
			cwd: directory,
			env,
			stdio: 'pipe',
		},
	);
	// Nothing but tradeoff itself was installed.
	expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['tradeoff']);
	const output = execFileSync(
		join(project, 'node_modules', '.bin', 'tradeoff'),
		['--section', 'verdict', '--width', '60'],
		{
			env,
			encoding: 'utf8',
		},
	);
	expect(output.startsWith('Verdict\n───────\n')).toBe(true);
});

test('the files compiled through the code cache are ASCII: V8 keeps them as one-byte strings, read as Latin-1', () => {
	// (The lazy files are loaded by require() and may hold UTF-8: the emoji table does.)
	for (const file of ['cli.cjs', 'main.cjs', 'interactive.cjs']) {
		const bytes = readFileSync(join(root, 'build', file));
		expect(bytes.length, file).toBeGreaterThan(1000);
		const wide = bytes.findIndex((byte) => byte > 0x7f);
		expect(wide, `${file}: a byte over 0x7f at ${wide}`).toBe(-1);
	}
});
