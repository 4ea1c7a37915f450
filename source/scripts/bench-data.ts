// The large comparisons the benchmark measures, generated on the fly from the bundled one (never
// committed): every prose string 50 times longer, and 8 subjects with 300 table rows in all.
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

/** Both large comparisons. */
export function largeComparisons(): {longProse: Comparison; wide: Comparison} {
	return {longProse: longProse(), wide: wide()};
}
