// npm run stress: the long storm (20,000 random keys, 200 resizes down to 1×1 and back) against the
// built browser, printing what it did and saw. The test suite runs a short one.
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {storm} from '../test-support/storm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(argv[argv.indexOf(name) + 1]) || fallback;

execFileSync(process.execPath, ['--import', 'tsx', join(root, 'source', 'scripts', 'build.ts')], {
	cwd: root,
	stdio: 'inherit',
});
const started = performance.now();
const report = await storm({
	keys: option('--keys', 20_000),
	resizes: option('--resizes', 200),
	seed: option('--seed', Date.now() % 1e9),
});
const seconds = (performance.now() - started) / 1000;
const lines = [
	`keys sent:        ${report.keys}`,
	`resizes:          ${report.resizes}`,
	`outputs checked:  ${report.checked}`,
	`screens that did not fit: ${report.misfits.length}`,
	`RSS at start:     ${report.rssStartMiB.toFixed(1)} MiB`,
	`RSS at end:       ${report.rssEndMiB.toFixed(1)} MiB`,
	`peak RSS:         ${report.peakMiB.toFixed(1)} MiB`,
	`exit status of q: ${report.exitCode}`,
	`took:             ${seconds.toFixed(1)} s`,
	...report.misfits.slice(0, 3),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = report.misfits.length === 0 && report.exitCode === 0 ? 0 : 1;
