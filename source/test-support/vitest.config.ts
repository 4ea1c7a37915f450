// Lives here rather than at the top of the repository, which holds only source/, data/ and the
// package files; package.json points vitest at it.
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	root,
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
