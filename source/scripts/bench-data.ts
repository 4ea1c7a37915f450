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

/** Both large comparisons. */
export function largeComparisons(): {longProse: Comparison; wide: Comparison} {
	return {longProse: longProse(), wide: wide()};
}
