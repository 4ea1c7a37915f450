// Opening an address in the system's browser, as a pager does it (glow, gh, Python's webbrowser):
// $BROWSER when set (a list separated as PATH is, each entry a command; %s stands for the
// address, else it goes last), else the system's opener: xdg-open, open on macOS, and on Windows
// rundll32's URL handler (start is a command of cmd, and cmd would read an & in the address as the
// end of a command). Never through a shell: the address is one argument. The program runs in a
// session of its own with no terminal and its output thrown away, so it cannot draw over the
// browser or read its keys; tradeoff does not wait for it.
import {delimiter} from 'node:path';
import {openableUrl} from '../browser/links.js';
import {spawnProgram} from './child-process.js';

/** A program and its arguments. */
export type Opener = {readonly command: string; readonly args: readonly string[]};

/** The programs that may open an address, in the order they are tried. */
export function openers(url: string, env: Readonly<Record<string, string | undefined>>, platform: string): Opener[] {
	const list: Opener[] = [];
	for (const entry of (env.BROWSER ?? '').split(delimiter)) {
		const [command, ...args] = entry
			.trim()
			.split(/\s+/)
			.filter((word) => word !== '');
		if (command === undefined) continue;
		const placed = args.some((arg) => arg.includes('%s'));
		list.push({command, args: placed ? args.map((arg) => arg.replaceAll('%s', url)) : [...args, url]});
	}
	if (platform === 'darwin') list.push({command: 'open', args: [url]});
	else if (platform === 'win32') list.push({command: 'rundll32', args: ['url.dll,FileProtocolHandler', url]});
	else list.push({command: 'xdg-open', args: [url]});
	return list;
}

/** How long an opener that fails is still reported: xdg-open says at once when it finds no browser. */
const failureWindow = 3000;

/**
 * Opens an address (http, https and mailto only) with the first opener that starts; `report`
 * gets what happened, in a line for the footer: opened, refused, or why it could not be.
 */
export function openUrl(
	url: string,
	report: (message: string) => void,
	surroundings: {env?: Readonly<Record<string, string | undefined>>; platform?: string} = {},
): void {
	const allowed = openableUrl(url);
	if (!allowed.ok) {
		report(allowed.reason);
		return;
	}
	const list = openers(url, surroundings.env ?? process.env, surroundings.platform ?? process.platform);
	const attempt = (index: number) => {
		const opener = list[index];
		if (!opener) {
			report(`cannot open ${url}: no browser found (set $BROWSER)`);
			return;
		}
		const child = spawnProgram(opener.command, [...opener.args], {
			detached: true,
			stdio: 'ignore',
			shell: false,
			windowsHide: true,
		});
		const started = Date.now();
		child.once('error', () => attempt(index + 1));
		child.once('spawn', () => {
			report(`opened ${url}`);
			child.once('exit', (code) => {
				if (code !== 0 && code !== null && Date.now() - started < failureWindow)
					report(`${opener.command} could not open ${url} (status ${code})`);
			});
			child.unref();
		});
	};
	attempt(0);
}
