import {spawnSync} from 'node:child_process';
import {expect, test} from 'vitest';
import {browserFlags, startFlags} from './v8-flags.js';

/** What Node prints, on either stream, when it sets the flags on itself. */
function printedWhenSet(flags: string): string {
	const script = `require('node:v8').setFlagsFromString(${JSON.stringify(flags)})`;
	const result = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	return result.stdout + result.stderr;
}

test.each([startFlags, browserFlags ?? ''])('V8 knows the flags %j: setting them prints nothing', (flags) => {
	expect(printedWhenSet(flags)).toBe('');
});

test('an unknown flag would be caught: V8 prints it', () => {
	expect(printedWhenSet('--no-such-flag-in-any-v8')).toContain('unrecognized flag --no-such-flag-in-any-v8');
});

test('the browser flags are set on the V8 versions they were checked on (11 to 13), and only there', () => {
	const major = Number(process.versions.v8.split('.')[0]);
	expect(browserFlags !== undefined).toBe(major >= 11 && major <= 13);
});
