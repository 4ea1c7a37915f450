import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {runs} from '../test-support/runs.js';
import {InputSplitter, type InputToken, type MouseEvent, pastedText} from './terminal-input.js';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

/** Adjacent keys tokens merged: how keys are cut into tokens depends on where the bytes were cut. */
function normal(tokens: readonly InputToken[]): InputToken[] {
	const result: InputToken[] = [];
	for (const token of tokens) {
		const last = result.at(-1);
		if (token.kind === 'keys' && last?.kind === 'keys')
			result[result.length - 1] = {kind: 'keys', text: last.text + token.text};
		else result.push(token);
	}
	return result;
}

/** Feeds the pieces one after the other, then flushes what is left, as a quiet terminal would. */
function split(pieces: readonly Uint8Array[]): InputToken[] {
	const splitter = new InputSplitter();
	const tokens = pieces.flatMap((piece) => splitter.push(piece));
	return normal([...tokens, ...splitter.flush()]);
}

function mouse(partial: Partial<MouseEvent> & Pick<MouseEvent, 'column' | 'row'>): MouseEvent {
	return {button: 'left', action: 'press', shift: false, alt: false, ctrl: false, ...partial};
}

/** One generated piece of input: its bytes as the terminal sends them, and the token expected. */
type Item = {readonly text: string; readonly token: InputToken};

const keyCharacters = [
	...'abcjkqnNG/?cdrix 0123456789[]<>;~M:',
	'\r',
	'\n',
	'\t',
	'\u007f',
	'\u0003',
	'\u0001',
	'é',
	'表',
	'🙂',
];
const keySequences = [
	'\u001b[A',
	'\u001b[B',
	'\u001b[5~',
	'\u001b[1;2A',
	'\u001b[Z',
	'\u001bOA',
	'\u001b[[A',
	'\u001bj',
];

const keysItem: fc.Arbitrary<Item> = fc
	.array(fc.oneof(fc.constantFrom(...keyCharacters), fc.constantFrom(...keySequences)), {minLength: 1, maxLength: 8})
	.map((parts) => {
		const text = parts.join('');
		return {text, token: {kind: 'keys', text}};
	});

const sgrMouse: fc.Arbitrary<Item> = fc
	.record({
		button: fc.constantFrom(0, 1, 2),
		wheel: fc.boolean(),
		modifiers: fc.constantFrom(0, 4, 8, 16, 28),
		motion: fc.boolean(),
		release: fc.boolean(),
		column: fc.integer({min: 0, max: 499}),
		row: fc.integer({min: 0, max: 199}),
	})
	.map(({button, wheel, modifiers, motion, release, column, row}) => {
		const code = (wheel ? 64 : 0) + button + modifiers + (motion && !wheel ? 32 : 0);
		const names = wheel ? (['wheel-up', 'wheel-down', 'wheel-left'] as const) : (['left', 'middle', 'right'] as const);
		return {
			text: `\u001b[<${code};${column + 1};${row + 1}${release ? 'm' : 'M'}`,
			token: {
				kind: 'mouse',
				mouse: {
					button: names[button] ?? 'left',
					action: release ? 'release' : motion && !wheel ? 'motion' : 'press',
					column,
					row,
					shift: (modifiers & 4) !== 0,
					alt: (modifiers & 8) !== 0,
					ctrl: (modifiers & 16) !== 0,
				},
			},
		};
	});

// X10 reports keep to columns and rows below 95, where every byte is ASCII.
const x10Mouse: fc.Arbitrary<Item> = fc
	.record({
		button: fc.constantFrom(0, 1, 2, 64, 65),
		column: fc.integer({min: 0, max: 93}),
		row: fc.integer({min: 0, max: 93}),
	})
	.map(({button, column, row}) => ({
		text: `\u001b[M${String.fromCharCode(32 + button, 33 + column, 33 + row)}`,
		token: {
			kind: 'mouse',
			mouse: mouse({
				button: ({0: 'left', 1: 'middle', 2: 'right', 64: 'wheel-up', 65: 'wheel-down'} as const)[button],
				column,
				row,
			}),
		},
	}));

const pasteItem: fc.Arbitrary<Item> = fc
	.array(fc.oneof(fc.constantFrom(...keyCharacters), fc.string({maxLength: 6})), {maxLength: 10})
	.map((parts) => parts.join('').replace(/\u001b/g, ''))
	.map((text) => ({text: `\u001b[200~${text}\u001b[201~`, token: {kind: 'paste', text}}));

const channel = fc.integer({min: 0, max: 0xffff});
const background: fc.Arbitrary<Item> = fc
	.record({red: channel, green: channel, blue: channel, bel: fc.boolean()})
	.map(({red, green, blue, bel}) => {
		const hex = (value: number) => value.toString(16).padStart(4, '0');
		return {
			text: `\u001b]11;rgb:${hex(red)}/${hex(green)}/${hex(blue)}${bel ? '\u0007' : '\u001b\\'}`,
			token: {kind: 'background', rgb: [red, green, blue].map((value) => (value / 0xffff) * 255) as never},
		};
	});

const answers: fc.Arbitrary<Item> = fc.constantFrom<Item>(
	{text: '\u001b[?1;2c', token: {kind: 'attributes'}},
	{text: '\u001b[?62;22;52c', token: {kind: 'attributes'}},
	{text: '\u001b[>0;276;0c', token: {kind: 'reply'}},
	{text: '\u001b]10;rgb:0000/0000/0000\u001b\\', token: {kind: 'reply'}},
	{text: '\u001b[?2004;1$y', token: {kind: 'reply'}},
);

const items = fc.array(fc.oneof(keysItem, sgrMouse, x10Mouse, pasteItem, background, answers), {maxLength: 12});

describe('InputSplitter', () => {
	test('takes mouse reports, pastes and answers out of the keys, however the bytes are cut', () => {
		fc.assert(
			fc.property(items, (generated) => {
				const whole = bytes(generated.map((item) => item.text).join(''));
				const expected = normal(generated.map((item) => item.token));
				expect(split([whole])).toEqual(expected);
				// Cut at every byte boundary, UTF-8 characters included.
				for (let at = 1; at < whole.length; at++) {
					expect(split([whole.subarray(0, at), whole.subarray(at)])).toEqual(expected);
				}
				// And one byte at a time.
				expect(split(Array.from(whole, (byte) => Uint8Array.of(byte)))).toEqual(expected);
			}),
			{numRuns: runs(150)},
		);
	});

	test('nothing of a mouse report, paste or answer ever reaches the keys', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(sgrMouse, x10Mouse, pasteItem, background, answers), {minLength: 1}),
				(generated) => {
					const tokens = split([bytes(generated.map((item) => item.text).join(''))]);
					expect(tokens.filter((token) => token.kind === 'keys')).toEqual([]);
				},
			),
		);
	});

	test('a click at column 45 is a click, not the keys 4 and 5', () => {
		expect(split([bytes('\u001b[<0;45;3M\u001b[<0;45;3m')])).toEqual([
			{kind: 'mouse', mouse: mouse({column: 44, row: 2})},
			{kind: 'mouse', mouse: mouse({column: 44, row: 2, action: 'release'})},
		]);
	});

	test('a pasted "qqq" is a paste, and keys around it stay keys', () => {
		expect(split([bytes('j\u001b[200~qqq\u001b[201~k')])).toEqual([
			{kind: 'keys', text: 'j'},
			{kind: 'paste', text: 'qqq'},
			{kind: 'keys', text: 'k'},
		]);
	});

	test('an Esc alone waits for what follows, and is a key once flushed', () => {
		const splitter = new InputSplitter();
		expect(splitter.push(bytes('\u001b'))).toEqual([]);
		expect(splitter.pending()).toBe('escape');
		expect(splitter.flush()).toEqual([{kind: 'keys', text: '\u001b'}]);
		expect(splitter.pending()).toBeUndefined();
	});

	test('the rest of a mouse report that comes after its Esc was given up on is still not typed', () => {
		const splitter = new InputSplitter();
		splitter.push(bytes('\u001b'));
		expect(splitter.flush()).toEqual([{kind: 'keys', text: '\u001b'}]);
		expect(splitter.push(bytes('[<0;45;3M'))).toEqual([{kind: 'mouse', mouse: mouse({column: 44, row: 2})}]);
		// An Esc given up on and then an ordinary key: the key alone.
		splitter.push(bytes('\u001b'));
		splitter.flush();
		expect(splitter.push(bytes('j'))).toEqual([{kind: 'keys', text: 'j'}]);
	});

	test('an unfinished mouse report or answer is dropped when flushed; an unfinished paste is delivered', () => {
		for (const start of ['\u001b[<0;4', '\u001b]11;rgb:ff', '\u001b[?1;', '\u001b[M!', '\u001b[20']) {
			const splitter = new InputSplitter();
			expect(splitter.push(bytes(start)), start).toEqual([]);
			expect(splitter.pending(), start).toBe('sequence');
			expect(splitter.flush(), start).toEqual([]);
		}
		const splitter = new InputSplitter();
		expect(splitter.push(bytes('\u001b[200~half a past'))).toEqual([]);
		expect(splitter.pending()).toBe('paste');
		expect(splitter.flush()).toEqual([{kind: 'paste', text: 'half a past'}]);
		expect(splitter.push(bytes('q'))).toEqual([{kind: 'keys', text: 'q'}]);
	});

	test('Alt-] followed by typing is keys, not an answer that never ends', () => {
		expect(split([bytes('\u001b]jj\r')])).toEqual([{kind: 'keys', text: '\u001b]jj\r'}]);
	});

	test('reset forgets a half-received sequence', () => {
		const splitter = new InputSplitter();
		splitter.push(bytes('\u001b[200~abc'));
		splitter.reset();
		expect(splitter.pending()).toBeUndefined();
		expect(splitter.push(bytes('q'))).toEqual([{kind: 'keys', text: 'q'}]);
	});
});

describe('pastedText', () => {
	test('line breaks and tabs become spaces; escape sequences and controls go', () => {
		expect(pastedText('fast\r\napi\rlite\nstar\tx')).toBe('fast api lite star x');
		expect(pastedText('\u001b[31mred\u001b[0m\u0007 \u001b]0;title\u0007ok\u0000')).toBe('red ok');
	});
});
