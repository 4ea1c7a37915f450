// How many cases a property test generates. Mutation testing (npm run mutate) runs the tests once
// for each of thousands of mutants, so its vitest config scales them down (TRADEOFF_PROPERTY_SCALE);
// npm test runs them all.

/** `count` cases, scaled by TRADEOFF_PROPERTY_SCALE (default 1), never fewer than 10. */
export function runs(count: number): number {
	const scale = Number(process.env.TRADEOFF_PROPERTY_SCALE ?? '1');
	return Number.isFinite(scale) && scale > 0 ? Math.max(10, Math.round(count * scale)) : count;
}

/** Whether this is a mutation run (npm run mutate): its config sets TRADEOFF_PROPERTY_SCALE below 1. */
export function underMutation(): boolean {
	const scale = Number(process.env.TRADEOFF_PROPERTY_SCALE ?? '1');
	return Number.isFinite(scale) && scale > 0 && scale < 1;
}

/** All the items; under mutation testing, the first `keep`. */
export function sampled<T>(items: readonly T[], keep: number): readonly T[] {
	return underMutation() ? items.slice(0, keep) : items;
}
