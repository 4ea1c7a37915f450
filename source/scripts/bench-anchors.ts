// `npm run bench -- --anchors`: other programs that render Markdown in a terminal, given the same
// content and width as tradeoff, so tradeoff's figures have something outside node to stand next
// to. They are not dependencies of the project: whichever is installed is used, a missing one is
// skipped and said so, and nothing is ever installed from here.
import {execFileSync, spawnSync} from 'node:child_process';
import {accessSync, constants, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {cleanEnv, cli} from '../test-support/run-cli.js';
import {type Command, timeAll, timeProcess} from './bench-run.js';
import {pairedRatio, type Stats} from './bench-stats.js';
import {type AnchorRow, formatAnchors, type Overflow} from './bench-table.js';
import {linesWiderThan} from './text-width.js';

/** The widths the anchors' output is measured at; they are timed at the middle one. */
export const anchorWidths = [40, 80, 120] as const;

/** A renderer the anchors run: its name in the table and how it is told a file and a width. */
export type Renderer = {
	name: string;
	/** The command for one file at one width, its output to `out`. */
	command: (file: string, width: number, out: string) => Command;
	/** The command as the table's legend shows it (FILE and W for the file and the width). */
	shown: string;
};

/** A renderer that is not installed, and what was looked for. */
export type Missing = {name: string; note: string};

/** Whether a program of this name is on PATH and executable. */
function onPath(name: string): string | undefined {
	for (const folder of (process.env.PATH ?? '').split(':')) {
		if (folder === '') continue;
		const path = join(folder, name);
		try {
			accessSync(path, constants.X_OK);
			return path;
		} catch {
			// Not in this folder.
		}
	}
	return undefined;
}

// Colours on and paging off, as each would write into a user's terminal, but into a file; the
// width given the way each takes one.
function rich(python: string): Renderer {
	return {
		name: 'rich',
		command: (file, width, out) => ({
			argv: [python, '-m', 'rich.markdown', '--force-color', '--width', String(width), file],
			out,
		}),
		shown: `${python} -m rich.markdown --force-color --width W FILE`,
	};
}

// lowdown's screen width; its text then wraps at the smaller of that and 80, as in a terminal.
const lowdown: Renderer = {
	name: 'lowdown',
	command: (file, width, out) => ({argv: ['lowdown', '-tterm', `--term-columns=${width}`, file], out}),
	shown: 'lowdown -tterm --term-columns=W FILE',
};

// Plain text has no colours to turn on.
const pandoc: Renderer = {
	name: 'pandoc',
	command: (file, width, out) => ({argv: ['pandoc', '-t', 'plain', `--columns=${width}`, file], out}),
	shown: 'pandoc -t plain --columns=W FILE',
};

// Decorations (header, grid, line numbers) as bat draws them in a terminal; without
// --decorations=always it drops them when writing to a file.
function bat(program: string): Renderer {
	return {
		name: program,
		command: (file, width, out) => ({
			argv: [program, '--paging=never', '--color=always', '--decorations=always', `--terminal-width=${width}`, file],
			out,
		}),
		shown: `${program} --paging=never --color=always --decorations=always --terminal-width=W FILE`,
	};
}

/**
 * The renderers installed on this machine, and the ones that are not. rich is a Python module:
 * the first of `python3` and `/usr/bin/python3` that can import it runs it (a distribution's rich
 * is importable only by the distribution's Python, not by one from pyenv).
 */
export function findRenderers(): {found: Renderer[]; missing: Missing[]} {
	const found: Renderer[] = [];
	const missing: Missing[] = [];
	const pythons = ['python3', '/usr/bin/python3'];
	const python = pythons.find(
		(candidate) => spawnSync(candidate, ['-c', 'import rich.markdown'], {stdio: 'ignore'}).status === 0,
	);
	if (python) found.push(rich(python));
	else missing.push({name: 'rich', note: `not installed (no rich.markdown for ${pythons.join(' or ')}): skipped`});
	for (const [renderer, program] of [
		[lowdown, 'lowdown'],
		[pandoc, 'pandoc'],
	] as const) {
		if (onPath(program)) found.push(renderer);
		else missing.push({name: program, note: `not installed (no ${program} on PATH): skipped`});
	}
	const batProgram = ['batcat', 'bat'].find((name) => onPath(name));
	if (batProgram) found.push(bat(batProgram));
	else missing.push({name: 'bat', note: 'not installed (no batcat or bat on PATH): skipped'});
	return {found, missing};
}

/** Runs a command once per width and counts the lines of its output wider than that width. */
export async function overflowAt(
	command: (width: number) => Command,
	widths: readonly number[],
): Promise<Record<number, Overflow>> {
	const result: Record<number, Overflow> = {};
	for (const width of widths) {
		const run = command(width);
		await timeProcess(run);
		result[width] = linesWiderThan(run.out ? readFileSync(run.out, 'utf8') : '', width);
	}
	return result;
}

type AnchorContent = {label: string; file: string};

/** What the anchors need from the bench: where to write, what to read, and how tradeoff is run. */
export type AnchorOptions = {
	/** The bench's scratch folder: the exported comparison and every renderer's output go there. */
	scratch: string;
	/** The largest shared Markdown fixture, when the shared folder is there. */
	fixture: string | undefined;
	runs: number;
	/** tradeoff printing a file at a width in colour, with an environment, its output to `out`. */
	tradeoff: (file: string, width: number, env: Record<string, string>, out: string) => Command;
	cached: Record<string, string>;
	noCache: Record<string, string>;
};

/**
 * The anchors: tradeoff and each installed renderer on the same Markdown, timed at 80 columns in
 * rounds with bare node (stdout to a file), then run once at each width to count the lines wider
 * than it.
 */
export async function measureAnchors(options: AnchorOptions): Promise<{text: string; json: unknown[]}> {
	const {scratch, fixture, runs, tradeoff, cached, noCache} = options;
	// The bundled comparison as a user would export it, so every renderer reads the same bytes.
	const exported = join(scratch, 'fastapi-litestar-django-ninja.md');
	writeFileSync(
		exported,
		execFileSync(process.execPath, [cli, '--format', 'markdown'], {encoding: 'utf8', env: cleanEnv(noCache)}),
	);
	const contents: AnchorContent[] = [
		{label: 'the bundled comparison, exported with --format markdown', file: exported},
		...(fixture ? [{label: `the largest shared fixture, ${basename(fixture)}`, file: fixture}] : []),
	];
	const {found, missing} = findRenderers();
	const output = (name: string) => join(scratch, `anchor-${name}.out`);
	const text: string[] = [];
	const json: unknown[] = [];
	if (!fixture) text.push('anchors on the largest shared fixture: skipped: no ../shared/fixtures/markdown', '');
	for (const content of contents) {
		const at = (width: number): Record<string, Command> => ({
			tradeoff: tradeoff(content.file, width, cached, output('tradeoff')),
			'tradeoff, no cache': tradeoff(content.file, width, noCache, output('tradeoff-no-cache')),
			...Object.fromEntries(
				found.map((renderer) => [renderer.name, renderer.command(content.file, width, output(renderer.name))]),
			),
		});
		// Each run once at each width first: its overflow, and whether it runs on this content at all
		// (one that fails is reported, not timed).
		const overflow: Record<string, Record<number, Overflow>> = {};
		const failed: AnchorRow[] = [];
		for (const name of Object.keys(at(80))) {
			try {
				overflow[name] = await overflowAt((width) => at(width)[name] as Command, anchorWidths);
			} catch (error) {
				failed.push({tool: name, note: `failed: ${error instanceof Error ? error.message : String(error)}`});
			}
		}
		const timed = Object.fromEntries(Object.entries(at(80)).filter(([name]) => overflow[name]));
		process.stderr.write(`timing the anchors on ${basename(content.file)} (${runs} rounds)...\n`);
		const times = await timeAll({node: {argv: [process.execPath, '-e', '0']}, ...timed}, runs);
		const node = times.node as Stats;
		const rows: AnchorRow[] = Object.keys(timed).map((name) => ({
			tool: name,
			stats: times[name] as Stats,
			ratio: pairedRatio(times[name] as Stats, node),
			...(overflow[name] ? {overflow: overflow[name]} : {}),
		}));
		rows.push(...failed, ...missing.map((gone) => ({tool: gone.name, note: gone.note})));
		const {lines} = linesWiderThan(readFileSync(content.file, 'utf8'), Number.POSITIVE_INFINITY);
		text.push(
			`anchors: ${content.label} (${lines} lines)`,
			`timed at 80 columns, stdout to a file (ratio to node -e 0: median ${node.median.toFixed(1)} ms);`,
			'">W cols": lines wider than W columns, of all lines written at width W',
			formatAnchors(rows, anchorWidths),
			'',
		);
		json.push({
			content: content.label,
			node: {median: node.median, min: node.min, max: node.max},
			rows: rows.map((row) => ({
				tool: row.tool,
				...(row.stats ? {median: row.stats.median, min: row.stats.min, max: row.stats.max, ratio: row.ratio} : {}),
				...(row.overflow ? {overflow: row.overflow} : {}),
				...(row.note ? {note: row.note} : {}),
			})),
		});
	}
	text.push(
		'commands (W the width, FILE the document):',
		`  tradeoff: node build/cli.cjs FILE --plain --width W --color always (no cache: TRADEOFF_CACHE=0)`,
		...found.map((renderer) => `  ${renderer.name}: ${renderer.shown}`),
	);
	return {text: text.join('\n'), json};
}
