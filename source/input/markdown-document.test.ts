// The twelve shared real-world documents, printed through the built CLI at three widths, and the
// importer's rules on small documents of its own.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Lexer, type Token, type Tokens} from 'marked';
import {describe, expect, test} from 'vitest';
import {SearchIndex} from '../browser/search.js';
import {sectionLines} from '../layout/document.js';
import {textWidth} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {runCli} from '../test-support/run-cli.js';
import {importMarkdown} from './markdown-document.js';

const folder = fileURLToPath(new URL('../../../shared/fixtures/markdown/', import.meta.url));
const fixtures = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];

/** The words (letters and digits) a table cell shows, from marked's tokens rather than our parser. */
function shownWords(tokens: readonly Token[] | undefined): string[] {
	const words: string[] = [];
	let superscript = false;
	for (const token of tokens ?? []) {
		// <sup>1</sup> shows ¹: not the word "1".
		if (token.type === 'html') superscript = /^<su[pb]>$/i.test(token.raw.trim());
		if (token.type === 'html' || superscript) continue;
		if (token.type === 'image') words.push(...((token as Tokens.Image).text.match(/[\p{L}\p{N}]+/gu) ?? []));
		else if ('tokens' in token && token.tokens && token.type !== 'codespan') words.push(...shownWords(token.tokens));
		else if ('text' in token && typeof token.text === 'string')
			// Shortcodes become emoji, entities characters: their names are not words the reader sees.
			words.push(...(token.text.replace(/:[a-z0-9_+-]+:|&[a-z]+;/gi, ' ').match(/[\p{L}\p{N}]+/gu) ?? []));
	}
	return words;
}

function tables(tokens: readonly Token[]): Tokens.Table[] {
	return tokens.flatMap((token): Tokens.Table[] => {
		if (token.type === 'table') return [token as Tokens.Table];
		if (token.type === 'list') return (token as Tokens.List).items.flatMap((item) => tables(item.tokens));
		return 'tokens' in token && token.tokens ? tables(token.tokens) : [];
	});
}

describe.skipIf(fixtures.length === 0)('the shared Markdown documents, printed', () => {
	describe.each(fixtures)('%s', (name) => {
		// Each test spawns the CLI or lays out a whole document: room for a loaded machine.
		const source = readFileSync(`${folder}${name}`, 'utf8');
		const tokens = Lexer.lex(source.replace(/^---\n[\s\S]*?\n---\n/, ''), {gfm: true});
		const headings = tokens
			.filter((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 2)
			.map((heading) => shownWords(heading.tokens).filter((word) => !/^#/.test(word)));
		const cellWords = new Set(
			tables(tokens).flatMap((table) =>
				[...table.header, ...table.rows.flat()].flatMap((cell) => shownWords(cell.tokens)),
			),
		);

		test.each([40, 80, 120])(
			'at width %i: exit 0, nothing wider, every heading and cell word, no syntax',
			async (width) => {
				const run = await runCli([`${folder}${name}`, '--plain', '--width', String(width)]);
				expect(run.stderr).toBe('');
				expect(run.code).toBe(0);
				const lines = run.stdout.split('\n');
				const wide = lines.filter((line) => textWidth(line) > width);
				expect(wide).toEqual([]);
				// Words are compared without spaces and borders: a column too narrow breaks a long word.
				const squeezed = run.stdout.replace(/[\s│┼─]+/g, '');
				for (const words of headings)
					for (const word of words) expect(squeezed, `heading word ${word}`).toContain(word);
				// No table delimiter rows, no emphasis markers, no raw HTML tags.
				expect(lines.filter((line) => /^\s*\|?\s*:?-{3,}:?\s*\|/.test(line))).toEqual([]);
				// (A lone ** the source escaped, a footnote mark, is text.)
				expect(run.stdout).not.toMatch(/\*\*[^*\s][^*\n]*\*\*|<\/?(?:br|sup|kbd|span|div|p)\b[^>]*>/);
			},
		);

		test('every word of every table cell is on the laid-out lines at 40, 80 and 120 columns', async () => {
			const document = await importMarkdown(readFileSync(`${folder}${name}`), name);
			const view = defaultView(document.comparison);
			for (const width of [40, 80, 120]) {
				// Search joins the pieces of a cell the width broke, even inside a word (CJK runs).
				const index = new SearchIndex(
					document.comparison.sections.map((section) => sectionLines(document, section, {width, view})),
				);
				const missing = [...cellWords].filter((word) => index.search(word).length === 0);
				expect(missing, `at ${width}`).toEqual([]);
			}
		});
	});
});
