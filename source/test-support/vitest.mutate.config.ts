// The tests StrykerJS runs against mutants (npm run mutate): those of the pure rooms, of
// markdown/ and highlight/, of the pure parts of input and of the browser's layout engine. The end-to-end tests spawn the built CLI, which
// a mutant of the source never reaches, so they would only cost time (one file took 5.5 minutes
// with the whole suite).
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	root,
	test: {
		include: [
			'source/model/**/*.test.ts',
			'source/layout/**/*.test.ts',
			'source/browser/**/*.test.ts',
			'source/markdown/**/*.test.ts',
			'source/highlight/**/*.test.ts',
			'source/input/**/*.test.ts',
			'source/terminal/ink-patches/flex-layout.test.ts',
		],
		// It spawns a copy of the built CLI, which fails in Stryker's sandbox and which no mutant reaches.
		exclude: ['source/input/prepare.test.ts'],
		testTimeout: 30_000,
		// A tenth of the generated cases of each property test: each mutant reruns the tests that
		// cover it, and layout's property tests cover nearly everything (runs.ts).
		env: {FORCE_COLOR: '0', TRADEOFF_PROPERTY_SCALE: '0.1'},
	},
});
