// What docs sites add to Markdown, rewritten into the Markdown they show, before the document is
// lexed: MDX (import/export lines, JSX components and fragments, {/* comments */}, style={{...}}),
// Docusaurus and VuePress containers (:::tip Title ... :::), and MkDocs' admonitions (!!! kind
// "Title", ??? kind) and content tabs (=== "Tab"). A container or an admonition becomes a quote
// headed by its label, as GitHub's alerts are shown; a tab becomes its label over its content; a
// component shows its children, under its title (or label, or name) when it has one. Fenced code
// and code spans are left as they are. The result is plain GFM, so that a section's markdown read
// back (an export) shows the same.

/** Labels of the kinds of callout a docs site writes, by the kind's name in lowercase. */
const calloutLabels: Readonly<Record<string, string>> = {
	note: 'Note',
	tip: 'Tip',
	info: 'Info',
	warning: 'Warning',
	danger: 'Danger',
	caution: 'Caution',
	important: 'Important',
	success: 'Success',
	check: 'Check',
	abstract: 'Abstract',
	summary: 'Summary',
	tldr: 'TL;DR',
	question: 'Question',
	failure: 'Failure',
	bug: 'Bug',
	example: 'Example',
	quote: 'Quote',
	hint: 'Hint',
	attention: 'Attention',
	error: 'Error',
	details: 'Details',
	secondary: 'Note',
};

// VuePress and Docusaurus containers that hold content without calling it out.
const plainContainers = new Set(['v-pre', 'code-group', 'raw']);

// Components that call out their children as the containers above do (Mintlify, Nextra, Starlight).
const calloutComponents = new Set([
	'note',
	'tip',
	'info',
	'warning',
	'danger',
	'caution',
	'check',
	'important',
	'callout',
	'admonition',
	'aside',
]);

/** A callout's label: its kind's, and its title after it when it has one that says more. */
function calloutLabel(kind: string, title: string | undefined): string {
	const lower = kind.toLowerCase();
	const name = calloutLabels[lower] ?? (lower === '' ? 'Note' : `${lower[0]?.toUpperCase()}${lower.slice(1)}`);
	const said = (title ?? '').trim();
	if (said === '' || said.toLowerCase() === name.toLowerCase()) return name;
	return `${name}: ${said}`;
}

/** Markdown lines as a quote whose first paragraph is its label in bold. */
function labelledQuote(label: string, inner: readonly string[], indent = ''): string[] {
	const body = trimBlank(inner);
	return [
		`${indent}> **${label}**`,
		...(body.length > 0 ? [`${indent}>`] : []),
		...body.map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${line}`)),
	];
}

/** Lines without the blank ones at either end. */
function trimBlank(lines: readonly string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] ?? '').trim() === '') start++;
	while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
	return lines.slice(start, end);
}

function indentOf(line: string): number {
	return (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
}

/** Lines with their common indentation removed (blank lines stay blank). */
function dedent(lines: readonly string[]): string[] {
	const widths = lines.filter((line) => line.trim() !== '').map(indentOf);
	const common = widths.length > 0 ? Math.min(...widths) : 0;
	return lines.map((line) => removeIndent(line, common));
}

/** A line less `columns` columns of its indentation (a tab counts four). */
function removeIndent(line: string, columns: number): string {
	let used = 0;
	let index = 0;
	while (index < line.length && used < columns) {
		const character = line[index];
		if (character === ' ') used += 1;
		else if (character === '\t') used += 4;
		else break;
		index++;
	}
	return line.slice(index);
}

const fenceOpen = /^[ \t]*(`{3,}|~{3,})/;

/** The index of the line that closes the fence opened at `start`, or the last line. */
function fenceEnd(lines: readonly string[], start: number): number {
	const marker = fenceOpen.exec(lines[start] ?? '')?.[1] ?? '```';
	const close = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
	for (let index = start + 1; index < lines.length; index++) if (close.test(lines[index] ?? '')) return index;
	return lines.length - 1;
}

const containerOpen = /^([ \t]*)(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[([^\]]*)\])?[ \t]*(.*?)[ \t]*$/;
const containerClose = /^[ \t]*(:{3,})[ \t]*$/;
const admonitionOpen = /^([ \t]*)(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[\w-]+)*?)(?:[ \t]+"([^"]*)")?[ \t]*$/;
const tabOpen = /^([ \t]*)===[!+]?[ \t]+"([^"]*)"[ \t]*$/;
const esmStart = /^(?:import[ \t]+(?:[\w$*{]|["'])|export[ \t]+(?:default|const|let|var|function|async|class|\{|\*))/;

/** The index of the line that closes a container opened at `start` (nested ones skipped), if any. */
function containerEnd(lines: readonly string[], start: number): number | undefined {
	let depth = 0;
	for (let index = start + 1; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (fenceOpen.test(line)) {
			index = fenceEnd(lines, index);
			continue;
		}
		if (containerOpen.test(line)) depth++;
		else if (containerClose.test(line)) {
			if (depth === 0) return index;
			depth--;
		}
	}
	return undefined;
}

/** The lines after `start` that belong to a block indented under it (blank lines between them too). */
function indentedEnd(lines: readonly string[], start: number, indent: number): number {
	let end = start + 1;
	for (let index = start + 1; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (line.trim() === '') continue;
		if (indentOf(line) < indent + 4) break;
		end = index + 1;
	}
	return end;
}

/** An ES module block of MDX (import or export lines until a blank line), when one starts here. */
function esmEnd(lines: readonly string[], start: number): number | undefined {
	const first = lines[start] ?? '';
	if (!esmStart.test(first)) return undefined;
	let end = start + 1;
	while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
	const block = lines.slice(start, end).join('\n').trim();
	// An import names its module in quotes (from '...'); an export is code, not prose.
	if (first.startsWith('import') && !/(?:from|import)[ \t]*["'][^"'\n]+["']/.test(block)) return undefined;
	return end;
}

/** Rewrites the line-based constructs (ESM, containers, admonitions, tabs), recursively. */
function rewriteLines(lines: readonly string[], top: boolean): string[] {
	const out: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (fenceOpen.test(line)) {
			const end = fenceEnd(lines, index);
			out.push(...lines.slice(index, end + 1));
			index = end;
			continue;
		}
		if (top) {
			const end = esmEnd(lines, index);
			if (end !== undefined) {
				index = end - 1;
				continue;
			}
		}
		const container = containerOpen.exec(line);
		if (container) {
			const end = containerEnd(lines, index);
			if (end !== undefined) {
				const [, indent = '', , kind = '', bracketTitle, title] = container;
				const inner = rewriteLines(dedent(lines.slice(index + 1, end)), false);
				if (plainContainers.has(kind.toLowerCase())) pushBlock(out, trimBlank(inner));
				else pushBlock(out, labelledQuote(calloutLabel(kind, bracketTitle ?? title), inner, indent));
				index = end;
				continue;
			}
		}
		const admonition = admonitionOpen.exec(line);
		if (admonition) {
			const [, indent = '', , kind = '', , title] = admonition;
			const end = indentedEnd(lines, index, indentOf(indent));
			const inner = rewriteLines(dedent(lines.slice(index + 1, end)), false);
			pushBlock(out, labelledQuote(calloutLabel(kind, title), inner, indent));
			index = end - 1;
			continue;
		}
		const tab = tabOpen.exec(line);
		if (tab) {
			const [, indent = '', label = ''] = tab;
			const end = indentedEnd(lines, index, indentOf(indent));
			const inner = trimBlank(rewriteLines(dedent(lines.slice(index + 1, end)), false));
			pushBlock(out, [`${indent}**${label.trim() || 'Tab'}**`, '', ...inner.map((text) => `${indent}${text}`)]);
			index = end - 1;
			continue;
		}
		// A blank line after a block already set apart by one.
		if (line.trim() === '' && out.at(-1) === separated) continue;
		out.push(line);
	}
	return out.map((line) => (line === separated ? '' : line));
}

// The blank line after a block this file wrote, told apart from the document's own blank lines.
const separated = '\u0000';

/** Appends a block set apart by one blank line on each side, never two. */
function pushBlock(out: string[], lines: readonly string[]): void {
	if (out.length > 0 && (out.at(-1) ?? '').trim() !== '' && out.at(-1) !== separated) out.push('');
	out.push(...lines, separated);
}

// ---------------------------------------------------------------------------------------------
// JSX: components (capitalised tags), fragments, expression attributes and comments.

/** A JSX tag read from the text: where it ends, its name ('' for a fragment) and its attributes. */
type Tag = {
	readonly end: number;
	readonly name: string;
	readonly closing: boolean;
	readonly selfClosing: boolean;
	readonly attributes: ReadonlyMap<string, string>;
	/** JSX given as attribute values (left={<>...</>}), in order. */
	readonly content: readonly string[];
};

/** Where the quoted string or template starting at `start` ends (past its closing quote). */
function stringEnd(text: string, start: number): number {
	const quote = text[start];
	for (let index = start + 1; index < text.length; index++) {
		const character = text[index];
		if (character === '\\') index++;
		else if (character === quote) return index + 1;
	}
	return text.length;
}

/** Where the braced expression starting at `start` ends (past its closing brace), or -1. */
function braceEnd(text: string, start: number): number {
	let depth = 0;
	for (let index = start; index < text.length; index++) {
		const character = text[index];
		if (character === '"' || character === "'" || character === '`') index = stringEnd(text, index) - 1;
		else if (character === '{') depth++;
		else if (character === '}') {
			depth--;
			if (depth === 0) return index + 1;
		}
	}
	return -1;
}

// A component's tag (capitalised, as JSX tells components from HTML) or a fragment's (<> and </>).
const tagName = /^<(\/?)(?:([A-Z][\w.]*)(?=[\s/>])|(?=>))/;

/** Reads the JSX tag at `start` (a `<`), or undefined when there is none. */
function readTag(text: string, start: number): Tag | undefined {
	const head = tagName.exec(text.slice(start, start + 80));
	if (!head) return undefined;
	const [whole, slash, name = ''] = head;
	const attributes = new Map<string, string>();
	const content: string[] = [];
	let index = start + whole.length;
	for (;;) {
		while (index < text.length && /\s/.test(text[index] ?? '')) index++;
		const character = text[index];
		if (character === undefined) return undefined;
		if (character === '>')
			return {end: index + 1, name, closing: slash === '/', selfClosing: false, attributes, content};
		if (character === '/' && text[index + 1] === '>')
			return {end: index + 2, name, closing: slash === '/', selfClosing: true, attributes, content};
		if (character === '{') {
			// A spread ({...props}): nothing a reader sees.
			const end = braceEnd(text, index);
			if (end === -1) return undefined;
			index = end;
			continue;
		}
		const attribute = /^[A-Za-z_:][\w:.-]*/.exec(text.slice(index, index + 100));
		if (!attribute) return undefined;
		const key = attribute[0];
		index += key.length;
		while (index < text.length && /[ \t]/.test(text[index] ?? '')) index++;
		if (text[index] !== '=') {
			attributes.set(key, '');
			continue;
		}
		index++;
		while (index < text.length && /\s/.test(text[index] ?? '')) index++;
		const quote = text[index];
		if (quote === '"' || quote === "'") {
			const end = stringEnd(text, index);
			attributes.set(key, text.slice(index + 1, end - 1));
			index = end;
		} else if (quote === '{') {
			const end = expressionEnd(text, index);
			if (end === -1) return undefined;
			const expression = text.slice(index + 1, end - 1).trim();
			const literal = /^(["'`])([^"'`]*)\1$/.exec(expression);
			if (literal) attributes.set(key, literal[2] ?? '');
			else if (expression.startsWith('<')) content.push(expression);
			index = end;
		} else return undefined;
	}
}

/**
 * Where the attribute's expression starting at `start` (a `{`) ends. JSX in it ({<>...</>}) ends
 * with its element, whatever its text holds (an apostrophe is no string there).
 */
function expressionEnd(text: string, start: number): number {
	const jsx = /^\{\s*</.exec(text.slice(start, start + 200));
	if (!jsx) return braceEnd(text, start);
	const open = start + jsx[0].length - 1;
	const tag = readTag(text, open);
	if (!tag) return braceEnd(text, start);
	const end = tag.selfClosing ? tag.end : closingTag(text, tag.end, tag.name)?.end;
	if (end === undefined) return -1;
	const after = /^\s*\}/.exec(text.slice(end, end + 200));
	return after ? end + after[0].length : -1;
}

/** Where the element whose opening tag ends at `from` closes: its closing tag's start and end. */
function closingTag(text: string, from: number, name: string): {start: number; end: number} | undefined {
	let depth = 0;
	for (let index = from; index < text.length; index++) {
		const skipped = skipCode(text, index);
		if (skipped !== index) {
			index = skipped - 1;
			continue;
		}
		if (text[index] !== '<') continue;
		const tag = readTag(text, index);
		if (!tag || tag.name !== name) continue;
		if (tag.closing) {
			if (depth === 0) return {start: index, end: tag.end};
			depth--;
		} else if (!tag.selfClosing) depth++;
		index = tag.end - 1;
	}
	return undefined;
}

/** Past a code span or a fenced block starting at `index`, or `index` itself. */
function skipCode(text: string, index: number): number {
	if (text[index] !== '`' && text[index] !== '~') return index;
	const lineStart = index === 0 || text[index - 1] === '\n' || /^[ \t]*$/.test(lineBefore(text, index));
	const run = /^(`+|~+)/.exec(text.slice(index, index + 40))?.[1] ?? '';
	if (lineStart && run.length >= 3) {
		const close = new RegExp(`\\n[ \\t]*${run[0] === '`' ? '`' : '~'}{${run.length},}[ \\t]*(?=\\n|$)`, 'g');
		close.lastIndex = index + run.length;
		const found = close.exec(text);
		return found ? found.index + found[0].length : text.length;
	}
	if (run[0] !== '`') return index;
	const end = text.indexOf(run, index + run.length);
	// An unclosed run of backticks is text; a span does not cross a blank line.
	if (end === -1 || text.slice(index, end).includes('\n\n')) return index + run.length;
	return end + run.length;
}

function lineBefore(text: string, index: number): string {
	return text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
}

/** Whether only spaces stand before `index` on its line: a tag there starts a block. */
function startsLine(text: string, index: number): boolean {
	return /^[ \t]*$/.test(lineBefore(text, index));
}

const labelAttributes = ['title', 'label', 'name'] as const;

/** Text with a block of markdown after it, set apart by one blank line on each side. */
function appendBlock(out: string, lines: readonly string[]): string {
	const body = trimBlank(lines);
	const before = out.replace(/\n[ \t]*$/, '\n').replace(/\n+$/, '');
	const gap = before === '' ? '' : '\n\n';
	return body.length === 0 ? `${before}${gap}` : `${before}${gap}${body.join('\n')}\n\n`;
}

// A line that starts a block of its own (a list, a quote, a heading, code, a table, HTML).
const startsBlock = /^\s*(?:[-*+]\s|\d+[.)]\s|>|#|```|~~~|\||<)/;

/**
 * A component's children under its label: a paragraph goes on the label's next line (a card's
 * title over its text), anything else after a blank line.
 */
function labelled(label: string | undefined, inner: readonly string[]): string[] {
	if (!label) return [...inner];
	const head = `**${label.trim()}**`;
	const first = inner[0];
	if (first === undefined) return [head];
	return startsBlock.test(first) ? [head, '', ...inner] : [`${head}\\`, ...inner];
}

/** Rewrites the JSX in a text: components show their children, labelled; fragments their content. */
function rewriteJsx(text: string): string {
	let out = '';
	let index = 0;
	while (index < text.length) {
		const skipped = skipCode(text, index);
		if (skipped !== index) {
			out += text.slice(index, skipped);
			index = skipped;
			continue;
		}
		const character = text[index];
		if (character === '{' && text.startsWith('{/*', index)) {
			const end = text.indexOf('*/}', index);
			if (end !== -1) {
				index = end + 3;
				continue;
			}
		}
		if (character !== '<') {
			out += character;
			index++;
			continue;
		}
		const lower = jsxAttributesOfHtml(text, index);
		if (lower) {
			out += lower.tag;
			index = lower.end;
			continue;
		}
		const tag = readTag(text, index);
		if (!tag) {
			out += character;
			index++;
			continue;
		}
		if (tag.closing) {
			// A closing tag whose opening one was not read as an element: nothing to show.
			index = tag.end;
			continue;
		}
		const atLineStart = startsLine(text, index);
		const label = labelAttributes.map((key) => tag.attributes.get(key)).find((value) => value && value.trim() !== '');
		const given = tag.content.map((jsx) => rewriteJsx(jsx));
		const close = tag.selfClosing ? undefined : closingTag(text, tag.end, tag.name);
		if (!tag.selfClosing && !close) {
			// An opening tag with no closing one is no element (a generic such as List<String>).
			out += character;
			index++;
			continue;
		}
		const children = close ? text.slice(tag.end, close.start) : '';
		index = close ? close.end : tag.end;
		if (!atLineStart && !children.includes('\n\n')) {
			// Inline: the children in place, the tags gone; what props hold goes before them on the same
			// line (given as a block, it would break the sentence it stands in).
			out += rewriteJsx(
				[...given, children]
					.map((part) => part.trim())
					.filter((part) => part !== '')
					.join(' '),
			);
			continue;
		}
		const inner = [
			...given.flatMap((part) => dedent(part.split('\n'))),
			'',
			...dedent(rewriteJsx(children).split('\n')),
		];
		const kind = tag.name.toLowerCase();
		if (calloutComponents.has(kind)) {
			const type = tag.attributes.get('type') ?? (kind === 'callout' || kind === 'admonition' ? 'note' : kind);
			out = appendBlock(out, labelledQuote(calloutLabel(type, label), inner));
		} else out = appendBlock(out, labelled(label, trimBlank(inner)));
		// The blank lines after the element: the block is set apart already.
		index += /^(?:[ \t]*\n)*/.exec(text.slice(index))?.[0].length ?? 0;
	}
	return out;
}

/**
 * A lowercase HTML tag written without its JSX attributes (style={{...}}). The rest is kept as
 * written: an attribute's text that looks like MDX (a comment, a component's tag) is text.
 */
function jsxAttributesOfHtml(text: string, index: number): {tag: string; end: number} | undefined {
	const head = /^<([a-z][a-z0-9-]*)(?=[\s/>])/.exec(text.slice(index, index + 40));
	if (!head) return undefined;
	let cursor = index + head[0].length;
	let tag = head[0];
	for (;;) {
		const rest = text.slice(cursor, cursor + 200);
		const space = /^\s*/.exec(rest)?.[0] ?? '';
		const after = cursor + space.length;
		const character = text[after];
		if (character === '>' || (character === '/' && text[after + 1] === '>')) {
			const end = character === '>' ? after + 1 : after + 2;
			// The white space before the end stays: a tag with nothing to drop is kept to the byte.
			return {tag: `${tag}${space}${text.slice(after, end)}`, end};
		}
		const attribute = /^([A-Za-z_:][\w:.-]*)(\s*=\s*)?/.exec(text.slice(after, after + 100));
		if (!attribute) return undefined;
		let end = after + attribute[0].length;
		if (attribute[2]) {
			const quote = text[end];
			if (quote === '"' || quote === "'") end = stringEnd(text, end);
			else if (quote === '{') {
				const closed = braceEnd(text, end);
				if (closed === -1) return undefined;
				// style={{...}}, className={x}: what a site computes, never shown.
				cursor = closed;
				continue;
			} else end += /^[^\s>]*/.exec(text.slice(end))?.[0].length ?? 0;
		}
		tag += `${space}${text.slice(after, end)}`;
		cursor = end;
	}
}

// What a text must hold for any of the above to apply: most documents hold none and pass as they are.
const mayHoldSiteMarkup = /:::|!!!|\?\?\?|===|<[A-Z>/]|\{\/\*|=\{|^(?:import|export)[ \t]/m;

/** A docs site's Markdown rewritten into the GFM it shows (see the top of this file). */
export function siteMarkdown(markdown: string): string {
	if (!mayHoldSiteMarkup.test(markdown)) return markdown;
	const lines = rewriteLines(markdown.split('\n'), true);
	const text = lines.join('\n');
	return /<[A-Z>/]|\{\/\*|=\{/.test(text) ? rewriteJsx(text) : text;
}
