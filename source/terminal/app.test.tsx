import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {MouseButton} from '../browser/terminal-input.js';
import {documentOf, small} from '../test-support/fixtures.js';
import {fixedSizes, until} from '../test-support/ink.js';
import {App} from './app.js';
import type {TerminalEvent, TerminalEvents} from './input-stream.js';
import {TerminalEventsContext} from './use-terminal-events.js';

// A comparison made for these tests: seven sections, as many as a digit key reaches in one press;
// a title too long to share a line with the source at 60 columns; a first section of several
// pages; a chart with a subject the source gives no figure for; a row where all agree.
const sentences = (count: number, what: string) =>
	Array.from({length: count}, (_, index) => `${what} ${index + 1} goes on a while.`).join(' ');
const document = documentOf({
	...small(
		[
			{id: 'ant', name: 'Ant'},
			{id: 'bee', name: 'Bee'},
			{id: 'cat', name: 'Cat'},
		],
		[
			{title: 'Summary', body: `Ants carry crumbs across the lawn in a line. ${sentences(60, 'Sentence')}`},
			{title: 'Architecture', body: `Bees build with Wax and Cats with nothing. ${sentences(20, 'Part')}`},
			{
				title: 'Performance',
				body: sentences(20, 'Measure'),
				rows: [
					{
						criterion: 'Crumbs an hour',
						cells: {
							ant: {text: '900 an hour', value: 900, unit: 'crumbs/h'},
							bee: {text: '700 an hour', value: 700, unit: 'crumbs/h'},
							cat: null,
						},
					},
				],
			},
			{title: 'Developer experience', body: `Ants are easy to watch. ${sentences(40, 'Step')}`},
			{
				title: 'Cost',
				body: 'What each costs.',
				rows: [
					{criterion: 'Licence', cells: {ant: 'Free of any fee', bee: 'Free of any fee', cat: 'Free of any fee'}},
					{criterion: 'Upkeep', cells: {ant: 'Sugar', bee: 'Flowers', cat: 'Fish'}},
				],
			},
			{title: 'Best for', body: 'Ants for crumbs.'},
			{title: 'Verdict', body: 'Pick the ant [1].'},
		],
		'Ant vs Bee vs Cat for carrying crumbs across a lawn',
	),
	source: {title: 'Crumbs', publisher: 'Small Press', machineGenerated: true},
	references: [{id: 1, title: 'On ants', url: 'https://example.org/ants'}],
});
const order = document.comparison.subjects.map((subject) => subject.id);
const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

function start(options: {columns?: number; rows?: number; section?: number; query?: string} = {}) {
	const sizes = fixedSizes({columns: options.columns ?? 60, rows: options.rows ?? 16});
	const onQuit = vi.fn();
	const onSuspend = vi.fn();
	const onMouseCapture = vi.fn();
	// Mouse reports and pastes, sent by the test as the input stream would.
	const listeners = new Set<(event: TerminalEvent) => void>();
	const events: TerminalEvents = {
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
	const send = (event: TerminalEvent) => {
		for (const listener of listeners) listener(event);
	};
	const app = render(
		<TerminalEventsContext.Provider value={events}>
			<App
				document={document}
				start={{section: options.section ?? 0, order}}
				{...(options.query === undefined ? {} : {query: options.query})}
				ascii={false}
				color="none"
				hyperlinks={false}
				sizes={sizes}
				onQuit={onQuit}
				onSuspend={onSuspend}
				onMouseCapture={onMouseCapture}
			/>
		</TerminalEventsContext.Provider>,
	);
	const frameWith = (text: string) => until(app.lastFrame, (frame) => frame.includes(text));
	return {app, sizes, onQuit, onSuspend, onMouseCapture, send, frameWith};
}

const press = (column: number, row: number, button: MouseButton = 'left'): TerminalEvent => ({
	kind: 'mouse',
	mouse: {button, action: 'press', column, row, shift: false, alt: false, ctrl: false},
});

let running: ReturnType<typeof start> | undefined;
afterEach(() => running?.app.unmount());

describe('App', () => {
	test('opens at the first section with header, bar and footer', async () => {
		running = start();
		const frame = await running.frameWith('Summary 1/7');
		const lines = frame.split('\n');
		expect(lines[0]).toBe('Ant vs Bee vs Cat for carrying crumbs across a lawn');
		expect(lines[2]).toContain('▶1 Summary');
		// Every row of the terminal, the last one too.
		expect(lines).toHaveLength(16);
		expect(footer(frame)).toMatch(/^←→ section {2}\/ search {2}\? help {2}q quit +Summary 1\/7 {2}\d+%$/);
	});

	test('opens at --section', async () => {
		running = start({section: 4});
		expect(footer(await running.frameWith('Cost 5/7'))).toContain('Cost 5/7');
	});

	test('arrows, h/l, Tab and digits move between sections', async () => {
		running = start();
		const {app, frameWith} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('\u001b[C');
		await frameWith('Architecture 2/7');
		app.stdin.write('l');
		await frameWith('Performance 3/7');
		app.stdin.write('\t');
		await frameWith('Developer experience 4/7');
		app.stdin.write('h');
		await frameWith('Performance 3/7');
		app.stdin.write('\u001b[D');
		await frameWith('Architecture 2/7');
		app.stdin.write('\u001b[Z');
		await frameWith('Summary 1/7');
		app.stdin.write('7');
		await frameWith('Verdict 7/7');
		app.stdin.write('9');
		app.stdin.write('6');
		await frameWith('Best for 6/7');
	});

	test('keys that arrive together each count', async () => {
		running = start();
		const {app, frameWith} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('lll');
		const before = (await frameWith('Developer experience 4/7')).split('\n');
		app.stdin.write('jjj');
		const after = (await until(app.lastFrame, (frame) => frame.split('\n')[4] !== before[4])).split('\n');
		expect(after[4]).toBe(before[7]);
	});

	test('scrolling by line, page, top and bottom', async () => {
		running = start();
		const {app, frameWith} = running;
		const first = (await frameWith('Summary 1/7')).split('\n');
		// The section's text starts under the bar and its rule: its title is not repeated.
		expect(first[4]).toBe('Ants carry crumbs across the lawn in a line. Sentence 1 goes');
		app.stdin.write('j');
		let frame = await until(app.lastFrame, (text) => text.split('\n')[4] === first[5]);
		app.stdin.write(' ');
		frame = await until(app.lastFrame, (text) => text.split('\n')[4] !== first[5]);
		app.stdin.write('G');
		frame = await until(app.lastFrame, (text) => footer(text).endsWith('100%'));
		expect(frame.split('\n').at(-2)).toMatch(/\S/);
		app.stdin.write('g');
		frame = await until(app.lastFrame, (text) => text.split('\n')[4] === first[4]);
		app.stdin.write('\u001b[6~');
		await until(app.lastFrame, (text) => text.split('\n')[4] !== first[4]);
		app.stdin.write('b');
		await until(app.lastFrame, (text) => text.split('\n')[4] === first[4]);
	});

	test('? opens the help, listing every key; Esc and ? close it', async () => {
		running = start({rows: 60});
		const {app, frameWith} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('?');
		const help = await frameWith('While browsing');
		for (const label of ['→ l Tab', '1…9', 'Space PgDn f', 'Ctrl-C']) expect(help).toContain(label);
		app.stdin.write('\u001b');
		await until(app.lastFrame, (frame) => !frame.includes('While browsing'));
		app.stdin.write('?');
		await frameWith('While browsing');
		app.stdin.write('?');
		await until(app.lastFrame, (frame) => frame.includes('Summary 1/7'));
	});

	test('q and Ctrl-C quit with 0 and 130', async () => {
		running = start();
		const {app, frameWith, onQuit} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('q');
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith(0));
		app.stdin.write('\u0003');
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith(130));
	});

	test('a resize lays the section out again at once, down to too small and back', async () => {
		running = start({columns: 100, rows: 30});
		const {sizes, frameWith, app} = running;
		await frameWith('Summary 1/7');
		sizes.resize({columns: 30, rows: 12});
		let frame = await until(
			app.lastFrame,
			(text) => text.split('\n').every((line) => line.length <= 30) && text.includes('1/7'),
		);
		expect(frame.split('\n')).toHaveLength(12);
		sizes.resize({columns: 12, rows: 4});
		frame = await frameWith('need 20×6');
		expect(frame.split('\n')).toEqual(['Terminal too', 'small: 12×4,', 'need 20×6']);
		sizes.resize({columns: 100, rows: 30});
		frame = await frameWith('Summary 1/7');
		expect(frame.split('\n')).toHaveLength(30);
	});

	test('/ searches as you type; the footer counts hits and names the place; n, N and Esc', async () => {
		running = start({columns: 100, rows: 30});
		const {app, frameWith} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('/');
		await frameWith('/█');
		app.stdin.write('an');
		let frame = await frameWith('/an█');
		expect(footer(frame)).toMatch(/^\/an█ {2}\d+ matches/);
		app.stdin.write('ts');
		frame = await until(app.lastFrame, (text) => /\/ants█ {2}\d+ matches/.test(text));
		app.stdin.write('\r');
		frame = await until(app.lastFrame, (text) => /^1\/\d+ Summary › prose/.test(footer(text)));
		app.stdin.write('n');
		frame = await until(app.lastFrame, (text) => footer(text).startsWith('2/'));
		app.stdin.write('N');
		await until(app.lastFrame, (text) => footer(text).startsWith('1/'));
		app.stdin.write('\u001b');
		await until(app.lastFrame, (text) => footer(text).startsWith('←→ section'));
	});

	test('--search opens at the first hit', async () => {
		running = start({columns: 100, rows: 30, query: 'wax'});
		const frame = await running.frameWith('› ');
		expect(footer(frame)).toMatch(/^1\/1 Architecture › prose/);
	});

	test('c opens the subjects picker: hiding and moving subjects changes every table', async () => {
		running = start({columns: 100, rows: 40, section: 2});
		const {app, frameWith} = running;
		await frameWith('Performance 3/7');
		app.stdin.write('c');
		await frameWith('[x] Bee');
		// Move Ant to the end, then hide Bee.
		app.stdin.write('JJ');
		const picker = await until(app.lastFrame, (text) => /\[x\] Bee\n.*\[x\] Cat\n.*\[x\] Ant/.test(text));
		expect(picker).toMatch(/▶ \[x\] Ant/);
		app.stdin.write('kk ');
		await frameWith('[ ] Bee');
		app.stdin.write('\u001b');
		const frame = await until(app.lastFrame, (text) => text.includes('Performance 3/7') && !text.includes('[ ] Bee'));
		const header = frame.split('\n').find((line) => line.includes('│ Ant'));
		expect(header?.replace(/ +/g, ' ').trim()).toBe('│ Cat │ Ant');
		app.stdin.write('G');
		const bottom = await until(app.lastFrame, (text) => /(100%|All)$/.test(footer(text)));
		expect(frame + bottom).not.toMatch(/│ Bee|Bee +(no figure|7)/);
		expect(bottom).toMatch(/Cat +no figure in the source/);
	});

	test('d hides rows where every subject agrees and the footer says how many', async () => {
		running = start({columns: 100, rows: 60, section: 4});
		const {app, frameWith} = running;
		// Tall enough that the Licence row is on screen before it is hidden.
		expect(await frameWith('Cost 5/7')).toMatch(/Licence +│ Free of any fee +│ Free of any fee +│ Free of any fee/);
		app.stdin.write('d');
		const frame = await frameWith('1 row hidden');
		expect(frame).not.toMatch(/Licence|Free of any fee/);
		expect(frame).toMatch(/Upkeep +│ Sugar/);
	});

	test('r lists the references and a number without one says so; i tells where the comparison comes from', async () => {
		running = start({columns: 100, rows: 40});
		const {app, frameWith} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('r');
		await frameWith('https://example.org/ants');
		// A picked reference is marked in reverse video, which this colourless frame cannot show
		// (the reducer's tests cover picking); a number with no reference says so in the footer.
		app.stdin.write('9');
		await frameWith('no reference 9');
		app.stdin.write('q');
		await frameWith('Summary 1/7');
		app.stdin.write('i');
		const info = await frameWith('About this comparison');
		expect(info).toContain('The source says it was generated by a machine.');
		expect(info).toContain('Small Press');
	});

	test('keys read before the frame of the key before them still follow it: / then q types q', async () => {
		running = start();
		const {app, frameWith, onQuit} = running;
		await frameWith('Summary 1/7');
		// Two reads, no frame between them.
		app.stdin.write('/');
		app.stdin.write('q');
		await frameWith('/q█');
		app.stdin.write('\u001b');
		app.stdin.write('q');
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith(0));
	});

	test('clicks open what they land on; the wheel scrolls; M leaves the mouse to the terminal', async () => {
		running = start({columns: 60, rows: 16, section: 2});
		const {send, frameWith, app, onMouseCapture} = running;
		const first = await frameWith('Performance 3/7');
		await vi.waitFor(() => expect(onMouseCapture).toHaveBeenLastCalledWith(true));
		send(press(30, 9, 'wheel-down'));
		await until(app.lastFrame, (frame) => frame.split('\n')[4] === first.split('\n')[7]);
		send(press(first.split('\n')[2]?.indexOf('4 Developer') ?? -1, 2));
		await frameWith('Developer experience 4/7');
		app.stdin.write('M');
		await frameWith('mouse off');
		await vi.waitFor(() => expect(onMouseCapture).toHaveBeenLastCalledWith(false));
		// Taken no more: a click does nothing (the key after it shows it was read).
		send(press(first.split('\n')[2]?.indexOf('3 Performance') ?? -1, 2));
		app.stdin.write('j');
		await until(app.lastFrame, (frame) => !frame.includes('mouse off'));
		expect(app.lastFrame()).toContain('Developer experience 4/7');
	});

	test('a paste is typed into the search as one line, and ignored anywhere else', async () => {
		running = start({columns: 100, rows: 30});
		const {send, frameWith, app, onQuit} = running;
		await frameWith('Summary 1/7');
		send({kind: 'paste', text: 'qqq'});
		app.stdin.write('/');
		await frameWith('/█');
		send({kind: 'paste', text: 'lite\r\nstar\u0007'});
		await frameWith('/lite star█');
		expect(onQuit).not.toHaveBeenCalled();
	});

	test('Ctrl-Z asks to suspend, and leaves the state as it was', async () => {
		running = start();
		const {app, frameWith, onSuspend} = running;
		await frameWith('Summary 1/7');
		app.stdin.write('2');
		await frameWith('Architecture 2/7');
		app.stdin.write('\u001a');
		await vi.waitFor(() => expect(onSuspend).toHaveBeenCalledTimes(1));
		app.stdin.write('j');
		await until(
			app.lastFrame,
			(frame) => frame.includes('Architecture 2/7') && frame.split('\n')[4] !== 'Architecture',
		);
	});
});
