import * as z from 'zod/mini';
import {comparisonShape} from './schema.js';

/** The JSON Schema of a comparison file, as committed in data/comparison.schema.json. */
export function comparisonJsonSchema(): string {
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
