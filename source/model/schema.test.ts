import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {loadComparison} from '../input/load.js';
import {bundledComparison, bundledJson} from '../test-support/fixtures.js';
import {citedNumbers} from './citations.js';
import {comparisonJsonSchema} from './json-schema.js';
import {isNotStated} from './not-stated.js';
import {sanitizeValue} from './sanitize.js';
import type {Cell} from './schema.js';

describe('the schema', () => {
	test('the committed JSON Schema is the one generated from the zod schema (run npm run schema)', () => {
		const committed = readFileSync(new URL('../../data/comparison.schema.json', import.meta.url), 'utf8');
		expect(committed).toBe(comparisonJsonSchema());
	});

	test('the bundled comparison names the committed schema', () => {
		expect(bundledJson().$schema).toBe('./comparison.schema.json');
	});

	test('the bundled comparison is valid and already clean, so the CLI may skip validating it', () => {
		const data = bundledJson();
		expect(bundledComparison()).toEqual(data);
		expect(sanitizeValue(data)).toEqual(data);
	});

	test('citations are found in prose, but not markdown links', () => {
		expect(citedNumbers('a [1] b [23] and [text](x) and [4](https://x)')).toEqual([1, 23]);
	});
});

describe('the bundled comparison says what the source says', () => {
	// The article lives beside the repository in the workspace, not in it; where it is absent the
	// comparisons with it are skipped and the structural checks still run.
	const seed = new URL('../../../shared/seed/fastapi-litestar-django-ninja.txt', import.meta.url);
	const source = existsSync(seed) ? readFileSync(seed, 'utf8') : '';
	const data = bundledJson();

	test('it has the seven sections of the article, each with a table for all three frameworks', () => {
		expect(data.sections.map((section: {id: string}) => section.id)).toEqual([
			'summary',
			'architecture',
			'performance',
			'developer-experience',
			'cost',
			'best-for',
			'verdict',
		]);
		for (const section of data.sections) {
			expect(section.table.rows.length).toBeGreaterThan(0);
			for (const row of section.table.rows)
				expect(Object.keys(row.cells).sort()).toEqual(['django-ninja', 'fastapi', 'litestar']);
		}
	});

	test.skipIf(source === '')('every figure in the data appears in the article', () => {
		const texts: string[] = data.sections.flatMap((section: any) => [
			section.body,
			...section.table.rows.flatMap((row: any) => [
				row.criterion,
				...Object.values(row.cells).map((cell: any) => (cell === null || typeof cell === 'string' ? cell : cell.text)),
			]),
		]);
		const figures =
			texts
				.filter((text) => text !== null)
				.join('\n')
				.match(/\d+(?:,\d{3})*(?:\.\d+)?%?/g) ?? [];
		expect(figures.length).toBeGreaterThan(20);
		for (const figure of figures) expect(source, figure).toContain(figure);
	});

	test('every charted value is a figure of the article with its citation', () => {
		const charted = data.sections.flatMap((section: any) =>
			section.table.rows.flatMap((row: any) =>
				Object.values(row.cells).filter((cell: any) => typeof cell === 'object' && cell !== null && 'value' in cell),
			),
		);
		expect(charted.map((cell: any) => `${cell.value}${cell.unit}`)).toEqual([
			'40%',
			'10×',
			'35%',
			'1200req/s',
			'50%',
			'90%',
			'20%',
			'30%',
		]);
	});

	test('where the article is silent the data says null, never "not stated" in words', () => {
		const cells = data.sections.flatMap((section: any) =>
			section.table.rows.flatMap((row: any) => Object.values(row.cells)),
		);
		expect(cells.filter((cell: unknown) => cell === null)).toHaveLength(25);
		for (const cell of cells) {
			const text = cell === null || typeof cell === 'string' ? cell : (cell as {text: string}).text;
			expect(isNotStated(cell as Cell), String(text)).toBe(cell === null);
		}
	});

	test.skipIf(source === '')('the references and metadata are those of the article', () => {
		for (const reference of data.references) {
			expect(source).toContain(reference.url);
			expect(source).toContain(reference.publisher);
		}
		expect(source).toContain('April 11, 2026');
		expect(source).toContain(`${data.source.readingMinutes} min read`);
		expect(source).toContain(`${data.source.wordCount} words`);
		expect(source).toContain('autonomous neural pipeline');
		expect(data.source.machineGenerated).toBe(true);
	});
});

test('the example comparison in the README is valid', () => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
	const loaded = loadComparison(new TextEncoder().encode(example), 'README.md');
	expect(loaded.title).toBe('Tabs vs spaces');
});
