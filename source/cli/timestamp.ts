// When a document was read, as the info panel shows it: the clock is read here, in the entry,
// because the rooms that lay out and browse read none.

/** A moment as local time with its offset from UTC, to the second: 2026-12-06T14:03:12+01:00. */
export function localTimestamp(date: Date): string {
	const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
	const offset = -date.getTimezoneOffset();
	const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}
