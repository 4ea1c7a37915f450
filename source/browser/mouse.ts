// The mouse as commands, like keys: the wheel scrolls, a left click does what is drawn where it
// lands (the frame knows: see Frame.click). Everything else, drags and releases included, does
// nothing, so a stray report can never act.
import {type Command, wheelLines} from './keymap.js';
import type {Frame} from './screen.js';
import type {MouseEvent} from './terminal-input.js';

/** The commands a mouse report gives on a frame. */
export function mouseCommands(event: MouseEvent, shown: Frame): readonly Command[] {
	if (event.action !== 'press') return [];
	if (event.button === 'wheel-up') return [{type: 'scroll', lines: -wheelLines}];
	if (event.button === 'wheel-down') return [{type: 'scroll', lines: wheelLines}];
	if (event.button === 'left') return shown.click(event.column, event.row);
	return [];
}
