import {describe, expect, test} from 'vitest';
import {localTimestamp} from './timestamp.js';

describe('localTimestamp', () => {
	test('local time to the second with its offset from UTC', () => {
		const date = new Date(2026, 11, 6, 4, 3, 2);
		const offset = -date.getTimezoneOffset();
		const sign = offset < 0 ? '-' : '+';
		const hours = String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0');
		const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
		expect(localTimestamp(date)).toBe(`2026-12-06T04:03:02${sign}${hours}:${minutes}`);
	});

	test('reads back as the same moment', () => {
		const date = new Date(Date.UTC(2026, 0, 31, 23, 59, 58));
		expect(new Date(localTimestamp(date)).getTime()).toBe(date.getTime());
	});
});
