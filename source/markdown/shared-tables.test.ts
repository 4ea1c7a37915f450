// The tables of the shared real-world documents as their authors wrote them: the subjects of the
// feature matrices and none of the benchmark grids' measures, every column of a table of the
// subjects kept under its header at 40, 80 and 120 columns, and export, read, export
// byte-identical, in Markdown and in JSON. Skipped where the shared folder is absent.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {SearchIndex} from '../browser/search.js';
import {loadComparison} from '../input/load.js';
import {type Document, sectionLines, shownText} from '../layout/document.js';
import {toJson, toMarkdown} from '../layout/render-text.js';
import {locatedParts} from '../model/table-parts.js';
import {applyView, defaultView} from '../model/view.js';
import {sampled} from '../test-support/runs.js';
import {sharedFixtures} from '../test-support/shared-fixtures.js';
import {splitFrontMatter} from './front-matter.js';
import {joinHtmlTables} from './html-table.js';
import {importMarkdown} from './markdown-document.js';
import {lexDocument} from './markdown-parse.js';
import {subjectColumns, tablePieces} from './markdown-tables.js';
import {shownHeader} from './subject-tables.js';

const folder = sharedFixtures;
const fixtures = existsSync(folder) ? readdirSync(folder).filter((name) => /\.mdx?$/.test(name)) : [];

/** The subjects each feature matrix compares; every other shared document compares none. */
const subjects: Readonly<Record<string, readonly string[]>> = {
	'badger-readme.md': ['Badger', 'RocksDB', 'BoltDB'],
	'deepseek-v3-llm-benchmarks.md': ['DeepSeek-V2', 'Qwen2.5 72B', 'LLaMA3.1 405B', 'DeepSeek-V3'],
	'got-http-clients-comparison.md': ['got', 'node-fetch', 'ky', 'axios', 'superagent'],
	'javaguide-llm-gateway.md': ['LLM Router', 'LLM Gateway'],
	'meilisearch-alternatives.mdx': ['Meilisearch', 'Algolia', 'Typesense', 'Elasticsearch'],
	'pixi-from-uv.md': ['uv', 'Pixi'],
	'pnpm-yarn-npm-feature-comparison.md': ['pnpm', 'Yarn', 'npm'],
	'tanstack-query-vs-swr-apollo-rtk.md': ['React Query', 'SWR', 'Apollo Client', 'RTK-Query', 'React Router'],
	'zh-message-queue-comparison.md': ['ActiveMQ', 'RabbitMQ', 'RocketMQ', 'Kafka'],
};

/** The benchmark grids: their columns are measures, never subjects. */
const grids = [
	'fastify-web-framework-benchmarks.md',
	'gin-benchmarks.md',
	'rust-serialization-benchmark.md',
	'zap-go-logger-benchmarks.md',
	'zh-chatglm3-model-benchmarks.md',
];

function markdownOf(document: Document): string {
	const {comparison} = document;
	return toMarkdown(applyView(comparison, defaultView(comparison), comparison.sections, shownText(document)));
}

describe.skipIf(fixtures.length === 0)('the shared documents, their tables as written', () => {
	test('the grids are among the documents, and every feature matrix', () => {
		for (const name of [...grids, ...Object.keys(subjects)]) expect(fixtures).toContain(name);
	});

	describe.each(sampled(fixtures, 3))('%s', (name) => {
		const bytes = () => readFileSync(`${folder}${name}`);

		test('the subjects of a feature matrix; of a grid or anything else, none', async () => {
			const {comparison} = await importMarkdown(bytes(), name);
			expect(comparison.subjects.map((subject) => subject.name)).toEqual(subjects[name] ?? []);
		});

		test('every header word of every table of the subjects is on its lines at 40, 80 and 120 columns', async () => {
			const document = await importMarkdown(bytes(), name);
			const {comparison} = document;
			const view = defaultView(comparison);
			// The source's tables of the subjects, in order: those the parts were made from.
			const markdown = splitFrontMatter(new TextDecoder().decode(bytes())).markdown;
			const sources = joinHtmlTables(lexDocument(markdown))
				.flatMap((token) => tablePieces(token) ?? [])
				.flatMap((piece) => (piece.cells && subjectColumns(piece.cells, comparison.subjects) ? [piece.cells] : []));
			const parts = comparison.sections.flatMap((section) =>
				locatedParts(section.table, comparison.subjects).map((part) => ({section, part})),
			);
			expect(parts.length).toBe(sources.length);
			parts.forEach(({section, part}, index) => {
				const header = sources[index]?.header ?? [];
				const words = header.flatMap((cell) => shownHeader(cell).match(/[\p{L}\p{N}]+/gu) ?? []);
				// The part alone, as a section of its own.
				const alone = {
					...section,
					body: undefined,
					table: {
						rows: (section.table?.rows ?? []).slice(part.start, part.end),
						parts: [{rows: part.end - part.start, ...(part.written ? {columns: [...part.columns]} : {})}],
					},
				};
				for (const width of sampled([40, 80, 120], 1)) {
					// Search joins the pieces of a header the width broke.
					const found = new SearchIndex([sectionLines({...document, bodies: new Map()}, alone, {width, view})]);
					const missing = words.filter((word) => found.search(word).length === 0);
					expect(missing, `table ${index} of ${section.id} at ${width}`).toEqual([]);
				}
			});
		});

		test('--format markdown, read back, writes the same bytes', async () => {
			const first = markdownOf(await importMarkdown(bytes(), name));
			const second = markdownOf(await importMarkdown(new TextEncoder().encode(first), name));
			expect(second).toBe(first);
		});

		test.skipIf(!subjects[name])('--format json, read back, writes the same bytes', async () => {
			const document = await importMarkdown(bytes(), name);
			const {comparison} = document;
			const first = toJson(applyView(comparison, defaultView(comparison), comparison.sections, shownText(document)));
			const back = loadComparison(new TextEncoder().encode(first), 'back.json');
			expect(toJson(applyView(back, defaultView(back), back.sections))).toBe(first);
		});
	});
});
