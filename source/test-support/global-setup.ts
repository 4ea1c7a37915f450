// Builds the CLI once before the tests: the end-to-end tests run the real bundle, so they must
// see the current source, not whatever build/ held.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export default function setup(): void {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	execFileSync(process.execPath, ['--import', 'tsx', 'source/scripts/build.ts'], {
		cwd: root,
		stdio: 'inherit',
	});
}
