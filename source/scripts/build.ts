// Builds the self-contained CLI under build/: validates the bundled comparison (so the CLI can
// trust it without loading zod), bundles with esbuild, and writes the licence notices of every
// package the bundle carries. Run by `npm run build`, `npm install` (prepare) and the tests.
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {type BuildOptions, build, type Plugin} from 'esbuild';
import {gemoji} from 'gemoji';
import {bundledData, bundledJson} from '../cli/bundled-source.js';
import {moduleWrapper} from '../startup/compile-cache.js';
import {packageFile, type UnexportedFile, unexportedFiles} from '../terminal/ink-patches/upstream.js';
import {shipCodeCaches} from './ship-caches.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// TRADEOFF_BUILD_DIR builds elsewhere, for comparing two builds in one benchmark run.
const out = process.env.TRADEOFF_BUILD_DIR ?? join(root, 'build');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	version: string;
};

/** The module `tradeoff:bundled`, made by cli/bundled-source.ts. */
async function bundledModule(): Promise<string> {
	// JSON.parse of a string literal is faster for V8 to load than the same object as JS code.
	return `export default JSON.parse(${JSON.stringify(await bundledJson(root))});`;
}

const wasmDataUri = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/;

/** yoga-layout's WebAssembly, cut out of its Emscripten loader (which embeds it as base64). */
function yogaWasm(): Buffer {
	const loader = packageFile('yoga-layout/dist/binaries/yoga-wasm-base64-esm.js');
	const match = wasmDataUri.exec(readFileSync(loader, 'utf8'));
	if (!match?.[1])
		throw new Error('yoga-layout: no embedded WebAssembly found; see source/terminal/ink-patches/yoga.ts');
	return Buffer.from(match[1], 'base64');
}

/**
 * Imports of the files of Ink, yoga-layout and React that their packages do not export, resolved
 * from each package's own folder in whatever layout it was installed (ink-patches/upstream.ts).
 */
const unexported: Plugin = {
	name: 'unexported-files',
	setup(plugin) {
		plugin.onResolve({filter: /^(ink|yoga-layout|react)\//}, (args) =>
			args.path in unexportedFiles ? {path: packageFile(args.path as UnexportedFile)} : undefined,
		);
	},
};

/**
 * In the browser's bundle, yoga-layout is the layout engine of ink-patches/flex-layout.ts (through
 * yoga-stand-in.ts). Only the package itself: flex-layout.ts takes yoga's enums from
 * yoga-layout/load, and of that the bundle keeps only the enums (the Emscripten loader it also
 * imports is dropped, unused, once import.meta.url is defined away).
 */
const yogaStandIn: Plugin = {
	name: 'yoga-stand-in',
	setup(plugin) {
		plugin.onResolve({filter: /^yoga-layout$/}, () => ({
			path: join(root, 'source/terminal/ink-patches/yoga-stand-in.ts'),
		}));
	},
};

/**
 * yoga's loader without its embedded copy of the WebAssembly (93 KB of base64 the stand-in never
 * reads: it gives the loader the bytes of build/yoga.wasm). The data: prefix stays, so the loader
 * still takes the module for embedded and never looks for a file of its own.
 */
const yogaLoaderWithoutWasm: Plugin = {
	name: 'yoga-loader-without-wasm',
	setup(plugin) {
		plugin.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			if (!wasmDataUri.test(source)) throw new Error(`${args.path} changed: update yoga-loader-without-wasm`);
			return {contents: source.replace(wasmDataUri, 'data:application/octet-stream;base64,'), loader: 'js'};
		});
	},
};

/**
 * Modules imported on demand, by the specifier they are imported with: validation (zod), markdown
 * parsing (marked), code highlighting (highlight.js), the Markdown document importer, the emoji
 * table and YAML (for front matter).
 */
const lazyEntries: Record<string, string> = {
	load: 'source/input/load.ts',
	'markdown-parse': 'source/markdown/markdown-parse.ts',
	highlight: 'source/highlight/highlight.ts',
	'markdown-document': 'source/markdown/markdown-document.ts',
	emoji: 'source/markdown/emoji.ts',
	yaml: 'source/markdown/yaml.ts',
	// The reader's decision: opened for the browser and --verdict, never for a printed comparison.
	decision: 'source/cli/decision.ts',
	// The decision printed (--verdict), with the layout it needs.
	verdict: 'source/cli/verdict.ts',
};

/**
 * Turns dynamic imports of lazy modules into require() calls of their files in build/lazy/
 * (`directory` is where those files are, seen from the file being built). They are CommonJS,
 * like the entry: a dynamic import() would start Node's ES module loader, measured at ~10 ms and
 * ~1.7 MiB more than require() for the same small file.
 */
function lazyModules(directory: string): Plugin {
	return {
		name: 'lazy-modules',
		setup(plugin) {
			// A dynamic import of a lazy entry's source file, from its own room or another.
			plugin.onResolve({filter: /^\.\.?\/(?:[\w-]+\/)?[\w-]+\.js$/}, (args) => {
				if (args.kind !== 'dynamic-import') return undefined;
				const file = relative(root, join(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
				const name = Object.keys(lazyEntries).find((entry) => lazyEntries[entry] === file);
				return name === undefined ? undefined : {path: name, namespace: 'lazy'};
			});
			// A stand-in module whose require() of the real file stays in the output, resolved at run
			// time beside the file that loads it; esbuild wraps it so that the import() still gives a promise.
			plugin.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({
				contents: `module.exports = require(${JSON.stringify(`${directory}${args.path}.cjs`)});`,
				loader: 'js',
			}));
			plugin.onResolve({filter: /^\.\/(lazy\/)?[\w-]+\.cjs$/}, (args) => ({path: args.path, external: true}));
		},
	};
}

/**
 * React is CommonJS. esbuild gives every ES module that imports it a namespace object of its own,
 * with a getter for each of React's 44 exports: 39 of them in the browser's bundle, ~330 KB of the
 * heap at the first frame (heap profile) built while it loads. Imports of react and
 * react/jsx-runtime go instead to one ES module that requires React once and exports its names.
 */
const reactAsModule: Plugin = {
	name: 'react-as-module',
	setup(plugin) {
		const production: Record<string, UnexportedFile> = {
			react: 'react/cjs/react.production.js',
			'react/jsx-runtime': 'react/cjs/react-jsx-runtime.production.js',
		};
		plugin.onResolve({filter: /^react(\/jsx-runtime)?$/}, (args) =>
			args.kind === 'import-statement' ? {path: args.path, namespace: 'react-module'} : undefined,
		);
		plugin.onLoad({filter: /.*/, namespace: 'react-module'}, (args) => {
			const file = production[args.path];
			if (!file) return undefined;
			const names = Object.keys(createRequire(import.meta.url)(packageFile(file)) as object);
			if (names.length === 0) throw new Error(`${file}: no exports; update react-as-module`);
			return {
				contents: `const react = require(${JSON.stringify(args.path)}); export default react; export const {${names.join(', ')}} = react;`,
				loader: 'js',
				resolveDir: root,
			};
		});
	},
};

/**
 * Ink's dependencies import node:process a dozen times (`import process from 'node:process'`), and
 * esbuild gives each importer of a CommonJS module a namespace object of its own, with a getter
 * for each of its properties: process has ~80. Here they import one ES module that exports the
 * process object and the two names they take from it (`env` is the object process.env holds
 * when the bundle loads, as Node's own ES module exports it; nothing replaces it). Another named
 * import fails the build; a namespace import (`import * as`) would only warn, and none is made.
 */
const processAsModule: Plugin = {
	name: 'process-as-module',
	setup(plugin) {
		plugin.onResolve({filter: /^(node:)?process$/}, (args) =>
			args.kind === 'import-statement' ? {path: 'process', namespace: 'process-module'} : undefined,
		);
		plugin.onLoad({filter: /.*/, namespace: 'process-module'}, () => ({
			contents:
				'const process = globalThis.process; export default process; export const env = process.env; export function cwd() { return process.cwd(); }',
			loader: 'js',
		}));
	},
};

/**
 * gemoji's records carry tags, descriptions and categories; the emoji table needs only names and
 * emoji (~40 KB instead of ~200 KB). The file is still gemoji's, so its licence is in the notices.
 */
const compactEmoji: Plugin = {
	name: 'compact-emoji',
	setup(plugin) {
		plugin.onLoad({filter: /node_modules[\\/]gemoji[\\/]index\.js$/}, () => ({
			contents: `export const gemoji = ${JSON.stringify(gemoji.map(({emoji, names}) => ({emoji, names})))};`,
			loader: 'js',
		}));
	},
};

/**
 * Ink's reconciler awaits at its top level only when DEV=true, to connect React devtools (which
 * tradeoff does not ship). CommonJS has no top-level await, so those two awaits are taken out:
 * with DEV=true the browser simply runs without devtools.
 */
const inkWithoutDevtools: Plugin = {
	name: 'ink-without-devtools',
	setup(plugin) {
		plugin.onLoad({filter: /ink[\\/]build[\\/]reconciler\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const awaits = ["await import('./devtools.js');", '? await loadPackageJson()'];
			if (!awaits.every((text) => source.includes(text))) {
				throw new Error('ink/build/reconciler.js changed: update the ink-without-devtools build plugin');
			}
			const contents = source
				.replace(awaits[0] ?? '', 'void 0;')
				.replace(awaits[1] ?? '', '? {name: undefined, version: undefined}');
			return {contents, loader: 'js'};
		});
	},
};

/**
 * Ink 6.8 clears the whole terminal (ESC [2J ESC [3J ESC [H) and redraws before every frame once a
 * frame is as tall as the terminal, which flickers where synchronized output is not supported and,
 * with ESC [3J, erases the scrollback of the reader's shell in many terminals (xterm clears the
 * main screen's saved lines even from the alternate screen). That is why the browser left the last
 * row blank. A frame exactly as tall as the terminal needs none of it: Ink writes it without a
 * final newline, so nothing scrolls, and its log-update erases the previous frame line by line as
 * for any other. Only a frame taller than the terminal (one drawn for a size the terminal has just
 * left) still clears, and then without touching the scrollback.
 */
const inkLastRow: Plugin = {
	name: 'ink-last-row',
	setup(plugin) {
		plugin.onLoad({filter: /ink[\\/]build[\\/]ink\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const full = 'if (this.lastOutputHeight >= this.options.stdout.rows) {';
			const clear = 'this.options.stdout.write(ansiEscapes.clearTerminal + this.fullStaticOutput + output);';
			if (!source.includes(full) || !source.includes(clear))
				throw new Error('ink/build/ink.js changed: update the ink-last-row build plugin');
			const contents = resizeInOneUpdate(source)
				.replace(full, 'if (this.lastOutputHeight > this.options.stdout.rows) {')
				.replace(clear, "this.options.stdout.write('\\u001B[2J\\u001B[H' + this.fullStaticOutput + output);");
			return {contents, loader: 'js'};
		});
	},
};

/**
 * When the terminal narrows, Ink 6.8 erases its last frame (log-update's clear) and then draws the
 * next inside a synchronized update: the erase is outside it, so a terminal shows the blank screen
 * between the two, a flicker on every narrowing (the storm test saw it as a blank frame, in two of
 * the six full runs of the day it was found). The erase and the frame after it go in one
 * synchronized update.
 * Applied by the ink-last-row plugin, which loads Ink's ink.js.
 */
function resizeInOneUpdate(source: string): string {
	const clear = `        if (currentWidth < this.lastTerminalWidth) {
            // We clear the screen when decreasing terminal width to prevent duplicate overlapping re-renders.
            this.log.clear();
            this.lastOutput = '';
            this.lastOutputToRender = '';
        }
        this.calculateLayout();
        this.onRender();`;
	if (!source.includes(clear) || !source.includes('shouldSynchronize(this.options.stdout)'))
		throw new Error('ink/build/ink.js changed: update resizeInOneUpdate (the ink-last-row build plugin)');
	const whole = `        const narrowed = currentWidth < this.lastTerminalWidth;
        const sync = narrowed && shouldSynchronize(this.options.stdout);
        if (sync) this.options.stdout.write(bsu);
        if (narrowed) {
            this.log.clear();
            this.lastOutput = '';
            this.lastOutputToRender = '';
        }
        this.calculateLayout();
        this.onRender();
        if (sync) this.options.stdout.write(esu);`;
	return source.replace(clear, whole);
}

/**
 * slice-ansi makes an Intl.Segmenter when it is imported, which loads ICU's break rules: ~10 ms of
 * the browser's first frame (profiled) and their memory, for a function Ink calls only to cut a
 * line wider than its box, which tradeoff's lines never are. The segmenter is made on first use
 * instead.
 */
const lazySegmenter: Plugin = {
	name: 'lazy-segmenter',
	setup(plugin) {
		plugin.onLoad({filter: /slice-ansi[\\/]tokenize-ansi\.js$/}, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const eager = "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});";
			if (!source.includes(eager)) throw new Error(`${args.path} changed: update the lazy-segmenter build plugin`);
			const lazy =
				"let graphemeSegmenter; const GRAPHEME_SEGMENTER = {segment: (text) => (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text)};";
			return {contents: source.replace(eager, lazy), loader: 'js'};
		});
	},
};

/**
 * Points Ink's own imports of output.js and sanitize-ansi.js at the stand-ins in
 * source/terminal/ink-patches (the stand-in for sanitize-ansi wraps the original, which the
 * unexported-files plugin resolves).
 */
const inkInternals: Plugin = {
	name: 'ink-internals',
	setup(plugin) {
		const patches: Record<string, string> = {
			'./output.js': 'source/terminal/ink-patches/output.ts',
			'./sanitize-ansi.js': 'source/terminal/ink-patches/sanitize-ansi.ts',
		};
		plugin.onResolve({filter: /^\.\/(output|sanitize-ansi)\.js$/}, (args) => {
			const patch = patches[args.path];
			if (!patch || !/node_modules[\\/]ink[\\/]build$/.test(args.resolveDir)) return undefined;
			return {path: join(root, patch)};
		});
	},
};

/**
 * cli-highlight requires all of highlight.js (191 languages, 975 KB minified); the highlighter
 * registers the languages it knows on highlight.js's core instead (source/highlight/highlight-languages.ts).
 */
const highlightLanguages: Plugin = {
	name: 'highlight-languages',
	setup(plugin) {
		plugin.onResolve({filter: /^highlight\.js$/}, (args) =>
			/node_modules[\\/]cli-highlight[\\/]/.test(args.importer)
				? {path: join(root, 'source/highlight/highlight-languages.ts')}
				: undefined,
		);
		// parse5 only reads highlight.js's HTML back into a tree: a small reader does (197 KB less).
		plugin.onResolve({filter: /^parse5(-htmlparser2-tree-adapter)?$/}, (args) =>
			/node_modules[\\/]cli-highlight[\\/]/.test(args.importer)
				? {path: join(root, 'source/highlight/highlight-html.ts')}
				: undefined,
		);
	},
};

const bundledPlugin: Plugin = {
	name: 'tradeoff-bundled',
	setup(plugin) {
		plugin.onResolve({filter: /^tradeoff:bundled$/}, () => ({path: 'bundled', namespace: 'tradeoff'}));
		plugin.onLoad({filter: /^bundled$/, namespace: 'tradeoff'}, async () => ({
			contents: await bundledModule(),
			loader: 'js',
			watchFiles: [join(root, bundledData)],
		}));
	},
};

/** The SHA-256 of a built file, for the code cache of the file that loads it (compile-cache.ts). */
function fileHash(file: string): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * The folders of the packages whose code the bundle carries, from esbuild's metafile: each input's
 * path up to the package name after its last node_modules, which is the package's folder in any
 * layout (npm nests a second version under the package that needs it; pnpm keeps every package in
 * a store folder, .pnpm, with its own node_modules).
 */
function bundledPackages(inputs: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const input of inputs) {
		const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/.][^/]*)\//.exec(input);
		if (match?.[1]) folders.add(match[1]);
	}
	return [...folders];
}

function licenceNotices(folders: readonly string[]): string {
	// By name and version: one notice for each version the bundle carries.
	const notices = new Map<string, {name: string; text: string}>();
	for (const folder of folders) {
		const directory = join(root, folder);
		const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
			name?: string;
			version?: string;
			license?: string;
		};
		const file = readdirSync(directory).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
		const text = file
			? readFileSync(join(directory, file), 'utf8').trim()
			: `License: ${manifest.license ?? 'unknown'}`;
		const name = manifest.name ?? folder;
		const title = `${name}@${manifest.version ?? '?'}`;
		notices.set(title, {name, text: [`${title} (${manifest.license ?? 'see below'})`, '', text, ''].join('\n')});
	}
	const parts = ['tradeoff bundles the following packages. Their licences follow.', ''];
	const sorted = [...notices.entries()].sort(([a, first], [b, second]) =>
		first.name === second.name ? (a < b ? -1 : 1) : first.name < second.name ? -1 : 1,
	);
	for (const [, notice] of sorted) parts.push('-'.repeat(72), notice.text);
	return parts.join('\n');
}

/**
 * The files compiled through the code cache (main.cjs, interactive.cjs) come wrapped in the
 * function that compile-cache.ts would otherwise wrap them in: V8 then compiles the file's text
 * as it was read, where a wrapper added at run time made it copy the whole text once more.
 */
const compiledWrapped = {banner: {js: moduleWrapper.prefix}, footer: {js: moduleWrapper.suffix}} as const;

/** What a CommonJS file of the build has for import.meta.url (defined as __tradeoffUrl). */
const tradeoffUrl = '"use strict";const __tradeoffUrl=require("node:url").pathToFileURL(__filename).href;';

async function main(): Promise<void> {
	if (existsSync(out)) rmSync(out, {recursive: true});
	mkdirSync(out, {recursive: true});
	const shared: BuildOptions = {
		absWorkingDir: root,
		bundle: true,
		platform: 'node',
		target: 'node20',
		// TRADEOFF_UNMINIFIED=1 keeps names readable for profiling.
		minify: !process.env.TRADEOFF_UNMINIFIED,
		legalComments: 'none',
		metafile: true,
		logLevel: 'warning',
		plugins: [bundledPlugin],
		define: {
			'process.env.NODE_ENV': '"production"',
			TRADEOFF_VERSION: JSON.stringify(packageJson.version),
		},
		alias: {
			// Ink's devtools import an optional peer that is not installed; marking it external
			// crashes the bundle at start-up, so it resolves to an empty module instead.
			'react-devtools-core': './source/terminal/ink-patches/devtools-stub.ts',
			// Lighter stand-ins for Ink's dependencies: see each file for what it saves.
			'@alcalzone/ansi-tokenize': './source/terminal/ink-patches/ansi-tokenize.ts',
			'string-width': './source/layout/display-width.ts',
		},
	};
	// The interactive browser: one CommonJS file with Ink and React, so that it can be compiled
	// through V8's code cache (see source/cli/load-browser.ts); ES modules cannot be, on Node 20.
	const browser = await build({
		...shared,
		entryPoints: ['source/terminal/interactive.tsx'],
		outfile: join(out, 'interactive.cjs'),
		format: 'cjs',
		// lazyModules keeps the layout engine's require('./yoga.cjs') a require (build/yoga.cjs).
		plugins: [
			bundledPlugin,
			inkWithoutDevtools,
			inkLastRow,
			inkInternals,
			unexported,
			yogaStandIn,
			lazySegmenter,
			lazyModules('./lazy/'),
			reactAsModule,
			processAsModule,
		],
		alias: {
			...shared.alias,
			// More stand-ins that only the browser's dependencies need: see each file.
			'terminal-size': './source/terminal/ink-patches/terminal-size.ts',
			assert: './source/terminal/ink-patches/assert.ts',
		},
		// yoga's Emscripten loader (imported by yoga-layout/load, which flex-layout.ts takes the enums
		// from) reads import.meta.url only to locate a file it never fetches; defined away, the
		// loader is free of side effects and left out, unused (build.test.ts checks).
		define: {...shared.define, 'import.meta.url': 'undefined'},
		...compiledWrapped,
	});
	// Yoga itself, for the trees the browser's layout engine hands it (ink-patches/flex-layout.ts),
	// loaded beside the browser's bundle when the first such tree is laid out; its WebAssembly
	// beside it, read as bytes then (see ink-patches/yoga.ts).
	const yoga = await build({
		...shared,
		entryPoints: ['source/terminal/ink-patches/yoga.ts'],
		outfile: join(out, 'yoga.cjs'),
		format: 'cjs',
		plugins: [unexported, yogaLoaderWithoutWasm],
		define: {...shared.define, 'import.meta.url': 'undefined'},
	});
	writeFileSync(join(out, 'yoga.wasm'), yogaWasm());
	// What only some runs need, loaded on demand from build/lazy/: validation (zod) for comparisons
	// given as files, markdown parsing (marked) for their prose, highlighting for their code, the
	// Markdown importer, emoji and YAML. Each is a whole CommonJS file; what they share is carried twice rather than split into
	// an ES module chunk (see lazyModules).
	const lazy = await build({
		...shared,
		entryPoints: lazyEntries,
		outdir: join(out, 'lazy'),
		outExtension: {'.js': '.cjs'},
		format: 'cjs',
		// Emoji and CJK as they are, not as \u{...} escapes: the emoji table is half the size.
		charset: 'utf8',
		plugins: [bundledPlugin, lazyModules('./'), compactEmoji, highlightLanguages],
		// import.meta.url as the CLI's own files have it (createRequire of a builtin on demand).
		define: {...shared.define, 'import.meta.url': '__tradeoffUrl'},
		banner: {js: tradeoffUrl},
	});
	// What the lazy files make (a validated, parsed comparison) is cached under a name that
	// includes their hash: a build whose validation or parsing changed never reads an older result.
	const lazyHash = createHash('sha256');
	for (const file of Object.keys(lazy.metafile?.outputs ?? {}).sort()) lazyHash.update(readFileSync(join(root, file)));
	// The CLI and everything printing the bundled comparison needs, as one CommonJS file: CommonJS
	// spares Node its ES module loader (~5-10 ms of every start, measured).
	const commonJs = {
		format: 'cjs',
		define: {...shared.define, 'import.meta.url': '__tradeoffUrl'},
		banner: {js: tradeoffUrl},
	} as const;
	const main = await build({
		...shared,
		...commonJs,
		banner: {js: `${compiledWrapped.banner.js}${commonJs.banner.js}`},
		footer: compiledWrapped.footer,
		entryPoints: ['source/cli/main.ts'],
		outfile: join(out, 'main.cjs'),
		plugins: [bundledPlugin, lazyModules('./lazy/')],
		// The browser's loader names its code cache after the browser's file, hashed here.
		define: {
			...commonJs.define,
			TRADEOFF_INTERACTIVE_HASH: JSON.stringify(fileHash(join(out, 'interactive.cjs'))),
			TRADEOFF_INPUT_HASH: JSON.stringify(lazyHash.digest('hex')),
		},
	});
	// The file Node runs: it compiles main.cjs through a code cache named after main.cjs's hash.
	const entry = await build({
		...shared,
		...commonJs,
		entryPoints: ['source/startup/bin.ts'],
		outfile: join(out, 'cli.cjs'),
		define: {...commonJs.define, TRADEOFF_MAIN_HASH: JSON.stringify(fileHash(join(out, 'main.cjs')))},
	});
	const result = {
		metafile: {
			inputs: {
				...main.metafile?.inputs,
				...entry.metafile?.inputs,
				...lazy.metafile?.inputs,
				...browser.metafile?.inputs,
				...yoga.metafile?.inputs,
			},
			outputs: {
				...main.metafile?.outputs,
				...entry.metafile?.outputs,
				...lazy.metafile?.outputs,
				...browser.metafile?.outputs,
				...yoga.metafile?.outputs,
			},
		},
	};
	chmodSync(join(out, 'cli.cjs'), 0o755);
	const packages = bundledPackages(Object.keys(result.metafile.inputs));
	writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), licenceNotices(packages));
	const bytes = Object.entries(result.metafile.outputs).map(
		([file, output]) => `${relative(root, file)} ${output.bytes}`,
	);
	if (process.argv.includes('--verbose')) process.stdout.write(`${bytes.join('\n')}\n`);
	// Last: it runs what was just built.
	await shipCodeCaches(out);
}

main().catch((error: unknown) => {
	process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
