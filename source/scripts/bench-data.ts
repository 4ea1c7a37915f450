// The large inputs the benchmark measures, generated on the fly (never committed): the bundled
// comparison with every prose string 50 times longer, with 8 subjects and 300 table rows, with
// code blocks, and a Markdown document with a 1,000-row subject table.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Comparison} from '../model/schema.js';

const bundledPath = fileURLToPath(new URL('../../data/fastapi-litestar-django-ninja.json', import.meta.url));

function bundled(): Comparison {
	return JSON.parse(readFileSync(bundledPath, 'utf8')) as Comparison;
}

/**
 * The bundled comparison with every prose string `times` times longer: each section's markdown
 * and the description. "Prose" as the issues use the word: table cells are not prose.
 */
export function longProse(times = 50): Comparison {
	const data = bundled();
	const repeat = (text: string | undefined, separator: string) =>
		Array.from({length: times}, () => text ?? '').join(separator);
	return {
		...data,
		description: repeat(data.description, ' '),
		sections: data.sections.map((section) => ({...section, body: repeat(section.body, '\n\n')})),
	};
}

/** The bundled comparison with `subjects` subjects and `rows` table rows spread over its sections. */
export function wide(subjects = 8, rows = 300): Comparison {
	const data = bundled();
	const originals = data.sections.flatMap((section) => section.table?.rows ?? []);
	const people = Array.from({length: subjects}, (_, index) => ({
		id: `framework-${index + 1}`,
		name: `Framework ${index + 1}`,
	}));
	const perSection = Math.ceil(rows / data.sections.length);
	let made = 0;
	return {
		...data,
		subjects: people,
		sections: data.sections.map((section) => {
			const count = Math.min(perSection, rows - made);
			const sectionRows = Array.from({length: count}, (_, index) => {
				const source = originals[(made + index) % originals.length];
				const cells = Object.values(source?.cells ?? {});
				return {
					criterion: `${source?.criterion ?? 'Criterion'} ${made + index + 1}`,
					cells: Object.fromEntries(
						people.map((person, column) => [person.id, cells[column % cells.length] ?? 'Not stated in the source']),
					),
				};
			});
			made += count;
			return {...section, table: {rows: sectionRows}};
		}),
	};
}

/** Code in five languages, as a comparison of frameworks shows it. */
const codeSamples = [
	'```python\n@app.get("/items/{item_id}")\nasync def read_item(item_id: int, q: str | None = None) -> dict:\n    # FastAPI validates item_id from the type hint\n    return {"item_id": item_id, "q": q}\n```',
	'```python\nfrom litestar import Litestar, get\n\n@get("/")\nasync def index() -> str:\n    return "Hello, world!"\n\napp = Litestar([index])\n```',
	'```ts\nconst response = await fetch("http://localhost:8000/items/42?q=x");\nconst item: {item_id: number} = await response.json();\n```',
	'```bash\npip install "fastapi[standard]" litestar django-ninja\nuvicorn main:app --workers 4 --port 8000\n```',
	'```yaml\nservices:\n  api:\n    image: python:3.12-slim\n    command: uvicorn main:app --host 0.0.0.0\n```',
];

/** The bundled comparison with a fenced code block, in a language tradeoff highlights, after every section's prose. */
export function withCode(): Comparison {
	const data = bundled();
	return {
		...data,
		sections: data.sections.map((section, index) => ({
			...section,
			body: `${section.body ?? ''}\n\n${codeSamples[index % codeSamples.length] ?? ''}`,
		})),
	};
}

/** A generated Markdown document, with the section titles its footer names. */
export type MarkdownDocument = {text: string; sections: readonly string[]; subjects: readonly string[]; rows: number};

const tableSubjects = ['PostgreSQL', 'MySQL', 'SQLite'] as const;
const aspects = [
	'Replication',
	'Full-text search',
	'JSON columns',
	'Window functions',
	'Partial indexes',
	'Online schema change',
	'Row-level security',
	'Point-in-time recovery',
];
const answers = [
	'Yes, built in',
	'No',
	'Partial: through a plugin',
	'**Yes**, since the last major release',
	'Only with `pragma` settings',
	'Not stated in the source',
	'Yes, with a managed service',
	'Planned for the next release',
];
const prose =
	'Each engine was run on the same machine with its defaults, then tuned as its documentation suggests. ' +
	'The figures below are medians of five runs; the plugin column names what a team would install to close a gap. ' +
	'Read the table as a map of where each engine needs help rather than as a ranking.';

/**
 * A Markdown document as people write comparisons: front matter naming three subjects, a few
 * sections of prose, and one subject table of `rows` rows (every 25th row a figure in ms, so a
 * few rows are charts too). Deterministic: the same text every run.
 */
export function markdownWithTable(rows = 1000): MarkdownDocument {
	const header = `| Criterion | ${tableSubjects.join(' | ')} |\n|---|${tableSubjects.map(() => '---').join('|')}|`;
	const body = Array.from({length: rows}, (_, row) => {
		const criterion = `${aspects[row % aspects.length]} ${Math.floor(row / aspects.length) + 1}`;
		const cells = tableSubjects.map((_, column) =>
			row % 25 === 0
				? `${((row * 7 + column * 13) % 90) + 10} ms`
				: (answers[(row + column * 3) % answers.length] ?? ''),
		);
		return `| ${criterion} | ${cells.join(' | ')} |`;
	});
	const sections = ['Overview', 'Features', 'Operations', 'Verdict'];
	const text = [
		'---',
		'title: PostgreSQL vs MySQL vs SQLite',
		'description: Three SQL engines feature by feature',
		`subjects: [${tableSubjects.join(', ')}]`,
		'---',
		'',
		`## ${sections[0]}`,
		'',
		prose,
		'',
		prose,
		'',
		`## ${sections[1]}`,
		'',
		'Every feature the three engines were checked for, one row each.',
		'',
		header,
		...body,
		'',
		`## ${sections[2]}`,
		'',
		prose,
		'',
		'- Backups: each engine has a tool of its own.',
		'- Upgrades: a major version needs a dump and a restore for two of the three.',
		'- Monitoring: all three report through standard exporters.',
		'',
		`## ${sections[3]}`,
		'',
		prose,
		'',
	].join('\n');
	return {text, sections, subjects: tableSubjects, rows};
}
