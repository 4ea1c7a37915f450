// Ctrl-Z and fg for real: tradeoff runs in an interactive bash with job control, in a
// pseudo-terminal, and the test reads the screen, the bytes and the process state as a user's
// shell would leave them.
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {childrenOf, eventually, modesIn, processState, Session} from '../test-support/pty.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;
// Every mode the browser borrows: mouse (1000, 1002, 1006), bracketed paste, the alternate screen.
const borrowed = [1000, 1002, 1006, 2004, 1049];

let session: Session | undefined;
afterEach(() => session?.dispose());

/** An interactive bash in a pseudo-terminal, running tradeoff with these arguments; and its pid. */
async function tradeoffInBash(
	args: string,
	size: {cols: number; rows: number},
	env = '',
): Promise<{shell: Session; pid: number}> {
	const shell = new Session([], {bash: true, ...size});
	session = shell;
	await shell.waitFor('$ ');
	shell.press(`${env}node "$TRADEOFF" ${args}\r`);
	const [pid] = await eventually(
		() => childrenOf(shell.process.pid),
		(children) => children.length === 1,
	);
	return {shell, pid: pid as number};
}

/** Asserts the terminal as a stopped tradeoff must leave it: stopped, modes off, cooked mode. */
async function expectGivenBack(shell: Session, pid: number, since: number): Promise<void> {
	await shell.waitFor(/Stopped +(?:\S+=\S+ )*node/);
	expect(processState(pid)).toBe('T');
	expect(shell.inAlternateScreen()).toBe(false);
	expect(shell.cursorHidden()).toBe(false);
	// Our bytes only: bash's readline turns bracketed paste on again for its prompt.
	const modes = modesIn(shell.output.slice(since, shell.output.indexOf('Stopped', since)));
	for (const mode of borrowed) expect(modes.get(mode), `?${mode}`).toBe('l');
	shell.press('stty -a\r');
	await shell.waitFor((screen) => /(?:^|\s)icanon(?:\s|$)/m.test(screen));
	expect(shell.text()).not.toMatch(/-icanon/);
}

/** Keys work again (2 goes to the second section), and q quits with status 0 to the shell. */
async function keysThenQuit(shell: Session): Promise<void> {
	shell.press('2');
	await shell.waitFor(footerOf(1));
	shell.press('q');
	await shell.waitFor('$ ');
	shell.press('echo status=$?\r');
	await shell.waitFor('status=0');
}

describe('suspend and resume in a shell with job control', () => {
	test('Ctrl-Z stops it and gives the terminal back; fg redraws the same screen and keys work again', async () => {
		const {shell, pid} = await tradeoffInBash('--section 3', {cols: 80, rows: 24});
		await shell.waitFor(footerOf(2));
		// Somewhere to come back to: a search kept, and the page scrolled to its first hit.
		shell.press('/');
		shell.press('benchmark');
		await shell.waitFor(/\/benchmark█ {2}\d+ matches/);
		shell.press('\r');
		await shell.waitFor(/\d+\/\d+ Performance › /);
		const hit = Number(/(\d+)\/\d+ Performance › /.exec(shell.text())?.[1]);
		// Two lines down: wait for both (the frame after the first j must not be taken for it).
		const page = shell.text().split('\n');
		shell.press('jj');
		await shell.waitFor((screen) => {
			const rows = screen.split('\n');
			return rows[4] === page[6] && rows[5] === page[7] && rows[6] === page[8];
		});
		const before = shell.screen();
		const suspendedAt = shell.output.length;
		shell.press('\u001a');
		await expectGivenBack(shell, pid, suspendedAt);

		const resumedAt = shell.output.length;
		shell.press('fg\r');
		await shell.waitFor(() => shell.inAlternateScreen() && shell.screen().join('\n') === before.join('\n'));
		expect(processState(pid)).not.toBe('T');
		const modes = modesIn(shell.output.slice(resumedAt));
		for (const mode of borrowed) expect(modes.get(mode), `?${mode}`).toBe('h');
		// The background may have changed meanwhile: the terminal is asked again.
		expect(shell.output.slice(resumedAt)).toContain('\u001b]11;?');
		// The same state: the search goes on to the next hit.
		shell.press('n');
		await shell.waitFor(new RegExp(`^${hit + 1}/\\d+ `, 'm'));
		shell.press('q');
		await shell.waitFor('$ ');
		shell.press('echo status=$?\r');
		await shell.waitFor('status=0');
		expect(shell.inAlternateScreen()).toBe(false);
	});

	test('SIGTSTP from outside does the same, and fg reads the size the terminal took meanwhile', async () => {
		const {shell, pid} = await tradeoffInBash('', {cols: 80, rows: 24});
		await shell.waitFor(footerOf(0));
		const suspendedAt = shell.output.length;
		process.kill(pid, 'SIGTSTP');
		await expectGivenBack(shell, pid, suspendedAt);
		// No SIGWINCH reaches a stopped job: the size must be read again on the way back.
		shell.resize(100, 30);
		shell.press('fg\r');
		await shell.waitFor((screen) => {
			const rows = screen.split('\n');
			return shell.inAlternateScreen() && rows[2] === '─'.repeat(100) && (rows[29] ?? '').includes(footerOf(0));
		});
		// Every row is the frame's: 30 lines at 100 columns, the footer on the last.
		expect(shell.screen()[0]).toMatch(/^FastAPI vs Litestar/);
		await keysThenQuit(shell);
	});
});

test('SIGTSTP while the first frame is painted, the browser not loaded yet, is done once it is: the terminal given back, taken again on fg', async () => {
	// The bundle's load held back half a second (first-paint.ts), so that the stop surely comes first.
	const {shell, pid} = await tradeoffInBash('', {cols: 80, rows: 24}, 'TRADEOFF_FAULT=slow-load ');
	await shell.waitFor(footerOf(0));
	expect(shell.output).not.toContain('\u001b[?2026h');
	const suspendedAt = shell.output.length;
	process.kill(pid, 'SIGTSTP');
	await expectGivenBack(shell, pid, suspendedAt);
	shell.press('fg\r');
	await shell.waitFor(() => shell.inAlternateScreen() && shell.text().includes(footerOf(0)));
	await keysThenQuit(shell);
});

test('SIGTSTP then SIGCONT while the first frame is painted: continued before the browser loads, it never stops', async () => {
	const {shell, pid} = await tradeoffInBash('', {cols: 80, rows: 24}, 'TRADEOFF_FAULT=slow-load ');
	await shell.waitFor(footerOf(0));
	expect(shell.output).not.toContain('\u001b[?2026h');
	process.kill(pid, 'SIGTSTP');
	// Not at once: a continue sent before the stop is delivered discards it (the kernel's rule).
	await new Promise((resolve) => setTimeout(resolve, 100));
	process.kill(pid, 'SIGCONT');
	// The browser runs (its own first frame), and keys work without an fg.
	await shell.waitFor(() => shell.output.includes('\u001b[?2026l'));
	expect(shell.text()).not.toMatch(/Stopped/);
	await keysThenQuit(shell);
});

test('without job control (nobody to stop for), Ctrl-Z gives the terminal back only for a moment', async () => {
	// node-pty makes the CLI a session leader: its process group is orphaned, and the kernel
	// discards the stop signal. The browser must not be left with the terminal given away.
	const terminal = new Session([], {cols: 80, rows: 24});
	session = terminal;
	await terminal.waitFor(footerOf(0));
	const suspendedAt = terminal.output.length;
	terminal.press('\u001a');
	await terminal.waitFor(() => {
		const modes = modesIn(terminal.output.slice(suspendedAt));
		return modes.get(1049) === 'h' && terminal.inAlternateScreen() && terminal.text().includes(footerOf(0));
	});
	expect(terminal.output.slice(suspendedAt)).toContain('\u001b[?1049l');
	terminal.press('3');
	await terminal.waitFor(footerOf(2));
	terminal.press('q');
	expect((await terminal.waitForExit()).exitCode).toBe(0);
});
