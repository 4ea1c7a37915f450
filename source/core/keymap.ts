// The keys as data: one table says which key does what, where, and how it is described. The
// help screen and the footer hints are generated from it, so they cannot disagree with the keys.

/**
 * A key as the keymap names it: a printable character ("j", "G", "?"), or one of the named keys
 * below. Terminal input is turned into these by the input hook.
 */
export type KeyName = string;

/** What a key does. */
export type Command =
	| {readonly type: 'next'}
	| {readonly type: 'previous'}
	| {readonly type: 'jump'; readonly index: number}
	| {readonly type: 'scroll'; readonly lines: number}
	| {readonly type: 'page'; readonly pages: number}
	| {readonly type: 'top'}
	| {readonly type: 'bottom'}
	| {readonly type: 'help'}
	| {readonly type: 'close'}
	| {readonly type: 'quit'; readonly code: number};

/** Where a binding applies: while browsing, inside an overlay such as help, or everywhere. */
export type KeyContext = 'browse' | 'overlay' | 'any';

/** One row of the keymap. */
export type Binding = {
	readonly keys: readonly KeyName[];
	/** How the keys are written on the help screen. */
	readonly label: string;
	readonly description: string;
	readonly context: KeyContext;
	/** A short form for the footer, when this binding is worth a hint there. */
	readonly hint?: string;
	readonly command: (key: KeyName) => Command;
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Exit status for Ctrl-C, as shells report an interrupted program (128 + SIGINT). */
export const interruptCode = 130;

/** Every key tradeoff knows, in the order the help screen lists them. */
export const keymap: readonly Binding[] = [
	{
		keys: ['right', 'l', 'tab'],
		label: '→ l Tab',
		description: 'next section',
		context: 'browse',
		hint: '←→ section',
		command: () => ({type: 'next'}),
	},
	{
		keys: ['left', 'h', 'shift-tab'],
		label: '← h Shift-Tab',
		description: 'previous section',
		context: 'browse',
		command: () => ({type: 'previous'}),
	},
	{
		keys: digits,
		label: '1…9',
		description: 'jump to section n',
		context: 'browse',
		command: (key) => ({type: 'jump', index: Number(key) - 1}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'scroll down a line',
		context: 'any',
		hint: '↑↓ scroll',
		command: () => ({type: 'scroll', lines: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'scroll up a line',
		context: 'any',
		command: () => ({type: 'scroll', lines: -1}),
	},
	{
		keys: ['space', 'pagedown', 'f'],
		label: 'Space PgDn f',
		description: 'scroll down a page',
		context: 'any',
		command: () => ({type: 'page', pages: 1}),
	},
	{
		keys: ['b', 'pageup'],
		label: 'b PgUp',
		description: 'scroll up a page',
		context: 'any',
		command: () => ({type: 'page', pages: -1}),
	},
	{keys: ['g', 'home'], label: 'g Home', description: 'go to the top', context: 'any', command: () => ({type: 'top'})},
	{
		keys: ['G', 'end'],
		label: 'G End',
		description: 'go to the bottom',
		context: 'any',
		command: () => ({type: 'bottom'}),
	},
	{
		keys: ['?'],
		label: '?',
		description: 'show this help',
		context: 'browse',
		hint: '? help',
		command: () => ({type: 'help'}),
	},
	{
		keys: ['escape', '?', 'q'],
		label: 'Esc ? q',
		description: 'close help',
		context: 'overlay',
		hint: 'Esc close',
		command: () => ({type: 'close'}),
	},
	{
		keys: ['q'],
		label: 'q',
		description: 'quit',
		context: 'browse',
		hint: 'q quit',
		command: () => ({type: 'quit', code: 0}),
	},
	{
		keys: ['ctrl-c'],
		label: 'Ctrl-C',
		description: 'quit at once',
		context: 'any',
		command: () => ({type: 'quit', code: interruptCode}),
	},
];

/** The command a key gives in a context, if any. */
export function commandFor(key: KeyName, context: Exclude<KeyContext, 'any'>): Command | undefined {
	for (const binding of keymap) {
		if ((binding.context === context || binding.context === 'any') && binding.keys.includes(key)) {
			return binding.command(key);
		}
	}
	return undefined;
}

/** The footer hints for a context, in keymap order. */
export function hints(context: Exclude<KeyContext, 'any'>): string[] {
	return keymap
		.filter((binding) => binding.hint !== undefined && (binding.context === context || binding.context === 'any'))
		.map((binding) => binding.hint ?? '');
}
