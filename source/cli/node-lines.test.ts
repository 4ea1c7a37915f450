// The bundle on every Node line users run: the same smoke tests on this machine's Node and on
// Node's own binaries of the other LTS lines (test-support/node-lines.ts). They prove the bundle,
// not the features: printing, a Markdown document, the JSON export, the browser's first frame and
// quit, and Ctrl-Z in a shell with job control.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {type NodeLine, nodeBinary, nodeLines, nodeLinesUnavailable} from '../test-support/node-lines.js';
import {childrenOf, eventually, expectRestored, inShell, processState, Session} from '../test-support/pty.js';
import {bundledFile, runCli} from '../test-support/run-cli.js';

const bundled = JSON.parse(readFileSync(bundledFile, 'utf8')) as {
	title: string;
	subjects: {id: string; name: string}[];
	sections: {id: string; title: string}[];
};

const matrix = `# Editors

## Features

| | Vim | Emacs |
|---|---|---|
| Modal editing | yes | via evil |
| Lisp | no | **yes** |
`;

const unavailable = nodeLinesUnavailable();
const lines: readonly (NodeLine | {readonly major: number; readonly version: string; readonly own: true})[] = [
	{major: Number(process.versions.node.split('.')[0]), version: process.versions.node, own: true},
	...(unavailable ? [] : nodeLines),
];

let session: Session | undefined;
afterEach(() => session?.dispose());

describe.each(lines)('the bundle on Node $version', (line) => {
	let node = process.execPath;
	beforeAll(() => {
		if (!('own' in line)) node = nodeBinary(line);
	}, 120_000);

	test('is that Node', () => {
		expect(spawnSync(node, ['--version'], {encoding: 'utf8'}).stdout.trim()).toBe(`v${line.version}`);
	});

	test('prints the bundled comparison: every section, exit 0, nothing on stderr', async () => {
		const run = await runCli(['--plain', '--width', '80'], {node});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout.split('\n')[0]).toBe(bundled.title);
		for (const section of bundled.sections) expect(run.stdout).toContain(`\n${section.title}\n`);
	});

	test('reads a Markdown document from stdin and writes it as a comparison file', async () => {
		const printed = await runCli(['-', '--plain', '--width', '60'], {node, input: matrix});
		expect(printed.code).toBe(0);
		expect(printed.stdout).toMatch(/Modal editing +│ yes +│ via evil/);
		const json = await runCli(['-', '--format', 'json'], {node, input: matrix});
		expect(json.code).toBe(0);
		const comparison = JSON.parse(json.stdout) as typeof bundled;
		expect(comparison.subjects.map((subject) => subject.name)).toEqual(['Vim', 'Emacs']);
	});

	test('--format json writes the bundled comparison back, section for section', async () => {
		const run = await runCli(['--format', 'json'], {node});
		expect(run.code).toBe(0);
		const written = JSON.parse(run.stdout) as typeof bundled;
		expect(written.title).toBe(bundled.title);
		expect(written.subjects).toEqual(bundled.subjects);
		expect(written.sections.map((section) => section.id)).toEqual(bundled.sections.map((section) => section.id));
	});

	test('opens the browser, draws the first frame, quits with q and gives the terminal back', async () => {
		const terminal = inShell('', {nodeBinary: node});
		session = terminal;
		await terminal.waitFor(() => terminal.inAlternateScreen() && terminal.text().includes(bundled.title));
		await terminal.waitFor(bundled.sections[0]?.title ?? '');
		terminal.press('q');
		await expectRestored(terminal, 0);
	});

	test('Ctrl-Z stops it in a shell with job control, and fg brings it back', async () => {
		const shell = new Session([], {bash: true, nodeBinary: node});
		session = shell;
		await shell.waitFor('$ ');
		shell.press('"$NODE" "$TRADEOFF"\r');
		const [pid] = await eventually(
			() => childrenOf(shell.process.pid),
			(children) => children.length === 1,
		);
		await shell.waitFor(() => shell.inAlternateScreen() && shell.text().includes(bundled.title));
		shell.press('\u001a');
		await shell.waitFor(/Stopped/);
		expect(processState(pid as number)).toBe('T');
		expect(shell.inAlternateScreen()).toBe(false);
		shell.press('fg\r');
		await shell.waitFor(() => shell.inAlternateScreen() && shell.text().includes(bundled.title));
		shell.press('q');
		await shell.waitFor('$ ');
		shell.press('echo status=$?\r');
		await shell.waitFor('status=0');
	});
});
