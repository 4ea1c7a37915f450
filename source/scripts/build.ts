// Builds the self-contained CLI under build/: validates the bundled comparison (so the CLI can
// trust it without loading zod), bundles with esbuild, and writes the licence notices of every
// package the bundle carries. Run by `npm run build`, `npm install` (prepare) and the tests.
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import {build, type Metafile, type Plugin} from 'esbuild';
import {loadComparison} from '../core/load.js';
import {parseMarkdown} from '../core/markdown-parse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'build');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	version: string;
};

// The comparison bundled into the CLI, relative to the project root.
const bundledData = 'data/fastapi-litestar-django-ninja.json';

/**
 * The bundled comparison as the CLI needs it: validated (and checked to be clean already, as the
 * CLI does not sanitize it again), and its prose parsed.
 */
function bundledModule(): string {
	const bytes = readFileSync(join(root, bundledData));
	const comparison = loadComparison(bytes, bundledData);
	if (!isDeepStrictEqual(comparison, JSON.parse(bytes.toString('utf8')))) {
		throw new Error(`${bundledData}: contains control characters or fields that validation changes`);
	}
	const bodies = Object.fromEntries(
		comparison.sections.map((section) => [section.id, parseMarkdown(section.body ?? '')]),
	);
	// JSON.parse of a string literal is faster for V8 to load than the same object as JS code.
	return `export default JSON.parse(${JSON.stringify(JSON.stringify({comparison, bodies}))});`;
}

const bundledPlugin: Plugin = {
	name: 'tradeoff-bundled',
	setup(plugin) {
		plugin.onResolve({filter: /^tradeoff:bundled$/}, () => ({path: 'bundled', namespace: 'tradeoff'}));
		plugin.onLoad({filter: /.*/, namespace: 'tradeoff'}, () => ({
			contents: bundledModule(),
			loader: 'js',
			watchFiles: [join(root, bundledData)],
		}));
	},
};

/** The packages whose code the bundle carries, from esbuild's metafile. */
function bundledPackages(metafile: Metafile): string[] {
	const packages = new Set<string>();
	for (const input of Object.keys(metafile.inputs)) {
		const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
		if (match?.[1]) packages.add(match[1]);
	}
	return [...packages].sort();
}

function licenceNotices(packages: readonly string[]): string {
	const parts = ['tradeoff bundles the following packages. Their licences follow.', ''];
	for (const name of packages) {
		const directory = join(root, 'node_modules', name);
		const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
			version?: string;
			license?: string;
		};
		const file = readdirSync(directory).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
		const text = file
			? readFileSync(join(directory, file), 'utf8').trim()
			: `License: ${manifest.license ?? 'unknown'}`;
		parts.push('-'.repeat(72), `${name}@${manifest.version ?? '?'} (${manifest.license ?? 'see below'})`, '', text, '');
	}
	return parts.join('\n');
}

async function main(): Promise<void> {
	if (existsSync(out)) rmSync(out, {recursive: true});
	mkdirSync(out, {recursive: true});
	const result = await build({
		absWorkingDir: root,
		entryPoints: {cli: 'source/cli.ts'},
		outdir: out,
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		format: 'esm',
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
		// Ink's devtools import an optional peer that is not installed; marking it external
		// crashes the ESM bundle at start-up, so it resolves to an empty module instead.
		// string-width, for Ink and its helpers too: see source/core/layout/display-width.ts.
		alias: {
			'react-devtools-core': './source/ink-patches/devtools-stub.ts',
			'@alcalzone/ansi-tokenize': './source/ink-patches/ansi-tokenize.ts',
			'string-width': './source/core/layout/display-width.ts',
		},
		// signal-exit 3 (an Ink dependency) is CommonJS and calls require().
		banner: {
			js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
		},
	});
	chmodSync(join(out, 'cli.js'), 0o755);
	const packages = bundledPackages(result.metafile);
	writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), licenceNotices(packages));
	const bytes = Object.entries(result.metafile.outputs).map(
		([file, output]) => `${relative(root, file)} ${output.bytes}`,
	);
	if (process.argv.includes('--verbose')) process.stdout.write(`${bytes.join('\n')}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
