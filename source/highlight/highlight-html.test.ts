import {createRequire} from 'node:module';
import fc from 'fast-check';
import hljs from 'highlight.js';
import {describe, expect, test} from 'vitest';
import {runs} from '../test-support/runs.js';
import {type HtmlNode, parseFragment} from './highlight-html.js';

// The real parse5 and adapter cli-highlight would use, to compare with.
const require = createRequire(import.meta.url);
const parse5 = require('parse5') as {parseFragment: (html: string, options: unknown) => {childNodes: unknown[]}};
const adapter = require('parse5-htmlparser2-tree-adapter') as unknown;

type Plain = {type: string; data?: string; className?: string; children?: Plain[]};

/** The parts of a node cli-highlight reads: text, and a tag's class and children. */
function plain(node: unknown): Plain {
	const shape = node as {type: string; data?: string; attribs?: {class?: string}; childNodes?: unknown[]};
	if (shape.type === 'text') return {type: 'text', data: shape.data ?? ''};
	return {type: shape.type, className: shape.attribs?.class ?? '', children: (shape.childNodes ?? []).map(plain)};
}

const ours = (html: string) => parseFragment(html).childNodes.map((node: HtmlNode) => plain(node));
const theirs = (html: string) => parse5.parseFragment(html, {treeAdapter: adapter}).childNodes.map(plain);

const samples: [string, string][] = [
	['python', 'def f(x: int) -> str:\n    return f"{x!r} & <tag> \'q\' \\"dq\\""  # comment'],
	// biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source to highlight, not a template
	['javascript', 'const a = `t ${b < c && d > e}`; // <b>not a tag</b> &amp;'],
	['typescript', 'type A<T> = {a: T[]}; /** doc */ export function g<T extends A<T>>() {}'],
	['rust', 'fn main() { let s: &str = "a & b"; println!("{}", s); }'],
	['html', '<div class="x">&lt;escaped&gt; &nbsp;</div><!-- c -->'],
	['json', '{"a": [1, 2.5e3, true, null], "b": "<\\u003e"}'],
	['bash', 'echo "$HOME" | grep -E \'a|b\' > /dev/null 2>&1 && ls <<EOF\nx\nEOF'],
	['sql', "SELECT a, b FROM t WHERE c <> 'x&y' -- note"],
];

describe('the parse5 stand-in reads highlight.js output as parse5 does', () => {
	test.each(samples)('%s', (language, code) => {
		const html = hljs.highlight(code, {language, ignoreIllegals: true}).value;
		expect(html).toContain('<span class="hljs-');
		expect(ours(html)).toEqual(theirs(html));
	});

	test('any text highlighted as any of these languages', () => {
		fc.assert(
			fc.property(
				fc.string({maxLength: 200}),
				fc.constantFrom(...samples.map(([language]) => language)),
				(code, language) => {
					const html = hljs.highlight(code, {language, ignoreIllegals: true}).value;
					expect(ours(html)).toEqual(theirs(html));
				},
			),
			{numRuns: runs(300)},
		);
	});
});

const text = (data: string) => ({type: 'text', data});

describe('parseFragment', () => {
	test('nested spans with their classes, and the text between', () => {
		expect(parseFragment('a<span class="hljs-x">b<span class="hljs-y">c</span>d</span>e').childNodes).toEqual([
			text('a'),
			{
				type: 'tag',
				name: 'span',
				attribs: {class: 'hljs-x'},
				childNodes: [
					text('b'),
					{type: 'tag', name: 'span', attribs: {class: 'hljs-y'}, childNodes: [text('c')]},
					text('d'),
				],
			},
			text('e'),
		]);
		expect(parseFragment('').childNodes).toEqual([]);
	});

	test('named entities (any case) and numeric ones, decimal and hex, are decoded; others stay', () => {
		expect(parseFragment('&amp;&lt;&gt;&quot;&apos;&nbsp;&AMP;&Lt;').childNodes).toEqual([text('&<>"\'\u00a0&<')]);
		expect(parseFragment('&#65;&#x42;&#X43;&#x1F600;').childNodes).toEqual([text('ABC😀')]);
		expect(parseFragment('&nosuch; &#0; &#x110000; &#1114111; & amp; &amp').childNodes).toEqual([
			text('&nosuch; &#0; &#x110000; \u{10ffff} & amp; &amp'),
		]);
	});

	test('text on both sides of a closing tag with nothing open is one text node', () => {
		expect(parseFragment('a&amp;</span>b&lt;').childNodes).toEqual([text('a&b<')]);
		expect(parseFragment('<i>x</i></b>y').childNodes).toEqual([
			{type: 'tag', name: 'i', attribs: {}, childNodes: [text('x')]},
			text('y'),
		]);
	});

	test('attributes quoted either way or not at all, names lowered, values decoded', () => {
		const [node] = parseFragment(`<SPAN Class = "a &amp; b" data-x='it&#39;s' id=plain title=>t</SPAN>`).childNodes;
		expect(node).toEqual({
			type: 'tag',
			name: 'span',
			attribs: {class: 'a & b', 'data-x': "it's", id: 'plain'},
			childNodes: [text('t')],
		});
	});

	test('a self-closing tag holds nothing; the text after it is its sibling', () => {
		expect(parseFragment('<br/>a<img src="x" />b<hr   />c').childNodes).toEqual([
			{type: 'tag', name: 'br', attribs: {}, childNodes: []},
			text('a'),
			{type: 'tag', name: 'img', attribs: {src: 'x'}, childNodes: []},
			text('b'),
			{type: 'tag', name: 'hr', attribs: {}, childNodes: []},
			text('c'),
		]);
	});

	test('something that is not a tag stays text', () => {
		expect(parseFragment('a < b <1> <>').childNodes).toEqual([text('a < b <1> <>')]);
	});
});

test('a tag whose attributes end in "/" before spaces is self-closing too', () => {
	expect(parseFragment('<br/ >x').childNodes).toEqual([
		{type: 'tag', name: 'br', attribs: {}, childNodes: []},
		{type: 'text', data: 'x'},
	]);
});
