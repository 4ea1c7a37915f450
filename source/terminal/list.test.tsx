import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import type {ListEntry} from '../browser/list.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {fixedSizes, until} from '../test-support/ink.js';
import {ComparisonList} from './list.js';

const document = bundledDocument();
const entries: ListEntry[] = [
	{name: 'a.json', document},
	{name: 'b.json', error: 'b.json: invalid JSON'},
	...Array.from({length: 12}, (_, index) => ({name: `more-${index + 3}.json`, document})),
];

function start(rows = 10) {
	const onOpen = vi.fn();
	const onQuit = vi.fn();
	const app = render(
		<ComparisonList
			entries={entries}
			initial={0}
			sizes={fixedSizes({columns: 60, rows})}
			ascii={false}
			color="none"
			onOpen={onOpen}
			onQuit={onQuit}
		/>,
	);
	const frameWith = (test: (frame: string) => boolean) => until(app.lastFrame, test);
	return {app, onOpen, onQuit, frameWith};
}

let running: ReturnType<typeof start> | undefined;
afterEach(() => running?.app.unmount());

describe('ComparisonList', () => {
	test('a header, as many entries as fit, the footer from the keymap; at most rows - 1 lines', async () => {
		running = start();
		const frame = await running.frameWith((text) => text.includes('1/14'));
		const lines = frame.split('\n');
		expect(lines[0]).toBe('14 comparisons  1 cannot be read');
		// Each entry after its number, as digits open it.
		expect(lines[2]).toBe('▶  1 FastAPI vs Litestar vs Django Ninja for ML APIs — Fast…');
		expect(lines[3]).toBe('   2 b.json invalid JSON');
		expect(lines).toHaveLength(9);
		expect(lines.at(-1)).toMatch(/^↑↓ choose {2}Enter open {2}\/ filter {2}q quit +1\/14$/);
	});

	test('one comparison is one comparison in the header, not "1 comparisons"', async () => {
		const app = render(
			<ComparisonList
				entries={[{name: 'a.json', document}]}
				initial={0}
				sizes={fixedSizes({columns: 60, rows: 10})}
				ascii={false}
				color="none"
				onOpen={vi.fn()}
				onQuit={vi.fn()}
			/>,
		);
		const frame = await until(app.lastFrame, (text) => text.includes('1/1'));
		app.unmount();
		expect(frame.split('\n')[0]).toBe('1 comparison');
	});

	test('keys that arrive together move one by one, wrapping at the ends; Enter opens', async () => {
		running = start();
		running.app.stdin.write('jjj');
		await running.frameWith((text) => text.includes('4/14'));
		running.app.stdin.write('kkkkk');
		await running.frameWith((text) => text.includes('13/14'));
		expect(running.app.lastFrame()).toContain('▶ 13 FastAPI');
		running.app.stdin.write('\r');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(12, '');
	});

	test('what is typed after the key that opens, in the same chunk, goes with it', async () => {
		running = start();
		running.app.stdin.write('\r/fast');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(0, '/fast');
	});

	test('a broken entry says why it cannot open; a digit opens that entry; q quits', async () => {
		running = start();
		running.app.stdin.write('2');
		await running.frameWith((text) => text.includes('b.json cannot be opened: b.json: invalid JSON'));
		expect(running.onOpen).not.toHaveBeenCalled();
		running.app.stdin.write('3');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(2, '');
		running.app.stdin.write('q');
		await until(
			() => String(running?.onQuit.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onQuit).toHaveBeenCalledWith(0);
	});

	test('two digits open the entry of that number, as the browser takes section numbers', async () => {
		running = start();
		running.app.stdin.write('1');
		await running.frameWith((text) => text.includes('comparison 1…'));
		running.app.stdin.write('2');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(11, '');
	});

	test('a lone 1 opens the first when the pause ends', async () => {
		running = start();
		running.app.stdin.write('1');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(0, '');
	});

	test('/ filters as you type; Enter opens the one chosen, Esc brings every entry back', async () => {
		running = start(20);
		running.app.stdin.write('/b.js');
		let frame = await running.frameWith((text) => text.includes('/b.js█'));
		expect(frame).toContain('1 of 14');
		expect(frame.split('\n')[2]).toBe('▶  2 b.json invalid JSON');
		expect(frame).not.toContain('more-3.json');
		running.app.stdin.write('\u007f\u007f\u007f\u007fzzz');
		frame = await running.frameWith((text) => text.includes('/zzz█'));
		expect(frame).toContain('No comparison matches "zzz".');
		running.app.stdin.write('\u001b');
		frame = await running.frameWith((text) => !text.includes('zzz'));
		expect(frame.split('\n').filter((line) => /^(▶| ) +\d+ /.test(line)).length).toBeGreaterThan(5);
		running.app.stdin.write('/more-14');
		await running.frameWith((text) => text.includes('14/14'));
		running.app.stdin.write('\r');
		await until(
			() => String(running?.onOpen.mock.calls.length),
			(calls) => calls === '1',
		);
		expect(running.onOpen).toHaveBeenCalledWith(13, '');
	});
});
