import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {dataSource} from './line-break-data.js';

test('the committed line breaking table is the one generated from the installed UCD (npm run line-break-data)', () => {
	const committed = readFileSync(new URL('../layout/line-break-data.ts', import.meta.url), 'utf8');
	expect(committed === dataSource()).toBe(true);
});
