// The built CLI in a real pseudo-terminal, read back through a terminal emulator: what a user sees,
// and what is left of their terminal when tradeoff is gone.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {expectGolden} from '../test-support/golden.js';
import {expectRestored, inShell, Session} from '../test-support/pty.js';
import {bundledFile} from '../test-support/run-cli.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;

let session: Session | undefined;
afterEach(() => session?.dispose());

function open(args: string[] = [], options: ConstructorParameters<typeof Session>[1] = {}): Session {
	session = new Session(args, options);
	return session;
}

function openInShell(args: string, options: {cols?: number; rows?: number} = {}): Session {
	session = inShell(args, options);
	return session;
}

/**
 * Every frame fits: nothing scrolled off the top (the title, or what stands for it, is the first
 * row) and the footer is on the last row, which the browser uses (Ink draws a frame as tall as the
 * terminal in place: see the ink-last-row build plugin).
 */
function expectFits(terminal: Session, footer = true): void {
	const rows = terminal.screen();
	expect(rows[0], rows.join('\n')).toMatch(/^(FastAPI vs|machine-generated|Terminal too)/);
	if (footer) expect(rows.at(-1), rows.join('\n')).toMatch(/\S/);
	// The reader's scrollback is never erased, nor the screen cleared between frames.
	expect(terminal.output).not.toContain('\u001b[3J');
}

describe('the interactive browser in a pseudo-terminal', () => {
	test('opens full screen, visits every section by number and by arrow keys, quits with q', async () => {
		const terminal = openInShell('', {cols: 80, rows: 24});
		await terminal.waitFor(footerOf(0));
		expect(terminal.inAlternateScreen()).toBe(true);
		expect(terminal.screen()[0]?.startsWith(comparison.title)).toBe(true);
		expectFits(terminal);
		for (let index = comparison.sections.length - 1; index >= 0; index--) {
			terminal.press(String(index + 1));
			await terminal.waitFor(footerOf(index));
			// The section bar names it; its text starts under the bar's rule, its title not repeated.
			expect(terminal.screen()[1]).toContain(`▶${index + 1} `);
			expect(terminal.screen()[3]).not.toBe(comparison.sections[index]?.title);
			expectFits(terminal);
		}
		for (let index = 1; index < comparison.sections.length; index++) {
			terminal.press('\u001b[C');
			await terminal.waitFor(footerOf(index));
		}
		terminal.press('\u001b[D');
		await terminal.waitFor(footerOf(comparison.sections.length - 2));
		terminal.press('q');
		await expectRestored(terminal, 0);
		expect(terminal.text()).not.toContain('Summary 1/7');
	});

	test('with 14 sections, 1 then 2 opens section 12; 4 opens at once; a lone 1 when the pause ends', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'tradeoff-fourteen-')), 'fourteen.json');
		const sections = Array.from({length: 14}, (_, index) => ({id: `s${index + 1}`, title: `Part ${index + 1}`}));
		const subjects = [
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		];
		writeFileSync(file, JSON.stringify({title: 'Fourteen', subjects, sections}));
		const terminal = open([file, '--section', '3'], {cols: 100, rows: 24});
		await terminal.waitFor('Part 3 3/14');
		// Typed one after the other, as a person types them.
		terminal.press('1');
		terminal.press('2');
		await terminal.waitFor('Part 12 12/14');
		// The section bar numbers sections past 9 as it does the first nine.
		expect(terminal.screen()[1]).toMatch(/ 11 Part 11 ▶12 Part 12 {2}13 Part 13/);
		terminal.press('4');
		await terminal.waitFor('Part 4 4/14');
		terminal.press('1');
		await terminal.waitFor('section 1…');
		await terminal.waitFor('Part 1 1/14');
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('scrolls by line, page, bottom and top', async () => {
		const terminal = open([], {cols: 80, rows: 24});
		await terminal.waitFor(footerOf(0));
		const first = terminal.screen();
		expect(first[3]).toBe('For most machine-learning APIs in 2026 the source recommends FastAPI for its');
		terminal.press('j');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[4]);
		terminal.press(' ');
		await terminal.waitFor((screen) => ![first[3], first[4]].includes(screen.split('\n')[3]));
		terminal.press('G');
		await terminal.waitFor(/Summary 1\/7 {2}100%/);
		terminal.press('g');
		await terminal.waitFor((screen) => screen.split('\n')[3] === first[3]);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('resizes from wide to 20×6, to too small, and back, always fitting', async () => {
		const terminal = open(['--section', 'performance'], {cols: 120, rows: 30});
		await terminal.waitFor(footerOf(2));
		expect(terminal.text()).toMatch(/│ FastAPI +│ Litestar +│ Django Ninja/);
		terminal.resize(40, 20);
		await terminal.waitFor((screen) => screen.includes('Performance 3/7') && !screen.includes('│ Django Ninja'));
		expectFits(terminal);
		terminal.resize(20, 6);
		await terminal.waitFor((screen) => screen.split('\n')[1] === '‹ ▶3 Performance ›');
		expectFits(terminal);
		terminal.resize(12, 5);
		await terminal.waitFor('need 20×6');
		expectFits(terminal, false);
		terminal.resize(100, 30);
		await terminal.waitFor(footerOf(2));
		expect(terminal.screen()[0]?.startsWith(comparison.title)).toBe(true);
		expectFits(terminal);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('Ctrl-C quits with status 130 and restores the terminal', async () => {
		const terminal = openInShell('--section cost');
		await terminal.waitFor(footerOf(4));
		terminal.press('\u0003');
		await expectRestored(terminal, 130);
	});

	test.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	] as const)('%s ends it with status %i and restores the terminal', async (signal, status) => {
		const terminal = open([], {cols: 80, rows: 24});
		await terminal.waitFor(footerOf(0));
		terminal.kill(signal);
		const exit = await terminal.waitForExit();
		expect(exit.exitCode).toBe(status);
		expect(terminal.inAlternateScreen()).toBe(false);
		expect(terminal.cursorHidden()).toBe(false);
	});

	test('? shows the help and Esc closes it', async () => {
		const terminal = open([], {cols: 80, rows: 30});
		await terminal.waitFor(footerOf(0));
		terminal.press('?');
		// The whole help frame, not only its first line: a frame can arrive in pieces.
		await terminal.waitFor((screen) => screen.includes('While browsing') && screen.includes('Space PgDn f'));
		terminal.press('\u001b');
		await terminal.waitFor((screen) => screen.includes(footerOf(0)) && !screen.includes('While browsing'));
		terminal.press('q');
		await terminal.waitForExit();
	});

	test('NO_COLOR and --color never draw no colour, only emphasis', async () => {
		for (const [args, env] of [
			[[], {NO_COLOR: '1'}],
			[['--color', 'never'], {}],
		] as const) {
			const terminal = open([...args], {env});
			await terminal.waitFor(footerOf(0));
			terminal.press('3');
			await terminal.waitFor(footerOf(2));
			terminal.press('q');
			await terminal.waitForExit();
			const sgr = terminal.output.match(/\u001b\[[0-9;]*m/g) ?? [];
			expect(sgr.length).toBeGreaterThan(0);
			for (const sequence of sgr) expect(sequence).toMatch(/^\u001b\[(?:[0-9]|;)*m$/);
			for (const sequence of sgr) expect(sequence).not.toMatch(/[[;](?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;|m)/);
			session?.dispose();
		}
	});

	test('colour by default on a terminal', async () => {
		const terminal = open();
		await terminal.waitFor(footerOf(0));
		terminal.press('q');
		await terminal.waitForExit();
		expect(terminal.output).toMatch(/\u001b\[[0-9;]*3[0-9]m/);
	});

	test('a comparison piped into - is browsed with keys read from the terminal', async () => {
		const terminal = openInShell(`- < "${bundledFile}"`);
		await terminal.waitFor(footerOf(0));
		terminal.press('2');
		await terminal.waitFor(footerOf(1));
		terminal.press('q');
		await expectRestored(terminal, 0);
	});

	test('--plain on a terminal prints and exits without the alternate screen', async () => {
		const terminal = open(['--plain', '--section', 'verdict'], {cols: 100, rows: 50});
		const exit = await terminal.waitForExit();
		expect(exit.exitCode).toBe(0);
		expect(terminal.output).not.toContain('\u001b[?1049h');
		expect(terminal.text()).toContain('Verdict');
	});

	test('search as you type, n and N across sections, Esc clears; hits are in reverse video', async () => {
		const terminal = open([], {cols: 100, rows: 30});
		await terminal.waitFor(footerOf(0));
		terminal.press('/');
		terminal.press('benchmark');
		await terminal.waitFor(/\/benchmark█ {2}\d+ matches/);
		terminal.press('\r');
		await terminal.waitFor(/1\/\d+ Summary › prose/);
		// The hit is drawn in reverse video (SGR 7), which shows without colour.
		expect(terminal.output).toMatch(/\u001b\[[0-9;]*7[0-9;]*m[^\u001b]*benchmark/i);
		terminal.press('n');
		await terminal.waitFor(/2\/\d+ Summary › Litestar/);
		terminal.press('N');
		await terminal.waitFor(/1\/\d+ Summary › prose/);
		// Onwards across sections: the third hit is in Performance, and the section follows.
		terminal.press('nn');
		await terminal.waitFor(/3\/\d+ Performance › prose .*Performance 3\/7/);
		terminal.press('\u001b');
		await terminal.waitFor((screen) => screen.split('\n').at(-1)?.startsWith('←→ section') === true);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('c hides a subject from every table, d hides equal rows, r and i open and close', async () => {
		const terminal = open(['--section', 'cost'], {cols: 100, rows: 40});
		await terminal.waitFor(footerOf(4));
		terminal.press('c');
		await terminal.waitFor('[x] Litestar');
		terminal.press('j ');
		await terminal.waitFor('[ ] Litestar');
		terminal.press('\u001b');
		await terminal.waitFor((screen) => screen.includes(footerOf(4)) && !screen.includes('│ Litestar'));
		terminal.press('d');
		await terminal.waitFor('1 row hidden');
		expect(terminal.text()).not.toContain('no licence fees');
		terminal.press('r');
		await terminal.waitFor('https://github.com/fastapi/fastapi/issues');
		terminal.press('\u001b');
		await terminal.waitFor(footerOf(4));
		terminal.press('i');
		await terminal.waitFor('generated by a machine');
		terminal.press('i');
		await terminal.waitFor(footerOf(4));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('e at 80×24: the counts and the matrix; Enter on a row opens its section at that row', async () => {
		const terminal = open([], {cols: 80, rows: 24});
		await terminal.waitFor(footerOf(0));
		terminal.press('e');
		await terminal.waitFor(/Enter open .*Evidence {2}\d+%/);
		const screen = terminal.screen();
		expect(screen.slice(3, 7)).toEqual([
			'Evidence',
			'────────',
			'',
			'● cited [refs]   ○ uncited (no citation)   · not stated in the source',
		]);
		// A row of counts per subject, the first row of the matrix picked; the whole screen is pinned.
		expect(screen[8]).toMatch(/^FastAPI +● \d+ +○ \d+ +· \d+ +[█░]+ +\d+%$/);
		expect(screen.some((line) => line.startsWith('▶ Standing '))).toBe(true);
		expectGolden(screen.join('\n'), new URL('testdata/evidence-80x24.golden', import.meta.url));
		expectFits(terminal);
		// Nine rows down is Performance's first row.
		terminal.press('jjjjjjjjj');
		await terminal.waitFor('▶ Throughput                                     ● [1]    ·         ● [1]');
		terminal.press('\r');
		await terminal.waitFor(footerOf(2));
		const opened = terminal.screen();
		const row = opened.findIndex((line) => /^Throughput +│ /.test(line));
		expect(row, opened.join('\n')).toBeGreaterThan(2);
		// The row marked in reverse video (until the next key), its table's header on the screen.
		expect(terminal.inverse(row, 0)).toBe(true);
		expect(terminal.inverse(row, 20)).toBe(true);
		expect(terminal.inverse(row - 2, 0)).toBe(false);
		const header = opened.findIndex((line) => /│ FastAPI +│ Litestar +│ Django Ninja/.test(line));
		expect(header).toBeGreaterThan(2);
		expect(header).toBeLessThan(row);
		expectFits(terminal);
		terminal.press('j');
		await terminal.waitFor(() => !terminal.inverse(row - 1, 0) && !terminal.inverse(row, 0));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('e at 40×12: stacked by subject; a search of the view picks a row and Enter opens it', async () => {
		const terminal = open([], {cols: 40, rows: 12});
		await terminal.waitFor(footerOf(0));
		terminal.press('e');
		await terminal.waitFor('● cited   ○ uncited   · not stated');
		expectFits(terminal);
		terminal.press('j');
		await terminal.waitFor('▶   ● Standing [3]');
		terminal.press('/');
		await terminal.waitFor((screen) => screen.split('\n').at(-1)?.startsWith('/█') === true);
		terminal.press('mlflow');
		await terminal.waitFor(/\/mlflow█ {2}3 matches/);
		terminal.press('\r');
		await terminal.waitFor('▶   ○ 2025 MLflow vulnerability');
		terminal.press('\r');
		await terminal.waitFor(footerOf(2));
		expect(terminal.text()).toContain('2025 MLflow');
		expectFits(terminal);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('--evidence opens the browser on the view; Esc goes back to the sections', async () => {
		const terminal = open(['--evidence', '--only', 'litestar,fastapi'], {cols: 80, rows: 24});
		await terminal.waitFor(/Evidence {2}\d+%/);
		expect(terminal.text()).toMatch(/^ {63}Litestar {2}FastAPI$/m);
		terminal.press('\u001b');
		await terminal.waitFor(footerOf(0));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('reference URLs are OSC 8 links where the terminal supports them, plain text elsewhere', async () => {
		const linked = open([], {cols: 100, rows: 40, env: {FORCE_HYPERLINK: '1'}});
		await linked.waitFor(footerOf(0));
		linked.press('r');
		await linked.waitFor('https://openai.com/academy/applications-of-ai');
		// One id for every piece of an address: a URL broken over lines is one link.
		expect(linked.output).toMatch(
			/\u001b\]8;id=[0-9a-z]+;https:\/\/openai\.com\/academy\/applications-of-ai(\u0007|\u001b\\)/,
		);
		linked.press('q');
		linked.press('q');
		await linked.waitForExit();
		linked.dispose();
		for (const [args, env] of [
			[[], {FORCE_HYPERLINK: '0'}],
			[['--color', 'never'], {FORCE_HYPERLINK: '1'}],
		] as const) {
			const plain = open([...args], {cols: 100, rows: 40, env});
			await plain.waitFor(footerOf(0));
			plain.press('r');
			await plain.waitFor('https://openai.com/academy/applications-of-ai');
			expect(plain.output).not.toContain('\u001b]8;');
			plain.press('qq');
			await plain.waitForExit();
			plain.dispose();
		}
	});
});

describe('light and dark in the browser', () => {
	const question = '\u001b]11;?\u001b\\\u001b[c';
	const white = '\u001b]11;rgb:ffff/ffff/ffff\u001b\\';
	const black = '\u001b]11;rgb:0000/0000/0000\u0007';
	const attributes = '\u001b[?62;22c';
	// The title is bold cyan in the dark palette, bold blue in the light one (however the bold and
	// the colour are written: the painted first frame writes them in one sequence, Ink in two).
	const titleIn = (colour: number) => new RegExp(`\u001b\\[(?:\\d+;)*${colour}m${comparison.title}`);
	const darkTitle = titleIn(36);
	const lightTitle = titleIn(34);
	const since = (terminal: Session, mark: number) => terminal.output.slice(mark);
	// Each session a cache of its own: an answer is kept for the next session's first frame.
	const ownCache = () => ({TRADEOFF_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tradeoff-theme-'))});

	test('asks the terminal without waiting for it, and re-colours when a light answer comes', async () => {
		const terminal = open(['--section', '3'], {cols: 100, rows: 30, env: ownCache()});
		await terminal.waitFor(footerOf(2));
		// Ink's first frame too, which it draws over the painted one (terminal/first-paint.ts): what
		// comes after the mark below is the answer's doing.
		await terminal.waitFor(() => terminal.output.includes('\u001b[?2026l'));
		expect(terminal.output).toContain(question);
		// The first frame did not wait: drawn dark, as nothing else was known.
		expect(terminal.output).toMatch(darkTitle);
		expect(terminal.output).not.toMatch(lightTitle);
		const before = terminal.screen();
		const mark = terminal.output.length;
		terminal.press(white + attributes);
		// The re-coloured frame may arrive in pieces: wait for the whole of it. The answer's bytes
		// (f, b, 2, c...) never became keys: the same section, page and no overlay, or this times out.
		const same = () => JSON.stringify(terminal.screen()) === JSON.stringify(before);
		await terminal.waitFor(() => lightTitle.test(since(terminal, mark)) && same());
		expect(terminal.screen()).toEqual(before);
		terminal.press('j');
		await terminal.waitFor((screen) => screen.split('\n')[4] !== 'Performance');
		expect(since(terminal, mark)).not.toMatch(darkTitle);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('DA1 fences the question: no answer before it, no re-colouring after it', async () => {
		const terminal = open([], {cols: 100, rows: 30, env: ownCache()});
		await terminal.waitFor(footerOf(0));
		const mark = terminal.output.length;
		terminal.press(attributes);
		terminal.press(white);
		terminal.press('2');
		await terminal.waitFor(footerOf(1));
		expect(since(terminal, mark)).toMatch(darkTitle);
		expect(terminal.output).not.toMatch(lightTitle);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('COLORFGBG decides the first frame; an answer still wins', async () => {
		const terminal = open([], {cols: 100, rows: 30, env: {...ownCache(), COLORFGBG: '0;15'}});
		await terminal.waitFor(footerOf(0));
		expect(terminal.output).toMatch(lightTitle);
		expect(terminal.output).not.toMatch(darkTitle);
		const mark = terminal.output.length;
		terminal.press(black + attributes);
		await terminal.waitFor(() => darkTitle.test(since(terminal, mark)));
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test.each([
		[['--theme', 'light'], {}, lightTitle, darkTitle],
		[['--theme', 'dark'], {COLORFGBG: '0;15'}, darkTitle, lightTitle],
	] as const)('%j asks nothing and keeps its palette', async (args, env, shown, never) => {
		const terminal = open([...args], {cols: 100, rows: 30, env: {...ownCache(), ...env}});
		await terminal.waitFor(footerOf(0));
		terminal.press(args[1] === 'light' ? black + attributes : white + attributes);
		terminal.press('2');
		await terminal.waitFor(footerOf(1));
		expect(terminal.output).not.toContain('\u001b]11;?');
		expect(terminal.output).toMatch(shown);
		expect(terminal.output).not.toMatch(never);
		terminal.press('q');
		expect((await terminal.waitForExit()).exitCode).toBe(0);
	});

	test('NO_COLOR and --color never win over --theme: no colour, no question', async () => {
		for (const [args, env] of [
			[['--theme', 'light'], {NO_COLOR: '1'}],
			[['--theme', 'dark', '--color', 'never'], {}],
		] as const) {
			const terminal = open([...args], {env: {...ownCache(), ...env}});
			await terminal.waitFor(footerOf(0));
			terminal.press('q');
			await terminal.waitForExit();
			expect(terminal.output).not.toContain('\u001b]11;');
			for (const sequence of terminal.output.match(/\u001b\[[0-9;]*m/g) ?? []) {
				expect(sequence).not.toMatch(/[[;](?:3[0-9]|9[0-7])(?:;|m)/);
			}
			session?.dispose();
		}
	});
	test('the answer is kept: the next session on this terminal opens in its palette; --theme, COLORFGBG and another terminal do not', async () => {
		const cache = ownCache();
		const answerWhite = async () => {
			const first = open([], {cols: 100, rows: 30, env: cache});
			await first.waitFor(footerOf(0));
			await first.waitFor(() => first.output.includes('\u001b[?2026l'));
			first.press(white + attributes);
			await first.waitFor(() => lightTitle.test(first.output));
			first.press('q');
			await first.waitForExit();
			first.dispose();
		};
		/** The painted first frame of a session (before any answer can have been read), then q. */
		const painted = async (args: readonly string[], env: Record<string, string>) => {
			const next = open([...args], {cols: 100, rows: 30, env});
			await next.waitFor(footerOf(0));
			const text = next.output.slice(0, next.output.indexOf('\u001b[?2026h'));
			next.press('q');
			await next.waitForExit();
			next.dispose();
			return text;
		};
		await answerWhite();
		for (const [args, env, palette, other] of [
			[[], cache, lightTitle, darkTitle],
			[[], {...cache, TERM_PROGRAM: 'another-terminal'}, darkTitle, lightTitle],
			[['--theme', 'dark'], cache, darkTitle, lightTitle],
			[[], {...cache, COLORFGBG: '15;0'}, darkTitle, lightTitle],
		] as const) {
			const text = await painted(args, env);
			expect(text).toMatch(palette);
			expect(text).not.toMatch(other);
		}
		// A terminal under the same key that does not answer (mosh answers no OSC 11): the kept
		// palette goes, for this session and the next.
		const silent = open([], {cols: 100, rows: 30, env: cache});
		await silent.waitFor(footerOf(0));
		await silent.waitFor(() => silent.output.includes('\u001b[?2026l'));
		const mark = silent.output.length;
		silent.press(attributes);
		await silent.waitFor(() => darkTitle.test(since(silent, mark)));
		silent.press('q');
		await silent.waitForExit();
		silent.dispose();
		expect(await painted([], cache)).toMatch(darkTitle);
	});
});
