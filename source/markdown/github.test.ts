import {createRequire} from 'node:module';
import {Lexer, type Token} from 'marked';
import {describe, expect, test, vi} from 'vitest';
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

// Each test imports github.ts (and markdown-parse.ts over it) afresh: its tables and patterns are
// built when the module loads, and a test that loads it is the one a mutant of them is run against.
async function fresh() {
	vi.resetModules();
	const markdown = await import('./markdown-parse.js');
	const github = await import('./github.js');
	/** What a line of inline markdown shows. */
	const shown = (text: string) =>
		markdown
			.parseInline(text)
			.map((piece) => piece.text)
			.join('');
	/** githubInline over the inline tokens of a line, each token reduced to its type and text. */
	const inline = (text: string) =>
		github
			.githubInline(Lexer.lexInline(text, {gfm: true}))
			.map((token: Token) =>
				token.type === 'image'
					? {type: 'image', raw: token.raw, href: token.href, text: token.text, title: token.title}
					: token.type === 'br'
						? {type: 'br', raw: token.raw}
						: {type: token.type, raw: token.raw, ...('text' in token ? {text: token.text} : {})},
			);
	return {...github, parseInline: markdown.parseInline, shown, inline};
}

// The real parse5 (what cli-highlight uses), as a browser decodes named entities.
const require = createRequire(import.meta.url);
const parse5 = require('parse5') as {parseFragment: (html: string) => {childNodes: {value?: string}[]}};
const browser = (html: string) =>
	parse5
		.parseFragment(html)
		.childNodes.map((node) => node.value ?? '')
		.join('');

/** The named entities github.ts knows (all but &shy;, which it drops rather than keep invisible). */
const names = `amp lt gt quot apos nbsp ensp emsp thinsp zwj zwnj mdash ndash hellip middot bull laquo raquo lsaquo
rsaquo ldquo rdquo lsquo rsquo sbquo bdquo prime copy reg trade deg plusmn times divide minus le ge ne asymp infin
micro para sect dagger Dagger permil frac12 frac14 frac34 sup1 sup2 sup3 euro pound yen cent larr rarr uarr darr harr
lArr rArr hArr check cross star starf hearts iexcl iquest verbar vert lbrack rbrack lbrace rbrace ast lowbar grave num
colon excl tilde`.split(/\s+/);

describe('decodeEntities', () => {
	test('names are matched exactly first, then in lowercase', async () => {
		const {decodeEntities} = await fresh();
		expect(decodeEntities('&Dagger; &dagger; &lArr; &larr; &AMP; &Mdash;')).toBe('‡ † ⇐ ← & —');
	});

	test('names with digits; numeric ones decimal, hex in either case, up to U+10FFFF', async () => {
		const {decodeEntities} = await fresh();
		expect(decodeEntities('&frac12;&sup2;&#65;&#x41;&#X42;&#x10FFFF;&#1114111;')).toBe('½²AAB\u{10ffff}\u{10ffff}');
		expect(decodeEntities('&#0; &#x0; &#x110000; &#1114112; &#; &#xZ; &1a; &amp &shy;x')).toBe(
			'&#0; &#x0; &#x110000; &#1114112; &#; &#xZ; &1a; &amp x',
		);
		expect(decodeEntities('no entities here')).toBe('no entities here');
	});
});

describe('shortcodes', () => {
	test('whether a text may hold one: a name of letters, digits, _, + and - between colons', async () => {
		const {mayHoldShortcodes} = await fresh();
		for (const text of [':a:', 'x :+1: y', ':Thumbs_Up-2:']) expect(mayHoldShortcodes(text), text).toBe(true);
		for (const text of ['::', ': a:', 'a:b', ':a b:', ':é:', 'time 10:30'])
			expect(mayHoldShortcodes(text), text).toBe(false);
	});

	test('names are looked up in lowercase; unknown ones and text without colons stay', async () => {
		const {useShortcodes, replaceShortcodes} = await fresh();
		useShortcodes(
			new Map([
				['x', '❌'],
				['+1', '👍'],
			]),
		);
		expect(replaceShortcodes(':X: :+1: :nope: ::x: x')).toBe('❌ 👍 :nope: :❌ x');
		expect(replaceShortcodes('plain')).toBe('plain');
	});

	test('before the emoji table is given, shortcodes stay as written', async () => {
		const {replaceShortcodes} = await fresh();
		expect(replaceShortcodes(':x: :+1:')).toBe(':x: :+1:');
	});
});

describe('githubInline', () => {
	test('comments show nothing; what is no tag (a processing instruction) is its text', async () => {
		const {shown, inline} = await fresh();
		expect(shown('a<!-- hidden -->b')).toBe('ab');
		expect(inline('a <?php echo 1; ?> b')).toEqual([
			{type: 'text', raw: 'a ', text: 'a '},
			{type: 'text', raw: '<?php echo 1; ?>', text: '<?php echo 1; ?>'},
			{type: 'text', raw: ' b', text: ' b'},
		]);
	});

	test('<br> in any spelling is a line break', async () => {
		const {inline, parseInline} = await fresh();
		expect(inline('a<BR/>b')).toEqual([
			{type: 'text', raw: 'a', text: 'a'},
			{type: 'br', raw: '<BR/>'},
			{type: 'text', raw: 'b', text: 'b'},
		]);
		expect(parseInline('a<br />b').map((piece) => piece.text)).toEqual(['a', '\n', 'b']);
	});

	test('<img> is an image with its alt text and src, quoted either way or not at all', async () => {
		const {shown, inline} = await fresh();
		expect(inline(`<img ALT='a cat' SRC=c.png>`)).toEqual([
			{type: 'image', raw: `<img ALT='a cat' SRC=c.png>`, href: 'c.png', text: 'a cat', title: null},
		]);
		expect(inline('<img src="d.png" alt = "dog">')).toEqual([
			{type: 'image', raw: '<img src="d.png" alt = "dog">', href: 'd.png', text: 'dog', title: null},
		]);
		// An attribute that only ends in "alt" is not alt; without src the address is empty.
		expect(inline('<img xalt="no" xsrc="n.png">')).toEqual([
			{type: 'image', raw: '<img xalt="no" xsrc="n.png">', href: '', text: '', title: null},
		]);
		expect(shown('a<img alt="x"></img>b')).toBe('a[image: x]b');
	});

	test('<sup> and <sub> around characters that each have a form show those forms', async () => {
		const {shown} = await fresh();
		expect(shown('x<sup>n+1</sup> y<sup>(2=3)</sup>, H<sub>2</sub>O, C<sub>(0-9)</sub>')).toBe(
			'xⁿ⁺¹ y⁽²⁼³⁾, H₂O, C₍₀₋₉₎',
		);
		expect(shown('a<sup>1</sup>b<sup>2</sup>c<SUB>3</SUB>')).toBe('a¹b²c₃');
		expect(shown('e<sup>i,1 </sup>')).toBe('eⁱ˒¹ ');
	});

	test('a <sup> tag split over two lines, around a link to a note in the page, is a superscript', async () => {
		const {shown} = await fresh();
		expect(shown('with a grain of salt.<sup\nid="anchor-versions">[1](#footnote-versions)</sup> Then')).toBe(
			'with a grain of salt.¹ Then',
		);
		// A link that leads somewhere stays a link.
		expect(shown('x<sup>[2](https://n.example)</sup>')).toBe('x2 (https://n.example)');
	});

	test('otherwise (a letter without a form, markup inside, no closing tag) the text between stays', async () => {
		const {shown, inline} = await fresh();
		expect(shown('H<sub>n</sub> x<sup>note</sup> y<sup>**2**</sup> z<sup>3')).toBe('Hn xnote y2 z3');
		expect(inline('z<sup>3')).toEqual([
			{type: 'text', raw: 'z', text: 'z'},
			{type: 'text', raw: '3', text: '3'},
		]);
		expect(shown('a<sup></sup>b')).toBe('ab');
	});

	test('<sup> closes at the first closing tag after it', async () => {
		const {shown, inline} = await fresh();
		expect(inline('<sup>2</sup>x</sup>')).toEqual([
			{type: 'text', raw: '²', text: '²'},
			{type: 'text', raw: 'x', text: 'x'},
		]);
		expect(shown('</sup>4</sup>')).toBe('4');
	});

	test('other tags, opening or closing, are dropped and their content stays', async () => {
		const {shown} = await fresh();
		expect(shown('<kbd>Ctrl</kbd> <span class="x">s</span> <a href="u">link</a> <b>b</b>')).toBe('Ctrl s link b');
	});
});

describe('htmlBlockText', () => {
	test('comments, scripts and styles show nothing, closed or not', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('<p>a<!-- c --></p><p>b</p>')).toEqual(['a', 'b']);
		expect(htmlBlockText('<p>a</p><!-- never closed\n<p>b</p>')).toEqual(['a']);
		expect(htmlBlockText('<p>a</p><SCRIPT type="x">f()</script ><Style>p{}</STYLE>z')).toEqual(['a', 'z']);
		expect(htmlBlockText('<p>a</p><script>never()')).toEqual(['a']);
		expect(htmlBlockText('<scripts>a</scripts>')).toEqual(['a']);
	});

	test('images are their alt text, or nothing', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('x<img alt="Logo" src="l.png">y<IMG src="n.png">z<img alt="">w')).toEqual([
			'x [image: Logo] y z w',
		]);
	});

	test('<br> and block tags break lines; table cells stand apart; other tags go', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('a<br>b<BR/>c<br />d')).toEqual(['a', 'b', 'c', 'd']);
		expect(
			htmlBlockText('<div align="center"><h2>T</h2><ul><li>one</li><li>two</li></ul><blockquote>q</blockquote></div>'),
		).toEqual(['T', 'one', 'two', 'q']);
		expect(htmlBlockText('<table><tr><th>h</th><td>1</td><TD>2</TD></tr></table>')).toEqual(['h 1 2']);
		expect(htmlBlockText('<details><summary>More</summary>Hidden</details>')).toEqual(['More', 'Hidden']);
		expect(htmlBlockText('<prefix>a</prefix>b<tdx>c</tdx>d')).toEqual(['abcd']);
		expect(htmlBlockText('<b>bold</b> <a href="x">link</a> a < b')).toEqual(['bold link a < b']);
	});

	test('entities decoded; spaces collapsed; empty lines dropped', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('<p>  a &amp;\t b  </p>\n\n   \n<p>&lt;tag&gt; &mdash;</p>')).toEqual(['a & b', '<tag> —']);
	});
});

describe('heading ids and alerts', () => {
	test('only a final {#id} is an attribute block', async () => {
		const {dropHeadingId, headingId} = await fresh();
		expect(dropHeadingId('A {#x}  ')).toBe('A');
		expect(dropHeadingId('A{#}')).toBe('A');
		expect(dropHeadingId('A {#x} b')).toBe('A {#x} b');
		expect(dropHeadingId('A {# x}')).toBe('A {# x}');
		expect(headingId('A {#x}  ')).toBe('x');
		expect(headingId('A {#}')).toBeUndefined();
		expect(headingId('A {#x} b')).toBeUndefined();
		expect(headingId('A {#x y}')).toBeUndefined();
	});

	test('an alert is [!KIND] alone on the first line, in any case, spaces around', async () => {
		const {alertOf} = await fresh();
		expect(alertOf('  [!tip]  \nrest\nmore')).toEqual({label: 'Tip', rest: 'rest\nmore'});
		expect(alertOf('[!Important]\t')).toEqual({label: 'Important', rest: ''});
		expect(alertOf('[!WARNING]\nx')).toEqual({label: 'Warning', rest: 'x'});
		expect(alertOf('[!NOTE] text')).toBeUndefined();
		expect(alertOf('[!NOTE]x')).toBeUndefined();
		expect(alertOf('[NOTE]\nx')).toBeUndefined();
	});
});

describe('the tables, as loaded', () => {
	test('every named entity decodes as a browser decodes it; &shy; shows nothing', async () => {
		const {decodeEntities} = await fresh();
		expect(names).toHaveLength(84);
		for (const name of names) expect(decodeEntities(`&${name};`), name).toBe(browser(`&${name};`));
		expect(browser('&shy;')).toBe('\u00ad');
		expect(decodeEntities('a&shy;b')).toBe('ab');
	});

	test('every superscript and subscript form', async () => {
		const {shown} = await fresh();
		expect(shown('<sup>0123456789+-=()ni, </sup>')).toBe('⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ˒ ');
		expect(shown('<sub>0123456789+-=()</sub>')).toBe('₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎');
	});

	test('every alert kind and its label; the marker must open the text', async () => {
		const {alertOf, alertLabels} = await fresh();
		expect(alertLabels).toEqual({
			NOTE: 'Note',
			TIP: 'Tip',
			IMPORTANT: 'Important',
			WARNING: 'Warning',
			CAUTION: 'Caution',
		});
		for (const [kind, label] of [
			['NOTE', 'Note'],
			['tip', 'Tip'],
			['Important', 'Important'],
			['WARNING', 'Warning'],
			['caution', 'Caution'],
		])
			expect(alertOf(`[!${kind}]\nx`), kind).toEqual({label, rest: 'x'});
		expect(alertOf('x [!NOTE]\ny')).toBeUndefined();
	});

	test('a tag is a whole tag: name first (after optional spaces and a slash), any attributes, ">" last', async () => {
		const {inline, shown} = await fresh();
		expect(inline('a<kbd class="k" >b</kbd >c')).toEqual([
			{type: 'text', raw: 'a', text: 'a'},
			{type: 'text', raw: 'b', text: 'b'},
			{type: 'text', raw: 'c', text: 'c'},
		]);
		expect(shown('x<sup>2</supx> y<sup>3</xsup>')).toBe('x2 y3');
		expect(shown('<b>2</sup>')).toBe('2');
		expect(shown('x<sup>2*y*')).toBe('x2y');
		expect(shown('<img/>a<br/>')).toBe('[image: ]a\n');
		expect(shown('<sup2>x</sup2><h1>y</h1>')).toBe('xy');
	});
});

describe('htmlBlockText: tags that break lines', () => {
	test('an opening block tag alone breaks the line, with or without attributes; so does a closing one', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('a<p>b')).toEqual(['a', 'b']);
		expect(htmlBlockText('a<h6>b</h6>c<h1 id="x">d')).toEqual(['a', 'b', 'c', 'd']);
		expect(htmlBlockText('a<section id="s">b</section>c<figcaption>d')).toEqual(['a', 'b', 'c', 'd']);
		expect(htmlBlockText('a<hr>b<header>c')).toEqual(['ab', 'c']);
	});

	test('an opening cell, with or without attributes, stands apart too', async () => {
		const {htmlBlockText} = await fresh();
		expect(htmlBlockText('<td>a<td>b')).toEqual(['a b']);
		expect(htmlBlockText('<td class="x">a<th class="y">b')).toEqual(['a b']);
	});
});
