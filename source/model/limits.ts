/** The largest comparison tradeoff reads: far above any real one, far below harm (8 MiB). */
export const maxFileBytes = 8 * 1024 * 1024;

/** How many subjects a comparison may compare (here, not in schema.ts, so the printing path can use it without zod). */
export const subjectLimits = {min: 2, max: 8} as const;
