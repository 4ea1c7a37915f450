import type {Key} from 'ink';
import type {KeyName} from '../core/keymap.js';

/**
 * Ink's view of one input chunk as the keymap's key names. Printable keys that arrive together
 * ("jjj" from a held key or a fast typist) come as one string: each character counts.
 */
export function keyNames(input: string, key: Key): KeyName[] {
	if (key.ctrl && input === 'c') return ['ctrl-c'];
	if (key.upArrow) return [key.shift ? 'shift-up' : 'up'];
	if (key.downArrow) return [key.shift ? 'shift-down' : 'down'];
	if (key.leftArrow) return ['left'];
	if (key.rightArrow) return ['right'];
	if (key.pageUp) return ['pageup'];
	if (key.pageDown) return ['pagedown'];
	if (key.home) return ['home'];
	if (key.end) return ['end'];
	if (key.tab) return [key.shift ? 'shift-tab' : 'tab'];
	if (key.escape) return ['escape'];
	if (key.return) return ['return'];
	if (key.backspace || key.delete) return ['backspace'];
	if (key.ctrl || key.meta) return [];
	return Array.from(input, (character) => (character === ' ' ? 'space' : character));
}
