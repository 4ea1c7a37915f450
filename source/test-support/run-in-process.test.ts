// The in-process runner itself: a run there gives what the built CLI gives in a process of its
// own, so a test moved from one to the other checks the same thing; and each run starts afresh.
import {describe, expect, test} from 'vitest';
import {runCli} from './run-cli.js';
import {runInProcess} from './run-in-process.js';

const markdown = '# Editors\n\n| | Vim | Emacs |\n|---|---|---|\n| Modal editing | yes | via evil |\n';

describe('a run in-process', () => {
	test.each([
		['the bundled comparison', ['--width', '100'], undefined],
		['a section with colour forced', ['-s', 'cost', '--color', 'always'], undefined],
		['a Markdown document from stdin as JSON', ['-', '-f', 'json'], markdown],
		['a search without hits', ['--search', 'zzz-nothing'], undefined],
		['a usage error', ['--width', '0'], undefined],
		['a data error', ['-'], '{"title": '],
	] as const)('%s: the same bytes, stderr and status as the built CLI', async (_name, args, input) => {
		const options = input === undefined ? {} : {input};
		const [inProcess, built] = await Promise.all([runInProcess(args, options), runCli(args, options)]);
		expect(inProcess).toEqual(built);
	});

	test('leaves nothing to the next: its status, its environment, the process’s exit code', async () => {
		expect((await runInProcess(['--search', 'zzz-nothing'])).code).toBe(1);
		expect((await runInProcess(['--search', 'FastAPI'])).code).toBe(0);
		expect((await runInProcess(['-s', 'cost'], {env: {FORCE_COLOR: '1'}})).bytes.includes(0x1b)).toBe(true);
		expect((await runInProcess(['-s', 'cost'])).bytes.includes(0x1b)).toBe(false);
		expect((await runInProcess(['--frobnicate'])).code).toBe(2);
		expect(process.exitCode).toBeUndefined();
	});
});
