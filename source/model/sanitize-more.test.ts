import {expect, test, vi} from 'vitest';
import {payloads} from '../test-support/payloads.js';

// The sanitizer's patterns are built when its module is imported. Tests elsewhere import modules
// afresh (vi.resetModules), which imports this one again: a module of this test's own, so that
// these cases are measured with the patterns it builds.
async function freshModule() {
	vi.resetModules();
	return import('./sanitize.js');
}

// Text, what sanitizeText leaves, what stripEscapes leaves (it keeps lone control characters).
const cases: readonly (readonly [string, string, string])[] = [
	// CSI: parameters, intermediates and the final byte go with it, even when it is cut short.
	['a\u001b[12mb', 'ab', 'ab'],
	['a\u001b[1 qb', 'ab', 'ab'],
	['a\u001b[?1049lb', 'ab', 'ab'],
	['a\u001b[12', 'a', 'a'],
	['a\u009b12', 'a', 'a'],
	['a\u001b[1\u0007b', 'ab', 'a\u0007b'],
	['\u001b[2J', '', ''],
	// OSC, DCS, SOS, PM, APC up to BEL, ESC \ or ST, over a newline, or to the end of the text.
	['a\u001b]0;x\u000ay\u0007b', 'ab', 'ab'],
	['a\u001b]0;t t\u0007b', 'ab', 'ab'],
	['a\u001b]\u0007b', 'ab', 'ab'],
	['a\u001b]0;title', 'a', 'a'],
	['a\u001bXsos\u001b\\b', 'ab', 'ab'],
	['a\u001b^pm\u001b\\b', 'ab', 'ab'],
	['a\u001b_apc\u0007b', 'ab', 'ab'],
	['a\u0098sos\u009cb', 'ab', 'ab'],
	['a\u0090dcs\u009cb', 'ab', 'ab'],
	['a\u009d\u009cb', 'ab', 'ab'],
	['a\u009eb\u009cc', 'ac', 'ac'],
	['a\u009fb\u0007c', 'ac', 'ac'],
	// Other ESC sequences: none, one or two intermediates and a final byte; a lone ESC.
	['a\u001bcb', 'ab', 'ab'],
	['a\u001b(Bb', 'ab', 'ab'],
	['a\u001b$(Bb', 'ab', 'ab'],
	['a\u001b', 'a', 'a'],
	// A control character alone.
	['\u0007', '', '\u0007'],
];

test('a fresh module removes every kind of escape sequence whole, and control characters', async () => {
	const {sanitizeText, stripEscapes} = await freshModule();
	for (const [text, sanitized, stripped] of cases) {
		expect(sanitizeText(text), JSON.stringify(text)).toBe(sanitized);
		expect(stripEscapes(text), JSON.stringify(text)).toBe(stripped);
	}
	for (const {text, visible} of payloads) expect(sanitizeText(text), JSON.stringify(text)).toBe(visible);
	// Clean text is given back as it is.
	expect(sanitizeText('Überblick 表格 🚀')).toBe('Überblick 表格 🚀');
});
