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

/** Copies text: OSC 52 to the terminal, and to tmux's buffer (and its terminal's clipboard) inside tmux. */
export function copyToClipboard(
	text: string,
	write: (sequence: string) => void,
	env: Readonly<Record<string, string | undefined>> = process.env,
): void {
	write(osc52(text));
	if (!env.TMUX) return;
	try {
		const child = spawnProgram('tmux', ['load-buffer', '-w', '-'], {
			stdio: ['pipe', 'ignore', 'ignore'],
			detached: true,
		});
		child.on('error', () => {});
		child.stdin?.on('error', () => {});
		child.stdin?.end(text);
		child.unref();
	} catch {
		// No tmux to hand it to: OSC 52 was sent all the same.
	}
}
