import {describe, expect, test} from 'vitest';
import {parseFragment} from './highlight-html.js';

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
