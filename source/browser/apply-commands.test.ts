// Commands of one batch (keys that arrive together, as "d" then "G" typed fast) act on the sizes
// of what the command before them left on screen, not on those of the frame the batch began from.
import {describe, expect, test} from 'vitest';
import {bundledDocument} from '../test-support/fixtures.js';
import type {Command} from './keymap.js';
import {applyCommands, frame, LayoutCache} from './screen.js';
import {initialState} from './state.js';

const document = bundledDocument();
const order = document.comparison.subjects.map((subject) => subject.id);
const size = {columns: 80, rows: 24};

/** The state after the commands, in one batch or each in a batch of its own (a frame between). */
function after(commands: readonly Command[], together: boolean, section = 4, differences = true) {
	const cache = new LayoutCache(document);
	let state = initialState({section, order, differences});
	if (together)
		return applyCommands({cache, state, size, ascii: false}, frame({cache, state, size, ascii: false}).extent, commands)
			.state;
	for (const command of commands) {
		const shown = frame({cache, state, size, ascii: false});
		state = applyCommands({cache, state, size, ascii: false}, shown.extent, [command]).state;
	}
	return state;
}

describe('applyCommands', () => {
	test('differences off then the bottom, in one batch: the bottom of the whole section', () => {
		const one = after([{type: 'differences'}, {type: 'bottom'}], true);
		const apart = after([{type: 'differences'}, {type: 'bottom'}], false);
		expect(one.differences).toBe(false);
		expect(one.scroll).toBe(apart.scroll);
		// The whole Cost section is longer than its differences: the bottom is further down.
		const cache = new LayoutCache(document);
		const shown = frame({cache, state: one, size, ascii: false});
		expect(shown.state.scroll).toBe(one.scroll);
		expect(
			shown.lines
				.at(-1)
				?.map((piece) => piece.text)
				.join(''),
		).toMatch(/Cost 5\/7 +(100%|All)$/);
	});

	test('differences on then the bottom, in one batch: the bottom of what is left', () => {
		const one = after([{type: 'differences'}, {type: 'bottom'}], true, 4, false);
		const apart = after([{type: 'differences'}, {type: 'bottom'}], false, 4, false);
		expect(one.differences).toBe(true);
		expect(one.scroll).toBe(apart.scroll);
	});

	test('an overlay opened then the bottom: the overlay scrolls to its own bottom', () => {
		const commands: Command[] = [{type: 'open', overlay: 'help'}, {type: 'bottom'}];
		const one = after(commands, true);
		expect(one.overlay).toBe('help');
		expect(one.overlayScroll).toBeGreaterThan(0);
		expect(one.overlayScroll).toBe(after(commands, false).overlayScroll);
	});
});
