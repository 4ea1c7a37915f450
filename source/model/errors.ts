import {sanitizeText} from './sanitize.js';

/** Bad input data: the entry prints the message alone and exits with status 2. */
export class DataError extends Error {
	override readonly name = 'DataError';
}

/** A bad command line: the entry prints the message and a hint, and exits with status 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/**
 * Whether an error is one of ours of that kind. By name, not instanceof: the modules loaded on
 * demand are bundled apart from the entry, so each has its own copy of these classes.
 */
export function isError(error: unknown, name: 'DataError' | 'UsageError'): error is Error {
	return error instanceof Error && error.name === name;
}

/**
 * Makes a user-supplied name (a file path, an id) safe to print: control characters become
 * visible escapes instead of reaching the terminal.
 */
export function printable(name: string): string {
	return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
		const code = character.charCodeAt(0).toString(16).padStart(2, '0');
		return `\\x${code}`;
	});
}

/** Formats a JSON path the way a reader of the file would write it: sections[2].table.rows[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
	let result = '';
	for (const part of path) {
		if (typeof part === 'number') result += `[${part}]`;
		else {
			const key = sanitizeText(String(part));
			if (/^[A-Za-z_$][\w$-]*$/.test(key)) result += result === '' ? key : `.${key}`;
			else result += `[${JSON.stringify(key)}]`;
		}
	}
	return result;
}

/** Names the type of a JSON value for messages such as "expected string, got number". */
export function typeName(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}
