// Lives here rather than at the top of the repository, which holds only source/, data/ and the
// package files; package.json points vitest at it.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};

export default defineConfig({
	root,
	// What the build gives the CLI (scripts/build.ts), for the tests that run it in-process from
	// source (test-support/run-in-process.ts): the bundled comparison, the version, and a name for
	// the input code that the document cache keys its entries by, other than any build's hash (each
	// test run has a cache directory of its own, so no entry outlives the source that made it).
	resolve: {alias: {'tradeoff:bundled': fileURLToPath(new URL('./bundled.ts', import.meta.url))}},
	define: {TRADEOFF_VERSION: JSON.stringify(version), TRADEOFF_INPUT_HASH: JSON.stringify('source')},
	test: {
		include: ['source/**/*.test.{ts,tsx}'],
		globalSetup: ['source/test-support/global-setup.ts'],
		// End-to-end tests spawn the CLI and drive pseudo-terminals; on a shared two-core machine
		// they need room, so timeouts are generous while assertions stay exact.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		env: {FORCE_COLOR: '0'},
	},
});
