import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {eventually} from '../test-support/pty.js';
import {openers, openUrl} from './open-link.js';

const url = 'https://example.com/a?b=1&c=$(rm -rf ~)';

/** A stand-in browser: a script that writes its arguments, one a line, to a file. */
function recorder(): {script: string; file: string} {
	const directory = mkdtempSync(join(tmpdir(), 'tradeoff-browser-'));
	const file = join(directory, 'arguments');
	const script = join(directory, 'browser');
	writeFileSync(script, `#!/bin/sh\nfor argument in "$@"; do printf '%s\\n' "$argument" >> '${file}'; done\n`);
	chmodSync(script, 0o755);
	return {script, file};
}

describe('openers', () => {
	test("the system's own opener when $BROWSER is not set", () => {
		expect(openers(url, {}, 'linux')).toEqual([{command: 'xdg-open', args: [url]}]);
		expect(openers(url, {}, 'darwin')).toEqual([{command: 'open', args: [url]}]);
		expect(openers(url, {}, 'win32')).toEqual([{command: 'rundll32', args: ['url.dll,FileProtocolHandler', url]}]);
	});

	test('$BROWSER first: each entry a command, %s where the address goes, else the address last', () => {
		expect(openers(url, {BROWSER: 'firefox --new-tab:w3m %s'}, 'linux')).toEqual([
			{command: 'firefox', args: ['--new-tab', url]},
			{command: 'w3m', args: [url]},
			{command: 'xdg-open', args: [url]},
		]);
		expect(openers(url, {BROWSER: ' : '}, 'linux')).toEqual([{command: 'xdg-open', args: [url]}]);
	});
});

describe('openUrl', () => {
	test('runs $BROWSER with the address as one argument, never through a shell', async () => {
		const {script, file} = recorder();
		const reports: string[] = [];
		openUrl(url, (message) => reports.push(message), {env: {BROWSER: script}, platform: 'linux'});
		await eventually(
			() => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
			(text) => text !== '',
		);
		expect(readFileSync(file, 'utf8')).toBe(`${url}\n`);
		// The program may have run before this process heard that it started.
		await eventually(
			() => reports.length,
			(count) => count > 0,
		);
		expect(reports).toEqual([`opened ${url}`]);
	});

	test('refuses an address that is not http, https or mailto: nothing runs', async () => {
		const {script, file} = recorder();
		for (const refused of ['javascript:alert(1)', 'file:///etc/passwd', 'relative/page.md']) {
			const reports: string[] = [];
			openUrl(refused, (message) => reports.push(message), {env: {BROWSER: script}, platform: 'linux'});
			expect(reports).toHaveLength(1);
			expect(reports[0]).toMatch(/^not opened: /);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(existsSync(file)).toBe(false);
	});

	test('an opener that cannot start gives way to the next; with none left it says what to set', async () => {
		const reports: string[] = [];
		openUrl('https://example.com', (message) => reports.push(message), {
			env: {BROWSER: '/nonexistent/browser'},
			platform: 'tradeoff-test-no-such-opener',
		});
		// xdg-open is the last resort here; this machine may not have it either.
		await eventually(
			() => reports.length,
			(count) => count > 0,
		);
		expect(reports[0]).toMatch(
			/^(opened https:\/\/example\.com|cannot open https:\/\/example\.com: no browser found \(set \$BROWSER\))$/,
		);
	});

	test('an opener that fails at once is reported', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'tradeoff-browser-'));
		const failing = join(directory, 'failing');
		writeFileSync(failing, '#!/bin/sh\nexit 3\n');
		chmodSync(failing, 0o755);
		const reports: string[] = [];
		openUrl('https://example.com', (message) => reports.push(message), {env: {BROWSER: failing}, platform: 'linux'});
		await eventually(
			() => reports.length,
			(count) => count > 1,
		);
		expect(reports).toEqual(['opened https://example.com', `${failing} could not open https://example.com (status 3)`]);
	});
});
