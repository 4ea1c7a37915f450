// The seam between the keyboard and Ink. Ink reads stdin itself and parses every byte as keys, so
// it is given a stream of its own instead: the terminal's bytes go through the splitter
// (browser/terminal-input.ts), keys go on to Ink, and mouse reports, pastes and the answers to our
// queries go to listeners, never becoming keys. Order is kept: an event waits until Ink has taken
// the keys that came before it.
import {Readable} from 'node:stream';
import {InputSplitter, type InputToken, type MouseEvent} from '../browser/terminal-input.js';

/** What the browser hears besides keys. */
export type TerminalEvent =
	| {readonly kind: 'mouse'; readonly mouse: MouseEvent}
	| {readonly kind: 'paste'; readonly text: string};

/** A source of mouse reports and pastes, for hooks to subscribe to. */
export type TerminalEvents = {
	readonly subscribe: (listener: (event: TerminalEvent) => void) => () => void;
};

/** The terminal's answers to our queries. */
export type TerminalAnswer = Extract<InputToken, {kind: 'background' | 'attributes'}>;

// How long what could still be a sequence is held back. A lone Esc is most likely the Esc key,
// and the key should feel immediate; the rest of a mouse report or an answer follows its start
// within the same write of the terminal, so waiting longer for it costs nothing; a paste may be
// large and slow over a network.
const waits = {escape: 25, sequence: 500, paste: 2000} as const;

/** The stream Ink reads: a terminal to Ink (isTTY, raw mode), fed with keys only. */
class KeysForInk extends Readable {
	readonly isTTY = true;

	constructor(private readonly terminal: NodeJS.ReadStream) {
		super();
	}

	override _read(): void {
		// Keys are pushed as they are split off; nothing to fetch on demand.
	}

	setRawMode(on: boolean): this {
		this.terminal.setRawMode(on);
		return this;
	}

	ref(): this {
		this.terminal.ref();
		return this;
	}

	unref(): this {
		this.terminal.unref();
		return this;
	}
}

/** The keyboard, split: a stream of keys for Ink, events and answers for listeners. */
export class TerminalInput {
	/** Give this to Ink as its stdin. */
	readonly keys: NodeJS.ReadStream;
	/** Mouse reports and pastes, in order with the keys. */
	readonly events: TerminalEvents;
	readonly #splitter = new InputSplitter();
	readonly #listeners = new Set<(event: TerminalEvent) => void>();
	readonly #queue: InputToken[] = [];
	readonly #onAnswer: (answer: TerminalAnswer) => void;
	#timer: NodeJS.Timeout | undefined;
	#waiting: NodeJS.Immediate | undefined;
	#closed = false;

	constructor(
		private readonly terminal: NodeJS.ReadStream,
		onAnswer: (answer: TerminalAnswer) => void,
	) {
		this.#onAnswer = onAnswer;
		const keys = new KeysForInk(terminal);
		this.keys = keys as unknown as NodeJS.ReadStream;
		this.events = {
			subscribe: (listener) => {
				this.#listeners.add(listener);
				return () => this.#listeners.delete(listener);
			},
		};
		// Raw at once, before anything is asked of the terminal: in cooked mode its answers would
		// be echoed onto the screen and held until a newline.
		terminal.setRawMode(true);
		terminal.on('data', this.#onData);
	}

	/** Forgets half-received sequences (the terminal was given away and is taken again). */
	reset(): void {
		clearTimeout(this.#timer);
		this.#splitter.reset();
	}

	/** Stops reading; the keyboard is left paused and unreferenced, so the process can end. */
	close(): void {
		this.#closed = true;
		clearTimeout(this.#timer);
		if (this.#waiting) clearImmediate(this.#waiting);
		this.terminal.off('data', this.#onData);
		this.terminal.pause();
		this.terminal.unref();
		this.keys.push(null);
	}

	readonly #onData = (chunk: Buffer | string) => {
		clearTimeout(this.#timer);
		this.#take(this.#splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
		const pending = this.#splitter.pending();
		if (pending) {
			this.#timer = setTimeout(() => this.#take(this.#splitter.flush()), waits[pending]);
		}
	};

	#take(tokens: readonly InputToken[]): void {
		this.#queue.push(...tokens);
		if (!this.#waiting) this.#drain();
	}

	#drain(): void {
		this.#waiting = undefined;
		let keysPushed = false;
		while (this.#queue.length > 0 && !this.#closed) {
			const token = this.#queue[0] as InputToken;
			if (token.kind === 'keys') {
				this.keys.push(token.text);
				keysPushed = true;
				this.#queue.shift();
				continue;
			}
			if (token.kind !== 'mouse' && token.kind !== 'paste') {
				this.#queue.shift();
				if (token.kind !== 'reply') this.#onAnswer(token);
				continue;
			}
			if (keysPushed) {
				// Ink reads the keys pushed so far on the next tick; the event goes after them.
				this.#waiting = setImmediate(() => this.#drain());
				return;
			}
			this.#queue.shift();
			const event: TerminalEvent = token.kind === 'mouse' ? token : {kind: 'paste', text: token.text};
			for (const listener of this.#listeners) listener(event);
		}
	}
}
