import {describe, expect, test, vi} from 'vitest';
import {boundNesting, maxIndent, maxQuoteDepth} from './bounded-nesting.js';

describe('boundNesting', () => {
	test('leaves a document of ordinary depth exactly as it is', () => {
		const markdown = '> quote\n> > deeper\n\n- a\n  - b\n    - c\n\n```py\n        deep = 1\n```';
		expect(boundNesting(markdown)).toBe(markdown);
	});

	test('a line quoted too deeply keeps maxQuoteDepth markers and its text', () => {
		const line = `${'>'.repeat(3000)} innermost`;
		expect(boundNesting(line)).toBe(`${'>'.repeat(maxQuoteDepth)} innermost`);
		expect(boundNesting(`${'> '.repeat(40)}x`)).toBe(`${'> '.repeat(maxQuoteDepth)}x`);
	});

	test('a line indented too deeply keeps maxIndent columns, after its quote markers', () => {
		expect(boundNesting(`${' '.repeat(400)}- item`)).toBe(`${' '.repeat(maxIndent)}- item`);
		expect(boundNesting(`> ${'\t'.repeat(20)}- item`)).toBe(`>${' '.repeat(maxIndent)}- item`);
	});

	test('fenced code keeps its indentation and its > characters, up to its closing fence', () => {
		const code = `\`\`\`text\n${' '.repeat(100)}x\n${'>'.repeat(30)}\n\`\`\`\n${' '.repeat(100)}- after`;
		expect(boundNesting(code)).toBe(
			`\`\`\`text\n${' '.repeat(100)}x\n${'>'.repeat(30)}\n\`\`\`\n${' '.repeat(maxIndent)}- after`,
		);
		// A longer fence is not closed by a shorter one; ~~~ is not closed by ```.
		const nested = `~~~~\n\`\`\`\n${' '.repeat(50)}y\n~~~~`;
		expect(boundNesting(nested)).toBe(nested);
	});
});

// Each test imports bounded-nesting.ts afresh: its patterns are built when the module loads, and a
// test that loads it is the one a mutant of them is run against.
async function fresh() {
	vi.resetModules();
	return await import('./bounded-nesting.js');
}

const spaces = (count: number) => ' '.repeat(count);

describe('boundNesting: the limits', () => {
	test('exactly maxQuoteDepth quotes and maxIndent columns are kept; one more is cut', async () => {
		const {boundNesting, maxIndent, maxQuoteDepth} = await fresh();
		expect(maxQuoteDepth).toBe(12);
		expect(maxIndent).toBe(32);
		const atLimit = `${'>'.repeat(12)}${spaces(32)}x`;
		expect(boundNesting(atLimit)).toBe(atLimit);
		expect(boundNesting(`${'>'.repeat(13)}x`)).toBe(`${'>'.repeat(12)}x`);
		expect(boundNesting(`${spaces(33)}x`)).toBe(`${spaces(32)}x`);
	});

	test('a tab indents to the next multiple of four columns', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`${'\t'.repeat(8)}x`)).toBe(`${'\t'.repeat(8)}x`);
		expect(boundNesting(`${' \t'.repeat(8)}x`)).toBe(`${' \t'.repeat(8)}x`);
		expect(boundNesting(`${'\t'.repeat(8)} x`)).toBe(`${spaces(32)}x`);
		expect(boundNesting(`${'  \t'.repeat(9)}x`)).toBe(`${spaces(32)}x`);
	});

	test('only ">" counts as a quote level, not the spaces between', async () => {
		const {boundNesting} = await fresh();
		const spaced = `${spaces(20)}> ${spaces(20)}> x`;
		expect(boundNesting(spaced)).toBe(spaced);
		expect(boundNesting(`${'>  '.repeat(13)}x`)).toBe(`${'>  '.repeat(11)}>  x`);
	});

	test('a deep quote keeps its indentation; a deep indent keeps its quotes', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`${'>'.repeat(20)}   x`)).toBe(`${'>'.repeat(12)}   x`);
		expect(boundNesting(`> >${spaces(40)}x`)).toBe(`> >${spaces(32)}x`);
		expect(boundNesting(`${'>'.repeat(20)}${spaces(40)}x`)).toBe(`${'>'.repeat(12)}${spaces(32)}x`);
	});

	test('only the deep lines change; the others stay as written', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`a\n${spaces(40)}b\n  c\n${'>'.repeat(14)} d\n> e`)).toBe(
			`a\n${spaces(32)}b\n  c\n${'>'.repeat(12)} d\n> e`,
		);
	});
});

describe('boundNesting: fenced code', () => {
	const deep = `${spaces(40)}x`;
	const cut = `${spaces(32)}x`;

	test('a fence closes only on a line of its marker, at least as long, with nothing after', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`\`\`\`\n\`\`\`js\n${deep}\n\`\`\`\n${deep}`)).toBe(
			`\`\`\`\n\`\`\`js\n${deep}\n\`\`\`\n${cut}`,
		);
		expect(boundNesting(`\`\`\`\`\n\`\`\`\n${deep}\n\`\`\`\`\n${deep}`)).toBe(
			`\`\`\`\`\n\`\`\`\n${deep}\n\`\`\`\`\n${cut}`,
		);
		expect(boundNesting(`\`\`\`\n${deep}\n\`\`\`\`\n${deep}`)).toBe(`\`\`\`\n${deep}\n\`\`\`\`\n${cut}`);
		expect(boundNesting(`~~~\n${deep}\n~~~   \n${deep}`)).toBe(`~~~\n${deep}\n~~~   \n${cut}`);
		expect(boundNesting(`~~~\n${deep}\n\`\`\`\n${deep}\n~~~\n${deep}`)).toBe(
			`~~~\n${deep}\n\`\`\`\n${deep}\n~~~\n${cut}`,
		);
	});

	test('a fence opens after quote markers and indentation, and its opening line is bounded too', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`> \`\`\`\n${deep}\n> \`\`\`\n${deep}`)).toBe(`> \`\`\`\n${deep}\n> \`\`\`\n${cut}`);
		expect(boundNesting(`${spaces(40)}\`\`\`\n${deep}`)).toBe(`${spaces(32)}\`\`\`\n${deep}`);
	});

	test("backticks in a backtick fence's info string make it no fence; in a tilde fence's they do not", async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`\`\`\` a\`b\n${deep}`)).toBe(`\`\`\` a\`b\n${cut}`);
		expect(boundNesting(`~~~ a\`b\n${deep}`)).toBe(`~~~ a\`b\n${deep}`);
		expect(boundNesting(`\`\`\` python\n${deep}`)).toBe(`\`\`\` python\n${deep}`);
	});

	test('two backticks or tildes open no fence', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`\`\`\n${deep}`)).toBe(`\`\`\n${cut}`);
		expect(boundNesting(`~~\n${deep}`)).toBe(`~~\n${cut}`);
	});

	test('a fence opens only at the start of a line (after its quotes and indentation), with three markers or more', async () => {
		const {boundNesting} = await fresh();
		expect(boundNesting(`x \`\`\`\n${deep}`)).toBe(`x \`\`\`\n${cut}`);
		expect(boundNesting(`\`abc\n${deep}`)).toBe(`\`abc\n${cut}`);
		expect(boundNesting(`~abc\n${deep}`)).toBe(`~abc\n${cut}`);
		expect(boundNesting(`~~~~\n${deep}`)).toBe(`~~~~\n${deep}`);
	});
});
