// Text from a comparison file is untrusted: it must never carry control sequences to a terminal.
// Everything here works on decoded strings (code points), so C1 controls are U+0080..U+009F.

// Whole escape sequences first, so their payload (an OSC title, a DCS string) does not leak as
// visible garbage: CSI (ESC [ or 0x9B) with its parameters; OSC, DCS, SOS, PM and APC (7-bit and
// 8-bit introducers) up to their terminator (BEL, ESC \ or 0x9C) or the end of the string, as a
// terminal would swallow them; then any other two-character ESC sequence.
const escapeSequence =
	/(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;

// C0 controls except newline (tab and CR are handled before), DEL and C1 controls.
const controlCharacter = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Removes escape sequences and control characters (keeping newlines); tabs become spaces. */
export function sanitizeText(text: string): string {
	if (!unsafe.test(text)) return text;
	return text
		.replace(/\r\n?/g, (match) => (match.length === 2 ? '\n' : ''))
		.replace(/\t/g, '    ')
		.replace(escapeSequence, '')
		.replace(controlCharacter, '');
}

/** Removes escape sequences only: for measuring text that carries our own styling. */
export function stripEscapes(text: string): string {
	return text.replace(escapeSequence, '');
}

/** The deepest nesting a comparison may have; real ones are about seven levels deep. */
export const maxDepth = 64;

/** Thrown by {@link sanitizeValue} when a value nests deeper than {@link maxDepth}. */
export class TooDeepError extends Error {
	constructor(readonly path: readonly (string | number)[]) {
		super(`nested more than ${maxDepth} levels deep`);
	}
}

/**
 * Returns a copy of a parsed JSON value with every string and every object key sanitized.
 * Depth is bounded so a hostile file cannot exhaust the stack.
 */
export function sanitizeValue(value: unknown, path: (string | number)[] = []): unknown {
	if (typeof value === 'string') return sanitizeText(value);
	if (value === null || typeof value !== 'object') return value;
	if (path.length >= maxDepth) throw new TooDeepError(path);
	if (Array.isArray(value)) {
		return value.map((item, index) => sanitizeValue(item, [...path, index]));
	}
	const result: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		const clean = sanitizeText(key);
		// defineProperty, not assignment: a key named "__proto__" must stay a plain own key
		// (and be reported as an unknown field) instead of replacing the prototype.
		Object.defineProperty(result, clean, {
			value: sanitizeValue(item, [...path, clean]),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return result;
}
