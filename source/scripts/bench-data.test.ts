import {describe, expect, it} from 'vitest';
import {importMarkdown} from '../markdown/markdown-document.js';
import {markdownWithTable} from './bench-data.js';

describe('markdownWithTable', () => {
	it('reads as the bench says: three subjects from the front matter, one table of 1,000 rows by subject', async () => {
		const generated = markdownWithTable();
		const {comparison} = await importMarkdown(new TextEncoder().encode(generated.text), 'thousand-rows.md');
		expect(comparison.subjects.map((subject) => subject.name)).toEqual([...generated.subjects]);
		// The bench waits for these titles in the footer: they must be the sections tradeoff finds.
		expect(comparison.sections.map((section) => section.title)).toEqual([...generated.sections]);
		const tables = comparison.sections.filter((section) => section.table);
		expect(tables).toHaveLength(1);
		expect(tables[0]?.table?.rows).toHaveLength(1000);
		expect(generated.rows).toBe(1000);
	});

	it('makes as many rows as asked, the same text every time', () => {
		expect(markdownWithTable(10).text).toBe(markdownWithTable(10).text);
		expect(
			markdownWithTable(10)
				.text.split('\n')
				.filter((line) => line.startsWith('| ')).length,
		).toBe(11);
	});
});
