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

/** The help text; also the reference for the README's flag table. */
export const helpText = `tradeoff - browse a technology comparison in the terminal

Usage
  tradeoff [file | url | folder | -]... [options]

  With no file, shows the bundled comparison (FastAPI vs Litestar vs Django Ninja).
  A file is a comparison in JSON or a Markdown document (.md); a URL is fetched;
  - reads from stdin. Several files or a folder open a list of the comparisons
  in them (piped: one line each). In a terminal tradeoff opens an interactive
  browser; piped, or with --plain, it prints text and exits.

Options
  -s, --section <id>      start at (or print only) this section; an id or a number
  -f, --format <format>   text, markdown or json when printing (default text)
  -p, --plain             print text and exit, even in a terminal
  -w, --width <n>         wrap printed output at n columns (default: the terminal's, else 80)
      --color <when>      auto, always or never (default auto: colour only in a terminal,
                          never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it)
      --theme <theme>     auto, light or dark colours (default auto: the browser asks the
                          terminal, else COLORFGBG decides, else dark)
      --no-mouse          leave the mouse to the terminal in the browser (M switches it)
  -o, --only <ids>        show only these subjects, in this order (comma-separated ids)
  -d, --differences       hide table rows where every shown subject says the same
      --search <text>     print every hit, one per line, each after its place
                          (Performance › Litestar: …); in a terminal, open at the first hit
      --evidence          how each subject's claims are backed: cited, uncited or not
                          stated, per row and in all; in a terminal, open the browser on it
      --verdict           print your decision: the verdict, then each row's weight and
                          your scores and notes (D in the browser makes it); markdown
                          writes a decision record, json the figures
      --decision-file <f> keep the decision in this file (default: one per comparison in
                          $XDG_DATA_HOME/tradeoff/decisions)
      --ascii             draw tables and charts with ASCII characters only
      --timeout <s>       seconds a URL may take to download (default 30)
  -h, --help              show this help
  -v, --version           show the version

Keys (in the browser; ? lists them all)
  ← → sections   ↑ ↓ Space b scroll   / search   c subjects   d differences
  e evidence     D decide   r references   i about the source   M mouse on/off
  Ctrl-Z suspend   q quit
  The wheel scrolls; a click opens a section or a [n] reference, or picks in a list.

Exit status
  0 done, 2 bad usage or bad data, 1 anything unexpected.

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
	if (values.timeout !== undefined) {
		timeout = /^\d+(\.\d+)?$/.test(values.timeout) ? Number(values.timeout) : Number.NaN;
		if (!(timeout > 0 && timeout <= 3600)) {
			throw new UsageError(`--timeout: expected seconds, more than 0 and at most 3600; got "${values.timeout}"`);
		}
	}
	let width: number | undefined;
	if (values.width !== undefined) {
		width = /^\d+$/.test(values.width) ? Number(values.width) : Number.NaN;
		if (!(width >= widthLimits.min && width <= widthLimits.max)) {
			throw new UsageError(
				`--width: expected a whole number from ${widthLimits.min} to ${widthLimits.max}; got "${values.width}"`,
			);
		}
	}
	const only = values.only
		?.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	return {
		file: positionals[0],
		files: positionals,
		timeout,
		section: values.section,
		format: choice('format', values.format, formats),
		plain: values.plain ?? false,
		width,
		color: choice('color', values.color, colorChoices) ?? 'auto',
		theme: choice('theme', values.theme, themeChoices) ?? 'auto',
		mouse: !(values['no-mouse'] ?? false),
		only,
		differences: values.differences ?? false,
		search: values.search,
		ascii: values.ascii ?? false,
		evidence: values.evidence ?? false,
		verdict: values.verdict ?? false,
		decisionFile: values['decision-file'],
		help: values.help ?? false,
		version: values.version ?? false,
	};
}

function parse(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		strict: true,
		options: {
			section: {type: 'string', short: 's'},
			format: {type: 'string', short: 'f'},
			plain: {type: 'boolean', short: 'p'},
			width: {type: 'string', short: 'w'},
			color: {type: 'string'},
			theme: {type: 'string'},
			'no-mouse': {type: 'boolean'},
			only: {type: 'string', short: 'o'},
			differences: {type: 'boolean', short: 'd'},
			search: {type: 'string'},
			ascii: {type: 'boolean'},
			evidence: {type: 'boolean'},
			verdict: {type: 'boolean'},
			'decision-file': {type: 'string'},
			timeout: {type: 'string'},
			help: {type: 'boolean', short: 'h'},
			version: {type: 'boolean', short: 'v'},
		},
	});
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
 * URLs, which every terminal shows.
 */
export function supportsHyperlinks(env: Readonly<Record<string, string | undefined>>): boolean {
	const force = env.FORCE_HYPERLINK;
	if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false' && force !== '';
	if (env.TERM === 'dumb' || env.TERM_PROGRAM === 'tmux' || env.TMUX) return false;
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
