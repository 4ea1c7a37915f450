// Stands in for the module `tradeoff:bundled` when the tests import the CLI from source
// (vitest.config.ts): the bundled comparison made as the build makes it, and passed through JSON
// as the bundle passes it.
import {fileURLToPath} from 'node:url';
import {bundledJson} from '../cli/bundled-source.js';

const bundled = JSON.parse(await bundledJson(fileURLToPath(new URL('../..', import.meta.url))));

export default bundled;
