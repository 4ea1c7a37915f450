import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, test} from 'vitest';
import {
	installedVersion,
	matchedVersions,
	packageFile,
	packageRoot,
	splitSpecifier,
	type UnexportedFile,
	unexportedFiles,
} from './upstream.js';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

describe('the versions the stand-ins match', () => {
	test.each(Object.entries(matchedVersions))('the installed %s is of the %s line', (name, line) => {
		expect(installedVersion(name).startsWith(`${line}.`)).toBe(true);
	});

	test('README.md beside the stand-ins names the same versions', () => {
		const readme = readFileSync(join(here, 'README.md'), 'utf8');
		expect(readme).toContain(`Ink ${matchedVersions.ink}`);
		expect(readme).toContain(`yoga-layout ${matchedVersions['yoga-layout']}`);
	});
});

describe('files used past the packages’ exports', () => {
	test.each(Object.keys(unexportedFiles) as UnexportedFile[])('%s is in the installed package', (specifier) => {
		expect(packageFile(specifier).endsWith(join(...specifier.split('/')))).toBe(true);
	});

	test.each(Object.keys(unexportedFiles))(
		'%s is not exported (were it, it would be imported as usual)',
		(specifier) => {
			expect(() => createRequire(import.meta.url).resolve(specifier)).toThrow(/not defined by "exports"/);
		},
	);

	test('a package is found from its entry, also when it does not export its package.json', () => {
		expect(() => createRequire(import.meta.url).resolve('yoga-layout/package.json')).toThrow();
		const root = packageRoot('yoga-layout');
		expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('yoga-layout');
		expect(installedVersion('yoga-layout')).toMatch(/^\d+\.\d+\.\d+/);
	});

	test('a specifier is split into the package and the path inside it, scoped or not', () => {
		expect(splitSpecifier('ink/build/output.js')).toEqual({name: 'ink', path: 'build/output.js'});
		expect(splitSpecifier('@alcalzone/ansi-tokenize/build/index.js')).toEqual({
			name: '@alcalzone/ansi-tokenize',
			path: 'build/index.js',
		});
	});

	test('a file that is not in the installed package is named in the error', () => {
		expect(() => packageFile('ink/build/missing.js' as UnexportedFile)).toThrow(
			/^ink\/build\/missing\.js: not in the installed ink \d/,
		);
	});
});

// A path into node_modules holds only where npm put the package: pnpm links packages from its
// store and Yarn's Plug'n'Play has no node_modules at all.
test('no file under source/ imports by a path into node_modules, and no code names one', () => {
	const found: string[] = [];
	for (const file of sourceFiles(source)) {
		const text = readFileSync(file, 'utf8');
		const name = relative(source, file);
		for (const {fileName} of ts.preProcessFile(text, true, true).importedFiles) {
			if (fileName.includes('node_modules')) found.push(`${name} imports ${fileName}`);
		}
		const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		if (/node_modules\//.test(code)) found.push(`${name} names a path in node_modules`);
	}
	expect(found).toEqual([]);
});
