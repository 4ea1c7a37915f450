// The pseudo-terminal harness itself: what the end-to-end tests take for a screen.
import {afterEach, expect, test} from 'vitest';
import {Session} from './pty.js';

let session: Session | undefined;
afterEach(() => session?.dispose());

test('waitFor never matches a frame half drawn: inside a synchronized update it waits for the end', async () => {
	session = new Session([], {
		shell: "printf '\\033[?2026hfirst half'; sleep 0.4; printf ', second half\\033[?2026l'; sleep 5",
	});
	// "first half" is on the emulator's screen 0.4 s before the update ends; a terminal shows it only then.
	await session.waitFor('first half');
	expect(session.text()).toContain('first half, second half');
	expect(session.inSynchronizedUpdate()).toBe(false);
});
