// The README's flag and key tables, made from the flags in cli/args.ts and the keymap in
// browser/keymap.ts, so that the README cannot disagree with what the program does: `npm run docs`
// writes them, and a test fails when the README holds anything else.
import {helpGroups, keymap, mouseHelp} from '../browser/keymap.js';
import {type Flag, flags, flagUsage} from '../cli/args.js';

/** A markdown table cell: pipes escaped, so text with `|` stays in its cell. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|');
}

/** Each key of a label in its own code span: `→` `l` `Tab`. */
export function keysOf(label: string): string {
	return label
		.split(' ')
		.filter((key) => key !== '')
		.map((key) => `\`${key}\``)
		.join(' ');
}

function flagRow(flag: Flag): string {
	const said = flag.help.join(' ');
	return `| \`${cell(flagUsage(flag))}\` | ${cell(flag.more ? `${said}. ${flag.more}` : said)} |`;
}

/** The flag table: every flag, as `--help` lists them, with what the README says beyond. */
export function flagTable(): string {
	return ['| flag | meaning |', '|---|---|', ...flags.map(flagRow)].join('\n');
}

/**
 * The key table: every binding, grouped as the help screen groups them. Browsing's keys a row
 * each; a view's or an overlay's (fewer, and read once open) on one row, `keys` and their action
 * one after another; then what the mouse does.
 */
export function keyTables(): string {
	const rows: string[] = ['| where | keys | action |', '|---|---|---|'];
	for (const group of helpGroups) {
		const bindings = keymap.filter(
			(binding) =>
				binding.contexts.includes(group.context) &&
				// A binding shared with browsing is listed once, under browsing, as the help screen does.
				(group.context === 'browse' || !binding.contexts.includes('browse')),
		);
		if (bindings.length === 0) continue;
		if (group.context === 'browse') {
			bindings.forEach((binding, index) => {
				const where = index === 0 ? cell(group.title) : '';
				rows.push(`| ${where} | ${cell(keysOf(binding.label))} | ${cell(binding.description)} |`);
			});
			continue;
		}
		const all = bindings.map((binding) => `${keysOf(binding.label)} ${binding.description}`).join('; ');
		rows.push(`| ${cell(group.title)} | | ${cell(all)} |`);
	}
	rows.push(`| The mouse | | ${cell(mouseHelp.map((item) => `${item.label}: ${item.description}`).join('; '))} |`);
	return rows.join('\n');
}

/** The generated regions of the README, by name. */
export const generated: Readonly<Record<string, () => string>> = {flags: flagTable, keys: keyTables};

/**
 * The README with each generated region (between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->`) made anew; throws when a region is missing.
 */
export function withGeneratedTables(readme: string): string {
	let text = readme;
	for (const [name, make] of Object.entries(generated)) {
		const open = `<!-- generated:${name} (npm run docs writes this; edit cli/args.ts or browser/keymap.ts) -->`;
		const close = `<!-- /generated:${name} -->`;
		const start = text.indexOf(open);
		const end = text.indexOf(close);
		if (start === -1 || end < start) throw new Error(`README.md has no region ${open} … ${close}`);
		text = `${text.slice(0, start + open.length)}\n${make()}\n${text.slice(end)}`;
	}
	return text;
}
