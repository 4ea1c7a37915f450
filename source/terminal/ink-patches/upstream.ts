// What the stand-ins in this folder take from Ink, yoga-layout and React beyond their public API:
// the versions they were written against, and the files they use that the packages do not export.
// README.md beside this file says what each stand-in replaces and why.
//
// Those files are found from each package's own entry, which Node's resolver finds in any install
// layout (npm's flat node_modules, pnpm's links into its store, Yarn's Plug'n'Play), never by a
// path into node_modules. The build resolves imports of them (source/scripts/build.ts); tests and
// the build read them through packageFile. Only the build and the tests load this module: the
// bundles never do.
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

/**
 * The release lines the stand-ins match: a test fails when the installed package is of another
 * line, so an upgrade cannot leave them matching the old one unnoticed.
 */
export const matchedVersions = {ink: '6.8', 'yoga-layout': '3.2'} as const;

/**
 * Each file used past its package's `exports`, by the specifier source/ imports it with (or the
 * build reads it by), with what it is used for.
 */
export const unexportedFiles = {
	'ink/build/sanitize-ansi.js': 'wrapped by sanitize-ansi.ts, which remembers its results',
	'ink/build/output.js': 'the reference that output.test.ts checks the stand-in output.ts against',
	'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js':
		"yoga's Emscripten loader: yoga.ts gives it the WebAssembly to compile synchronously; the build cuts the WebAssembly out of it",
	'yoga-layout/dist/src/wrapAssembly.js': "yoga's JavaScript API over the loaded WebAssembly, for yoga.ts",
	'react/cjs/react.production.js': "the build reads the names React exports from React's production build",
	'react/cjs/react-jsx-runtime.production.js': 'likewise for react/jsx-runtime',
} as const satisfies Record<string, string>;

/** A specifier of one of the unexported files. */
export type UnexportedFile = keyof typeof unexportedFiles;

// Packages are resolved from here, as the bundled code resolves them from source/.
const requireHere = createRequire(import.meta.url);

/** A package's name and the path inside it, from a specifier such as `ink/build/output.js`. */
export function splitSpecifier(specifier: string): {name: string; path: string} {
	const parts = specifier.split('/');
	const length = specifier.startsWith('@') ? 2 : 1;
	return {name: parts.slice(0, length).join('/'), path: parts.slice(length).join('/')};
}

/**
 * The folder of an installed package: up from the file its entry resolves to, to the package.json
 * that names it (a package's own package.json is often not exported, and folders inside it may
 * hold package.json files of their own).
 */
export function packageRoot(name: string): string {
	let directory = dirname(requireHere.resolve(name));
	for (;;) {
		const manifest = join(directory, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: unknown}).name === name) {
			return directory;
		}
		const parent = dirname(directory);
		if (parent === directory) throw new Error(`${name}: no package.json names it above its entry`);
		directory = parent;
	}
}

/** The installed version of a package. */
export function installedVersion(name: string): string {
	const manifest = JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as {version?: unknown};
	return String(manifest.version);
}

/** Where one of the unexported files is in this install; throws, naming the file, if it is not there. */
export function packageFile(specifier: UnexportedFile): string {
	const {name, path} = splitSpecifier(specifier);
	const file = join(packageRoot(name), path);
	if (!existsSync(file)) {
		throw new Error(
			`${specifier}: not in the installed ${name} ${installedVersion(name)}; see source/terminal/ink-patches/README.md`,
		);
	}
	return file;
}
