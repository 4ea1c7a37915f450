// Printed output kept. A run that prints a comparison from a file (or the bundled one) into a
// pipe or a file keeps what it wrote; the next run with the same arguments, environment, working
// directory and Node, of the same build, whose input files are unchanged, writes it again from
// here without loading the CLI at all, as make skips a target whose sources did not change.
// Printing a comparison is a pure function of those: nothing printed depends on the clock, the
// network or the decision kept for it, and the runs that read any of these (a URL, stdin, a
// folder, --verdict) or that wrote to stderr are never kept. Only for pipes and files, never a
// terminal (whose width may have changed), and never when stderr is one (piped from a terminal,
// `tradeoff | less`, the width is the terminal's). TRADEOFF_CACHE=0 turns it off with the other
// caches; TRADEOFF_PRINT_CACHE=0 turns off only this one (to time the work it saves).
import {fstatSync, type Stats, statSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {cacheDirectory, fingerprint, readCache, writeCache} from './cache.js';
import {certainlyNoTerminal, outputFailure, type WriteError, writeAll} from './output.js';

/**
 * A file a kept print was made from, as it was: its path, size, modification and change times,
 * inode and device.
 */
export type Input = readonly [path: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number];

/**
 * The first line of a kept print's file; the output follows it. The key itself (the environment
 * may hold secrets) is not written, only a second hash of it, independent of the file's name; the
 * file is the user's alone (0600), as what it holds was printed for them.
 */
type Header = {
	readonly check: string;
	readonly status: number;
	readonly inputs: readonly Input[];
	readonly bytes: number;
};

function check(key: PrintKey): string {
	return fingerprint(key.whole, [0x2d358dcc, 0x6c8e9cf5]);
}

/** How many kept prints stay in the cache, the most recently written. */
const kept = 16;
/** A print longer than this (UTF-16 code units) is not kept: the cache is for what people print again. */
const longestKept = 4 * 1024 * 1024;
const entryPattern = /^print-[0-9a-f]{16}\.txt$/;

// Set by the shell for each command, or changed by moving about: never part of what is printed.
const volatile = new Set(['_', 'OLDPWD', 'SHLVL']);

/** What stdin is, by fstat: a run given the same arguments with other input may read it. */
function stdinKind(): string {
	try {
		const stats = fstatSync(0);
		return stats.isFIFO() ? 'fifo' : stats.isFile() ? 'file' : stats.isCharacterDevice() ? 'device' : 'other';
	} catch {
		return 'none';
	}
}

/**
 * Everything a printed run's output may depend on besides its input files: the command (the
 * build, Node and its Unicode data, the working directory, stdin's kind, the arguments), which
 * names the entry, and the whole environment (sorted; but for what the shell changes per
 * command), which only its check covers: an entry's name says nothing of the environment.
 */
export function printKey(argv: readonly string[], env: NodeJS.ProcessEnv, built: string): PrintKey {
	const {icu, unicode} = process.versions;
	const command = ['print 2', built, process.version, process.arch, icu, unicode, process.cwd(), stdinKind(), ...argv];
	const variables = Object.keys(env)
		.filter((name) => !volatile.has(name))
		.sort()
		.map((name) => `${name}=${env[name]}`);
	return {command: command.join('\u0000'), whole: [...command, '', ...variables].join('\u0000')};
}

/** A print's key: the command that names its entry, and the whole of it, command and environment. */
export type PrintKey = {readonly command: string; readonly whole: string};

/** Where a print of this key is kept, or undefined when the cache is off or this run is not for it. */
function entryFile(env: NodeJS.ProcessEnv, key: PrintKey): string | undefined {
	const directory = cacheDirectory(env);
	if (!directory || env.TRADEOFF_PRINT_CACHE === '0') return undefined;
	return join(directory, `print-${fingerprint(key.command)}.txt`);
}

function describe(path: string, stats: Stats): Input {
	return [path, stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, stats.dev];
}

function unchanged(input: Input): boolean {
	if (!Array.isArray(input) || typeof input[0] !== 'string') return false;
	try {
		const stats = statSync(input[0], {throwIfNoEntry: false});
		return stats !== undefined && describe(input[0], stats).every((value, index) => value === input[index]);
	} catch {
		// Not ours to look at any more (a folder on its path made unreadable, say): changed, then.
		return false;
	}
}

/** Whether the standard streams allow a kept print: neither stdout nor stderr a terminal. */
export function printStreams(): boolean {
	return certainlyNoTerminal(1) && certainlyNoTerminal(2);
}

/**
 * Writes the print kept for this run, if there is one and its inputs are unchanged, and gives
 * its exit status; undefined when there is none (the CLI then runs). A reader that left (EPIPE)
 * ends it quietly, as the CLI does; any other failure to write is left to the CLI, which says it.
 */
export function replayPrint(
	argv: readonly string[],
	env: NodeJS.ProcessEnv,
	built: string | undefined,
): number | undefined {
	if (built === undefined || !printStreams()) return undefined;
	let key: PrintKey;
	try {
		key = printKey(argv, env, built);
	} catch {
		// No working directory (removed under the shell): nothing to look up, the CLI says the rest.
		return undefined;
	}
	const file = entryFile(env, key);
	const bytes = file === undefined ? undefined : readCache(file);
	if (!bytes) return undefined;
	const end = bytes.indexOf(10);
	let header: Header;
	try {
		header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header;
	} catch {
		return undefined;
	}
	if (typeof header !== 'object' || header === null) return undefined;
	const body = bytes.subarray(end + 1);
	if (
		end < 0 ||
		header.check !== check(key) ||
		header.bytes !== body.length ||
		(header.status !== 0 && header.status !== 1) ||
		!Array.isArray(header.inputs) ||
		!header.inputs.every(unchanged)
	)
		return undefined;
	try {
		writeAll(1, body);
	} catch (error) {
		const failure = error as WriteError;
		// The reader went away (| head): stop quietly and successfully, as the CLI does.
		if (failure.code === 'EPIPE') return 0;
		// Nothing written yet: the CLI runs and meets the failure itself. Part written: said as the
		// CLI says it.
		if (!failure.written) return undefined;
		writeSync(2, `tradeoff: ${outputFailure(failure)}\n`);
		return 1;
	}
	return header.status;
}

/** A file as it is now, to tell later whether it changed; undefined when it is not a regular file. */
export function inputNow(path: string): Input | undefined {
	try {
		const stats = statSync(path, {throwIfNoEntry: false});
		return stats?.isFile() ? describe(path, stats) : undefined;
	} catch {
		// Not a path that can be looked at (ENOTDIR, ENAMETOOLONG, EACCES): reading it says why.
		return undefined;
	}
}

/**
 * Whether a file's times cannot tell a change made now from the file as it was read: on a file
 * system that keeps whole seconds (FAT keeps two, HFS+ and some network file systems one), a file
 * rewritten within the same second with the same size looks unchanged (git's "racily clean"
 * files). Such a file's print is not kept while its times are that recent.
 */
export function racy(input: Input, now: number): boolean {
	const [, , mtimeMs, ctimeMs] = input;
	const coarse = mtimeMs % 1000 === 0 && ctimeMs % 1000 === 0;
	return coarse && now - Math.max(mtimeMs, ctimeMs) < 3000;
}

/** A print being kept: what was written so far, and the files it was made from, as they were before they were read. */
export type Keeping = {readonly chunks: string[]; size: number; readonly inputs: readonly (Input | undefined)[]};

/** Starts keeping this run's print, made from these files, if the cache and the streams allow it. */
export function startKeeping(env: NodeJS.ProcessEnv, inputs: readonly (Input | undefined)[]): Keeping | undefined {
	if (env.TRADEOFF_CACHE === '0' || env.TRADEOFF_PRINT_CACHE === '0' || !printStreams()) return undefined;
	return {chunks: [], size: 0, inputs};
}

/** Adds written text to a print being kept; false once it is too long to keep. */
export function keepWritten(keeping: Keeping, text: string): boolean {
	keeping.chunks.push(text);
	keeping.size += text.length;
	return keeping.size <= longestKept;
}

/**
 * Writes a kept print to the cache, for the next run of the same command, if every input is as it
 * was before it was read (a file changed while it was read would be kept with output it no longer
 * gives). Failures are ignored.
 */
export function savePrint(keeping: Keeping, run: KeptRun): void {
	try {
		save(keeping, run);
	} catch {
		// A print that cannot be kept costs the next run only its time.
	}
}

/** The run a print was made by: its command line, environment, build, and exit status. */
export type KeptRun = {
	readonly argv: readonly string[];
	readonly env: NodeJS.ProcessEnv;
	readonly built: string | undefined;
	readonly status: number;
};

function save(keeping: Keeping, {argv, env, built, status}: KeptRun): void {
	if (built === undefined || (status !== 0 && status !== 1)) return;
	const inputs: Input[] = [];
	for (const input of keeping.inputs) {
		if (input === undefined || !unchanged(input) || racy(input, Date.now())) return;
		inputs.push(input);
	}
	const key = printKey(argv, env, built);
	const file = entryFile(env, key);
	const directory = cacheDirectory(env);
	if (file === undefined || directory === undefined) return;
	const body = Buffer.from(keeping.chunks.join(''), 'utf8');
	const header: Header = {check: check(key), status, inputs, bytes: body.length};
	const name = file.slice(directory.length + 1);
	writeCache(
		directory,
		name,
		Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]),
		entryPattern,
		kept,
		0o600,
	);
}
