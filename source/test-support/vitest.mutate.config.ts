// The tests StrykerJS runs against mutants (npm run mutate): those of the pure rooms and the pure
// parts of input. The end-to-end tests spawn the built CLI, which a mutant of the source never
// reaches, so they would only cost time (one file took 5.5 minutes with the whole suite).
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
			'source/input/**/*.test.ts',
		],
		testTimeout: 30_000,
		env: {FORCE_COLOR: '0'},
	},
});
