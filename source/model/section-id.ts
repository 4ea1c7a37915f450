/**
 * A section's id: as any id, with lowercase letters of any script, since a Markdown document's
 * section ids are its headings' anchors as GitHub makes them (面试题, café). Here, not in
 * schema.ts, so the Markdown reader can use it without zod; and not in limits.ts, which the
 * printing path loads: the bundle builds this pattern with new RegExp, and its letter classes
 * cost ~3 million instructions (~1 ms) to build, on every start that loaded it.
 */
export const sectionIdPattern = /^(?!.*\p{Lu})[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
