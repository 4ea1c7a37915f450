// A real terminal for end-to-end tests and the benchmark: the built CLI runs in a pseudo-terminal
// (node-pty) and @xterm/headless, the terminal emulator of VS Code, keeps the screen it draws.
import {readFileSync} from 'node:fs';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import {expect} from 'vitest';
import {cleanEnv, cli, root} from './run-cli.js';

/** How a session ended. */
export type Exit = {exitCode: number; signal?: number};

/** Options for starting a session. */
export type SessionOptions = {
	cols?: number;
	rows?: number;
	env?: Record<string, string | undefined>;
	/** Run this shell command instead of the CLI (the CLI path is in $TRADEOFF). */
	shell?: string;
	/**
	 * Run an interactive bash instead (no startup files, prompt "$ "), with job control as a
	 * user's shell has it: type commands into it with press().
	 */
	bash?: boolean;
	/** Run node with these arguments instead of the CLI. */
	node?: readonly string[];
	/** The node binary that runs the CLI (another Node line; in a shell, it is $NODE). */
	nodeBinary?: string;
};

/** One program in one pseudo-terminal, with the screen it has drawn. */
export class Session {
	readonly terminal: xterm.Terminal;
	readonly process: pty.IPty;
	/** Every byte the program wrote, as text. */
	output = '';
	readonly exited: Promise<Exit>;
	#parsed: Promise<void> = Promise.resolve();
	#listeners = new Set<() => void>();
	// Whether the output received, and the output parsed, end inside a synchronized update.
	#updating = false;
	#parsedInUpdate = false;
	// True once the exit has been seen and the last output parsed.
	#settled = false;
	exit: Exit | undefined;

	constructor(args: readonly string[], options: SessionOptions = {}) {
		const cols = options.cols ?? 80;
		const rows = options.rows ?? 24;
		this.terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
		// The child must not think it runs in CI: Ink would then draw only a last frame.
		const env = cleanEnv({
			TERM: 'xterm-256color',
			TRADEOFF: cli,
			NODE: options.nodeBinary ?? process.execPath,
			...(options.bash ? {PS1: '$ ', HISTFILE: '/dev/null'} : {}),
			...options.env,
		}) as Record<string, string>;
		const [file, fileArgs] = options.bash
			? ['/bin/bash', ['--norc', '--noprofile', '-i']]
			: options.shell
				? ['/bin/sh', ['-c', options.shell]]
				: [options.nodeBinary ?? process.execPath, options.node ? [...options.node] : [cli, ...args]];
		this.process = pty.spawn(file, fileArgs, {name: 'xterm-256color', cols, rows, cwd: root, env});
		this.process.onData((data) => {
			// Whether this piece ends inside a synchronized update (a sequence may straddle pieces).
			const seen = this.output.slice(-7) + data;
			const on = seen.lastIndexOf('\u001b[?2026h');
			const off = seen.lastIndexOf('\u001b[?2026l');
			const inUpdate = on === off ? this.#updating : on > off;
			this.#updating = inUpdate;
			this.output += data;
			this.#parsed = new Promise((resolve) => this.terminal.write(data, resolve));
			void this.#parsed.then(() => {
				this.#parsedInUpdate = inUpdate;
				for (const listener of this.#listeners) listener();
			});
		});
		this.exited = new Promise((resolve) => {
			this.process.onExit((exit) => {
				this.exit = exit;
				// Let the last bytes reach the emulator before anyone reads the screen.
				setTimeout(() => {
					void this.#parsed.then(() => {
						this.#settled = true;
						resolve(exit);
						for (const listener of this.#listeners) listener();
					});
				}, 50);
			});
		});
	}

	/**
	 * Whether the screen as parsed so far is in the middle of a synchronized update (between
	 * `CSI ? 2026 h` and `l`, which Ink wraps each frame in): a terminal that supports it shows
	 * the frame before, so what the emulator holds then is no frame anyone sees.
	 */
	inSynchronizedUpdate(): boolean {
		return this.#parsedInUpdate;
	}

	/** The visible screen, one string per row, right-trimmed. */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return lines;
	}

	/** The visible screen as one string. */
	text(): string {
		return this.screen().join('\n');
	}

	/** Whether the cell at a row and column of the visible screen is drawn in reverse video. */
	inverse(row: number, column: number): boolean {
		const buffer = this.terminal.buffer.active;
		const cell = buffer.getLine(buffer.viewportY + row)?.getCell(column);
		return cell !== undefined && cell.isInverse() !== 0;
	}

	/** Whether the alternate screen is active. */
	inAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/** Whether the program's last word on the cursor was to hide it. */
	cursorHidden(): boolean {
		return this.output.lastIndexOf('\u001b[?25l') > this.output.lastIndexOf('\u001b[?25h');
	}

	/**
	 * Calls a function after every piece of output the emulator has parsed, until the returned
	 * function is called: a check that must hold for every frame, not only for the last one.
	 */
	onParsed(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Sends keys as the terminal would (nothing, once the program has exited). */
	press(keys: string): void {
		if (!this.exit) this.process.write(keys);
	}

	/** Changes the window size, as a user dragging the window does (SIGWINCH). */
	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
		this.process.resize(cols, rows);
	}

	/** Sends a signal to the program. */
	kill(signal: NodeJS.Signals): void {
		this.process.kill(signal);
	}

	/** Resolves once the screen, between frames, satisfies the test; rejects with the screen after the timeout. */
	waitFor(test: string | RegExp | ((screen: string) => boolean), timeout = 10_000): Promise<void> {
		const matches = () => {
			const text = this.text();
			if (typeof test === 'string') return text.includes(test);
			if (test instanceof RegExp) return test.test(text);
			return test(text);
		};
		return new Promise((resolve, reject) => {
			const check = () => {
				// A frame half drawn (inside a synchronized update) is no screen a terminal shows:
				// matching it would take rows of the new frame over rows of the old one.
				if (this.#parsedInUpdate && !this.#settled) return;
				if (matches()) {
					done();
					resolve();
				} else if (this.#settled) {
					done();
					reject(
						new Error(
							`exited (${JSON.stringify(this.exit)}) before the screen showed ${String(test)}:\n${this.text()}`,
						),
					);
				}
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`timed out waiting for ${String(test)}; the screen was:\n${this.text()}`));
			}, timeout);
			const done = () => {
				clearTimeout(timer);
				this.#listeners.delete(check);
			};
			this.#listeners.add(check);
			void this.#parsed.then(check);
		});
	}

	/** Waits for the program to exit. */
	async waitForExit(timeout = 10_000): Promise<Exit> {
		const timer = new Promise<never>((_, reject) =>
			setTimeout(
				() => reject(new Error(`did not exit within ${timeout} ms; the screen was:\n${this.text()}`)),
				timeout,
			).unref(),
		);
		return Promise.race([this.exited, timer]);
	}

	/** Ends the program if it still runs and frees the emulator. */
	dispose(): void {
		if (!this.exit) {
			try {
				this.process.kill('SIGKILL');
			} catch {
				// Already gone.
			}
		}
		this.terminal.dispose();
	}
}

/**
 * Runs the CLI from a shell that prints a marker before it and, after it, its exit status and
 * the terminal's modes: what the user's terminal looks like once tradeoff has gone.
 */
export function inShell(args: string, options: Omit<SessionOptions, 'shell'> = {}): Session {
	return new Session([], {
		...options,
		shell: `echo before-tradeoff; "$NODE" "$TRADEOFF" ${args}; echo "status=$?"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 30`,
	});
}

/**
 * Asserts, for a session started by inShell, that tradeoff ended with this status and gave the
 * terminal back: the main screen with what was there before, the cursor shown, cooked mode, and
 * neither mouse reporting nor bracketed paste left on.
 */
export async function expectRestored(terminal: Session, status: number): Promise<void> {
	await terminal.waitFor(`status=${status}`);
	// Cooked mode: `icanon echo`, not `-icanon -echo` (which also contains the words).
	await terminal.waitFor(/(^|\s)icanon echo(\s|$)/m);
	expect(terminal.inAlternateScreen()).toBe(false);
	expect(terminal.cursorHidden()).toBe(false);
	expect(terminal.text()).toContain('before-tradeoff');
	const modes = modesIn(terminal.output);
	for (const mode of [1000, 1002, 1006, 2004]) expect(modes.get(mode), `?${mode}`).not.toBe('h');
}

/** The children of a process (from /proc), such as the program a shell runs. */
export function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter((text) => text !== '')
			.map(Number);
	} catch {
		return [];
	}
}

/** A process's state letter from /proc/PID/stat: R running, S sleeping, T stopped, Z zombie. */
export function processState(pid: number): string | undefined {
	try {
		// The name in parentheses may hold spaces; the state follows the last ")".
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
}

/** Resolves once check() holds, checking every 10 ms; rejects with what it last saw after the timeout. */
export async function eventually<T>(check: () => T, holds: (value: T) => boolean, timeout = 10_000): Promise<T> {
	const start = Date.now();
	for (;;) {
		const value = check();
		if (holds(value)) return value;
		if (Date.now() - start > timeout) throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * Where each private mode (?1000, ?2004, ?1049...) was last left in output: 'h' set, 'l' reset,
 * undefined never touched. Sequences may set several at once (?1000;1006h).
 */
export function modesIn(output: string): Map<number, 'h' | 'l'> {
	const modes = new Map<number, 'h' | 'l'>();
	for (const match of output.matchAll(/\u001b\[\?([\d;]+)([hl])/g)) {
		for (const mode of (match[1] ?? '').split(';')) modes.set(Number(mode), match[2] as 'h' | 'l');
	}
	return modes;
}
