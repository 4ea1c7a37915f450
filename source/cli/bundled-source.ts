// What the module `tradeoff:bundled` holds (bundled.d.ts): the comparison bundled into the CLI,
// validated and its prose and cells parsed. The build embeds it in the bundle
// (scripts/build.ts); the tests that run the CLI in-process import it in the module's place
// (test-support/vitest.config.ts), so both see the same thing, made the same way.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {loadComparison} from '../input/load.js';
import {prepareDocument} from '../input/prepare.js';

/** The comparison bundled into the CLI, relative to the project root. */
export const bundledData = 'data/fastapi-litestar-django-ninja.json';

/**
 * The bundled comparison as the CLI needs it, as JSON text: validated (and checked to be clean
 * already, as the CLI does not sanitize it again), its prose and cells parsed, and its file's
 * name and size (for the info panel's "read from").
 */
export async function bundledJson(root: string): Promise<string> {
	const bytes = readFileSync(join(root, bundledData));
	const comparison = loadComparison(bytes, bundledData);
	if (!isDeepStrictEqual(comparison, JSON.parse(bytes.toString('utf8')))) {
		throw new Error(`${bundledData}: contains control characters or fields that validation changes`);
	}
	const document = await prepareDocument(comparison);
	const bodies = Object.fromEntries(document.bodies);
	const inline = Object.fromEntries(document.inline ?? []);
	const file = {name: bundledData.split('/').at(-1), bytes: bytes.length};
	return JSON.stringify({comparison, bodies, inline, file});
}
