// The V8 flags tradeoff sets on itself, with v8.setFlagsFromString (through compile-cache.ts's
// setFlags). V8 reports an unknown flag on stderr (which would land on the browser's screen), so
// each flag here is one checked to exist on the V8 versions it is set on; v8-flags.test.ts checks
// them on the Node running the tests, and the smoke tests run the bundle on every Node line.
//
// None is set at start. Any change of flags makes V8 reject Node's own code cache for every
// built-in module loaded afterwards (a pipe's net module, node:crypto, node:http: each compiled
// from source, node:http at 2.3 to 2.7 times the instructions), and setting them needs node:v8,
// which loads Node's whole stream library; together 14 to 16 million instructions of printing the
// bundled comparison into a pipe on Node 22 and 24 (a fifth of what it ran above bare node),
// which the flags do not speed up. They are set where the work ahead is long enough to pay:
// before a large document is laid out, and before the browser loads.

import {createRequire} from 'node:module';

/**
 * For long work. No optimizing compiler: TurboFan (and on V8 13, Maglev) compile hot loops on
 * another thread, which on a short run competes with it for the CPU, and an optimization started
 * near the end holds the exit until it finishes (measured on Node 20: ~25 ms of a 160 ms run for
 * the wrap loop). Printing a 46 KB document took 14 to 17 ms less CPU on Node 20 and 22 with
 * --no-opt; on 24, --no-opt changed nothing (Maglev took over) and --no-maglev saved 6 ms and ~420
 * page faults (medians of 12 interleaved runs). The baseline compiler (Sparkplug) is plenty for the browser's
 * key presses too.
 *
 * And a young generation that stays at its first size. V8 doubles it, up to several MiB, after a
 * scavenge in which much survives, as everything does while a document is laid out; each
 * doubling is memory never touched before, which the kernel hands over a page at a time (2 to
 * 12 µs a page on this machine, measured at different loads). Kept at its size, the same pages
 * are used again: printing a 46 KB document took ~400 fewer page faults on Node 20 and 22 (none
 * fewer on 24, whose V8 sizes it otherwise; with --no-opt too, ~1,150 fewer on 20 and 22). In the
 * browser it also keeps memory down: a session's garbage survives scavenges too. Checked on V8
 * 11.3, 12.4 and 13.6 (--no-maglev is V8's default before 13); on other versions only --no-opt
 * is set.
 */
export const longWorkFlags = knownVersion(process.versions.v8)
	? '--no-opt --no-maglev --semi-space-growth-factor=1'
	: '--no-opt';

/**
 * Input of at least this many bytes is laid out under longWorkFlags. Below it, setting them costs
 * more than it saves: printing the bundled comparison from its file (14 KB) took the same CPU time
 * with them or without on Node 22 and 24, a 20 KB document 6 ms less on 24 only, a 31 KB one 4 to
 * 7 ms less on both (medians of 12 interleaved runs on a loaded machine).
 */
export const longInputBytes = 16 * 1024;

/** The flags to set before laying out input of this many bytes, if any. */
export function flagsForInput(bytes: number): string | undefined {
	return bytes >= longInputBytes ? longWorkFlags : undefined;
}

/**
 * Set before the browser loads: longWorkFlags, and flags that keep its memory down (peak RSS over
 * a session that visits every section, npm run bench). V8 compiles yoga's WebAssembly a second
 * time with TurboFan in the background once it is hot (several MiB of compiler memory at once;
 * yoga lays out only the list of comparisons, see flex-layout.ts); its baseline (Liftoff) code
 * lays out a frame well within a key's budget. Over a long session the old generation filled with
 * garbage up to several times the ~10 MiB that stays alive before V8 collected it; a growing
 * factor of 1.5 instead of V8's own (up to 4) collects it sooner (npm run stress: peak RSS ~100 ->
 * ~75 MiB, no change in key latency in npm run bench). Checked on V8 11.3, 12.4 and 13.6 (Node 20,
 * 22 and 24); only longWorkFlags on other versions.
 */
export const browserFlags = knownVersion(process.versions.v8)
	? `${longWorkFlags} --liftoff-only --heap-growing-percent=50`
	: longWorkFlags;

/**
 * Loads the modules of Node's own that the browser needs and has not loaded yet, before its flags
 * are set: once any flag changes, V8 rejects Node's code cache for each module loaded afterwards,
 * which is then compiled from its source (~8 million instructions of the first frame on Node 20,
 * callgrind). Ink's dependencies require node:os (for Windows' release) and read the global
 * navigator (Node 21 and later load it lazily), and React's scheduler reads the global
 * performance, which Node loads lazily with perf_hooks and its internals (ten modules).
 */
export function loadBrowserBuiltins(): void {
	createRequire(import.meta.url)('node:os');
	void globalThis.performance;
	void (globalThis as {navigator?: unknown}).navigator;
}

function knownVersion(version: string): boolean {
	const major = Number(version.split('.')[0]);
	return major >= 11 && major <= 13;
}
