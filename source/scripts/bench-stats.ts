// The arithmetic of the bench: medians, and ratios paired run by run. Pure, so it has a test.

/** A figure measured several times: median, extremes, and every sample in the order taken. */
export type Stats = {median: number; min: number; max: number; samples: readonly number[]};

/** The median and extremes of some samples (NaN for none, so an empty figure never reads as 0). */
export function stats(samples: readonly number[]): Stats {
	if (samples.length === 0) return {median: Number.NaN, min: Number.NaN, max: Number.NaN, samples};
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
	return {median, min: sorted[0] as number, max: sorted.at(-1) as number, samples};
}

/** A figure measured once. */
export function single(value: number): Stats {
	return {median: value, min: value, max: value, samples: [value]};
}

/**
 * The median of run-by-run ratios of two figures measured in the same rounds: sample i of the
 * one divided by sample i of the other. Load on a shared machine comes in phases that last
 * several runs, so two medians taken apart can fall in different phases; runs of one round share
 * theirs.
 */
export function pairedRatio(value: Stats, base: Stats): number {
	if (value.samples.length !== base.samples.length) {
		throw new Error(`paired figures need the same rounds (${value.samples.length} and ${base.samples.length})`);
	}
	return stats(value.samples.map((sample, index) => sample / (base.samples[index] as number))).median;
}
