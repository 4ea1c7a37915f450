// Syntax highlighting of fenced code, as marked-terminal does it: cli-highlight over highlight.js.
// What comes back are spans with roles (layout/styled.ts), not terminal escapes, so the colours come
// from the same theme as the rest and plain output carries none. cli-highlight applies a theme
// function to each token's text, inner tokens first; ours wraps the text in markers that no
// sanitized text can hold (C0 controls), which are then read back into spans.
//
// A lazy module of its own (build/lazy/highlight.cjs): loaded only for a document with a fenced
// block that names a language, once per document when its prose is parsed (the result is cached
// with it), so a comparison without code never pays for highlight.js.
import {highlight} from 'cli-highlight';
import type {Block} from '../layout/markdown.js';
import {type Line, Role, type Span} from '../layout/styled.js';
import {knownLanguages} from './highlight-languages.js';

const open = '\u0001';
const middle = '\u0002';
const close = '\u0003';

/** highlight.js's token classes (cli-highlight keeps the first word) to tradeoff's code roles. */
const roles: Readonly<Record<string, number>> = {
	keyword: Role.codeKeyword,
	selector: Role.codeKeyword,
	literal: Role.codeNumber,
	number: Role.codeNumber,
	symbol: Role.codeNumber,
	bullet: Role.codeNumber,
	string: Role.codeString,
	regexp: Role.codeString,
	addition: Role.codeString,
	comment: Role.codeComment,
	doctag: Role.codeComment,
	quote: Role.codeComment,
	title: Role.codeTitle,
	section: Role.codeTitle,
	name: Role.codeTitle,
	built_in: Role.codeType,
	builtin: Role.codeType,
	type: Role.codeType,
	class: Role.codeType,
	meta: Role.codeMeta,
	attr: Role.codeMeta,
	attribute: Role.codeMeta,
	variable: Role.codeMeta,
	template: Role.codeMeta,
	tag: Role.codeMeta,
	deletion: Role.codeMeta,
};

// Every token, whatever its class, is wrapped; text outside tokens ("default") is left as it is.
const theme = new Proxy(
	{},
	{
		get: (_target, token) =>
			token === 'default'
				? (text: string) => text
				: (text: string) => `${open}${String(token)}${middle}${text}${close}`,
	},
);

/** Marked text back to lines of spans: a token's role is that of the innermost class that has one. */
function spansOf(marked: string): Line[] {
	const lines: Span[][] = [[]];
	const stack: number[] = [];
	let text = '';
	const flush = () => {
		if (text === '') return;
		let role = Role.code;
		for (let index = stack.length - 1; index >= 0; index--) {
			if (stack[index]) {
				role |= stack[index] as number;
				break;
			}
		}
		const parts = text.split('\n');
		parts.forEach((part, index) => {
			if (index > 0) lines.push([]);
			if (part !== '') lines.at(-1)?.push({text: part, role});
		});
		text = '';
	};
	for (let at = 0; at < marked.length; at++) {
		const character = marked[at] as string;
		const end = character === open ? marked.indexOf(middle, at) : -1;
		if (end >= 0) {
			flush();
			stack.push(roles[marked.slice(at + 1, end)] ?? 0);
			at = end;
		} else if (character === close) {
			flush();
			stack.pop();
		} else text += character;
	}
	flush();
	return lines;
}

/**
 * Code (already sanitized) as highlighted lines, or undefined for a language tradeoff does not
 * know (the code stays plain). The text of the lines is the code, character for character.
 */
export function highlightCode(code: string, language: string): Line[] | undefined {
	const name = knownLanguages.get(language.toLowerCase());
	if (name === undefined) return undefined;
	let lines: Line[];
	try {
		lines = spansOf(highlight(code, {language: name, ignoreIllegals: true, theme}));
	} catch {
		return undefined;
	}
	// Highlighting adds colour, never text: anything else and the code is shown plain.
	const same = lines.map((line) => line.map((piece) => piece.text).join('')).join('\n') === code;
	return same ? lines : undefined;
}

/** Blocks with every fenced block that names a language highlighted. */
export function highlightBlocks(blocks: readonly Block[]): Block[] {
	return blocks.map((block): Block => {
		switch (block.type) {
			case 'code': {
				if (block.lang === undefined || block.highlighted) return block;
				const highlighted = highlightCode(block.text, block.lang);
				return highlighted ? {...block, highlighted} : block;
			}
			case 'quote':
				return {...block, blocks: highlightBlocks(block.blocks)};
			case 'list':
				return {...block, items: block.items.map((item) => ({...item, blocks: highlightBlocks(item.blocks)}))};
			default:
				return block;
		}
	});
}
