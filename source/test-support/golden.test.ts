import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, test} from 'vitest';
import {expectGolden, updating} from './golden.js';

let folder: string | undefined;
afterEach(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
	folder = undefined;
});
function place(name: string): {path: string; url: URL} {
	folder ??= mkdtempSync(join(tmpdir(), 'tradeoff-golden-'));
	const path = join(folder, name);
	return {path, url: pathToFileURL(path)};
}

describe('expectGolden', () => {
	test('text equal to the file passes; the file ends with a newline the frame need not have', () => {
		const {path, url} = place('same.golden');
		writeFileSync(path, 'a\nb\n');
		expect(() => expectGolden('a\nb', url, {})).not.toThrow();
		expect(() => expectGolden('a\nb\n', url, {})).not.toThrow();
	});

	test('a changed line fails, naming the file and the flag, with both texts for the diff', () => {
		const {path, url} = place('changed.golden');
		writeFileSync(path, 'Section 1/2  31%\n');
		let failure: unknown;
		try {
			expectGolden('Section 1/2  29%', url, {});
		} catch (error) {
			failure = error;
		}
		expect(failure).toBeInstanceOf(Error);
		const message = String((failure as Error).message);
		expect(message).toContain('changed.golden differs');
		expect(message).toContain('UPDATE_GOLDEN=1');
		expect((failure as {expected?: string}).expected).toBe('Section 1/2  31%\n');
		expect((failure as {actual?: string}).actual).toBe('Section 1/2  29%\n');
		// Nothing is rewritten without the flag.
		expect(readFileSync(path, 'utf8')).toBe('Section 1/2  31%\n');
	});

	test('a missing file fails and says how to write it', () => {
		const {url} = place('missing.golden');
		expect(() => expectGolden('x', url, {})).toThrow(
			/no golden file .*missing\.golden: run the test with UPDATE_GOLDEN=1/,
		);
	});

	test('with the flag the file is written, its folder made, and the next run without it passes', () => {
		const {path, url} = place('testdata/new.golden');
		expectGolden('frame', url, {UPDATE_GOLDEN: '1'});
		expect(readFileSync(path, 'utf8')).toBe('frame\n');
		expectGolden('other', url, {UPDATE_GOLDEN: '1'});
		expect(readFileSync(path, 'utf8')).toBe('other\n');
		expect(() => expectGolden('other', url, {})).not.toThrow();
	});

	test('the flag is on for any value but empty and 0', () => {
		expect(updating({})).toBe(false);
		expect(updating({UPDATE_GOLDEN: ''})).toBe(false);
		expect(updating({UPDATE_GOLDEN: '0'})).toBe(false);
		expect(updating({UPDATE_GOLDEN: '1'})).toBe(true);
		expect(updating({UPDATE_GOLDEN: 'yes'})).toBe(true);
	});
});
