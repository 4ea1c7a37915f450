/** The largest comparison tradeoff reads: far above any real one, far below harm (8 MiB). */
export const maxFileBytes = 8 * 1024 * 1024;

/** How many subjects a comparison may compare (here, not in schema.ts, so the printing path can use it without zod). */
export const subjectLimits = {min: 2, max: 8} as const;

/**
 * A section's id: as any id, with lowercase letters of any script, since a Markdown document's
 * section ids are its headings' anchors as GitHub makes them (面试题, café). Here, not in
 * schema.ts, so the Markdown reader can use it without zod.
 */
export const sectionIdPattern = /^(?!.*\p{Lu})[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
