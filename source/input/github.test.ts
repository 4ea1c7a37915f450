import {describe, expect, test} from 'vitest';
import {shortcodes} from './emoji.js';
import {
	alertOf,
	decodeEntities,
	dropHeadingId,
	headingId,
	htmlBlockText,
	replaceShortcodes,
	useShortcodes,
} from './github.js';
import {parseInline} from './markdown-parse.js';

const text = (markdown: string) =>
	parseInline(markdown)
		.map((piece) => piece.text)
		.join('');

describe('what GitHub shows', () => {
	test('named and numeric entities; unknown names stay as written', () => {
		expect(decodeEntities('a &mdash; b &amp; &#10003; &#x2717; &copy; &nosuch;')).toBe('a — b & ✓ ✗ © &nosuch;');
	});

	test('shortcodes GitHub knows become emoji, inside text only', () => {
		useShortcodes(shortcodes);
		expect(shortcodes.size).toBeGreaterThan(1500);
		expect(replaceShortcodes(':white_check_mark: :x: :zap: :+1: :made_up:')).toBe('✅ ❌ ⚡ 👍 :made_up:');
		expect(text('`:x:` and :x:')).toBe(':x: and ❌');
	});

	test('inline tags are their text; <br> a break; <sup> and <sub> digits super- and subscript', () => {
		expect(
			text(
				'<kbd>Ctrl</kbd>+<kbd>C</kbd>, 10<sup>3</sup>, H<sub>2</sub>O, <sup>note</sup>, <img alt="a cat" src="c.png">',
			),
		).toBe('Ctrl+C, 10³, H₂O, note, [image: a cat]');
		expect(parseInline('a<br>b').map((piece) => piece.text)).toEqual(['a', '\n', 'b']);
	});

	test('an HTML block is its text, line by line', () => {
		expect(
			htmlBlockText(
				'<table><tr><td>one</td><td>two</td></tr>\n<tr><td>three</td></tr></table><!-- gone --><script>x()</script>',
			),
		).toEqual(['one two', 'three']);
	});

	test('heading attributes are dropped and give the id', () => {
		expect(dropHeadingId('Caveats {#restricted-caveats}')).toBe('Caveats');
		expect(headingId('Caveats {#restricted-caveats}')).toBe('restricted-caveats');
		expect(headingId('Plain')).toBeUndefined();
	});

	test('alerts are named by their first line', () => {
		expect(alertOf('[!NOTE]\nThe text')).toEqual({label: 'Note', rest: 'The text'});
		expect(alertOf('[!caution]')).toEqual({label: 'Caution', rest: ''});
		expect(alertOf('[!NOPE]\nx')).toBeUndefined();
		expect(alertOf('Not [!NOTE] first')).toBeUndefined();
	});
});
