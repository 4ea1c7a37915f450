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
		expect(pastedText('a\vb\fcV')).toBe('a b cV');
	});
});

describe('InputSplitter, one sequence at a time', () => {
	/** Each push's tokens as they come, unmerged, then what flush gives. */
	function pushes(...pieces: string[]): InputToken[][] {
		const splitter = new InputSplitter();
		return [...pieces.map((piece) => splitter.push(bytes(piece))), splitter.flush()];
	}

	test('a complete key sequence is handed on at once, nothing held', () => {
		const splitter = new InputSplitter();
		expect(splitter.push(bytes('\u001b[A'))).toEqual([{kind: 'keys', text: '\u001b[A'}]);
		expect(splitter.pending()).toBeUndefined();
		expect(splitter.push(bytes('\u001b[1;2Aj'))).toEqual([{kind: 'keys', text: '\u001b[1;2Aj'}]);
		expect(splitter.pending()).toBeUndefined();
	});

	test('a sequence cut after its intermediate bytes waits for its final byte', () => {
		expect(pushes('\u001b[ ', 'q')).toEqual([[], [{kind: 'keys', text: '\u001b[ q'}], []]);
		expect(pushes('\u001b[1/', 'q')).toEqual([[], [{kind: 'keys', text: '\u001b[1/q'}], []]);
	});

	test("the Linux console's function keys (Esc [ [ A) wait for their last byte", () => {
		expect(pushes('\u001b[[', 'A')).toEqual([[], [{kind: 'keys', text: '\u001b[[A'}], []]);
		const splitter = new InputSplitter();
		splitter.push(bytes('\u001b[['));
		expect(splitter.pending()).toBe('escape');
	});

	test('an Esc inside what looks like a sequence starts a new one', () => {
		expect(split([bytes('\u001b[\u001b[<0;1;1M')])).toEqual([
			{kind: 'keys', text: '\u001b['},
			{kind: 'mouse', mouse: mouse({column: 0, row: 0})},
		]);
	});

	test('a mouse report at the top left cell is cell 0, 0; one off the screen is dropped', () => {
		expect(split([bytes('\u001b[<0;1;1M')])).toEqual([{kind: 'mouse', mouse: mouse({column: 0, row: 0})}]);
		for (const report of ['\u001b[<0;0;5M', '\u001b[<0;5;0M', '\u001b[<0;0;0M']) {
			expect(split([bytes(report)]), report).toEqual([]);
		}
		// X10: a column byte of 32 is column 0 in 1-based counting, nonsense; so is a button byte below 32.
		expect(split([bytes('\u001b[M  !')])).toEqual([]);
		expect(split([bytes('\u001b[M !!')])).toEqual([{kind: 'mouse', mouse: mouse({column: 0, row: 0})}]);
		expect(split([bytes('\u001b[M\u0000!!')])).toEqual([]);
	});

	test('a mouse report with the extra buttons bit names another button', () => {
		expect(split([bytes('\u001b[<128;3;4M')])).toEqual([
			{kind: 'mouse', mouse: mouse({button: 'other', column: 2, row: 3})},
		]);
	});

	test('X10 says released with button 3 and no motion; with motion it is a move with no button', () => {
		expect(split([bytes('\u001b[M#!!')])).toEqual([
			{kind: 'mouse', mouse: mouse({button: 'none', action: 'release', column: 0, row: 0})},
		]);
		expect(split([bytes('\u001b[MC!!')])).toEqual([
			{kind: 'mouse', mouse: mouse({button: 'none', action: 'motion', column: 0, row: 0})},
		]);
	});

	test('an SGR mouse report that is not one (extra field, other final byte, no numbers) is dropped', () => {
		for (const report of ['\u001b[<0;1;1;2M', '\u001b[<0;1;123456M', '\u001b[<0;1;1@', '\u001b[<0;1;1c', '\u001b[<M']) {
			expect(split([bytes(report)]), report).toEqual([]);
		}
		// DEL is no final byte: that was Alt-[ and typing.
		expect(split([bytes('\u001b[<0;1;1\u007f')])).toEqual([{kind: 'keys', text: '\u001b[<0;1;1\u007f'}]);
	});

	test("DA1's answer says attributes; other private answers are replies; keys with ? later stay keys", () => {
		expect(split([bytes('\u001b[?1;2c')])).toEqual([{kind: 'attributes'}]);
		expect(split([bytes('\u001b[?1;2n\u001b[>1c')])).toEqual([{kind: 'reply'}, {kind: 'reply'}]);
		expect(split([bytes('\u001b[1?c')])).toEqual([{kind: 'keys', text: '\u001b[1?c'}]);
	});

	test('an end of paste without a start is dropped; other sequences ending in ~ or 201 are keys', () => {
		expect(split([bytes('a\u001b[201~b')])).toEqual([{kind: 'keys', text: 'ab'}]);
		expect(pushes('\u001b[201~')).toEqual([[], []]);
		for (const key of ['\u001b[~', '\u001b[201A', '\u001b[200A', '\u001b[2~', '\u001b[A']) {
			expect(split([bytes(`${key}j`)]), key).toEqual([{kind: 'keys', text: `${key}j`}]);
		}
	});

	test('held back after "Esc [ 200" is a paste start to come; "Esc [ 2001" is a key sequence', () => {
		const splitter = new InputSplitter();
		expect(splitter.push(bytes('\u001b[200'))).toEqual([]);
		expect(splitter.pending()).toBe('sequence');
		expect(splitter.flush()).toEqual([]);
		expect(splitter.push(bytes('\u001b[2001'))).toEqual([]);
		expect(splitter.pending()).toBe('escape');
		expect(splitter.flush()).toEqual([{kind: 'keys', text: '\u001b[2001'}]);
	});

	test('an answer to OSC 11 may end with the one-byte ST', () => {
		expect(split([bytes('\u001b]11;rgb:ffff/0000/0000\u009c')])).toEqual([{kind: 'background', rgb: [255, 0, 0]}]);
	});

	test('an answer cut short by another Esc is a reply, and what follows is read on its own', () => {
		expect(split([bytes('\u001b]11;x\u001b[A')])).toEqual([{kind: 'reply'}, {kind: 'keys', text: '\u001b[A'}]);
	});

	test('an answer may hold spaces; DEL after Esc ] is typing', () => {
		expect(split([bytes('\u001b]0;my title\u0007')])).toEqual([{kind: 'reply'}]);
		expect(split([bytes('\u001b]\u007f')])).toEqual([{kind: 'keys', text: '\u001b]\u007f'}]);
	});

	test('a character cut between two pushes is one character', () => {
		const [first, second] = [bytes('é').subarray(0, 1), bytes('é').subarray(1)];
		const splitter = new InputSplitter();
		expect(splitter.push(first)).toEqual([]);
		expect(splitter.push(second)).toEqual([{kind: 'keys', text: 'é'}]);
	});

	test('after an unfinished report is dropped, the next key is typed alone', () => {
		const splitter = new InputSplitter();
		splitter.push(bytes('\u001b[<0;4'));
		expect(splitter.flush()).toEqual([]);
		expect(splitter.push(bytes('q'))).toEqual([{kind: 'keys', text: 'q'}]);
	});

	test('an Esc given up on, then the start of a key sequence: only the new bytes are typed on flush', () => {
		const splitter = new InputSplitter();
		splitter.push(bytes('\u001b'));
		expect(splitter.flush()).toEqual([{kind: 'keys', text: '\u001b'}]);
		expect(splitter.push(bytes('[1'))).toEqual([]);
		expect(splitter.pending()).toBe('escape');
		expect(splitter.flush()).toEqual([{kind: 'keys', text: '[1'}]);
		expect(splitter.pending()).toBeUndefined();
		expect(splitter.push(bytes('q'))).toEqual([{kind: 'keys', text: 'q'}]);
	});

	test('a sequence that never ends is dropped past 64 KiB, and what comes after is typed whole', () => {
		const limit = 64 * 1024;
		const exact = new InputSplitter();
		expect(exact.push(bytes(`\u001b[${'1'.repeat(limit - 2)}`))).toEqual([]);
		expect(exact.pending()).toBe('escape');

		const over = new InputSplitter();
		expect(over.push(bytes(`\u001b[${'1'.repeat(limit - 1)}`))).toEqual([]);
		expect(over.pending()).toBeUndefined();
		expect(over.push(bytes('ab'))).toEqual([{kind: 'keys', text: 'ab'}]);

		// After an Esc handed on by a flush, too.
		const late = new InputSplitter();
		late.push(bytes('\u001b'));
		late.flush();
		expect(late.push(bytes(`[${'1'.repeat(limit)}`))).toEqual([]);
		expect(late.pending()).toBeUndefined();
		expect(late.push(bytes('ab'))).toEqual([{kind: 'keys', text: 'ab'}]);

		// Only the sequence counts, not the keys before it.
		const long = new InputSplitter();
		const keys = 'x'.repeat(limit - 10);
		expect(long.push(bytes(`${keys}\u001b[1`))).toEqual([{kind: 'keys', text: keys}]);
		expect(long.pending()).toBe('escape');
	});

	test('a paste stops growing at 1 MiB, however it comes', () => {
		const limit = 1024 * 1024;
		const whole = new InputSplitter();
		expect(whole.push(bytes(`\u001b[200~${'a'.repeat(limit + 10)}\u001b[201~`))).toEqual([
			{kind: 'paste', text: 'a'.repeat(limit)},
		]);
		const pieces = new InputSplitter();
		expect(pieces.push(bytes(`\u001b[200~${'a'.repeat(limit - 5)}`))).toEqual([]);
		expect(pieces.push(bytes(`${'b'.repeat(20)}\u001b[201~`))).toEqual([
			{kind: 'paste', text: `${'a'.repeat(limit - 5)}bbbbb`},
		]);
		const flushed = new InputSplitter();
		flushed.push(bytes(`\u001b[200~${'a'.repeat(limit + 10)}`));
		expect(flushed.flush()).toEqual([{kind: 'paste', text: 'a'.repeat(limit)}]);
	});

	test('the end of a paste cut between pushes is still its end', () => {
		expect(pushes('\u001b[200~ab\u001b[2', '01~c')).toEqual([
			[],
			[
				{kind: 'paste', text: 'ab'},
				{kind: 'keys', text: 'c'},
			],
			[],
		]);
		expect(pushes('\u001b[200~ab\u001b', 'x\u001b[201~')).toEqual([[], [{kind: 'paste', text: 'ab\u001bx'}], []]);
	});
});
