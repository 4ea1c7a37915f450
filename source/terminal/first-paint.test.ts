// The first frame the entry paints before the browser's bundle loads (first-paint.ts), in a real
// pseudo-terminal through the built CLI: it is the frame Ink then draws, cell for cell; keys typed
// while it shows reach the browser; and the terminal is given back on every way out of that moment.
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import xterm from '@xterm/headless';
import {afterEach, describe, expect, test} from 'vitest';
import {bundledComparison} from '../test-support/fixtures.js';
import {childrenOf, eventually, expectRestored, inShell, Session} from '../test-support/pty.js';
import {bundledFile} from '../test-support/run-cli.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';

const comparison = bundledComparison();
const footerOf = (index: number) => `${comparison.sections[index]?.title} ${index + 1}/${comparison.sections.length}`;

let session: Session | undefined;
afterEach(() => session?.dispose());

/** Every cell of a screen: its text and how it is drawn. */
async function cells(output: string, cols: number, rows: number): Promise<string[]> {
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true});
	await new Promise<void>((resolve) => terminal.write(output, resolve));
	const buffer = terminal.buffer.active;
	const found: string[] = [];
	for (let row = 0; row < rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		for (let column = 0; column < cols; column++) {
			const cell = line?.getCell(column);
			if (!cell) continue;
			const look = [
				cell.getFgColorMode(),
				cell.getFgColor(),
				cell.getBgColorMode(),
				cell.getBgColor(),
				cell.isBold(),
				cell.isDim(),
				cell.isItalic(),
				cell.isUnderline(),
				cell.isInverse(),
			].join(',');
			found.push(`${row}:${column} ${JSON.stringify(cell.getChars())} ${look}`);
		}
	}
	terminal.dispose();
	return found;
}

/** The output up to the end of the first frame Ink drew (it wraps each in a synchronized update). */
function toInkFrame(output: string): string {
	const end = output.indexOf('\u001b[?2026l');
	expect(end, 'Ink drew no frame').toBeGreaterThan(0);
	return output.slice(0, end + '\u001b[?2026l'.length);
}

/**
 * Opens the CLI twice, painting the first frame and not, and compares, cell for cell: the painted
 * frame (the output before Ink's first), the same with Ink's first frame over it, and Ink's first
 * frame on its own.
 */
async function expectPaintedAsInk(args: readonly string[], env: Record<string, string>, cols: number, rows: number) {
	const outputs: string[] = [];
	for (const paint of ['1', '0']) {
		session = new Session([...args], {
			cols,
			rows,
			env: {TRADEOFF_PRINT_CACHE: '0', TRADEOFF_FIRST_PAINT: paint, ...env},
		});
		await session.waitFor(() => session?.output.includes('\u001b[?2026l') === true);
		outputs.push(session.output);
		session.dispose();
	}
	const [painting = '', inkOnly = ''] = outputs;
	const paint = painting.slice(0, painting.indexOf('\u001b[?2026h'));
	const ink = await cells(toInkFrame(inkOnly), cols, rows);
	expect(await cells(paint, cols, rows)).toEqual(ink);
	expect(await cells(toInkFrame(painting), cols, rows)).toEqual(ink);
	return paint;
}

/** A Markdown comparison with a table wider than 60 columns (panned, its first column frozen) and prose. */
function wideTableFile(): string {
	const header = `| Criterion | ${['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta'].join(' | ')} |`;
	const rule = `|---|${'---|'.repeat(7)}`;
	const rows = Array.from(
		{length: 30},
		(_, index) =>
			`| criterion ${index} with words | ${Array.from({length: 7}, (__, cell) => `${index * cell},000`).join(' | ')} |`,
	);
	const file = join(mkdtempSync(join(tmpdir(), 'tradeoff-first-paint-')), 'wide.md');
	writeFileSync(
		file,
		['# Seven engines', '', '## Throughput', '', 'Requests a second.', '', header, rule, ...rows, ''].join('\n'),
	);
	return file;
}

describe('the first frame, painted before the browser loads', () => {
	test.each([
		['the bundled comparison, in colour', [], {}, 80, 24],
		['--ascii, without colour', ['--ascii'], {NO_COLOR: '1'}, 80, 24],
		['at a section and a heading, with a search', ['-s', 'performance', '--search', 'latency'], {}, 100, 30],
		['a compact terminal', [], {}, 50, 10],
		['a terminal too small', [], {}, 18, 5],
		['the evidence view', ['--evidence'], {}, 120, 40],
	] as const)('is the frame Ink draws, cell for cell: %s', async (_name, args, env, cols, rows) => {
		const paint = await expectPaintedAsInk(args, env, cols, rows);
		if (rows >= 6) expect(paint).toContain('FastAPI');
	});

	test('is the frame Ink draws for a table wider than the terminal, panned', async () => {
		const paint = await expectPaintedAsInk([wideTableFile()], {}, 60, 20);
		expect(paint).toContain('criterion 0');
	});

	test('is not drawn by TRADEOFF_FIRST_PAINT=0: the first frame is Ink’s', async () => {
		session = new Session([], {env: {TRADEOFF_PRINT_CACHE: '0', TRADEOFF_FIRST_PAINT: '0'}});
		await session.waitFor(footerOf(0));
		const begin = session.output.indexOf('\u001b[?2026h');
		expect(session.output.slice(0, begin)).not.toContain(comparison.title);
		session.press('q');
		await session.waitForExit();
	});

	test('keys typed while it shows are neither echoed nor lost: the browser answers them', async () => {
		// The bundle's load held back half a second, so that the keys surely arrive before it.
		session = new Session([], {env: {TRADEOFF_PRINT_CACHE: '0', TRADEOFF_FAULT: 'slow-load'}});
		await session.waitFor(footerOf(0));
		expect(session.output).not.toContain('\u001b[?2026h');
		const painted = session.text();
		session.press('3');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(session.output).not.toContain('\u001b[?2026h');
		expect(session.text()).toBe(painted);
		await session.waitFor(footerOf(2));
		session.press('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
	});

	test.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	] as const)('%s while it shows ends with status %i and gives the terminal back', async (signal, status) => {
		session = inShell('', {env: {TRADEOFF_PRINT_CACHE: '0', TRADEOFF_FAULT: 'slow-load'}});
		await session.waitFor(footerOf(0));
		expect(session.output).not.toContain('\u001b[?2026h');
		// The shell's child is the CLI.
		const [cli] = await eventually(
			() => childrenOf(session?.process.pid ?? 0),
			(children) => children.length === 1,
		);
		process.kill(cli as number, signal);
		await expectRestored(session, status);
	});

	test('a browser that fails to load gives the terminal back, then says why, with nothing asked of the terminal', async () => {
		session = inShell('', {env: {TRADEOFF_PRINT_CACHE: '0', TRADEOFF_FAULT: 'load'}});
		await expectRestored(session, 1);
		expect(session.text()).toContain('injected fault loading the browser');
		// The background is asked by the browser once it reads the answer: asked before, the answer
		// would be left to the shell, typed at its prompt.
		expect(session.output).not.toContain('\u001b]11;?');
	});

	test.each([
		['a list of comparisons (never painted)', `"${bundledFile}" "${bundledFile}" < /dev/null`, {}, '↑↓ choose'],
		['a comparison with the paint off', `- < "${bundledFile}"`, {TRADEOFF_FIRST_PAINT: '0'}, footerOf(0)],
	] as const)('keys come from the controlling terminal when stdin is not one: %s', async (_name, args, env, shown) => {
		session = inShell(args, {env: {TRADEOFF_PRINT_CACHE: '0', ...env}});
		await session.waitFor(shown);
		session.press('q');
		await expectRestored(session, 0);
	});
});

const sharedDocuments = existsSync(sharedFixtures)
	? readdirSync(sharedFixtures).filter((name) => /\.mdx?$/.test(name))
	: [];

describe.skipIf(sharedDocuments.length === 0)('the first frame of every shared document, painted', () => {
	test.each(sharedDocuments)('%s at 80×24 is the frame Ink draws, cell for cell', async (name) => {
		await expectPaintedAsInk([`${sharedFixtures}${name}`], {}, 80, 24);
	});
});
