#!/usr/bin/env node
// The file Node runs for `tradeoff`. A command that printed before, into a pipe or a file, from
// files unchanged since, is answered from the cache (print-cache.ts). Otherwise it compiles the
// CLI itself (build/main.cjs, built from source/cli/main.ts) through a V8 code cache
// (compile-cache.ts), then runs it: parsing and
// compiling the CLI's code was a few milliseconds of a run that is ~20 ms above bare Node. It sets
// no V8 flags: those cost more than they save on a short run, and the CLI sets them itself before
// long work (v8-flags.ts). The CLI is one file and this one stays small, because this one is
// compiled on every run.
import {fileURLToPath} from 'node:url';
import {requireCached} from './compile-cache.js';
import {replayPrint} from './print-cache.js';

declare const TRADEOFF_MAIN_HASH: string | undefined;

// The build hashes build/main.cjs into this file (see compile-cache.ts).
const built = typeof TRADEOFF_MAIN_HASH === 'string' ? TRADEOFF_MAIN_HASH : undefined;
// The same command printed before, from unchanged files: written again without loading the CLI.
const replayed = replayPrint(process.argv.slice(2), process.env, built);
if (replayed === undefined) {
	const {exports, saveCache} = requireCached(
		fileURLToPath(new URL('./main.cjs', import.meta.url)),
		'main',
		built,
		process.env,
	);
	// Written when the first run ends (or a run whose cache V8 rejected), with what that run compiled.
	process.once('exit', saveCache);
	// main.cjs exports main() (source/cli/main.ts): loading it runs nothing, this call runs tradeoff.
	(exports as {readonly main: (built?: string) => void}).main(built);
} else process.exitCode = replayed;
