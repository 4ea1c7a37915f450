// Wraps Ink's sanitize-ansi.js, which every <Text> runs its text through on every frame: it
// tokenizes any text with an escape sequence in it, and every styled line has some. A line that
// did not change since the last frame gives the same result, so results are remembered, a few
// screens' worth.
// @ts-expect-error: not exported by Ink; the build resolves it from Ink's own folder (upstream.ts).
import inkSanitizeAnsi from 'ink/build/sanitize-ansi.js';
import {remember} from './remember.js';

const sanitizeAnsi = inkSanitizeAnsi as (text: string) => string;

const results = new Map<string, string>();

export default function rememberedSanitizeAnsi(text: string): string {
	return remember(results, 1024, text, () => sanitizeAnsi(text));
}
