/** The largest comparison tradeoff reads: far above any real one, far below harm (8 MiB). */
export const maxFileBytes = 8 * 1024 * 1024;
