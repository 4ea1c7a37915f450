// Writes what is generated from the code into the documentation: the README's flag and key
// tables, and the pinned --help (source/cli/testdata/help.txt). Tests fail when either drifts.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {helpText} from '../cli/args.js';
import {withGeneratedTables} from './readme-tables.js';

const top = join(import.meta.dirname, '..', '..');
const readme = join(top, 'README.md');
writeFileSync(readme, withGeneratedTables(readFileSync(readme, 'utf8')));
const help = join(top, 'source', 'cli', 'testdata', 'help.txt');
writeFileSync(help, helpText);
process.stdout.write(`wrote ${readme} and ${help}\n`);
