// Copying to the clipboard of the terminal the reader sees, which may be on another machine (ssh):
// OSC 52, which xterm, kitty, iTerm2, WezTerm, foot, Windows Terminal and others take. tmux takes
// an application's OSC 52 only with `set-clipboard on` (its default, `external`, ignores it), so
// inside tmux the text also goes to `tmux load-buffer -w -`, as Neovim and Helix do: tmux then
// keeps it as a buffer and sends it on to its own terminal with OSC 52 itself, whatever that
// setting. DCS passthrough (what go-osc52 does) is not used: tmux 3.3 and later drop it unless
// `allow-passthrough` is on.
import {spawnProgram} from './child-process.js';

/** The OSC 52 sequence that puts text in the clipboard: ESC ] 52 ; c ; base64 BEL. */
export function osc52(text: string): string {
	return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/**
 * The longest OSC 52 sequence sent, in bytes. Terminals cap what they take, each its own way, and
 * a longer one is dropped, cut short or (in some) shown as text: Termux drops one past ~7 KB and
 * kitty once did past ~6 KB (both from their issue trackers), xterm takes a megabyte. 100,000
 * bytes is the most hterm's own osc52.sh sends (older vim-oscyank capped the text at as many).
 * Text whose sequence would be longer is not sent to the terminal at all, and the reader is told
 * (inside tmux it still goes to tmux's buffer, which has no such cap).
 */
export const osc52Limit = 100_000;

/** What became of a copy: whether the terminal was sent it (not, past osc52Limit), and tmux. */
export type Copied = {readonly terminal: boolean; readonly tmux: boolean};

/** Copies text: OSC 52 to the terminal, and to tmux's buffer (and its terminal's clipboard) inside tmux. */
export function copyToClipboard(
	text: string,
	write: (sequence: string) => void,
	env: Readonly<Record<string, string | undefined>> = process.env,
): Copied {
	const sequence = osc52(text);
	// The sequence is ASCII: its length is its size in bytes.
	const terminal = sequence.length <= osc52Limit;
	if (terminal) write(sequence);
	if (!env.TMUX) return {terminal, tmux: false};
	try {
		const child = spawnProgram('tmux', ['load-buffer', '-w', '-'], {
			stdio: ['pipe', 'ignore', 'ignore'],
			detached: true,
		});
		child.on('error', () => {});
		child.stdin?.on('error', () => {});
		child.stdin?.end(text);
		child.unref();
		return {terminal, tmux: true};
	} catch {
		// No tmux to hand it to: OSC 52 was sent all the same (if it was not too long).
		return {terminal, tmux: false};
	}
}
