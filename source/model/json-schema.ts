import * as z from 'zod/mini';
import {comparisonShape} from './schema.js';

/** The JSON Schema of a comparison file, as committed in data/comparison.schema.json. */
export function comparisonJsonSchema(): string {
	// What the schema is for, said even where zod's defaults agree: the input files, in draft
	// 2020-12. Mutating either gives the same schema today, as no field has a default or a
	// transform (where input and output would differ), so those mutants are equivalent.
	// Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, as said above
	const schema = z.toJSONSchema(comparisonShape, {target: 'draft-2020-12', io: 'input'});
	const described = {
		...schema,
		$id: 'https://github.com/tradeoff/tradeoff/data/comparison.schema.json',
		title: 'tradeoff comparison',
		description:
			'A technology comparison for tradeoff: subjects compared side by side, sections of markdown prose with a table each, and the references they cite. Cells cite references by number; ids are lowercase.',
	};
	return `${JSON.stringify(described, null, '\t')}\n`;
}
