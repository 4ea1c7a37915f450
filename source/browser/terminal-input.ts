// Raw terminal input, split into what it is: keys (for Ink to parse), mouse reports, bracketed
// pastes and the terminal's answers to our queries (OSC 11, DA1). Only keys may reach the keymap:
// a click at column 45 must not type "4" and "5", pasting "qqq" must not quit, and an answer about
// the background colour must not scroll the page.
//
// Pure and incremental: terminals deliver sequences in pieces, so whatever could still become a
// sequence is held until the next bytes decide it (split anywhere, the tokens are the same). Time
// is the caller's: it asks what is pending and calls flush() when it has waited long enough.
import {parseTerminalColor, type Rgb} from '../layout/theme.js';
import {sanitizeText} from '../model/sanitize.js';

/** Which button a mouse report names. Wheel notches come as buttons, as terminals send them. */
export type MouseButton =
	| 'left'
	| 'middle'
	| 'right'
	| 'none'
	| 'wheel-up'
	| 'wheel-down'
	| 'wheel-left'
	| 'wheel-right'
	| 'other';

/** A mouse report: what happened where, the cell counted from 0 at the top left. */
export type MouseEvent = {
	readonly button: MouseButton;
	readonly action: 'press' | 'release' | 'motion';
	readonly column: number;
	readonly row: number;
	readonly shift: boolean;
	readonly alt: boolean;
	readonly ctrl: boolean;
};

/** One piece of input. Keys are left as text, for Ink's key parser. */
export type InputToken =
	| {readonly kind: 'keys'; readonly text: string}
	| {readonly kind: 'mouse'; readonly mouse: MouseEvent}
	| {readonly kind: 'paste'; readonly text: string}
	/** The answer to OSC 11: the terminal's background colour. */
	| {readonly kind: 'background'; readonly rgb: Rgb}
	/** The answer to DA1 (primary device attributes): every terminal answers it, after OSC 11. */
	| {readonly kind: 'attributes'}
	/** Some other answer or report, taken out and dropped. */
	| {readonly kind: 'reply'};

/** What is held back, waiting for more: a lone Esc (maybe a key), a sequence, or a paste. */
export type Pending = 'escape' | 'sequence' | 'paste' | undefined;

const esc = '\u001b';
const pasteEnd = '\u001b[201~';
// Bounds, so that a terminal that never finishes a sequence cannot grow memory without end.
const maxPending = 64 * 1024;
const maxPaste = 1024 * 1024;

type Parsed =
	| {readonly type: 'incomplete'}
	/** Keys up to end (an Esc that starts a key sequence, or starts nothing we take out). */
	| {readonly type: 'key'; readonly end: number}
	/** Taken out up to end; a token to hand on, or nothing (dropped). */
	| {readonly type: 'taken'; readonly end: number; readonly token?: InputToken}
	| {readonly type: 'paste'; readonly end: number};

const buttons = ['left', 'middle', 'right', 'none'] as const;
const wheels = ['wheel-up', 'wheel-down', 'wheel-left', 'wheel-right'] as const;

/** A mouse report from xterm's button code and 1-based cell, or undefined for a nonsense one. */
function mouseReport(code: number, x: number, y: number, released: boolean): MouseEvent | undefined {
	if (!(x >= 1 && y >= 1 && code >= 0)) return undefined;
	const low = code & 3;
	const button: MouseButton = (code & 128 ? undefined : code & 64 ? wheels[low] : buttons[low]) ?? 'other';
	const action = released ? 'release' : code & 32 ? 'motion' : 'press';
	return {
		button,
		action,
		column: x - 1,
		row: y - 1,
		shift: (code & 4) !== 0,
		alt: (code & 8) !== 0,
		ctrl: (code & 16) !== 0,
	};
}

const isParameter = (code: number) => code >= 0x30 && code <= 0x3f;
const isIntermediate = (code: number) => code >= 0x20 && code <= 0x2f;
const isFinal = (code: number) => code >= 0x40 && code <= 0x7e;

/** A CSI sequence (ESC [ ...) starting at `at`. */
function parseCsi(text: string, at: number): Parsed {
	// ESC [ [ A...: the Linux console's function keys, a key.
	if (text[at + 2] === '[') return at + 3 < text.length ? {type: 'key', end: at + 4} : {type: 'incomplete'};
	let index = at + 2;
	while (index < text.length && isParameter(text.charCodeAt(index))) index++;
	while (index < text.length && isIntermediate(text.charCodeAt(index))) index++;
	if (index >= text.length) return {type: 'incomplete'};
	const final = text[index] ?? '';
	// Not a sequence after all: the Esc is a key, the rest is text.
	if (!isFinal(text.charCodeAt(index))) return {type: 'key', end: at + 1};
	const body = text.slice(at + 2, index);
	const end = index + 1;
	if (body === '' && final === 'M') {
		// X10 mouse (ESC [ M and three characters): terminals without SGR reporting send it.
		if (at + 6 > text.length) return {type: 'incomplete'};
		const [code, x, y] = [3, 4, 5].map((offset) => text.charCodeAt(at + offset) - 32) as [number, number, number];
		// X10 says "released" with button 3 and no motion, without saying which button.
		const mouse = mouseReport(code, x, y, (code & 3) === 3 && !(code & 96));
		return {type: 'taken', end: at + 6, ...(mouse ? {token: {kind: 'mouse', mouse}} : {})};
	}
	if (body.startsWith('<')) {
		// SGR mouse: ESC [ < button ; x ; y M (press) or m (release).
		const fields = /^<(\d{1,5});(\d{1,5});(\d{1,5})$/.exec(body);
		const mouse =
			fields && (final === 'M' || final === 'm')
				? mouseReport(Number(fields[1]), Number(fields[2]), Number(fields[3]), final === 'm')
				: undefined;
		return {type: 'taken', end, ...(mouse ? {token: {kind: 'mouse', mouse}} : {})};
	}
	// Private answers (ESC [ ? ... c is DA1's); keys never start so.
	if (/^[?>=]/.test(body)) {
		return {type: 'taken', end, token: body[0] === '?' && final === 'c' ? {kind: 'attributes'} : {kind: 'reply'}};
	}
	if (final === '~' && body === '200') return {type: 'paste', end};
	// An end of paste without a start: nothing to type.
	if (final === '~' && body === '201') return {type: 'taken', end};
	return {type: 'key', end};
}

/** An OSC sequence (ESC ] ... BEL or ST) starting at `at`: only ever an answer here. */
function parseOsc(text: string, at: number): Parsed {
	for (let index = at + 2; index < text.length; index++) {
		const code = text.charCodeAt(index);
		let end: number | undefined;
		if (code === 0x07 || code === 0x9c) end = index + 1;
		else if (code === 0x1b) {
			if (index + 1 >= text.length) return {type: 'incomplete'};
			// ESC \ ends it; any other ESC cuts it short, as a terminal would.
			if (text[index + 1] !== '\\') return {type: 'taken', end: index, token: {kind: 'reply'}};
			end = index + 2;
		} else if (code < 0x20 || code === 0x7f) {
			// Answers are printable: this was Alt-] and typing, so it is keys.
			return {type: 'key', end: at + 1};
		}
		if (end === undefined) continue;
		const body = text.slice(at + 2, index);
		const rgb = body.startsWith('11;') ? parseTerminalColor(body.slice(3)) : undefined;
		return {type: 'taken', end, token: rgb ? {kind: 'background', rgb} : {kind: 'reply'}};
	}
	return {type: 'incomplete'};
}

function parseEscape(text: string, at: number): Parsed {
	if (at + 1 >= text.length) return {type: 'incomplete'};
	const next = text[at + 1];
	if (next === '[') return at + 2 < text.length ? parseCsi(text, at) : {type: 'incomplete'};
	if (next === ']') return parseOsc(text, at);
	// Alt+key, a lone Esc before another sequence, SS3 keys: keys, decided by Ink.
	return {type: 'key', end: at + 1};
}

/** Whether held-back text could only become something taken out (never a key). */
function takenIfComplete(pending: string): boolean {
	return /^\u001b(?:\[[<?>=M]|\]|\[2(?:0|00)$)/.test(pending);
}

/**
 * Splits terminal input. push() the bytes as they come; each call returns the tokens that are
 * decided. What could still be a sequence is held: pending() says what kind, and flush() decides it
 * once the caller has waited long enough (a lone Esc becomes a key; an unfinished mouse report or
 * answer is dropped; an unfinished paste is delivered as it is).
 */
export class InputSplitter {
	readonly #decoder = new TextDecoder();
	/** Text held back (it starts with Esc, or is the tail of a paste that may be its end marker). */
	#pending = '';
	/** How much of the held-back text was already handed on as keys by a flush. */
	#sent = 0;
	/** The paste being collected, if one has begun. */
	#paste: string | undefined;

	/** Splits the next bytes. */
	push(bytes: Uint8Array): InputToken[] {
		return this.#scan(this.#pending + this.#decoder.decode(bytes, {stream: true}), this.#sent);
	}

	/** What is held back, if anything. */
	pending(): Pending {
		if (this.#paste !== undefined) return 'paste';
		if (this.#sent >= this.#pending.length) return undefined;
		return takenIfComplete(this.#pending) ? 'sequence' : 'escape';
	}

	/** Decides what is held back, as if nothing more will come to complete it. */
	flush(): InputToken[] {
		if (this.#paste !== undefined) {
			const text = this.#paste + this.#pending;
			this.#paste = undefined;
			this.#pending = '';
			this.#sent = 0;
			return [{kind: 'paste', text}];
		}
		const pending = this.#pending;
		if (this.#sent >= pending.length || takenIfComplete(pending)) {
			this.#pending = '';
			this.#sent = 0;
			return [];
		}
		// Handed on as keys, but kept: if the rest of a mouse report arrives late after all, it is
		// still taken out rather than typed.
		const keys = pending.slice(this.#sent);
		this.#sent = pending.length;
		return [{kind: 'keys', text: keys}];
	}

	/** Forgets anything held back (the terminal was given away and taken again). */
	reset(): void {
		this.#pending = '';
		this.#sent = 0;
		this.#paste = undefined;
	}

	#addPaste(text: string): void {
		const paste = this.#paste ?? '';
		if (paste.length < maxPaste) this.#paste = paste + text.slice(0, maxPaste - paste.length);
	}

	#scan(text: string, sent: number): InputToken[] {
		const tokens: InputToken[] = [];
		let keysFrom = sent;
		let index = 0;
		const keysUpTo = (end: number) => {
			if (end > keysFrom) tokens.push({kind: 'keys', text: text.slice(keysFrom, end)});
			keysFrom = Math.max(keysFrom, end);
		};
		const hold = (from: number) => {
			keysUpTo(from);
			this.#pending = text.length - from > maxPending ? '' : text.slice(from);
			this.#sent = this.#pending === '' ? 0 : Math.max(0, sent - from);
			return tokens;
		};
		while (index < text.length) {
			if (this.#paste !== undefined) {
				const close = text.indexOf(pasteEnd, index);
				if (close === -1) {
					// Keep a tail that may be the start of the end marker.
					let keep = Math.min(pasteEnd.length - 1, text.length - index);
					while (keep > 0 && !pasteEnd.startsWith(text.slice(text.length - keep))) keep--;
					this.#addPaste(text.slice(index, text.length - keep));
					this.#pending = text.slice(text.length - keep);
					this.#sent = 0;
					return tokens;
				}
				this.#addPaste(text.slice(index, close));
				tokens.push({kind: 'paste', text: this.#paste ?? ''});
				this.#paste = undefined;
				index = close + pasteEnd.length;
				keysFrom = Math.max(keysFrom, index);
				continue;
			}
			const at = text.indexOf(esc, index);
			if (at === -1) break;
			const parsed = parseEscape(text, at);
			if (parsed.type === 'incomplete') return hold(at);
			if (parsed.type === 'key') {
				index = parsed.end;
				continue;
			}
			keysUpTo(at);
			if (parsed.type === 'paste') this.#paste = '';
			else if (parsed.token) tokens.push(parsed.token);
			index = parsed.end;
			keysFrom = Math.max(keysFrom, index);
		}
		keysUpTo(text.length);
		this.#pending = '';
		this.#sent = 0;
		return tokens;
	}
}

/**
 * Pasted text as it may be typed into the search: line breaks and tabs become spaces, escape
 * sequences and control characters go.
 */
export function pastedText(text: string): string {
	return sanitizeText(text.replace(/\r\n|[\r\n\t\v\f]/g, ' '));
}
