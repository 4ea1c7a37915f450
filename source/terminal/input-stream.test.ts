import {EventEmitter} from 'node:events';
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {eventually, Session} from '../test-support/pty.js';
import {type TerminalAnswer, type TerminalEvent, TerminalInput} from './input-stream.js';

/** Stands in for a terminal's stdin: the test emits its bytes, and sees what was done to it. */
class FakeKeyboard extends EventEmitter {
	readonly isTTY = true;
	raw: boolean[] = [];
	references = 0;
	paused = false;
	setRawMode(on: boolean) {
		this.raw.push(on);
		return this;
	}
	ref() {
		this.references++;
		return this;
	}
	unref() {
		this.references--;
		return this;
	}
	pause() {
		this.paused = true;
		return this;
	}
	type(text: string) {
		this.emit('data', Buffer.from(text));
	}
}

/** A TerminalInput read as Ink reads it, recording keys, events and answers in the order they come. */
function listen() {
	const keyboard = new FakeKeyboard();
	const seen: string[] = [];
	const answers: TerminalAnswer[] = [];
	const input = new TerminalInput(keyboard as unknown as NodeJS.ReadStream, (answer) => answers.push(answer));
	input.keys.setEncoding('utf8');
	input.keys.on('readable', () => {
		for (let chunk = input.keys.read(); chunk !== null; chunk = input.keys.read()) seen.push(`keys ${chunk}`);
	});
	input.events.subscribe((event: TerminalEvent) =>
		seen.push(event.kind === 'mouse' ? `mouse ${event.mouse.button} ${event.mouse.column}` : `paste ${event.text}`),
	);
	return {keyboard, input, seen, answers};
}

describe('TerminalInput', () => {
	test('raw mode at once, before any question is asked of the terminal', () => {
		const {keyboard, input} = listen();
		expect(keyboard.raw).toEqual([true]);
		input.keys.setRawMode(false);
		expect(keyboard.raw).toEqual([true, false]);
		input.close();
	});

	test('keys go to Ink, clicks and pastes to listeners, in the order they were typed', async () => {
		const {keyboard, input, seen} = listen();
		keyboard.type('j\u001b[<0;45;3Mk\u001b[200~qqq\u001b[201~l');
		await eventually(
			() => seen.length,
			(length) => length === 5,
		);
		expect(seen).toEqual(['keys j', 'mouse left 44', 'keys k', 'paste qqq', 'keys l']);
		input.close();
	});

	test("the terminal's answers go to their listener, never to the keys", async () => {
		const {keyboard, input, seen, answers} = listen();
		keyboard.type('\u001b]11;rgb:ffff/ffff/ffff\u001b\\\u001b[?62;22c2');
		await eventually(
			() => seen,
			(keys) => keys.length === 1,
		);
		expect(seen).toEqual(['keys 2']);
		expect(answers).toEqual([{kind: 'background', rgb: [255, 255, 255]}, {kind: 'attributes'}]);
		input.close();
	});

	test('an Esc alone reaches Ink after a short wait; one cut off from its mouse report is not typed', async () => {
		const {keyboard, input, seen} = listen();
		keyboard.type('\u001b');
		await eventually(
			() => seen,
			(keys) => keys.length === 1,
		);
		expect(seen).toEqual(['keys \u001b']);
		keyboard.type('[<0;45;3M');
		await eventually(
			() => seen,
			(keys) => keys.length === 2,
		);
		expect(seen[1]).toBe('mouse left 44');
		input.close();
	});

	test('close stops reading and lets the process end', () => {
		const {keyboard, input} = listen();
		input.close();
		expect(keyboard.listenerCount('data')).toBe(0);
		expect(keyboard.paused).toBe(true);
		expect(keyboard.references).toBe(-1);
	});
});

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;
const click = (column: number, row: number) => `\u001b[<0;${column + 1};${row + 1}M\u001b[<0;${column + 1};${row + 1}m`;

let session: Session | undefined;
afterEach(() => session?.dispose());

function open(args: string[] = [], size = {cols: 100, rows: 30}): Session {
	session = new Session(args, size);
	return session;
}

/** The column where text starts on a row of the screen. */
function columnOf(terminal: Session, row: number, text: string): number {
	const column = terminal.screen()[row]?.indexOf(text) ?? -1;
	expect(column, `${text} on row ${row}`).toBeGreaterThanOrEqual(0);
	return column;
}

describe('the mouse and pastes on a real terminal', () => {
	test('a click at column 45 is a click: it never types 4 and 5', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		// On prose, where a click does nothing (and a drag); then a key, to know they were read.
		const row = terminal.screen().findIndex((line, index) => index > 3 && line.length > 50);
		expect(row).toBeGreaterThan(3);
		terminal.press(click(44, row));
		terminal.press(`\u001b[<0;45;${row + 1}M\u001b[<32;46;${row + 1}M\u001b[<0;46;${row + 1}m`);
		terminal.press('2');
		await terminal.waitFor(footerOf(1));
		for (const index of [3, 4]) expect(terminal.output).not.toContain(footerOf(index));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('the wheel scrolls three lines a notch, down and up', async () => {
		// 80×24: Summary is longer than a page, with room to scroll twice.
		const terminal = open([], {cols: 80, rows: 24});
		await terminal.waitFor(footerOf(0));
		const top = terminal.screen();
		terminal.press('\u001b[<65;30;12M');
		await terminal.waitFor((screen) => screen.split('\n')[3] === top[6]);
		terminal.press('\u001b[<65;2;1M');
		await terminal.waitFor((screen) => screen.split('\n')[3] === top[9]);
		terminal.press('\u001b[<64;30;12M\u001b[<64;30;12M');
		await terminal.waitFor((screen) => screen.split('\n')[3] === top[3]);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test("a click on a section's name opens it; on a [n], the references at n", async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		terminal.press(click(columnOf(terminal, 1, '3 Performance') + 4, 1));
		await terminal.waitFor(footerOf(2));
		const row = terminal.screen().findIndex((line, index) => index > 2 && /\[4\]/.test(line));
		expect(row).toBeGreaterThan(2);
		terminal.press(click(columnOf(terminal, row, '[4]') + 1, row));
		await terminal.waitFor(/References {2}\S+$/m);
		// Reference 4 is the one picked: drawn in reverse video.
		const picked = terminal.screen().findIndex((line) => line.startsWith('[4]'));
		expect(picked).toBeGreaterThan(3);
		expect(terminal.inverse(picked, 1)).toBe(true);
		const other = terminal.screen().findIndex((line) => line.startsWith('[1]'));
		expect(terminal.inverse(other, 1)).toBe(false);
		// A click on another reference in the list picks it.
		terminal.press(click(1, other));
		await terminal.waitFor(() => terminal.inverse(other, 1));
		expect(terminal.inverse(picked, 1)).toBe(false);
		terminal.press('q');
		await terminal.waitFor(footerOf(2));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test("in the subjects picker a click on a subject's box shows or hides it", async () => {
		const terminal = open(['--section', 'cost']);
		await terminal.waitFor(footerOf(4));
		terminal.press('c');
		await terminal.waitFor('[x] Litestar');
		const row = terminal.screen().findIndex((line) => line.includes('[x] Litestar'));
		terminal.press(click(columnOf(terminal, row, '[x]') + 1, row));
		await terminal.waitFor('[ ] Litestar');
		terminal.press('\u001b');
		await terminal.waitFor((screen) => screen.includes(footerOf(4)) && !screen.includes('│ Litestar'));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('a paste becomes the query, on one line; anywhere else it is ignored, never run as keys', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		// q would quit, 3 would jump, c and / would open something.
		const top = terminal.screen()[3];
		terminal.press('\u001b[200~qqq3c/\r\u001b[201~');
		terminal.press('j');
		await terminal.waitFor((screen) => screen.split('\n')[3] !== top);
		expect(terminal.exit).toBeUndefined();
		expect(terminal.text(), terminal.text()).toContain(footerOf(0));
		terminal.press('/');
		await terminal.waitFor(/\/█/);
		terminal.press('\u001b[200~fast\r\napi\u001b[31m \u0007x\u001b[201~');
		await terminal.waitFor(/\/fast api x█/);
		terminal.press('\u001b');
		await terminal.waitFor((screen) => !screen.includes('/fast'));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});
