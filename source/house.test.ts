// The shape of the house, kept by a test rather than by review: every file under source/ is read,
// its imports resolved to a room (the first folder under source/), and each is checked against the
// rules below. The pipeline runs model -> layout -> browser -> terminal; a lower room never
// imports a higher one, only the terminal touches Ink or React, and the pure rooms never touch the
// world (process, the file system, the clock).
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const source = dirname(fileURLToPath(import.meta.url));

/** The rooms of the program below its command line. */
const pipeline = ['model', 'layout', 'browser', 'terminal', 'input', 'markdown', 'highlight', 'startup', 'store'];

/** The rooms each room's code may import (its own always included). */
const allowed: Readonly<Record<string, readonly string[]>> = {
	model: [],
	layout: ['model'],
	browser: ['model', 'layout'],
	terminal: ['model', 'layout', 'browser'],
	// Code coloured for the terminal: spans with roles (layout's), nothing read or written.
	highlight: ['model', 'layout'],
	// Markdown read as a comparison: its sections, tables, subjects and prose as layout's blocks.
	markdown: ['model', 'layout', 'highlight'],
	// Input finds the bytes (a file, stdin, a URL, a folder) and turns them into a comparison, from
	// JSON or through markdown/; the document cache it reads lives with start-up.
	input: ['model', 'layout', 'startup', 'markdown', 'highlight'],
	startup: [],
	// The reader's decisions on disk: the decision's model in, files out.
	store: ['model'],
	cli: pipeline,
	// The build, bench and tests stand outside the pipeline and may use any room.
	scripts: [...pipeline, 'cli', 'test-support'],
	'test-support': [...pipeline, 'cli'],
};

const pure = new Set(['model', 'layout', 'browser']);
/** Packages that draw on the terminal: only the terminal room (and tests of it) may load them. */
const inkPackages = /^(ink|react|ink-select-input|ink-testing-library)(\/|$)/;
/** What a pure room may not use: the process, builtins, the clock, timers. */
const impure =
	/\bprocess\s*\.|\bDate\.now\b|\bnew Date\b|\bperformance\s*\.|\bset(Timeout|Interval|Immediate)\s*\(|\brequire\s*\(/;

/** A file's room: the first folder under source/, or '' for a file at the top. */
function roomOf(file: string): string {
	const parts = relative(source, file).split(/[\\/]/);
	return parts.length > 1 ? (parts[0] ?? '') : '';
}

/** The import specifiers of a TypeScript file: static, dynamic, type-only, re-exports and require(). */
function importsOf(text: string): string[] {
	return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** What is wrong with one file's imports and code, as one line per broken rule. */
function problems(file: string, text: string): string[] {
	const room = roomOf(file);
	const isTest = /\.test\.tsx?$/.test(file);
	const found: string[] = [];
	const name = relative(source, file);
	for (const specifier of importsOf(text)) {
		if (specifier.startsWith('.')) {
			const path = resolve(dirname(file), specifier);
			// A path out of source/ is a rule of its own: none may reach into a package's files
			// (terminal/ink-patches/upstream.test.ts keeps that), so this test only names it.
			if (relative(source, path).startsWith('..')) {
				found.push(`${name}: imports ${specifier}, outside source/`);
				continue;
			}
			const target = roomOf(path);
			// Tests may reach into the rooms they need fixtures from; their own room's rules still
			// hold for Ink and purity below.
			if (isTest || target === room || target === '' || room === '') continue;
			if (!(allowed[room] ?? []).includes(target)) found.push(`${name}: ${room}/ imports ${target}/ (${specifier})`);
		} else if (inkPackages.test(specifier) && room !== 'terminal' && room !== 'test-support') {
			found.push(`${name}: only terminal/ may import ${specifier}`);
		} else if (pure.has(room) && !isTest && /^node:|^(fs|path|os|child_process|tty)$/.test(specifier)) {
			found.push(`${name}: ${room}/ is pure and may not import ${specifier}`);
		}
	}
	if (pure.has(room) && !isTest) {
		// Comments may name these; code may not.
		const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		const match = impure.exec(code);
		if (match) found.push(`${name}: ${room}/ is pure and may not use ${match[0].trim()}`);
	}
	return found;
}

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

describe('the house keeps its shape', () => {
	const files = sourceFiles(source);

	it('every file sits in a room the rules name (or is this test)', () => {
		const homeless = files
			.map((file) => relative(source, file))
			.filter((file) => !(roomOf(join(source, file)) in allowed));
		expect(homeless).toEqual(['house.test.ts']);
	});

	it('no file imports across the rules, touches Ink outside the terminal, or the world from a pure room', () => {
		const found = files.flatMap((file) => problems(file, readFileSync(file, 'utf8')));
		expect(found).toEqual([]);
	});

	it('each room has a README saying what comes in, what goes out and what it may import', () => {
		for (const room of Object.keys(allowed)) {
			const readme = readFileSync(join(source, room, 'README.md'), 'utf8');
			expect(readme, room).toMatch(/^# /);
		}
	});

	// The rules themselves, on files made up for the purpose: each kind of break is noticed.
	it.each([
		['model/x.ts', "import {layoutTable} from '../layout/table.js';", 'model/ imports layout/'],
		['layout/x.ts', "import type {State} from '../browser/state.js';", 'layout/ imports browser/'],
		['browser/x.ts', "import {App} from '../terminal/app.js';", 'browser/ imports terminal/'],
		['layout/x.ts', "export {x} from '../input/load.js';", 'layout/ imports input/'],
		['model/x.ts', "const m = await import('../cli/cli.js');", 'model/ imports cli/'],
		['browser/x.ts', "import {Text} from 'ink';", 'only terminal/ may import ink'],
		['layout/x.ts', "import {useMemo} from 'react';", 'only terminal/ may import react'],
		['cli/x.ts', "import SelectInput from 'ink-select-input';", 'only terminal/ may import ink-select-input'],
		['model/x.ts', "import {readFileSync} from 'node:fs';", 'model/ is pure and may not import node:fs'],
		['layout/x.ts', 'const w = process.stdout.columns;', 'layout/ is pure and may not use process'],
		['browser/x.ts', 'const now = Date.now();', 'browser/ is pure and may not use Date.now'],
		['browser/x.ts', 'setTimeout(() => {}, 10);', 'browser/ is pure and may not use setTimeout'],
		['startup/x.ts', "import {render} from '../terminal/interactive.js';", 'startup/ imports terminal/'],
		['input/x.ts', "import {reduce} from '../browser/state.js';", 'input/ imports browser/'],
		['store/x.ts', "import {frame} from '../browser/screen.js';", 'store/ imports browser/'],
		['terminal/x.ts', "import {openDecision} from '../store/decision-store.js';", 'terminal/ imports store/'],
	])('%s with `%s` breaks a rule', (file, text, message) => {
		expect(problems(join(source, file), text).join('\n')).toContain(message);
	});

	it.each([
		['layout/x.ts', "import {span} from './styled.js';\nimport {normalCell} from '../model/view.js';"],
		['terminal/x.ts', "import {Text} from 'ink';\nimport {reduce} from '../browser/state.js';"],
		['cli/x.ts', "import {readFileSync} from 'node:fs';\nconst w = process.stdout.columns;"],
		['layout/x.ts', '// process.stdout is read by the entry, never here\nconst x = 1;'],
		['layout/x.test.ts', "import {loadComparison} from '../input/load.js';"],
	])('%s with `%s` keeps the rules', (file, text) => {
		expect(problems(join(source, file), text)).toEqual([]);
	});
});
