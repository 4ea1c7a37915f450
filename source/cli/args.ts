// The command line as data. Node's own util.parseArgs rather than meow: bundled meow adds about
// 35 ms to every start (measured here, against ~80 ms for bare Node), most of a start-up budget of
// 1.3x bare Node, for parsing we can do in a few lines with a parser that ships with Node.
import {parseArgs} from 'node:util';
import {type Theme, themeFromColorFgBg, themes} from '../layout/theme.js';
import {UsageError} from '../model/errors.js';

/** Output formats for printed (non-interactive) output. */
export const formats = ['text', 'markdown', 'json'] as const;
/** Output format. */
export type Format = (typeof formats)[number];

/** The --color choices. */
export const colorChoices = ['auto', 'always', 'never'] as const;
/** A --color choice. */
export type ColorChoice = (typeof colorChoices)[number];

/** The --theme choices: a palette, or auto (ask the terminal, else COLORFGBG, else dark). */
export const themeChoices = ['auto', ...themes] as const;
/** A --theme choice. */
export type ThemeChoice = (typeof themeChoices)[number];

/** Bounds of --width. */
export const widthLimits = {min: 20, max: 1000} as const;

/** Seconds a download may take unless --timeout says otherwise. */
export const defaultTimeout = 30;

/** Everything the command line asked for. */
export type Options = {
	/** A file path, a URL, '-' for stdin, or undefined for the bundled comparison (the first of files). */
	readonly file: string | undefined;
	/** Every file, folder or URL given: more than one (or a folder) opens a list of them. */
	readonly files: readonly string[];
	/** Seconds a URL may take to download, whole. */
	readonly timeout: number;
	readonly section: string | undefined;
	readonly format: Format | undefined;
	readonly plain: boolean;
	readonly width: number | undefined;
	readonly color: ColorChoice;
	readonly theme: ThemeChoice;
	/** Take the mouse in the browser (--no-mouse leaves it to the terminal). */
	readonly mouse: boolean;
	readonly only: readonly string[] | undefined;
	/** The subjects of a Markdown document, named by the reader (--subjects): names as its tables head them. */
	readonly subjects: readonly string[] | undefined;
	readonly differences: boolean;
	readonly search: string | undefined;
	readonly ascii: boolean;
	/** Show the evidence view (how each subject's claims are backed) instead of the sections. */
	readonly evidence: boolean;
	/** Print the reader's decision: the verdict and the matrix of weights, scores and notes. */
	readonly verdict: boolean;
	/** Keep the decision in this file instead of the one tradeoff names in its data folder. */
	readonly decisionFile: string | undefined;
	readonly help: boolean;
	readonly version: boolean;
};

/** One flag: how it is parsed, how `--help` shows it and what the README adds about it. */
export type Flag = {
	readonly name: string;
	readonly short?: string;
	readonly type: 'string' | 'boolean';
	/** What the value is called in the help (`<id>`), for a flag that takes one. */
	readonly value?: string;
	/** The help's description, a line each as `--help` prints them. */
	readonly help: readonly string[];
	/** What the README's flag table says beyond the help (markdown), when it says more. */
	readonly more?: string;
};

/**
 * Every flag, in the order `--help` and the README list them: the one place they are written.
 * `parseArgs` reads its options from here, `--help` prints it, and `npm run docs` writes the
 * README's flag table from it (a test fails when the README or the pinned help differ).
 */
export const flags: readonly Flag[] = [
	{
		name: 'section',
		short: 's',
		type: 'string',
		value: '<id>',
		help: [
			'start at (or print only) this section: its id, number or title',
			'(any case), a unique prefix of one, or a heading of its prose',
			"(section/heading, or the heading's id)",
		],
		more: '`-s perf`, `-s performance/benchmarks`. A prefix that fits several is an error that names them (status 2). Printed, a heading prints what it heads; `--format json` and `markdown` export its whole section.',
	},
	{
		name: 'format',
		short: 'f',
		type: 'string',
		value: '<format>',
		help: ['text, markdown or json when printing (default text)'],
		more: '`json` writes a comparison file tradeoff reads back, so it needs at least two subjects (a Markdown document that names none says so, exit 2); for a list, the list as JSON.',
	},
	{
		name: 'plain',
		short: 'p',
		type: 'boolean',
		help: ['print text and exit, even in a terminal'],
	},
	{
		name: 'width',
		short: 'w',
		type: 'string',
		value: '<n>',
		help: [
			"wrap printed output at n columns (default: the terminal's, else",
			'COLUMNS, else the terminal on stderr, else 80)',
		],
		more: '20 to 1000. The terminal on stderr gives the width to `tradeoff | less`.',
	},
	{
		name: 'color',
		type: 'string',
		value: '<when>',
		help: [
			'auto, always or never (default auto: colour only in a terminal,',
			'never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it)',
		],
		more: '`FORCE_COLOR=0` turns it off.',
	},
	{
		name: 'theme',
		type: 'string',
		value: '<theme>',
		help: [
			'auto, light or dark colours (default auto: the browser asks the',
			'terminal, else COLORFGBG decides, else dark)',
		],
		more: 'Each palette keeps at least 3:1 against white or black. The browser asks the terminal for its background (OSC 11) and keeps the answer for that terminal, for the first frame of its next session; `COLORFGBG=0;15` is dark text on light; printed output uses `COLORFGBG`, else dark. `NO_COLOR` and `--color never` still win.',
	},
	{
		name: 'no-mouse',
		type: 'boolean',
		help: ['leave the mouse to the terminal in the browser (M switches it)'],
	},
	{
		name: 'only',
		short: 'o',
		type: 'string',
		value: '<ids>',
		help: ['show only these subjects, in this order (comma-separated ids)'],
	},
	{
		name: 'subjects',
		type: 'string',
		value: '<names>',
		help: [
			"the subjects of a Markdown document, as its tables' columns",
			'name them (comma-separated): instead of what tradeoff reads',
		],
		more: 'A name that no table has is an error (status 2).',
	},
	{
		name: 'differences',
		short: 'd',
		type: 'boolean',
		help: ['hide table rows where every shown subject says the same'],
	},
	{
		name: 'search',
		type: 'string',
		value: '<text>',
		help: [
			'print every hit, one per line, each after its place',
			'(Performance › Litestar: …), exit 1 if none (as grep);',
			'in a terminal, open at the first hit',
		],
		more: 'With `--format json`, the hits as JSON; with `--color always`, every match in reverse video.',
	},
	{
		name: 'evidence',
		type: 'boolean',
		help: [
			"how each subject's claims are backed: cited, uncited or not",
			'stated, per row and in all; in a terminal, open the browser on it',
		],
		more: 'As text, `--format json` or `--format markdown`; follows `--only`, `--section` and `-d`; with `--search`, the rows that match. See [the evidence view](#the-evidence-view).',
	},
	{
		name: 'verdict',
		type: 'boolean',
		help: [
			"print your decision: the verdict, then each row's weight and",
			'your scores and notes (D in the browser makes it); markdown',
			'writes a decision record, json the figures',
		],
		more: 'Follows `--only`, `--section` and `-d`. `--format json` gives `{"subjects": [{"id", "name", "score", "coverage", "rank"}], "rows": [{"section", "criterion", "weight", "cells": {"<id>": {"score", "note"}}}]}` (`score` null when not scored); `--format markdown` a decision record a team can commit. With no decision yet it says so (status 0); a document without subjects is an error (status 2).',
	},
	{
		name: 'decision-file',
		type: 'string',
		value: '<file>',
		help: ['keep the decision in this file (default: one per comparison in', '$XDG_DATA_HOME/tradeoff/decisions)'],
		more: 'A team can keep it in git beside the comparison. Its folder must exist.',
	},
	{
		name: 'ascii',
		type: 'boolean',
		help: ['draw tables and charts with ASCII characters only'],
	},
	{
		name: 'timeout',
		type: 'string',
		value: '<s>',
		help: ['seconds a URL may take to download (default 30)'],
		more: 'The whole download, not each read.',
	},
	{name: 'help', short: 'h', type: 'boolean', help: ['show this help']},
	{name: 'version', short: 'v', type: 'boolean', help: ['show the version']},
];

/** A flag as `--help` and the README write it: `-s, --section <id>`. */
export function flagUsage(flag: Flag): string {
	return `${flag.short ? `-${flag.short}, ` : ''}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
}

const helpColumn = 26;

function optionLines(): string {
	return flags
		.map((flag) => {
			const usage = `${flag.short ? '  ' : '      '}${flagUsage(flag)}`;
			const [first = '', ...rest] = flag.help;
			// A usage too long for its column puts the description on the next line.
			const head =
				usage.length < helpColumn - 1
					? `${usage.padEnd(helpColumn)}${first}`
					: `${usage}\n${' '.repeat(helpColumn)}${first}`;
			return [head, ...rest.map((line) => `${' '.repeat(helpColumn)}${line}`)].join('\n');
		})
		.join('\n');
}

/** The help text `--help` prints, its options made from {@link flags}. */
export const helpText = `tradeoff - browse a technology comparison in the terminal

Usage
  tradeoff [file | url | folder | -]... [options]

  With no file, shows the bundled comparison (FastAPI vs Litestar vs Django Ninja).
  A file is a comparison in JSON or a Markdown document (.md); a URL is fetched;
  - reads from stdin. Several files or a folder open a list of the comparisons
  in them (piped: one line each). In a terminal tradeoff opens an interactive
  browser; piped, or with --plain, it prints text and exits.

Options
${optionLines()}

Keys (in the browser; ? lists them all)
  ← → sections   ↑ ↓ Space b scroll (pages go on into the next section)
  Ctrl-F Ctrl-B Ctrl-D Ctrl-U Ctrl-E Ctrl-Y as in less   o outline   / search
  c subjects   d differences   e evidence   D decide   i about the source
  r references and links: Enter opens one, y copies it, Y copies the section
  M mouse on/off   Ctrl-Z suspend   q quit
  The wheel scrolls; a click opens a section, a [n] or a link, or picks in a list.

Exit status
  0 done, 1 --search found nothing (or anything unexpected), 2 bad usage or data.

Examples
  tradeoff --section performance | less
  tradeoff --format markdown > comparison.md
  tradeoff --only fastapi,django-ninja --plain
  tradeoff --search benchmark --plain
  tradeoff --evidence --format json
  tradeoff --verdict --format markdown > DECISION.md
  tradeoff my-comparison.json
  tradeoff README.md
  tradeoff https://example.com/comparison.md
  tradeoff docs/ | grep -i kafka
`;

function unknownOption(message: string): string {
	const match = /Unknown option '([^']*)'/.exec(message);
	return match ? `unknown option ${match[1]}` : message;
}

function missingValue(message: string): string {
	const match = /Option '(?:-\w, )?(--[\w-]+)/.exec(message);
	if (match && message.includes('argument missing')) return `option ${match[1]} needs a value`;
	if (match && message.includes('does not take an argument')) return `option ${match[1]} does not take a value`;
	return message;
}

function choice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if ((choices as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`--${flag}: expected ${choices.join(', ')}; got "${value}"`);
}

/** Parses the arguments after the program name; bad usage throws UsageError. */
export function parseArguments(argv: readonly string[]): Options {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse(argv);
	} catch (error) {
		const {code, message} = error as {code?: string; message: string};
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(unknownOption(message));
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(missingValue(message));
		throw new UsageError(message);
	}
	const {values, positionals} = parsed;
	if (positionals.length > 1 && positionals.includes('-')) {
		throw new UsageError('- (stdin) cannot be listed with other files');
	}
	let timeout = defaultTimeout;
	const seconds = text(values, 'timeout');
	if (seconds !== undefined) {
		timeout = /^\d+(\.\d+)?$/.test(seconds) ? Number(seconds) : Number.NaN;
		if (!(timeout > 0 && timeout <= 3600)) {
			throw new UsageError(`--timeout: expected seconds, more than 0 and at most 3600; got "${seconds}"`);
		}
	}
	let width: number | undefined;
	const columns = text(values, 'width');
	if (columns !== undefined) {
		width = /^\d+$/.test(columns) ? Number(columns) : Number.NaN;
		if (!(width >= widthLimits.min && width <= widthLimits.max)) {
			throw new UsageError(
				`--width: expected a whole number from ${widthLimits.min} to ${widthLimits.max}; got "${columns}"`,
			);
		}
	}
	const only = text(values, 'only')
		?.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	const subjects = text(values, 'subjects')
		?.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	return {
		file: positionals[0],
		files: positionals,
		timeout,
		section: text(values, 'section'),
		format: choice('format', text(values, 'format'), formats),
		plain: on(values, 'plain'),
		width,
		color: choice('color', text(values, 'color'), colorChoices) ?? 'auto',
		theme: choice('theme', text(values, 'theme'), themeChoices) ?? 'auto',
		mouse: !on(values, 'no-mouse'),
		only,
		subjects,
		differences: on(values, 'differences'),
		search: text(values, 'search'),
		ascii: on(values, 'ascii'),
		evidence: on(values, 'evidence'),
		verdict: on(values, 'verdict'),
		decisionFile: text(values, 'decision-file'),
		help: on(values, 'help'),
		version: on(values, 'version'),
	};
}

type Values = {readonly [name: string]: string | boolean | (string | boolean)[] | undefined};

function parse(argv: readonly string[]): {values: Values; positionals: string[]} {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		strict: true,
		options: Object.fromEntries(
			flags.map((flag) => [flag.name, flag.short ? {type: flag.type, short: flag.short} : {type: flag.type}]),
		),
	});
}

/** A string flag's value (parseArgs gives strings to string flags only). */
function text(values: Values, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

/** A boolean flag's value. */
function on(values: Values, name: string): boolean {
	return values[name] === true;
}

/** The terminal facts that decide colour, passed in so the decision stays a pure function. */
export type Surroundings = {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly isTTY: boolean;
};

/**
 * Whether printed output gets colour, as bat and ripgrep decide it: --color always/never wins;
 * then FORCE_COLOR (0 or false turn it off); then NO_COLOR and TERM=dumb turn it off; otherwise
 * colour only when writing to a terminal.
 */
export function wantsColor(choice: ColorChoice, {env, isTTY}: Surroundings): boolean {
	if (choice !== 'auto') return choice === 'always';
	const force = env.FORCE_COLOR;
	if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
	if (env.NO_COLOR) return false;
	if (env.TERM === 'dumb') return false;
	return isTTY;
}

/**
 * The palette for printed output: --theme when it names one, else what COLORFGBG says about the
 * terminal's background, else dark. (The browser may also ask the terminal: see terminal/.)
 */
export function printedTheme(choice: ThemeChoice, env: Readonly<Record<string, string | undefined>>): Theme {
	if (choice !== 'auto') return choice;
	return themeFromColorFgBg(env.COLORFGBG) ?? 'dark';
}

/**
 * Whether the terminal turns OSC 8 sequences into links, judged from the environment as
 * supports-hyperlinks does; FORCE_HYPERLINK=1 or 0 decides outright. Unknown terminals get plain
 * URLs, which every terminal shows. Inside tmux, links are sent from tmux 3.4 on: it keeps them
 * with the cells and passes them on to a terminal it knows takes them (its "hyperlinks" feature);
 * passthrough (DCS tmux;) is not used, as tmux would not know where a link stands on its screen.
 */
export function supportsHyperlinks(env: Readonly<Record<string, string | undefined>>): boolean {
	const force = env.FORCE_HYPERLINK;
	if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false' && force !== '';
	if (env.TERM === 'dumb') return false;
	if (env.TERM_PROGRAM === 'tmux' || env.TMUX) {
		const [, major = '0', minor = '0'] = /(\d+)\.(\d+)/.exec(env.TERM_PROGRAM_VERSION ?? '') ?? [];
		return env.TERM_PROGRAM === 'tmux' && (Number(major) > 3 || (Number(major) === 3 && Number(minor) >= 4));
	}
	if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM || env.KITTY_WINDOW_ID || env.WEZTERM_EXECUTABLE)
		return true;
	if (env.VTE_VERSION && Number(env.VTE_VERSION) >= 5000) return true;
	const program = env.TERM_PROGRAM ?? '';
	if (program === 'iTerm.app') {
		const [major = 0, minor = 0] = (env.TERM_PROGRAM_VERSION ?? '').split('.').map(Number);
		return major > 3 || (major === 3 && minor >= 1);
	}
	if (['WezTerm', 'vscode', 'ghostty', 'Hyper', 'Tabby'].includes(program)) return true;
	return ['xterm-kitty', 'xterm-ghostty', 'alacritty', 'foot', 'foot-extra', 'contour'].includes(env.TERM ?? '');
}
