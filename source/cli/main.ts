// The CLI on the real process: its arguments, environment and standard streams as the CLI's io
// (cli.ts), and what only a process has: its exit code, a stdout whose reader went away, V8's
// flags. Built as build/main.cjs, which the bin (startup/bin.ts) compiles through a code cache
// and calls; importing this file runs nothing.
import {resolve} from 'node:path';
import {setFlags} from '../startup/compile-cache.js';
import {certainlyNoTerminal, outputFailure, stdoutIsTerminal, writeAll} from '../startup/output.js';
import {type Input, inputNow, type Keeping, keepWritten, savePrint, startKeeping} from '../startup/print-cache.js';
import {type Io, run} from './cli.js';

function onOutputError(error: NodeJS.ErrnoException): void {
	// The reader went away (| head): stop quietly and successfully, as cat and ripgrep do.
	if (error.code === 'EPIPE') process.exit(0);
	process.stderr.write(`tradeoff: ${outputFailure(error)}\n`);
	process.exit(1);
}

let watching = false;

// The print being kept for the next run of the same command (startup/print-cache.ts): the files
// read, as they were before, and what was written since the output began.
const inputs: (Input | undefined)[] = [];
let keeping: Keeping | undefined;
// Output of a run that said something on stderr is not kept: the next run would not say it.
let warned = false;

/** Writes to stdout and resolves once the text is handed over; a reader that left is not an error. */
function write(text: string): Promise<void> {
	if (keeping && !keepWritten(keeping, text)) keeping = undefined;
	// A pipe or a file is written to directly, sparing Node's streams (startup/output.ts).
	if (!stdoutIsTerminal()) {
		try {
			writeAll(1, text);
		} catch (error) {
			onOutputError(error as NodeJS.ErrnoException);
		}
		return Promise.resolve();
	}
	// Output errors on a terminal come from its stream (direct writes report their own).
	if (!watching) process.stdout.on('error', onOutputError);
	watching = true;
	return new Promise((resolve) => {
		process.stdout.write(text, () => resolve());
	});
}

/**
 * The process as the CLI's io. Each standard stream is created only when asked for: creating one
 * loads Node's stream library, which printing into a pipe or a file does without.
 */
const processIo: Io = {
	env: process.env,
	stdout: {
		get isTTY() {
			return stdoutIsTerminal();
		},
		get columns() {
			return process.stdout.columns;
		},
		write,
	},
	stderr: {
		get isTTY() {
			return !certainlyNoTerminal(2) && process.stderr.isTTY === true;
		},
		get columns() {
			return process.stderr.columns;
		},
		write: (text) => {
			warned = true;
			process.stderr.write(text);
		},
	},
	stdin: {
		get isTTY() {
			return process.stdin.isTTY === true;
		},
		get stream() {
			return process.stdin;
		},
	},
	setFlags,
	keep: {
		input: (path) => {
			inputs.push(inputNow(resolve(path)));
		},
		output: () => {
			keeping = startKeeping(process.env, inputs);
		},
	},
};

/**
 * Runs tradeoff on this process: its arguments in, its exit status out. `built` is the build's
 * hash of this file (the bin's), which names a kept print; without it none is kept.
 */
export function main(built?: string): void {
	const argv = process.argv.slice(2);
	// Node's own warnings (a deprecation NODE_OPTIONS turns on) reach stderr past the CLI's io.
	process.on('warning', () => {
		warned = true;
	});
	void run(argv, processIo).then((code) => {
		process.exitCode = code;
		if (keeping && !warned) savePrint(keeping, {argv, env: process.env, built, status: code});
	});
}
