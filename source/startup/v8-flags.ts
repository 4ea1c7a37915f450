// The V8 flags tradeoff sets on itself, with v8.setFlagsFromString. V8 reports an unknown flag on
// stderr (which would land on the browser's screen), so each flag here is one checked to exist on
// the V8 versions it is set on; v8-flags.test.ts checks them on the Node running the tests.

/**
 * Set at start. No optimizing compiler (TurboFan): tradeoff runs for a fraction of a second when
 * it prints, and an optimization started near the end holds the exit until it finishes (measured:
 * ~25 ms of a 160 ms run for the wrap loop, with no gain on a comparison 50 times longer). The
 * baseline compiler is plenty for the browser's key presses too. In V8 for over a decade.
 *
 * And a young generation that stays at its first size. V8 doubles it, up to 32 MiB, after a
 * scavenge in which much survives, as everything does while a program starts; each doubling is
 * memory never touched before, which the kernel hands over a page at a time, at ~12 µs a page
 * on this machine (measured). Kept at its size, the same pages are used again. Printing the
 * largest shared document took ~490 fewer page faults: 1.46× bare node instead of 1.57×; 50 times
 * the prose 1.71× instead of 1.94× (medians of 10 to 12 runs); the bundled comparison does not
 * fill it either way. In the browser it also keeps memory down: a session's garbage survives
 * scavenges too. Checked on V8 11.3, 12.4 and 13.6; left out on other versions.
 */
export const startFlags = knownVersion(process.versions.v8) ? '--no-opt --semi-space-growth-factor=1' : '--no-opt';

/**
 * Set before the browser loads, to keep its memory down (peak RSS over a session that visits every
 * section, npm run bench). V8 compiles yoga's WebAssembly a second time with TurboFan in the
 * background once it is hot (several MiB of compiler memory at once; yoga lays out only the list
 * of comparisons, see flex-layout.ts); its baseline (Liftoff) code lays out a frame well within a
 * key's budget. Over a long session the old generation filled with garbage up to several times
 * the ~10 MiB that stays alive before V8 collected it; a growing factor of 1.5 instead of V8's own
 * (up to 4) collects it sooner (npm run stress: peak RSS ~100 -> ~75 MiB, no change in
 * key latency in npm run bench). Checked on V8 11.3, 12.4 and 13.6 (Node 20, 22 and 24); left
 * unset on other versions.
 */
export const browserFlags = knownVersion(process.versions.v8) ? '--liftoff-only --heap-growing-percent=50' : undefined;

function knownVersion(version: string): boolean {
	const major = Number(version.split('.')[0]);
	return major >= 11 && major <= 13;
}
