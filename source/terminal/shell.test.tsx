import {render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import type {ListEntry} from '../browser/list.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {fixedSizes, until} from '../test-support/ink.js';
import {Shell} from './shell.js';

const document = bundledDocument();
const entries: ListEntry[] = [
	{name: 'a.json', document},
	{name: 'b.json', document},
];
let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

test('keys typed while a comparison opens reach it, and Esc goes back to the list at the same entry', async () => {
	const onQuit = vi.fn();
	app = render(
		<Shell
			entries={entries}
			ascii={false}
			color="none"
			hyperlinks={false}
			differences={false}
			theme="dark"
			mouse={true}
			onSuspend={() => {}}
			onMouseCapture={() => {}}
			sizes={fixedSizes({columns: 80, rows: 16})}
			onQuit={onQuit}
		/>,
	);
	const frame = (text: string) =>
		until(
			() => app?.lastFrame(),
			(current) => current.includes(text),
		);
	await frame('2 comparisons');
	// Enter, then at once a search, before the browser has mounted: nothing is lost on the way.
	app.stdin.write('j');
	await frame('2/2');
	app.stdin.write('\r');
	app.stdin.write('/');
	app.stdin.write('litestar');
	await frame('/litestar█');
	app.stdin.write('\r');
	await frame('n/N next/prev');
	app.stdin.write('\u001b');
	await until(
		() => app?.lastFrame(),
		(current) => !current.includes('n/N next/prev'),
	);
	app.stdin.write('\u001b');
	await frame('▶ 2 FastAPI');
	expect(app.lastFrame()).toContain('2/2');
	app.stdin.write('q');
	await until(
		() => String(onQuit.mock.calls.length),
		(calls) => calls === '1',
	);
	expect(onQuit).toHaveBeenCalledWith(0);
});

test.each([[['\r/fast\r']], [['\r', '/fast\r']]])(
	'typed at once, %j opens the first and searches it',
	async (chunks) => {
		app = render(
			<Shell
				entries={entries}
				ascii={false}
				color="none"
				hyperlinks={false}
				differences={false}
				theme="dark"
				mouse={true}
				onSuspend={() => {}}
				onMouseCapture={() => {}}
				sizes={fixedSizes({columns: 80, rows: 16})}
				onQuit={() => {}}
			/>,
		);
		await until(
			() => app?.lastFrame(),
			(current) => current.includes('2 comparisons'),
		);
		for (const chunk of chunks) app.stdin.write(chunk);
		await until(
			() => app?.lastFrame(),
			(current) => current.includes('Summary › prose  n/N next/prev'),
		);
	},
);
