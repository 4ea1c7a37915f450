// Writes data/comparison.schema.json from the zod schema, so editors can complete and check
// comparison files. A test fails when the committed file and the schema drift apart.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {comparisonJsonSchema} from '../model/json-schema.js';

const target = join(import.meta.dirname, '..', '..', 'data', 'comparison.schema.json');
writeFileSync(target, comparisonJsonSchema());
process.stdout.write(`wrote ${target}\n`);
