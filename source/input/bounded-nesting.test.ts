import {describe, expect, test} from 'vitest';
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
