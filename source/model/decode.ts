// The bytes of a comparison, JSON or Markdown, as text: UTF-8 only, with clear words for what is not.
import {DataError, printable} from './errors.js';
import {maxFileBytes} from './limits.js';

function fail(file: string, where: string, message: string): never {
	throw new DataError(`${printable(file)}: ${where === '' ? '' : `${where}: `}${message}`);
}

/** Offset of the first byte that is not valid UTF-8 (only called once a decode has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const byte = bytes[index] ?? 0;
		const length =
			byte < 0x80
				? 1
				: byte >= 0xc2 && byte < 0xe0
					? 2
					: byte >= 0xe0 && byte < 0xf0
						? 3
						: byte >= 0xf0 && byte < 0xf5
							? 4
							: 0;
		if (length === 0) return index;
		if (length > 1) {
			const slice = bytes.subarray(index, index + length);
			if (slice.length < length) return index;
			try {
				new TextDecoder('utf-8', {fatal: true}).decode(slice);
			} catch {
				return index;
			}
		}
		index += length;
	}
	return index;
}

/** Turns the bytes of a comparison file into text: UTF-8, with or without a byte-order mark; kind names what an empty one should have been. */
export function decodeComparison(bytes: Uint8Array, file: string, kind = 'JSON'): string {
	if (bytes.length > maxFileBytes) {
		fail(file, '', `larger than the ${maxFileBytes / 1024 / 1024} MiB a comparison may be`);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		fail(file, '', 'encoded as UTF-16; save it as UTF-8');
	}
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(start);
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(body);
	} catch {
		fail(file, '', `not valid UTF-8 (byte ${start + firstInvalidUtf8(body)})`);
	}
	if (text.trim() === '') fail(file, '', `empty; expected a comparison as ${kind}`);
	return text;
}
