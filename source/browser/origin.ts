// Where a document was read from, in words for the info panel: the path or address, the address
// really fetched when a redirect (or a rewrite) led elsewhere, its size and when it was read.
import type {Document} from '../layout/document.js';

/** A field of the info panel: its name and its value. */
export type Field = readonly [name: string, value: string];

/** A size in bytes as a reader reads it: 738 bytes, 12.3 KiB, 1.5 MiB. */
export function sizeText(bytes: number): string {
	if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
	const kib = bytes / 1024;
	if (kib < 1024) return `${kib < 10 ? kib.toFixed(1) : Math.round(kib)} KiB (${bytes.toLocaleString('en')} bytes)`;
	return `${(kib / 1024).toFixed(1)} MiB (${bytes.toLocaleString('en')} bytes)`;
}

/** What a location names: standard input, an address, a path, or the comparison bundled with tradeoff. */
function locationText(location: string): string {
	if (location === '-') return 'standard input';
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) || /^([a-z]:)?[\\/]/i.test(location)) return location;
	return `${location}, bundled with tradeoff`;
}

/** The info panel's fields for a document's origin, none when it is not known. */
export function originFields(origin: Document['origin']): Field[] {
	if (!origin) return [];
	const fields: Field[] = [['Read from', locationText(origin.location)]];
	if (origin.fetchedFrom !== undefined && origin.fetchedFrom !== origin.location)
		fields.push(['Fetched from', origin.fetchedFrom]);
	fields.push(['Size', sizeText(origin.bytes)], ['Read at', origin.readAt.replace('T', ' ')]);
	return fields;
}
