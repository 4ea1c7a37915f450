// What a list of comparisons holds: the files named, and the comparison files under the folders
// named (.json, .md, .mdx and .markdown), walked in name order. Hidden entries and node_modules are
// skipped, as git and ripgrep skip them; a walk stops at a limit rather than reading a disk.
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {DataError, printable} from '../model/errors.js';

/** The most files a list holds: more than anyone reads through, less than a home directory. */
export const maxListed = 1000;
const maxDepth = 8;

const listed = /\.(json|md|mdx|markdown)$/i;

/** Whether a path names a folder (a missing path is no folder: reading it will say so). */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

function walk(folder: string, depth: number, found: string[]): void {
	let entries: import('node:fs').Dirent[];
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch (error) {
		throw new DataError(
			`${printable(folder)}: cannot list (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
		);
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (found.length >= maxListed) return;
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (depth < maxDepth) walk(path, depth + 1, found);
		} else if ((entry.isFile() || entry.isSymbolicLink()) && listed.test(entry.name)) found.push(path);
	}
}

/**
 * The files, URLs and folder contents a list shows, in the order given, each once. A folder with
 * no comparison file in it is an error: the reader asked for a list and would get an empty one.
 */
export function listedInputs(inputs: readonly string[], isUrl: (input: string) => boolean): string[] {
	const result: string[] = [];
	for (const input of inputs) {
		if (isUrl(input) || !isFolder(input)) {
			result.push(input);
			continue;
		}
		const found: string[] = [];
		walk(input, 0, found);
		if (found.length === 0)
			throw new DataError(`${printable(input)}: no .json, .md, .mdx or .markdown files in this folder`);
		result.push(...found);
	}
	return [...new Set(result)].slice(0, maxListed);
}
