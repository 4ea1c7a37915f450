// Stands in for node:assert in the browser's bundle, where only signal-exit (Ink's exit hook) uses
// it, for one check of its argument. Loading node:assert costs ~3.7 ms of the first frame
// (measured), for four internal modules the browser never otherwise needs.
// Named, for signal-exit's require('assert'), and as the default export, for an import.
export function equal(actual: unknown, expected: unknown, message?: string): void {
	// biome-ignore lint/suspicious/noDoubleEquals: assert.equal is loose equality.
	if (actual != expected) throw new Error(message ?? `${String(actual)} == ${String(expected)}`);
}

export default {equal};
