import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {expectRestored, inShell, modesIn, Session} from '../test-support/pty.js';
import {sequences, TerminalModes} from './modes.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;
const mouseModes = [1000, 1002, 1006];
const borrowed = [...mouseModes, 2004, 1049];

function recorded(mouse: boolean) {
	const writes: string[] = [];
	return {writes, modes: new TerminalModes((text) => writes.push(text), {mouse})};
}

describe('TerminalModes', () => {
	test('take borrows every mode; giveBack returns every one, the screen last', () => {
		const {writes, modes} = recorded(true);
		modes.take();
		expect(modes.taken).toBe(true);
		expect([...modesIn(writes.join(''))]).toEqual([
			[1049, 'h'],
			[25, 'l'],
			[2004, 'h'],
			[1000, 'h'],
			[1002, 'h'],
			[1006, 'h'],
		]);
		writes.length = 0;
		modes.giveBack();
		expect(modes.taken).toBe(false);
		expect([...modesIn(writes.join(''))]).toEqual([
			[1006, 'l'],
			[1002, 'l'],
			[1000, 'l'],
			[2004, 'l'],
			[25, 'h'],
			[1049, 'l'],
		]);
	});

	test('the mouse switches at once while the terminal is borrowed, and is remembered while it is not', () => {
		const {writes, modes} = recorded(true);
		modes.take();
		writes.length = 0;
		modes.setMouse(false);
		expect(writes).toEqual([sequences.mouseOff]);
		modes.setMouse(false);
		expect(writes).toHaveLength(1);
		modes.giveBack();
		writes.length = 0;
		modes.setMouse(true);
		expect(writes).toEqual([]);
		modes.take();
		expect(writes.join('')).toContain(sequences.mouseOn);
	});

	test('without the mouse, take leaves mouse reporting alone; giveBack still turns it off', () => {
		const {writes, modes} = recorded(false);
		modes.take();
		const taken = modesIn(writes.join(''));
		for (const mode of mouseModes) expect(taken.get(mode)).toBeUndefined();
		expect(taken.get(2004)).toBe('h');
		modes.giveBack();
		for (const mode of mouseModes) expect(modesIn(writes.join('')).get(mode)).toBe('l');
	});
});

let session: Session | undefined;
afterEach(() => session?.dispose());

describe('the modes on a real terminal', () => {
	test.each([
		['q', 0],
		['\u0003', 130],
	])('on while running; off when %j ends it with status %i', async (key, status) => {
		session = inShell('--section 2', {cols: 80, rows: 24});
		await session.waitFor(footerOf(1));
		const running = modesIn(session.output);
		for (const mode of borrowed) expect(running.get(mode), `?${mode}`).toBe('h');
		session.press(key);
		await expectRestored(session, status);
		const after = modesIn(session.output);
		for (const mode of borrowed) expect(after.get(mode), `?${mode}`).toBe('l');
	});

	test('off when a signal ends it', async () => {
		session = new Session([], {cols: 80, rows: 24});
		await session.waitFor(footerOf(0));
		session.kill('SIGTERM');
		expect((await session.waitForExit()).exitCode).toBe(143);
		for (const mode of borrowed) expect(modesIn(session.output).get(mode), `?${mode}`).toBe('l');
	});

	test.each(['render', 'throw'])(
		'after a fault (%s), every mode is off before the error message is written',
		async (fault) => {
			session = inShell('', {cols: 80, rows: 24, env: {TRADEOFF_FAULT: fault}});
			await session.waitFor(footerOf(0));
			session.press('j');
			await expectRestored(session, 1);
			// The last: Ink's own error screen, on the alternate screen, may quote the source.
			const message = session.output.lastIndexOf('tradeoff: unexpected error');
			expect(message).toBeGreaterThan(0);
			const before = modesIn(session.output.slice(0, message));
			for (const mode of borrowed) expect(before.get(mode), `?${mode}`).toBe('l');
		},
	);

	test('M leaves the mouse to the terminal and takes it back, saying so; paste stays on', async () => {
		session = new Session([], {cols: 100, rows: 30});
		await session.waitFor(footerOf(0));
		const start = session.output.length;
		session.press('M');
		await session.waitFor('mouse off: the terminal selects text; M takes it back');
		// The modes follow the state once the frame is drawn: wait for the bytes, not the notice.
		await session.waitFor(() =>
			mouseModes.every((mode) => modesIn(session?.output.slice(start) ?? '').get(mode) === 'l'),
		);
		expect(modesIn(session.output).get(2004)).toBe('h');
		// A report that was on its way when capture stopped does nothing.
		session.press('\u001b[<0;24;3M');
		session.press('M');
		await session.waitFor('mouse on: the wheel scrolls, a click opens');
		expect(session.text()).toContain(footerOf(0));
		await session.waitFor(() => mouseModes.every((mode) => modesIn(session?.output ?? '').get(mode) === 'h'));
		session.press('?');
		await session.waitFor('While browsing');
		session.press('G');
		await session.waitFor('M leaves it to the terminal, to select text');
		session.press('q');
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
	});

	test('--no-mouse never turns mouse reporting on; bracketed paste still is', async () => {
		session = new Session(['--no-mouse'], {cols: 80, rows: 24});
		await session.waitFor(footerOf(0));
		// A click (had the terminal sent one) on a section's name is not taken: the mouse is the
		// terminal's. The scroll after it shows it was read.
		const column = session.screen()[1]?.indexOf('4 Developer') ?? -1;
		expect(column).toBeGreaterThan(0);
		const top = session.screen()[3];
		session.press(`\u001b[<0;${column + 1};2M`);
		session.press('j');
		// The scrolled frame, whole: its first pane line moved, its footer still Summary's.
		await session.waitFor((screen) => screen.split('\n')[3] !== top && screen.includes(footerOf(0)));
		session.press('q');
		await session.waitForExit();
		for (const mode of mouseModes) expect(session.output).not.toContain(`\u001b[?${mode}h`);
		expect(session.output).toContain('\u001b[?2004h');
	});

	test('never in a pipe: printing switches no mode and asks the terminal nothing', async () => {
		for (const args of ['| cat', '--plain', '--section 2 --color always | cat']) {
			session = inShell(args, {cols: 80, rows: 24});
			await session.waitFor('status=0');
			expect(session.output, args).not.toMatch(/\u001b\[\?(?:1000|1002|1006|2004|1049)h|\u001b\]11;|\u001b\[c/);
			session.dispose();
		}
	});
});
