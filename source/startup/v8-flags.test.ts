import {spawnSync} from 'node:child_process';
import {expect, test} from 'vitest';
import {browserFlags, flagsForInput, longInputBytes, longWorkFlags} from './v8-flags.js';

/** What Node prints, on either stream, when it sets the flags on itself. */
function printedWhenSet(flags: string): string {
	const script = `require('node:v8').setFlagsFromString(${JSON.stringify(flags)})`;
	const result = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	return result.stdout + result.stderr;
}

test.each([longWorkFlags, browserFlags])('V8 knows the flags %j: setting them prints nothing', (flags) => {
	expect(printedWhenSet(flags)).toBe('');
});

test('an unknown flag would be caught: V8 prints it', () => {
	expect(printedWhenSet('--no-such-flag-in-any-v8')).toContain('unrecognized flag --no-such-flag-in-any-v8');
});

test('the flags beyond --no-opt are set on the V8 versions they were checked on (11 to 13), and only there', () => {
	const major = Number(process.versions.v8.split('.')[0]);
	const checked = major >= 11 && major <= 13;
	expect(longWorkFlags === '--no-opt').toBe(!checked);
	expect(browserFlags.startsWith(longWorkFlags)).toBe(true);
	expect(browserFlags === longWorkFlags).toBe(!checked);
});

test('input below the size where long work pays is laid out under V8 defaults', () => {
	expect(flagsForInput(0)).toBeUndefined();
	expect(flagsForInput(longInputBytes - 1)).toBeUndefined();
	expect(flagsForInput(longInputBytes)).toBe(longWorkFlags);
	// The bundled comparison, printed from its file, is short work.
	expect(longInputBytes).toBeGreaterThan(15_000);
});
