// Printed output written to stdout's file descriptor: what it takes for no terminal, and that every
// byte arrives, through a pipe that fills and a reader that leaves. The CLI's own behaviour (a
// terminal opens the browser, | head ends quietly, /dev/full fails) is tested end to end in cli/.
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, constants, mkdtempSync, openSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {certainlyNoTerminal, writeAll} from './output.js';

const opened: number[] = [];
afterEach(() => {
	for (const fd of opened.splice(0)) closeSync(fd);
	vi.restoreAllMocks();
});

function open(path: string, flags: number | string): number {
	const fd = openSync(path, flags);
	opened.push(fd);
	return fd;
}

/** A named pipe in a fresh folder (mkfifo: POSIX). */
function fifo(): string {
	const path = join(mkdtempSync(join(tmpdir(), 'tradeoff-output-')), 'pipe');
	expect(spawnSync('mkfifo', [path]).status).toBe(0);
	return path;
}

const posix = process.platform !== 'win32';

describe('certainlyNoTerminal', () => {
	test('a file and /dev/null are no terminal', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'tradeoff-output-')), 'out.txt');
		expect(certainlyNoTerminal(open(file, 'w'))).toBe(true);
		if (posix) expect(certainlyNoTerminal(open('/dev/null', 'w'))).toBe(true);
	});

	test.runIf(posix)('nor is a pipe', () => {
		// Opened for reading and writing, a named pipe opens at once (Linux and macOS).
		expect(certainlyNoTerminal(open(fifo(), 'r+'))).toBe(true);
	});

	test.runIf(posix)('another character device may be one: the caller asks process.stdout', () => {
		expect(certainlyNoTerminal(open('/dev/zero', 'r'))).toBe(false);
	});

	test('a descriptor that is not open is left to process.stdout too', () => {
		expect(certainlyNoTerminal(987_654)).toBe(false);
	});
});

describe('writeAll', () => {
	test.runIf(posix)('a pipe left non-blocking fills: it waits and writes on until every byte is through', async () => {
		const path = fifo();
		// Our own read end lets the write end open without blocking; cat, started a moment later,
		// reads it all to a file while the pipe (64 KiB) fills many times over.
		open(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
		const out = join(mkdtempSync(join(tmpdir(), 'tradeoff-output-')), 'read.txt');
		const reader = spawn('sh', ['-c', `sleep 0.2; cat "${path}" > "${out}"`]);
		const done = new Promise((resolve) => reader.on('close', resolve));
		const waits = vi.spyOn(Atomics, 'wait');
		const text = 'ünïcode and ascii, '.repeat(50_000);
		writeAll(writer, text);
		closeSync(writer);
		for (const fd of opened.splice(0)) closeSync(fd);
		await done;
		expect(waits).toHaveBeenCalled();
		expect(readFileSync(out, 'utf8')).toBe(text);
	});

	test.runIf(posix)('a reader that has gone is an error, EPIPE, for the caller to end quietly on', () => {
		const path = fifo();
		const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const writer = open(path, constants.O_WRONLY | constants.O_NONBLOCK);
		closeSync(reader);
		expect(() => writeAll(writer, 'anyone there?\n')).toThrow(expect.objectContaining({code: 'EPIPE'}));
	});

	test('writes a file whole', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'tradeoff-output-')), 'out.txt');
		const fd = open(file, 'w');
		writeAll(fd, 'one\n');
		writeAll(fd, 'two — ☃\n');
		expect(readFileSync(file, 'utf8')).toBe('one\ntwo — ☃\n');
	});
});
