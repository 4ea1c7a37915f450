// Golden files: whole frames of the bundled comparison kept as text beside the tests that make
// them (source/<room>/testdata/*.golden), reviewed as diffs and rewritten with one flag rather
// than by hand, so that changing the comparison's data costs a rerun, not an edit of every test
// that happens to show it.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect} from 'vitest';

/** The environment variable that rewrites golden files instead of comparing with them. */
export const updateFlag = 'UPDATE_GOLDEN';

const top = fileURLToPath(new URL('../..', import.meta.url));

/** Whether this run rewrites golden files (UPDATE_GOLDEN=1, or any value but "" and "0"). */
export function updating(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env[updateFlag];
	return value !== undefined && value !== '' && value !== '0';
}

/**
 * Checks text against a golden file (a URL, usually `new URL('testdata/x.golden', import.meta.url)`):
 * equal passes; different or missing fails with a line-by-line diff and the command that rewrites
 * it. With UPDATE_GOLDEN set, the file is written instead (made with its folder if missing).
 */
export function expectGolden(actual: string, file: URL, env: NodeJS.ProcessEnv = process.env): void {
	const path = fileURLToPath(file);
	// A file ends with a newline, as editors and git like it; the frame itself need not.
	const text = actual.endsWith('\n') ? actual : `${actual}\n`;
	if (updating(env)) {
		mkdirSync(dirname(path), {recursive: true});
		writeFileSync(path, text);
		return;
	}
	const name = relative(top, path);
	let expected: string;
	try {
		expected = readFileSync(path, 'utf8');
	} catch {
		throw new Error(`no golden file ${name}: run the test with ${updateFlag}=1 to write it, then review it`);
	}
	// toBe on two strings prints vitest's diff of their lines: the review a reader needs.
	expect(text, `${name} differs: if the change is meant, rerun with ${updateFlag}=1 and review the diff`).toBe(
		expected,
	);
}
