import {describe, expect, test} from 'vitest';
import {DataError, formatPath, isError, printable, typeName, UsageError} from './errors.js';

describe('isError', () => {
	test('knows our errors by name, whichever copy of the class made them', () => {
		expect(new UsageError('x').name).toBe('UsageError');
		expect(new DataError('x').name).toBe('DataError');
		expect(isError(new UsageError('x'), 'UsageError')).toBe(true);
		expect(isError(new DataError('x'), 'DataError')).toBe(true);
		// A UsageError from another bundle is a different class with the same name.
		const copy = Object.assign(new Error('x'), {name: 'UsageError'});
		expect(isError(copy, 'UsageError')).toBe(true);
	});

	test('is false for the other kind, other errors and things that only look like errors', () => {
		expect(isError(new DataError('x'), 'UsageError')).toBe(false);
		expect(isError(new UsageError('x'), 'DataError')).toBe(false);
		expect(isError(new Error('x'), 'DataError')).toBe(false);
		expect(isError({name: 'DataError', message: 'x'}, 'DataError')).toBe(false);
		expect(isError(undefined, 'UsageError')).toBe(false);
	});
});

describe('printable', () => {
	test('control characters become two-digit escapes; other text is kept', () => {
		expect(printable('a\u0001b\u001b[31m\u007f\u009b.json')).toBe('a\\x01b\\x1b[31m\\x7f\\x9b.json');
		expect(printable('dir/ünï 表.json')).toBe('dir/ünï 表.json');
	});
});

describe('formatPath', () => {
	test('writes a path as a reader of the file would: dots for names, brackets for the rest', () => {
		expect(formatPath(['sections', 2, 'table', 'rows', 0, 'cells', 'django-ninja'])).toBe(
			'sections[2].table.rows[0].cells.django-ninja',
		);
		expect(formatPath(['cells', 'a b', '1a', 'x.y', '$ok', '_ok'])).toBe('cells["a b"]["1a"]["x.y"].$ok._ok');
		expect(formatPath([3, 'name'])).toBe('[3].name');
		expect(formatPath([])).toBe('');
	});

	test('a key with control characters is cleaned before it is printed', () => {
		expect(formatPath(['cells', 'a\u001b[31mb'])).toBe('cells.ab');
	});
});

describe('typeName', () => {
	test('names each kind of JSON value, and a missing one', () => {
		expect([undefined, null, [], {}, 'x', 1, true].map(typeName)).toEqual([
			'nothing',
			'null',
			'array',
			'object',
			'string',
			'number',
			'boolean',
		]);
	});
});
