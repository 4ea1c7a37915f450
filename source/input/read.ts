// Reading a comparison from a path or stdin, with the limits and messages a user needs.
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import type {Readable} from 'node:stream';
import {DataError, printable} from '../model/errors.js';
import {maxFileBytes} from '../model/limits.js';

const reasons: Record<string, string> = {
	ENOENT: 'no such file',
	EACCES: 'permission denied',
	EISDIR: 'is a directory; expected a comparison JSON file',
	ENOTDIR: 'a part of the path is not a directory',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'the name is too long',
};

function tooLarge(name: string): DataError {
	return new DataError(`${printable(name)}: larger than the ${maxFileBytes / 1024 / 1024} MiB a comparison may be`);
}

/** Reads a file, refusing directories and anything larger than maxFileBytes (even endless devices). */
export function readComparisonFile(path: string): Uint8Array {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		throw new DataError(`${printable(path)}: ${reasons[code] ?? `cannot open (${code || 'unknown error'})`}`);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new DataError(`${printable(path)}: ${reasons.EISDIR}`);
		if (stat.size > maxFileBytes) throw tooLarge(path);
		// Read in chunks up to one byte past the limit: devices and FIFOs report size 0.
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxFileBytes + 1 - total));
			let read: number;
			try {
				read = readSync(fd, chunk, 0, chunk.length, null);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code ?? '';
				throw new DataError(`${printable(path)}: ${reasons[code] ?? `cannot read (${code || 'unknown error'})`}`);
			}
			if (read === 0) break;
			chunks.push(chunk.subarray(0, read));
			total += read;
			if (total > maxFileBytes) throw tooLarge(path);
		}
		return Buffer.concat(chunks, total);
	} finally {
		closeSync(fd);
	}
}

/** Reads all of stdin, giving up with a clear message past maxFileBytes. */
export async function readStdin(stdin: Readable): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stdin) {
		const buffer = chunk as Buffer;
		total += buffer.length;
		if (total > maxFileBytes) {
			stdin.destroy();
			throw tooLarge('<stdin>');
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks, total);
}
