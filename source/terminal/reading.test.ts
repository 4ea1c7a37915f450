// Reading as a pager reader expects, in a real terminal, on the bundled comparison and on long
// shared documents: the first screen, pages that flow, Ctrl keys, the outline, links opened and
// copied, a marked row, where the comparison came from, a search that says when it wraps.
import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {eventually, Session} from '../test-support/pty.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;
const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-reading-'));
const shared = sharedFixtures;
const haveShared = existsSync(shared) && readdirSync(shared).includes('javaguide-llm-gateway.md');

let session: Session | undefined;
afterEach(() => session?.dispose());

function open(args: string[] = [], options: ConstructorParameters<typeof Session>[1] = {}): Session {
	session = new Session(args, {cols: 80, rows: 24, ...options});
	return session;
}

/** A stand-in browser: a script that writes its arguments, one a line, to a file. */
function recorder(): {script: string; file: string} {
	const directory = mkdtempSync(join(scratch, 'browser-'));
	const file = join(directory, 'arguments');
	const script = join(directory, 'browser');
	writeFileSync(script, `#!/bin/sh\nfor argument in "$@"; do printf '%s\\n' "$argument" >> '${file}'; done\n`);
	chmodSync(script, 0o755);
	return {script, file};
}

/** Every OSC 52 the program wrote, decoded. */
function copied(terminal: Session): string[] {
	return [...terminal.output.matchAll(/\u001b\]52;c;([A-Za-z0-9+/=]*)(?:\u0007|\u001b\\)/g)].map((match) =>
		Buffer.from(match[1] ?? '', 'base64').toString('utf8'),
	);
}

/** The footer: the last row, which the browser uses. */
const footer = (terminal: Session) => terminal.screen().at(-1) ?? '';

describe('the first screen of the bundled comparison', () => {
	test('at 80×24 it shows the whole first row of the Summary table, and the 24th row is the footer', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		const screen = terminal.screen();
		expect(screen[0]).toBe('FastAPI vs Litestar vs Django Ninja for ML APIs · 2026-04-11 · machine-generated');
		// The section's name is in the bar, not repeated as a heading under it.
		expect(screen.filter((line) => line === 'Summary')).toEqual([]);
		const standing = screen.findIndex((line) => /^Standing +│ Preferred for most/.test(line));
		expect(standing, screen.join('\n')).toBeGreaterThan(0);
		expect(screen[standing + 1]).toMatch(/│ ML APIs; the most +│ benchmarks and docs +│ performance on/);
		expect(screen[standing + 2]).toMatch(/│ pragmatic choice \[3\] +│ for production use +│ API-centric workloads/);
		expect(screen[23]).toMatch(/^←→ section .* Summary 1\/7 {2}\d+%$/);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test.each([60, 40, 20])('at %i columns "machine-generated" is on the screen', async (cols) => {
		const terminal = open([], {cols, rows: 24});
		await terminal.waitFor(/1\/7/);
		expect(terminal.screen().slice(0, 2).join('\n')).toContain('machine-generated');
		terminal.press('q');
		await terminal.waitForExit();
	});
});

describe('pages that flow, and the Ctrl keys of less and vim', () => {
	test('Space at the end of a section goes on to the next; b at the top of one back to the end of the one before', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		terminal.press('G');
		await terminal.waitFor(`${footerOf(0)}  100%`);
		terminal.press(' ');
		await terminal.waitFor(footerOf(1));
		expect(footer(terminal)).toMatch(/Architecture 2\/7 {2}\d+%$/);
		const top = terminal.screen()[3];
		terminal.press('b');
		await terminal.waitFor(`${footerOf(0)}  100%`);
		terminal.press('f');
		await terminal.waitFor((screen) => screen.includes(footerOf(1)) && screen.split('\n')[3] === top);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('Ctrl-F and Ctrl-B a page, Ctrl-D and Ctrl-U half of one, Ctrl-E and Ctrl-Y a line', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		const first = terminal.screen();
		// A page is 20 lines here: Ctrl-D moves 10, Ctrl-E one.
		terminal.press('\u0005');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[4]);
		terminal.press('\u0019');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[3]);
		terminal.press('\u0004');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[13]);
		terminal.press('\u0015');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[3]);
		terminal.press('\u0006');
		await terminal.waitFor(/Summary 1\/7 {2}100%/);
		terminal.press('\u0006');
		await terminal.waitFor(footerOf(1));
		terminal.press('\u0002');
		await terminal.waitFor(/Summary 1\/7 {2}100%/);
		terminal.press('\u0002');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[3]);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('at the very end Space says so', async () => {
		const terminal = open(['-s', 'verdict']);
		await terminal.waitFor(footerOf(6));
		terminal.press('G ');
		await terminal.waitFor('the end: no section after this one');
		terminal.press('q');
		await terminal.waitForExit();
	});
});

describe('the outline', () => {
	test('o lists every section, the current one marked; typing filters; Enter goes there', async () => {
		const terminal = open(['-s', 'architecture']);
		await terminal.waitFor(footerOf(1));
		terminal.press('o');
		await terminal.waitFor(/Outline {2}All$/m);
		const screen = terminal.screen();
		for (const [index, section] of comparison.sections.entries())
			expect(screen.some((line) => line.includes(`${index + 1} ${section.title}`))).toBe(true);
		expect(screen.find((line) => line.includes('◂ here'))).toMatch(/^▶ 2 Architecture ◂ here$/);
		terminal.press('dx');
		await terminal.waitFor('filter: dx█  1 of 7');
		expect(terminal.text()).toContain('▶ 4 Developer experience');
		terminal.press('\r');
		await terminal.waitFor(footerOf(3));
		terminal.press('o');
		await terminal.waitFor(/Outline/);
		terminal.press('\u001b');
		await terminal.waitFor(footerOf(3));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});

describe('links opened and copied', () => {
	test('r lists the references; ↑↓ pick one, Enter opens exactly its URL with $BROWSER, y copies it (OSC 52)', async () => {
		const {script, file} = recorder();
		const terminal = open([], {cols: 100, rows: 30, env: {BROWSER: script}});
		await terminal.waitFor(footerOf(0));
		terminal.press('r');
		await terminal.waitFor(/References {2}\S+$/m);
		terminal.press('j');
		const url = comparison.references?.[1]?.url ?? '';
		// The second reference is picked: its first line in reverse video.
		const row = terminal.screen().findIndex((line) => line.startsWith('[2]'));
		await terminal.waitFor(() => terminal.inverse(row, 1));
		terminal.press('\r');
		await eventually(
			() => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
			(text) => text !== '',
		);
		expect(readFileSync(file, 'utf8')).toBe(`${url}\n`);
		await terminal.waitFor(`opened ${url.slice(0, 40)}`);
		terminal.press('y');
		await terminal.waitFor('copied https://venturebeat.com');
		expect(copied(terminal)).toEqual([url]);
		expect(terminal.output).toContain(`\u001b]52;c;${Buffer.from(url).toString('base64')}\u0007`);
		// The screen is as it was: the browser did not draw over it, nor did the copy.
		expect(terminal.screen()[row]).toMatch(/^\[2\] How MassMutual/);
		terminal.press('Y');
		await terminal.waitFor(/copied "Summary" as Markdown \(\d+ lines\)/);
		const section = copied(terminal)[1] ?? '';
		expect(section).toMatch(/^## Summary\n\nFor most machine-learning APIs/);
		expect(section).toContain('| Standing | Preferred for most ML APIs; the most pragmatic choice [3] |');
		expect(section).toContain('## References');
		terminal.press('q');
		await terminal.waitFor(footerOf(0));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('a section longer than a terminal takes through OSC 52 is not sent, and the footer says how to have it', async () => {
		// ~120 KB of prose in one section: its OSC 52 would be ~160 KB, past the 100,000 bytes
		// terminals take; a short one is copied as ever.
		const file = join(scratch, 'long-section.md');
		const paragraph = 'A sentence of the long section, written again and again. '.repeat(40);
		writeFileSync(file, `# Long\n\n## Short\n\nA few words.\n\n## Whole\n\n${`${paragraph}\n\n`.repeat(50)}`);
		const terminal = open([file], {env: {TMUX: ''}});
		await terminal.waitFor('Short 1/2');
		// Y copies from the references (r), as y does.
		terminal.press('r');
		terminal.press('Y');
		await terminal.waitFor('copied "Short" as Markdown');
		terminal.press('q');
		await terminal.waitFor('Short 1/2');
		terminal.press('2');
		await terminal.waitFor('Whole 2/2');
		terminal.press('r');
		terminal.press('Y');
		await terminal.waitFor('too long to copy');
		expect(terminal.screen().at(-1)).toMatch(
			/^too long to copy \(1\d\d KB\): add -s whole --format markdown to print it/,
		);
		expect(copied(terminal)).toHaveLength(1);
		expect(copied(terminal)[0]).toMatch(/^## Short\n\nA few words\./);
		terminal.press('q');
		await terminal.waitFor('Whole 2/2');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('a javascript: or file: link is listed but refused, and nothing runs; a mailto: one opens', async () => {
		const document = join(scratch, 'links.md');
		writeFileSync(
			document,
			'# Links\n\n## One\n\nA [script](javascript:alert(1)), a [file](file:///etc/passwd) and [mail](mailto:team@example.com).\n',
		);
		const {script, file} = recorder();
		const terminal = open([document], {env: {BROWSER: script}});
		await terminal.waitFor(/One 1\/1/);
		terminal.press('r');
		await terminal.waitFor('javascript:alert(1)');
		terminal.press('\r');
		await terminal.waitFor('not opened: tradeoff opens http, https and mailto links only, not javascript:');
		terminal.press('j\r');
		await terminal.waitFor('not opened: tradeoff opens http, https and mailto links only, not file:');
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(existsSync(file)).toBe(false);
		terminal.press('j\r');
		await eventually(
			() => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
			(text) => text !== '',
		);
		expect(readFileSync(file, 'utf8')).toBe('mailto:team@example.com\n');
		terminal.press('qq');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});

describe('where it came from, where the search is, what a key cannot do', () => {
	test('i says the comparison is the bundled one, its size and when it was read', async () => {
		const terminal = open([], {cols: 100, rows: 40});
		await terminal.waitFor(footerOf(0));
		terminal.press('i');
		await terminal.waitFor('Read from');
		const text = terminal.text();
		expect(text).toMatch(/^Read from +fastapi-litestar-django-ninja\.json, bundled with tradeoff$/m);
		expect(text).toMatch(/^Size +\d+(\.\d)? KiB \([\d,]+ bytes\)$/m);
		expect(text).toMatch(/^Read at +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d$/m);
		terminal.press('qq');
		await terminal.waitForExit();
	});

	test('i gives the path of a file', async () => {
		const document = join(scratch, 'where.md');
		writeFileSync(document, '# Where\n\nText.\n');
		const terminal = open([document], {cols: 120, rows: 30});
		await terminal.waitFor('1/1');
		terminal.press('i');
		await terminal.waitFor('Read from');
		expect(terminal.text()).toContain(`Read from     ${document}`);
		expect(terminal.text()).toMatch(/^Size +15 bytes$/m);
		terminal.press('qq');
		await terminal.waitForExit();
	});

	test('a search that wraps says so', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		terminal.press('/pydantic\r');
		await terminal.waitFor(/^1\/\d+ /m);
		const total = Number(/^1\/(\d+) /m.exec(terminal.text())?.[1]);
		terminal.press('n'.repeat(total));
		await terminal.waitFor('search hit the end, continuing from the top');
		terminal.press('N');
		await terminal.waitFor('search hit the top, continuing from the bottom');
		terminal.press('q');
		await terminal.waitForExit();
	});
});

describe.skipIf(!haveShared)('a long shared document', () => {
	const long = join(shared, 'javaguide-llm-gateway.md');

	test('the outline reaches a heading of the prose: filtered, Enter puts it at the top of the page', async () => {
		const terminal = open([long], {cols: 100, rows: 30});
		await terminal.waitFor(/ 1\/\d+ +(All|\d+%)$/m);
		terminal.press('o');
		await terminal.waitFor(/Outline {2}\d+%$/m);
		expect(terminal.text()).toContain('限流与配额');
		terminal.press('限流');
		await terminal.waitFor(/filter: 限流█ {2}\d+ of \d+/);
		expect(terminal.text()).toMatch(/^▶ +限流与配额/m);
		terminal.press('\r');
		await terminal.waitFor((screen) => screen.split('\n')[3] === '限流与配额');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('-s takes a heading of the prose: the section opens at it', async () => {
		const terminal = open([long, '-s', '限流与配额'], {cols: 100, rows: 30});
		await terminal.waitFor((screen) => screen.split('\n')[3] === '限流与配额');
		terminal.press('q');
		await terminal.waitForExit();
	});

	test('pages flow through every section to the end, and back', async () => {
		const terminal = open([long], {cols: 100, rows: 30});
		await terminal.waitFor(/ 1\/(\d+) +(All|\d+%)$/m);
		const total = Number(/ 1\/(\d+) +(?:All|\d+%)$/m.exec(terminal.text())?.[1]);
		for (let presses = 0; presses < 400 && !terminal.text().includes('the end: no section after this one'); presses++) {
			terminal.press(' ');
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
		await terminal.waitFor('the end: no section after this one');
		expect(footer(terminal)).toMatch(new RegExp(` ${total}/${total} +(All|100%)$`));
		terminal.press('g');
		for (let presses = 0; presses < 400 && !/ 1\/\d+ +(All|\d+%)$/.test(footer(terminal)); presses++) {
			terminal.press('b');
			await new Promise((resolve) => setTimeout(resolve, 15));
		}
		await terminal.waitFor(/ 1\/\d+ +(All|\d+%)$/m);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('i gives its path and size; d and c say why they do nothing without subjects, and the footer does not offer them', async () => {
		// A long document whose tables are benchmark grids: no subjects.
		const grids = join(shared, 'rust-serialization-benchmark.md');
		const terminal = open([grids], {cols: 100, rows: 30});
		await terminal.waitFor(/ 1\/\d+ +(All|\d+%)$/m);
		expect(footer(terminal)).not.toMatch(/c subjects|d differences|e evidence/);
		terminal.press('d');
		await terminal.waitFor('d compares subjects, and this document names none');
		terminal.press('c');
		await terminal.waitFor('This document names no subjects');
		terminal.press('\u001b');
		terminal.press('i');
		await terminal.waitFor('Read from');
		expect(terminal.text()).toContain(`Read from     ${grids}`);
		const bytes = statSync(grids).size.toLocaleString('en-US');
		expect(terminal.text()).toMatch(new RegExp(`^Size +[\\d.]+ KiB \\(${bytes} bytes\\)$`, 'm'));
		terminal.press('qq');
		await terminal.waitForExit();
	});

	test('a click on a link in the text opens the references on it; Enter opens it, y copies it', async () => {
		const readme = join(shared, 'badger-readme.md');
		const {script, file} = recorder();
		const terminal = open([readme, '-s', 'project-status'], {cols: 100, rows: 30, env: {BROWSER: script}});
		await terminal.waitFor(/Project Status 2\/\d+/);
		const row = terminal.screen().findIndex((line, index) => index > 2 && line.includes('Changelog'));
		expect(row, terminal.text()).toBeGreaterThan(2);
		const column = terminal.screen()[row]?.indexOf('Changelog') ?? 0;
		terminal.press(`\u001b[<0;${column + 2};${row + 1}M\u001b[<0;${column + 2};${row + 1}m`);
		await terminal.waitFor(/References {2}\S+$/m);
		// The link clicked is picked: its line in reverse video, on the screen.
		const picked = terminal.screen().findIndex((line) => line.trim() === 'Changelog');
		expect(picked, terminal.text()).toBeGreaterThan(2);
		expect(terminal.inverse(picked, 3)).toBe(true);
		const url = terminal.screen()[picked + 1]?.trim() ?? '';
		expect(url).toMatch(/^https:\/\/\S+/);
		terminal.press('y');
		await terminal.waitFor('copied ');
		expect(copied(terminal)).toEqual([url]);
		terminal.press('\r');
		await eventually(
			() => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
			(text) => text !== '',
		);
		expect(readFileSync(file, 'utf8')).toBe(`${url}\n`);
		terminal.press('qq');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});
});
