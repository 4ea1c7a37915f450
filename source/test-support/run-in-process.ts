// Runs the CLI in this process, from source, as run-cli.ts runs the built one: the same arguments,
// stdin and environment, and the same result, with the standard streams in memory. For what needs
// no real process or terminal (flags, modes, exit codes, what is printed): a run costs no Node
// start-up and no build. A run never opens the browser (stdout is no terminal) and sets no V8 flags
// (they would be this test worker's); each has a fresh environment and its own streams, and the
// CLI keeps no state between runs.
import {Readable} from 'node:stream';
import {type Io, run} from '../cli/cli.js';
import {cleanEnv, type Run} from './run-cli.js';

/** Runs the CLI with args, optional stdin bytes, and environment overrides (undefined removes). */
export async function runInProcess(
	args: readonly string[],
	options: {
		input?: string | Uint8Array;
		env?: Record<string, string | undefined>;
	} = {},
): Promise<Run> {
	const out: Buffer[] = [];
	const err: string[] = [];
	const io: Io = {
		env: cleanEnv(options.env),
		stdout: {
			isTTY: false,
			write: (text) => {
				out.push(Buffer.from(text, 'utf8'));
				return Promise.resolve();
			},
		},
		stderr: {
			isTTY: false,
			write: (text) => {
				err.push(text);
			},
		},
		// As a pipe gives it: the bytes, then its end (an empty one when no input is given).
		stdin: {isTTY: false, stream: Readable.from([Buffer.from(options.input ?? '')])},
		setFlags: () => {},
	};
	const code = await run(args, io);
	const bytes = Buffer.concat(out);
	return {stdout: bytes.toString('utf8'), stderr: err.join(''), code, signal: null, bytes};
}
