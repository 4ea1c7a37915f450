// Before the tests: builds the CLI once (the end-to-end tests run the real bundle, so they must
// see the current source, not whatever build/ held), and gives the run a temporary directory of
// its own. Every temporary file of the run, the CLI's cache directories included, lands in it
// (TMPDIR is inherited by the workers and the processes they spawn), and it is removed at the end:
// nothing is left behind, and no run reads what an earlier run (or build) wrote.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export default function setup(): () => void {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	execFileSync(process.execPath, ['--import', 'tsx', 'source/scripts/build.ts'], {
		cwd: root,
		stdio: 'inherit',
	});
	const run = mkdtempSync(join(tmpdir(), 'tradeoff-test-run-'));
	process.env.TMPDIR = run;
	return () => rmSync(run, {recursive: true, force: true});
}
