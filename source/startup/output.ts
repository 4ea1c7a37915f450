// Printed output, written to file descriptor 1 itself when it is a pipe or a file. process.stdout
// is a stream: creating it loads Node's stream library (and for a pipe, its net module too): 10
// to 18 million instructions on Node 22 and 24 (callgrind), a fifth to a third of what printing
// the bundled comparison ran above bare node once no V8 flags were set at start. Knowing that stdout is no terminal takes one
// fstat; only a character device (a terminal, or /dev/null) needs more.
import {fstatSync, type Stats, statSync, writeSync} from 'node:fs';

/**
 * Whether a file descriptor is certainly no terminal: a pipe, a file, a socket, /dev/null. A
 * character device other than /dev/null may be one, and so may anything fstat cannot look at:
 * for those the answer is false, and the caller asks process.stdout.
 */
export function certainlyNoTerminal(fd: number): boolean {
	let stats: Stats;
	try {
		stats = fstatSync(fd);
	} catch {
		return false;
	}
	if (stats.isFIFO() || stats.isFile() || stats.isSocket()) return true;
	if (!stats.isCharacterDevice()) return false;
	// Where there is no /dev/null (Windows), or it is not a device, nothing is certain.
	const nothing = statSync('/dev/null', {throwIfNoEntry: false});
	return nothing?.isCharacterDevice() === true && nothing.rdev === stats.rdev;
}

let plain: boolean | undefined;

/** Whether stdout is a terminal, found without creating process.stdout when it is certainly not. */
export function stdoutIsTerminal(): boolean {
	plain ??= certainlyNoTerminal(1);
	return !plain && process.stdout.isTTY === true;
}

// For waiting on a full pipe without a busy loop: Atomics.wait sleeps, synchronously.
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `data` (text as UTF-8) to a file descriptor, synchronously: what process.stdout
 * does for files and, on Linux, for pipes. A pipe left non-blocking by whoever shares it fills and
 * says EAGAIN: then this waits a millisecond and writes on, as a blocking write would have.
 * Errors (EPIPE when the reader has gone) are thrown, with `written` set to the bytes written
 * before them.
 */
export function writeAll(fd: number, data: string | Uint8Array): void {
	const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
	let offset = 0;
	while (offset < bytes.length) {
		try {
			offset += writeSync(fd, bytes, offset, bytes.length - offset);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
				(error as WriteError).written = offset;
				throw error;
			}
			Atomics.wait(sleeper, 0, 0, 1);
		}
	}
}

/** A failure of writeAll: the error, and how many bytes went out before it. */
export type WriteError = NodeJS.ErrnoException & {written?: number};

/** What a failure to write output says, after `tradeoff: ` (the process exits 1 then). */
export function outputFailure(error: NodeJS.ErrnoException): string {
	const reasons: Record<string, string> = {
		ENOSPC: 'no space left on device',
		EIO: 'input/output error',
		EBADF: 'stdout is closed',
	};
	return `cannot write output: ${reasons[error.code ?? ''] ?? error.message}`;
}
