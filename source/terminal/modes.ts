// The terminal modes the browser borrows, switched as a set (as bubbletea and less do): the
// alternate screen with the cursor hidden, bracketed paste, and mouse reporting when the reader
// wants it. take() borrows them all, giveBack() returns them all, in the reverse order, on every
// way out: quit, a signal, an error, Ctrl-Z.

/** The escape sequences, by what they do. */
export const sequences = {
	// Save the cursor and switch to the alternate screen (xterm clears it), then go home.
	enterScreen: '\u001b[?1049h\u001b[H',
	hideCursor: '\u001b[?25l',
	// Erase the whole screen and go home.
	clearScreen: '\u001b[2J\u001b[H',
	// Show the cursor, reset styles, leave the alternate screen (restoring the main screen and the
	// cursor position saved on entry).
	leaveScreen: '\u001b[?25h\u001b[0m\u001b[?1049l',
	pasteOn: '\u001b[?2004h',
	pasteOff: '\u001b[?2004l',
	// Clicks and releases (1000), drags (1002), reported as SGR (1006), which has no column limit
	// and cannot be mistaken for keys.
	mouseOn: '\u001b[?1000h\u001b[?1002h\u001b[?1006h',
	mouseOff: '\u001b[?1006l\u001b[?1002l\u001b[?1000l',
	// OSC 11 asks for the background colour; DA1 after it is answered by every terminal, so an
	// answer to DA1 without one to OSC 11 before it means none is coming.
	askBackground: '\u001b]11;?\u001b\\\u001b[c',
} as const;

/** The modes a browser holds, and the writes that switch them. */
export class TerminalModes {
	#taken = false;
	#mouse: boolean;

	/** `write` must be synchronous: giveBack() runs on the way out, where nothing waits. */
	constructor(
		private readonly write: (text: string) => void,
		options: {readonly mouse: boolean},
	) {
		this.#mouse = options.mouse;
	}

	/** Whether the modes are currently borrowed. */
	get taken(): boolean {
		return this.#taken;
	}

	/** Borrows the terminal: alternate screen, no cursor, bracketed paste, the mouse if wanted. */
	take(): void {
		this.#taken = true;
		this.write(
			sequences.enterScreen + sequences.hideCursor + sequences.pasteOn + (this.#mouse ? sequences.mouseOn : ''),
		);
	}

	/**
	 * Gives the terminal back. Every mode is switched off whatever we believe its state, so that
	 * nothing is left on if a write was lost; safe to call again, and with the terminal gone.
	 */
	giveBack(): void {
		this.#taken = false;
		this.write(sequences.mouseOff + sequences.pasteOff + sequences.leaveScreen);
	}

	/** Takes the mouse or leaves it to the terminal (M), at once if the terminal is borrowed. */
	setMouse(on: boolean): void {
		if (on === this.#mouse) return;
		this.#mouse = on;
		if (this.#taken) this.write(on ? sequences.mouseOn : sequences.mouseOff);
	}
}
