// Stands in for parse5 (and its htmlparser2 tree adapter) in cli-highlight, which parses the HTML
// highlight.js writes back into a tree to colour: nested <span class="hljs-…"> elements and
// escaped text, nothing else. parse5 is a whole HTML5 parser, 197 KB of the 353 KB highlighter
// file; this reads what highlight.js writes and gives the same tree (highlight-html.test.ts checks
// it against parse5 itself).

/** A node as the htmlparser2 tree adapter shapes it, as far as cli-highlight reads it. */
export type HtmlNode =
	| {readonly type: 'text'; readonly data: string}
	| {readonly type: 'tag'; readonly name: string; readonly attribs: Record<string, string>; childNodes: HtmlNode[]};

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
		const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

function attributes(text: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of text.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
		found[(match[1] as string).toLowerCase()] = decode(match[2] ?? match[3] ?? match[4] ?? '');
	}
	return found;
}

/** Parses highlight.js's HTML into a fragment of text and element nodes. */
export function parseFragment(html: string): {childNodes: HtmlNode[]} {
	const root: {childNodes: HtmlNode[]} = {childNodes: []};
	const open: {childNodes: HtmlNode[]}[] = [root];
	const text = (data: string) => {
		if (data === '') return;
		const into = (open.at(-1) as {childNodes: HtmlNode[]}).childNodes;
		const last = into.at(-1);
		// Adjacent text is one node, as in parse5.
		if (last?.type === 'text') into[into.length - 1] = {type: 'text', data: last.data + decode(data)};
		else into.push({type: 'text', data: decode(data)});
	};
	const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
	let at = 0;
	for (const match of html.matchAll(tag)) {
		text(html.slice(at, match.index));
		at = (match.index ?? 0) + match[0].length;
		if (match[1] === '/') {
			if (open.length > 1) open.pop();
			continue;
		}
		const element: HtmlNode = {
			type: 'tag',
			name: (match[2] as string).toLowerCase(),
			attribs: attributes(match[3] ?? ''),
			childNodes: [],
		};
		(open.at(-1) as {childNodes: HtmlNode[]}).childNodes.push(element);
		if (!(match[3] ?? '').trimEnd().endsWith('/')) open.push(element);
	}
	text(html.slice(at));
	return root;
}

/** The tree adapter cli-highlight passes to parse5: this stand-in shapes its nodes that way already. */
export default {};
