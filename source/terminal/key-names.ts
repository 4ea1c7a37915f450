import type {Key} from 'ink';
import type {KeyName} from '../browser/keymap.js';

// Control characters that can arrive inside a run of typed text: Ink hands a run between escape
// sequences over as one string ("benchmark\rnn" when keys come fast), so each is named here.
const controls: Record<string, KeyName> = {
	'\r': 'return',
	'\n': 'return',
	'\t': 'tab',
	'\u007f': 'backspace',
	'\b': 'backspace',
	'\u001b': 'escape',
	'\u0003': 'ctrl-c',
	'\u001a': 'ctrl-z',
	' ': 'space',
};

/** Ctrl and a letter (Ctrl-F is 0x06), as the keymap names it ("ctrl-f"); undefined for other characters. */
function ctrlLetter(character: string): KeyName | undefined {
	const code = character.charCodeAt(0);
	return character.length === 1 && code >= 1 && code <= 26 ? `ctrl-${String.fromCharCode(code + 96)}` : undefined;
}

function characters(input: string): KeyName[] {
	const names: KeyName[] = [];
	for (const character of input) {
		const control = controls[character] ?? ctrlLetter(character);
		if (control) names.push(control);
		else if (character >= ' ') names.push(character);
	}
	return names;
}

/**
 * Ink's view of one input chunk as the keymap's key names. Printable keys that arrive together
 * ("jjj" from a held key or a fast typist) come as one string: each character counts.
 */
export function keyNames(input: string, key: Key): KeyName[] {
	if (key.ctrl && input === 'c') return ['ctrl-c'];
	if (key.ctrl && input === 'z') return ['ctrl-z'];
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
	// Esc followed at once by a key reads as Alt+key; tradeoff binds no Alt keys, so it is both.
	if (key.meta) return ['escape', ...characters(input)];
	// Ctrl and a letter: Ctrl-F, Ctrl-B, Ctrl-D, Ctrl-U, Ctrl-E, Ctrl-Y page and scroll as in less.
	if (key.ctrl) return /^[a-z]$/.test(input) ? [`ctrl-${input}`] : [];
	return characters(input);
}
