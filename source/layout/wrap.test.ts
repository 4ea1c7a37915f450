import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role, span} from './styled.js';
import {wrapSpans} from './wrap.js';

const texts = (lines: ReturnType<typeof wrapSpans>) => lines.map(lineText);

describe('wrapSpans', () => {
	test('wraps at spaces and collapses runs of spaces', () => {
		expect(texts(wrapSpans([span('the  quick brown fox jumps')], 10))).toEqual(['the quick', 'brown fox', 'jumps']);
	});

	test('keeps styles across words and does not break inside a styled word', () => {
		const lines = wrapSpans([span('go '), span('bold', Role.strong), span(', then more')], 8);
		expect(texts(lines)).toEqual(['go bold,', 'then', 'more']);
		expect(lines[0]?.find((piece) => piece.text === 'bold')?.role).toBe(Role.strong);
	});

	test('breaks a word longer than the line without losing a character', () => {
		const lines = wrapSpans([span('see https://example.com/a/very/long/path now')], 12);
		expect(texts(lines)).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path', 'now']);
	});

	test('counts CJK and emoji as two columns and never splits them', () => {
		const lines = wrapSpans([span('表格表格表格 🚀🚀 ok')], 5);
		for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(5);
		expect(texts(lines).join('')).toBe('表格表格表格🚀🚀ok');
	});

	test('hanging indent: first prefix on the first line, rest on the others', () => {
		const lines = wrapSpans([span('one two three four')], 9, {
			first: [span('• ')],
			rest: [span('  ')],
		});
		expect(texts(lines)).toEqual(['• one two', '  three', '  four']);
	});

	test('a hard break starts a new line; a soft newline is a space', () => {
		expect(texts(wrapSpans([span('a'), span('\n'), span('b')], 20))).toEqual(['a b']);
		expect(texts(wrapSpans([span('a'), span('\n', Role.break), span('b')], 20))).toEqual(['a', 'b']);
	});

	test('no line is ever wider than the width, from 1 to 60', () => {
		const text = 'Lorem ipsum dolor sit amet, consectetur 表格 adipiscing elit https://example.com/x/y/z';
		for (let width = 2; width <= 60; width++) {
			for (const line of wrapSpans([span(text)], width)) expect(lineWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

describe('a text that fits on one line', () => {
	test('is given back as it is, after the prefix, when wrapping would give the same', () => {
		const spans = [span('Serialize: ', Role.label), span('443 µs', Role.none, undefined)];
		expect(wrapSpans(spans, 40, {first: [span('  ')]})).toEqual([[span('  '), ...spans]]);
	});

	test('is wrapped as any text where the shortcut would differ: spaces to collapse, a link edge, a break', () => {
		for (const spans of [
			[span('two  spaces')],
			[span(' leading')],
			[span('trailing ')],
			[span('a link ', Role.link, 'https://x.example'), span('after')],
			[span('a'), span('\n', Role.break), span('b')],
		]) {
			const lines = wrapSpans(spans, 40);
			const joined = lines.map(lineText);
			expect(joined.join('|'), JSON.stringify(spans)).not.toMatch(/ {2}|^ | $/);
		}
		// The space after a link is plain, as wrapping makes it: no underline running on.
		const [line] = wrapSpans([span('a link ', Role.link, 'https://x.example'), span('after')], 40);
		expect(line?.filter((piece) => piece.text.endsWith(' ') && piece.role & Role.link)).toEqual([]);
	});

	test('a cluster wider than a whole line (a base and spacing marks) is broken, never run past the width', () => {
		// U+1D158 U+1D165 U+1D16E: one grapheme, three columns (each spacing mark takes one).
		const note = '\u{1d158}\u{1d165}\u{1d16e}';
		for (const width of [1, 2]) {
			const lines = wrapSpans([span(`a ${note} b`)], width, {rest: []});
			for (const line of lines) expect(lineWidth(line), lineText(line)).toBeLessThanOrEqual(width);
			expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`a${note}b`);
		}
		const indented = wrapSpans([span(note)], 8, {first: [span('      ')], rest: [span('      ')]});
		for (const line of indented) expect(lineWidth(line)).toBeLessThanOrEqual(8);
	});
});

describe('the spans of a wrapped line', () => {
	test('words of one style on a line are one span; a continued line starts with an empty mark', () => {
		expect(wrapSpans([span('one two three')], 9)).toStrictEqual([
			[{text: 'one two', role: Role.none}],
			[
				{text: '', role: Role.wrapped},
				{text: 'three', role: Role.none},
			],
		]);
	});

	test('a space between words of two styles is plain, and joins the word after it', () => {
		expect(wrapSpans([span('bold', Role.strong), span('  plain')], 40)).toStrictEqual([
			[
				{text: 'bold', role: Role.strong},
				{text: ' plain', role: Role.none},
			],
		]);
	});

	test('a word that is a whole span keeps that span, not a copy', () => {
		const spans = [span('alpha', Role.strong), span('  beta')];
		const [line] = wrapSpans(spans, 40);
		expect(line?.[0]).toBe(spans[0]);
	});

	test('a link of several words stays one link, and two links to different addresses stay two', () => {
		const lines = wrapSpans(
			[span('a b', Role.link, 'https://a.example'), span('c d', Role.link, 'https://b.example')],
			5,
		);
		expect(lines).toStrictEqual([
			[
				{text: 'a b', role: Role.link, href: 'https://a.example'},
				{text: 'c', role: Role.link, href: 'https://b.example'},
			],
			[
				{text: '', role: Role.wrapped},
				{text: 'd', role: Role.link, href: 'https://b.example'},
			],
		]);
	});

	test("a space between two subjects' cells belongs to the cell after it, and so does the mark of its next line", () => {
		const lines = wrapSpans(
			[
				{text: 'a b', role: Role.none, subject: 'Go'},
				{text: ' c d', role: Role.none, subject: 'Rust'},
			],
			5,
		);
		expect(lines).toStrictEqual([
			[
				{text: 'a b', role: Role.none, subject: 'Go'},
				{text: ' c', role: Role.none, subject: 'Rust'},
			],
			[
				{text: '', role: Role.wrapped, subject: 'Rust'},
				{text: 'd', role: Role.none, subject: 'Rust'},
			],
		]);
	});
});

describe('spans that fit on one line as they are', () => {
	test('are given back unmerged: exactly as wide as the line, a space leading a span, a link in two pieces, an empty span', () => {
		const link = 'https://x.example';
		for (const [spans, width] of [
			[[span('a'), span('b')], 2],
			[[span('a'), span(' b')], 10],
			[[span('Type', Role.link, link), span('Script', Role.link, link)], 40],
			[[span('a'), span('')], 10],
		] as const) {
			expect(wrapSpans(spans, width), JSON.stringify(spans)).toStrictEqual([spans]);
		}
	});

	test('are wrapped where a space would double, or a link or a strikethrough would show on its edge', () => {
		expect(wrapSpans([span('a '), span(' b')], 10)).toStrictEqual([[{text: 'a b', role: Role.none}]]);
		expect(wrapSpans([span('see'), span(' docs', Role.link, 'https://x.example')], 40)).toStrictEqual([
			[
				{text: 'see ', role: Role.none},
				{text: 'docs', role: Role.link, href: 'https://x.example'},
			],
		]);
		expect(wrapSpans([span('gone ', Role.del), span('now')], 40)).toStrictEqual([
			[
				{text: 'gone', role: Role.del},
				{text: ' now', role: Role.none},
			],
		]);
	});

	test('no text at all is one empty line, without the empty span', () => {
		expect(wrapSpans([span('')], 10)).toStrictEqual([[]]);
	});
});

describe('a word broken across lines', () => {
	test('keeps a cluster that fits on a line whole, on the next line', () => {
		// क and the spacing mark ि: one cluster, two columns.
		expect(texts(wrapSpans([span('abcdकि')], 5))).toEqual(['abcd', 'कि']);
	});

	test('a cluster wider than the line goes code point by code point, each taking what it adds', () => {
		const note = '\u{1d158}\u{1d165}\u{1d16e}';
		expect(texts(wrapSpans([span(`a ${note} b`)], 1))).toEqual(['a', '\u{1d158}', '\u{1d165}\u{1d16e}', 'b']);
		expect(texts(wrapSpans([span(`a ${note} b`)], 2))).toEqual(['a', '\u{1d158}\u{1d165}', '\u{1d16e} b']);
		// Spacing marks without their base on the line take no column, as displayWidth measures them.
		const stems = `x${'\u{1d165}'.repeat(4)}`;
		expect(texts(wrapSpans([span(stems)], 1))).toEqual(['x', '\u{1d165}'.repeat(4)]);
		expect(texts(wrapSpans([span(stems)], 2))).toEqual(['x\u{1d165}', '\u{1d165}'.repeat(3)]);
	});

	test('keeps whole a cluster too wide for what is left of a narrow first line that fits on the lines after it', () => {
		const note = '\u{1d158}\u{1d165}\u{1d16e}';
		expect(texts(wrapSpans([span(`a${note}bcd`)], 4, {first: [span('  ')], rest: []}))).toEqual([
			'  a',
			`${note}b`,
			'cd',
		]);
		// Exactly as wide as the lines after the first, it still fits on them whole.
		expect(texts(wrapSpans([span(`a${note}`)], 3, {first: [span(' ')], rest: []}))).toEqual([' a', note]);
	});
});

describe('wrapSpans: Unicode line breaking (UAX #14) in text that is not all ASCII', () => {
	const prose =
		'介绍 LLM Gateway 的边界、模型路由、Fallback、限流配额、Token 预算、成本统计、观测审计、缓存策略、Java 后端落地方案和主流方案选型。';

	test('lines fill to the width, breaking between ideographs, never before ，。、 nor inside a Latin word', () => {
		for (const width of [20, 23, 30, 40]) {
			const lines = texts(wrapSpans([span(prose)], width));
			expect(lines.join('').replace(/ /g, ''), `at ${width}`).toBe(prose.replace(/ /g, ''));
			for (const line of lines) {
				expect(line, `at ${width}`).not.toMatch(/^[，。、；：！？）」]/);
				expect(lineWidth([span(line)]), `at ${width}`).toBeLessThanOrEqual(width);
			}
			// No line is left short while the next could have given it a character (or a word).
			for (const line of lines.slice(0, -1))
				expect(lineWidth([span(line)]), `${line} at ${width}`).toBeGreaterThanOrEqual(width - 9);
			const words = ['LLM', 'Gateway', 'Fallback', 'Token', 'Java'];
			for (const word of words)
				expect(
					lines.some((line) => line.includes(word)),
					`${word} at ${width}`,
				).toBe(true);
		}
		expect(texts(wrapSpans([span(prose)], 23))).toEqual([
			'介绍 LLM Gateway 的边',
			'界、模型路由、',
			'Fallback、限流配额、',
			'Token 预算、成本统计、',
			'观测审计、缓存策略、',
			'Java 后端落地方案和主流',
			'方案选型。',
		]);
	});

	test('a break between ideographs joins its lines without a space, for search', () => {
		const lines = wrapSpans([span('模型路由模型路由')], 8);
		expect(texts(lines)).toEqual(['模型路由', '模型路由']);
		expect(lines[1]?.[0]).toEqual({text: '', role: Role.wrappedInWord});
	});

	test('context crosses styles: a closing mark in a span of its own stays with the word before', () => {
		const lines = wrapSpans([span('一二三四'), span('，', Role.strong), span('五六')], 8);
		expect(texts(lines)).toEqual(['一二三', '四，五六']);
	});

	test('a space no line may break at (before a closing bracket) holds its neighbours together', () => {
		expect(texts(wrapSpans([span('一二 三 ）')], 8))).toEqual(['一二', '三 ）']);
		expect(texts(wrapSpans([span('一二 （ 三')], 8))).toEqual(['一二', '（ 三']);
	});

	test('text of ASCII alone still breaks only at its spaces (a flag, a URL, a hyphenated word)', () => {
		expect(texts(wrapSpans([span('use --no-cache and well-known flags')], 12))).toEqual([
			'use',
			'--no-cache',
			'and',
			'well-known',
			'flags',
		]);
	});
});

test('a space at the edge of a span with an address stays out of it, whatever its role', () => {
	// The address alone makes the span a hyperlink in the terminal: the space is not linked.
	expect(wrapSpans([span('see'), span(' docs', Role.none, 'https://x.example')], 40)).toStrictEqual([
		[
			{text: 'see ', role: Role.none},
			{text: 'docs', role: Role.none, href: 'https://x.example'},
		],
	]);
});

test('a cluster that fits the first line but not an indented one is broken there, never past the width', () => {
	// U+1D158 U+1D165 U+1D16E (a musical note, one cluster) is three code points, three columns;
	// after "•abcd" one column of 6 is left, and the next lines, indented by four, have two.
	const lines = wrapSpans([span('abcd\u{1D158}\u{1D165}\u{1D16E}')], 6, {first: [span('•')], rest: [span('    ')]});
	expect(lines.map(lineText)).toEqual(['•abcd', '    \u{1D158}\u{1D165}', '    \u{1D16E}']);
	expect(lines.map(lineWidth)).toEqual([5, 6, 4]);
	// A cluster as wide as the first line's room but wider than the others' stays whole there.
	expect(
		wrapSpans([span('\u{1D158}\u{1D165}\u{1D16E}x')], 4, {first: [span('•')], rest: [span('   ')]}).map(lineText),
	).toEqual(['•\u{1D158}\u{1D165}\u{1D16E}', '   x']);
});
