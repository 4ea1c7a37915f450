import {describe, expect, test} from 'vitest';
import {UsageError} from '../model/errors.js';
import {parseArguments, printedTheme, supportsHyperlinks, wantsColor} from './args.js';

function usage(argv: string[]): string {
	try {
		parseArguments(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error('expected a UsageError');
}

describe('parseArguments', () => {
	test('defaults', () => {
		expect(parseArguments([])).toEqual({
			file: undefined,
			files: [],
			timeout: 30,
			section: undefined,
			format: undefined,
			plain: false,
			width: undefined,
			color: 'auto',
			theme: 'auto',
			mouse: true,
			only: undefined,
			differences: false,
			ascii: false,
			evidence: false,
			verdict: false,
			decisionFile: undefined,
			help: false,
			version: false,
		});
	});

	test('--verdict and --decision-file', () => {
		expect(parseArguments(['--verdict', '--decision-file', 'team/DECISION.json'])).toMatchObject({
			verdict: true,
			decisionFile: 'team/DECISION.json',
		});
		expect(() => parseArguments(['--decision-file'])).toThrow('option --decision-file needs a value');
	});

	test('several files, folders and URLs are kept in order; --timeout takes seconds', () => {
		const options = parseArguments(['a.json', 'docs/', 'https://example.com/b.md', '--timeout', '2.5']);
		expect(options.files).toEqual(['a.json', 'docs/', 'https://example.com/b.md']);
		expect(options.file).toBe('a.json');
		expect(options.timeout).toBe(2.5);
	});

	test('every flag, long and short', () => {
		const options = parseArguments([
			'x.json',
			'-s',
			'cost',
			'-f',
			'markdown',
			'-p',
			'-w',
			'72',
			'--color=never',
			'--theme',
			'light',
			'--no-mouse',
			'-o',
			'b, a',
			'-d',
			'--ascii',
			'--evidence',
		]);
		expect(options).toMatchObject({
			file: 'x.json',
			section: 'cost',
			format: 'markdown',
			plain: true,
			width: 72,
			color: 'never',
			theme: 'light',
			mouse: false,
			only: ['b', 'a'],
			differences: true,
			ascii: true,
			evidence: true,
		});
		expect(parseArguments(['-']).file).toBe('-');
		expect(parseArguments(['-h']).help).toBe(true);
		expect(parseArguments(['-v']).version).toBe(true);
	});

	test.each([
		[['--frobnicate'], 'unknown option --frobnicate'],
		[['-x'], 'unknown option -x'],
		[['--section'], 'option --section needs a value'],
		[['--plain=yes'], 'option --plain does not take a value'],
		[['--evidence=no'], 'option --evidence does not take a value'],
		[['--width', 'wide'], '--width: expected a whole number from 20 to 1000; got "wide"'],
		[['--width', '5'], '--width: expected a whole number from 20 to 1000; got "5"'],
		[['--width', '80.5'], '--width: expected a whole number from 20 to 1000; got "80.5"'],
		[['--format', 'html'], '--format: expected text, markdown, json; got "html"'],
		[['--color', 'sometimes'], '--color: expected auto, always, never; got "sometimes"'],
		[['--theme', 'purple'], '--theme: expected auto, light, dark; got "purple"'],
		[['--theme'], 'option --theme needs a value'],
		[['--no-mouse=yes'], 'option --no-mouse does not take a value'],
		[['a.json', '-'], '- (stdin) cannot be listed with other files'],
		[['x.md', '--timeout', '0'], '--timeout: expected seconds, more than 0 and at most 3600; got "0"'],
	])('%j is a usage error: %s', (argv, message) => {
		expect(usage(argv)).toBe(message);
	});
});

describe('wantsColor', () => {
	const tty = {env: {}, isTTY: true};
	const pipe = {env: {}, isTTY: false};
	test.each([
		['auto on a terminal', 'auto', tty, true],
		['auto into a pipe', 'auto', pipe, false],
		['always into a pipe', 'always', pipe, true],
		['never on a terminal', 'never', tty, false],
		['NO_COLOR on a terminal', 'auto', {env: {NO_COLOR: '1'}, isTTY: true}, false],
		['empty NO_COLOR is ignored', 'auto', {env: {NO_COLOR: ''}, isTTY: true}, true],
		['always beats NO_COLOR', 'always', {env: {NO_COLOR: '1'}, isTTY: false}, true],
		['FORCE_COLOR into a pipe', 'auto', {env: {FORCE_COLOR: '1'}, isTTY: false}, true],
		['FORCE_COLOR=0 on a terminal', 'auto', {env: {FORCE_COLOR: '0'}, isTTY: true}, false],
		['never beats FORCE_COLOR', 'never', {env: {FORCE_COLOR: '3'}, isTTY: true}, false],
		['TERM=dumb', 'auto', {env: {TERM: 'dumb'}, isTTY: true}, false],
	] as const)('%s', (_name, choice, surroundings, expected) => {
		expect(wantsColor(choice, surroundings)).toBe(expected);
	});
});

describe('printedTheme', () => {
	test.each([
		['auto, nothing known', 'auto', {}, 'dark'],
		['auto, COLORFGBG dark text on light', 'auto', {COLORFGBG: '0;15'}, 'light'],
		['auto, COLORFGBG light text on dark', 'auto', {COLORFGBG: '15;0'}, 'dark'],
		['auto, COLORFGBG unreadable', 'auto', {COLORFGBG: 'default;default'}, 'dark'],
		['--theme light beats COLORFGBG', 'light', {COLORFGBG: '15;0'}, 'light'],
		['--theme dark beats COLORFGBG', 'dark', {COLORFGBG: '0;15'}, 'dark'],
	] as const)('%s', (_name, choice, env, expected) => {
		expect(printedTheme(choice, env)).toBe(expected);
	});
});

describe('supportsHyperlinks', () => {
	test('terminals known to show OSC 8 links, FORCE_HYPERLINK deciding outright', () => {
		expect(supportsHyperlinks({TERM_PROGRAM: 'WezTerm'})).toBe(true);
		expect(supportsHyperlinks({TERM: 'xterm-256color'})).toBe(false);
		expect(supportsHyperlinks({TERM: 'xterm-kitty', FORCE_HYPERLINK: '0'})).toBe(false);
		expect(supportsHyperlinks({FORCE_HYPERLINK: '1', TERM: 'dumb'})).toBe(true);
		expect(supportsHyperlinks({TERM: 'dumb', TERM_PROGRAM: 'WezTerm'})).toBe(false);
	});

	test('inside tmux, from 3.4 on (tmux passes links on to a terminal that takes them), not before', () => {
		const tmux = (version: string) => ({
			TMUX: '/tmp/tmux-1/default,1,0',
			TERM_PROGRAM: 'tmux',
			TERM_PROGRAM_VERSION: version,
		});
		expect(supportsHyperlinks(tmux('3.4'))).toBe(true);
		expect(supportsHyperlinks(tmux('3.5a'))).toBe(true);
		expect(supportsHyperlinks(tmux('next-3.6'))).toBe(true);
		expect(supportsHyperlinks(tmux('4.0'))).toBe(true);
		expect(supportsHyperlinks(tmux('3.3a'))).toBe(false);
		expect(supportsHyperlinks(tmux('2.9'))).toBe(false);
		// TMUX without tmux's TERM_PROGRAM (a program started from another terminal inside it): unknown.
		expect(supportsHyperlinks({TMUX: '/tmp/tmux-1/default,1,0', TERM_PROGRAM: 'WezTerm'})).toBe(false);
	});
});
