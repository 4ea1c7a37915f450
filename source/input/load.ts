import type * as z from 'zod/mini';
import {decodeComparison} from '../model/decode.js';
import {DataError, formatPath, printable, typeName} from '../model/errors.js';
import {sanitizeValue, TooDeepError} from '../model/sanitize.js';
import {type Comparison, comparisonShape, crossCheck} from '../model/schema.js';
import {locateJsonError} from './json-syntax.js';

type Issue = z.core.$ZodIssue;

function fail(file: string, where: string, message: string, more = 0): never {
	const suffix = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
	throw new DataError(`${printable(file)}: ${where === '' ? '' : `${where}: `}${message}${suffix}`);
}

function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const located = locateJsonError(text);
		if (located) fail(`${file}:${located.line}:${located.column}`, '', `invalid JSON: ${located.message}`);
		fail(file, '', `invalid JSON: ${(error as Error).message}`);
	}
}

function found(value: unknown): string {
	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
		return JSON.stringify(shown);
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
	return typeName(value);
}

// zod/mini carries no locale, so its own messages are "Invalid input"; messages we set in the
// schema are the ones that say more.
function ownMessage(issue: Issue): string | undefined {
	return issue.message && !issue.message.startsWith('Invalid input') ? issue.message : undefined;
}

function expectedName(expected: string): string {
	return expected === 'int' ? 'integer' : expected;
}

/** One zod issue as a path and a sentence. */
function describe(issue: Issue): {path: PropertyKey[]; message: string} {
	const path = [...issue.path];
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return {path, message: `missing; expected ${expectedName(issue.expected)}`};
			return {
				path,
				message: `expected ${expectedName(issue.expected)}, got ${typeName(issue.input)}`,
			};
		case 'unrecognized_keys': {
			const [key] = issue.keys;
			return {path: [...path, key ?? ''], message: 'unknown field'};
		}
		case 'invalid_union': {
			// An object given where a string or an object fits: report what is wrong inside the
			// object rather than the union as a whole.
			const input = issue.input;
			if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
				for (const branch of issue.errors) {
					const [first] = branch;
					if (first && !(first.code === 'invalid_type' && first.path.length === 0)) {
						const inner = describe(first);
						return {path: [...path, ...inner.path], message: inner.message};
					}
				}
			}
			return {
				path,
				message: `${ownMessage(issue) ?? 'expected a different type'}, got ${typeName(input)}`,
			};
		}
		case 'too_small':
		case 'too_big': {
			const own = ownMessage(issue);
			const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			const word = issue.code === 'too_small' ? 'at least' : 'at most';
			const message =
				own ?? (issue.origin === 'array' ? `expected ${word} ${bound} items` : `expected ${word} ${bound}`);
			return {path, message: `${message}, got ${found(issue.input)}`};
		}
		default:
			return {path, message: `${ownMessage(issue) ?? 'invalid value'}, got ${found(issue.input)}`};
	}
}

/** Checks an already parsed value against the schema and the cross-checks. */
export function validateComparison(value: unknown, file: string): Comparison {
	let clean: unknown;
	try {
		clean = sanitizeValue(value);
	} catch (error) {
		if (error instanceof TooDeepError) fail(file, formatPath(error.path), error.message);
		throw error;
	}
	const result = comparisonShape.safeParse(clean, {reportInput: true});
	if (!result.success) {
		const issues = result.error.issues;
		const [first] = issues;
		const {path, message} = first ? describe(first) : {path: [], message: 'invalid comparison'};
		fail(file, formatPath(path), message, issues.length - 1);
	}
	const problems = crossCheck(result.data);
	const [first] = problems;
	if (first) fail(file, formatPath(first.path), first.message, problems.length - 1);
	return result.data;
}

/** Reads a comparison from the bytes of a file: decode, parse, sanitize, validate. */
export function loadComparison(bytes: Uint8Array, file: string): Comparison {
	return validateComparison(parseJson(decodeComparison(bytes, file), file), file);
}
