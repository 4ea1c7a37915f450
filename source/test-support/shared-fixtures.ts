// Where the shared Markdown fixtures are: ../shared/fixtures/markdown beside the project, absent in a
// clone elsewhere (the tests that read them skip then). A mutation run copies the project into
// .scratch/stryker-tmp/sandbox-*, so there the folder is looked for beside the project that holds the
// copy: otherwise every test of the shared documents skipped under mutation and their mutants survived.
import {join, sep} from 'node:path';
import {root} from './run-cli.js';

const project = root.replace(/[/\\]\.scratch[/\\]stryker-tmp[/\\][^/\\]+[/\\]?$/, '');

/** The folder of shared fixtures, ending in a separator. */
export const sharedFixtures = `${join(project, '..', 'shared', 'fixtures', 'markdown')}${sep}`;
