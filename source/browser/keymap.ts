// The keys as data: one table says which key does what, where, and how it is described. The
// help screen and the footer hints are generated from it, so they cannot disagree with the keys.

/**
 * A key as the keymap names it: a printable character ("j", "G", "?"), "space", or a named key
 * ("down", "shift-down", "pageup", "escape", "return", "backspace", "ctrl-c", "ctrl-z"...). The input hook
 * turns terminal input into these.
 */
export type KeyName = string;

/** Overlays that replace the content pane until closed. */
export type Overlay = 'help' | 'references' | 'info' | 'subjects' | 'evidence' | 'outline' | 'decision';

/** What a key does. */
export type Command =
	| {readonly type: 'next'}
	| {readonly type: 'previous'}
	| {readonly type: 'jump'; readonly index: number}
	| {readonly type: 'digit'; readonly digit: number}
	| {readonly type: 'digitsDone'}
	| {readonly type: 'scroll'; readonly lines: number}
	/** A page (1), half a page (0.5), back (negative); past a section's end, on to the next. */
	| {readonly type: 'page'; readonly pages: number}
	| {readonly type: 'top'}
	| {readonly type: 'bottom'}
	| {readonly type: 'open'; readonly overlay: Overlay}
	| {readonly type: 'close'}
	| {readonly type: 'differences'}
	/** Pans the table wider than the screen that is on screen by some columns. */
	| {readonly type: 'pan'; readonly by: number}
	/** Switches tables wider than the screen between panned and stacked. */
	| {readonly type: 'stackTables'}
	| {readonly type: 'cursor'; readonly by: number}
	| {readonly type: 'toggleSubject'}
	| {readonly type: 'moveSubject'; readonly by: number}
	| {readonly type: 'reference'; readonly id: number}
	| {readonly type: 'openRow'}
	/** Picks the evidence view's row with this index (a click on it). */
	| {readonly type: 'pickRow'; readonly index: number}
	| {readonly type: 'searchOpen'}
	| {readonly type: 'searchType'; readonly text: string}
	| {readonly type: 'searchErase'}
	| {readonly type: 'searchDone'}
	| {readonly type: 'searchCancel'}
	| {readonly type: 'hit'; readonly by: number}
	| {readonly type: 'mouse'}
	/** Goes to a section, at one of the headings of its prose if given (the outline, -s section/heading). */
	| {readonly type: 'goHeading'; readonly section: number; readonly heading?: number}
	/**
	 * Opens a section at a row of one of its tables (by its index in the section's table), the row
	 * marked until the next key and its table's header kept on screen: the evidence view's Enter,
	 * and any view that lists rows.
	 */
	| {readonly type: 'showRow'; readonly section: number; readonly row: number}
	/** In the outline: type into its filter, or erase from it; go to the heading picked. */
	| {readonly type: 'filterType'; readonly text: string}
	| {readonly type: 'filterErase'}
	| {readonly type: 'pickHeading'}
	/**
	 * In the references: open the link picked in the system's browser, copy its URL, copy the
	 * section as Markdown. The shell does these (the state only names what is picked).
	 */
	| {readonly type: 'openLink'}
	| {readonly type: 'copyLink'}
	| {readonly type: 'copySection'}
	/** Picks the first link to this URL in the references (a click on a link in the text). */
	| {readonly type: 'pickLink'; readonly url: string}
	/** A message for the footer, as a key's own notice (what the shell did: opened, copied). */
	| {readonly type: 'notice'; readonly text: string}
	| {readonly type: 'suspend'}
	/** In a list of comparisons: open the one chosen (the list's own component moves the choice). */
	| {readonly type: 'pick'}
	| {readonly type: 'quit'; readonly code: number}
	// The decision matrix (D): move the cell cursor, score, weigh, write a note.
	/** Moves the matrix's cursor to the next or previous subject. */
	| {readonly type: 'column'; readonly by: number}
	/** Moves the matrix's cursor to a cell (a click on it). */
	| {readonly type: 'pickCell'; readonly row: number; readonly column: number}
	/** Scores the cell under the cursor, 0 to 5; undefined clears it. */
	| {readonly type: 'score'; readonly score: number | undefined}
	/** Changes the weight of the cursor's row. */
	| {readonly type: 'weight'; readonly by: number}
	| {readonly type: 'noteOpen'}
	| {readonly type: 'noteType'; readonly text: string}
	| {readonly type: 'noteErase'}
	/** Moves the note editor's caret by characters. */
	| {readonly type: 'noteCaret'; readonly by: number}
	| {readonly type: 'noteDone'}
	| {readonly type: 'noteCancel'};

/**
 * Where a binding applies: browsing, typing a search, one of the overlays. The three list overlays
 * (help, references, info) share their scrolling and closing keys.
 */
export type KeyContext = 'browse' | 'search' | Overlay | 'list' | 'listFilter' | 'note';

/** One row of the keymap. */
export type Binding = {
	readonly keys: readonly KeyName[];
	/** How the keys are written on the help screen. */
	readonly label: string;
	readonly description: string;
	readonly contexts: readonly KeyContext[];
	/** A short form for the footer; hints with lower numbers are dropped last when space is short. */
	readonly hint?: {readonly text: string; readonly priority: number};
	/** What the key needs to do anything: without it, the footer does not offer the key. */
	readonly needs?: 'subjects' | 'sections';
	readonly command: (key: KeyName) => Command;
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const lists: readonly KeyContext[] = ['help', 'references', 'info'];
/** Every context a key is read in. */
export const keyContexts: readonly KeyContext[] = [
	'browse',
	'search',
	'help',
	'references',
	'info',
	'subjects',
	'evidence',
	'outline',
	'list',
	'listFilter',
	'decision',
	'note',
];

/** Exit status for Ctrl-C, as shells report an interrupted program (128 + SIGINT). */
export const interruptCode = 130;

/** Every key tradeoff knows, in the order the help screen lists them. */
export const keymap: readonly Binding[] = [
	{
		keys: ['right', 'l', 'tab'],
		label: '→ l Tab',
		description: 'next section',
		contexts: ['browse'],
		hint: {text: '←→ section', priority: 1},
		needs: 'sections',
		command: () => ({type: 'next'}),
	},
	{
		keys: ['left', 'h', 'shift-tab'],
		label: '← h Shift-Tab',
		description: 'previous section',
		contexts: ['browse'],
		command: () => ({type: 'previous'}),
	},
	{
		keys: ['0', ...digits],
		label: '1…9 10…',
		description: 'go to section n; past 9, type its digits one after the other (1 2 is 12)',
		contexts: ['browse'],
		command: (key) => ({type: 'digit', digit: Number(key)}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'scroll down a line',
		contexts: ['browse', 'help', 'info'],
		hint: {text: '↑↓ scroll', priority: 6},
		command: () => ({type: 'scroll', lines: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'scroll up a line',
		contexts: ['browse', 'help', 'info'],
		command: () => ({type: 'scroll', lines: -1}),
	},
	{
		keys: ['space', 'pagedown', 'f'],
		label: 'Space PgDn f',
		description: "scroll down a page; at a section's end, on to the top of the next",
		contexts: ['browse', ...lists, 'evidence'],
		command: () => ({type: 'page', pages: 1}),
	},
	{
		keys: ['b', 'pageup'],
		label: 'b PgUp',
		description: "scroll up a page; at a section's top, back to the end of the one before",
		contexts: ['browse', ...lists, 'evidence'],
		command: () => ({type: 'page', pages: -1}),
	},
	{
		keys: ['ctrl-f', 'ctrl-b'],
		label: 'Ctrl-F Ctrl-B',
		description: 'a page down / up, as in less and vim (on past a section end too)',
		contexts: ['browse', ...lists, 'evidence'],
		command: (key) => ({type: 'page', pages: key === 'ctrl-f' ? 1 : -1}),
	},
	{
		keys: ['ctrl-d', 'ctrl-u'],
		label: 'Ctrl-D Ctrl-U',
		description: 'half a page down / up',
		contexts: ['browse', ...lists, 'evidence'],
		command: (key) => ({type: 'page', pages: key === 'ctrl-d' ? 0.5 : -0.5}),
	},
	{
		keys: ['ctrl-e', 'ctrl-y'],
		label: 'Ctrl-E Ctrl-Y',
		description: 'a line down / up',
		contexts: ['browse', 'help', 'info'],
		command: (key) => ({type: 'scroll', lines: key === 'ctrl-e' ? 1 : -1}),
	},
	{
		keys: ['g', 'home'],
		label: 'g Home',
		description: 'go to the top',
		contexts: ['browse', ...lists, 'evidence'],
		command: () => ({type: 'top'}),
	},
	{
		keys: ['G', 'end'],
		label: 'G End',
		description: 'go to the bottom',
		contexts: ['browse', ...lists, 'evidence'],
		command: () => ({type: 'bottom'}),
	},
	{
		keys: ['/'],
		label: '/',
		description: 'search every section as you type',
		contexts: ['browse'],
		hint: {text: '/ search', priority: 2},
		command: () => ({type: 'searchOpen'}),
	},
	{
		keys: ['n', 'return'],
		label: 'n Enter',
		description: 'next search hit, across sections',
		contexts: ['browse'],
		command: () => ({type: 'hit', by: 1}),
	},
	{
		keys: ['N'],
		label: 'N',
		description: 'previous search hit',
		contexts: ['browse'],
		command: () => ({type: 'hit', by: -1}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'clear the search; with none, back to the list (when opened from one)',
		contexts: ['browse'],
		command: () => ({type: 'searchCancel'}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'keep the search and go back to browsing',
		contexts: ['search'],
		hint: {text: 'Enter done', priority: 1},
		command: () => ({type: 'searchDone'}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'clear the search',
		contexts: ['search'],
		hint: {text: 'Esc clear', priority: 2},
		command: () => ({type: 'searchCancel'}),
	},
	{
		keys: ['backspace'],
		label: 'Backspace',
		description: 'delete a character',
		contexts: ['search'],
		command: () => ({type: 'searchErase'}),
	},
	{
		keys: ['c'],
		label: 'c',
		description: 'choose, hide and order subjects',
		contexts: ['browse'],
		hint: {text: 'c subjects', priority: 5},
		needs: 'subjects',
		command: () => ({type: 'open', overlay: 'subjects'}),
	},
	{
		keys: ['d'],
		label: 'd',
		description: 'show only rows where the subjects differ',
		contexts: ['browse'],
		hint: {text: 'd differences', priority: 7},
		needs: 'subjects',
		command: () => ({type: 'differences'}),
	},
	{
		keys: ['>', '<'],
		label: '> <',
		description: 'pan a table wider than the screen: next or previous columns (its first stays)',
		contexts: ['browse'],
		command: (key) => ({type: 'pan', by: key === '<' ? -1 : 1}),
	},
	{
		keys: ['s'],
		label: 's',
		description: 'tables wider than the screen: stacked, or side by side and panned',
		contexts: ['browse'],
		command: () => ({type: 'stackTables'}),
	},
	{
		keys: ['r'],
		label: 'r',
		description: 'references and every link of the document, to open or copy',
		contexts: ['browse'],
		hint: {text: 'r refs', priority: 8},
		command: () => ({type: 'open', overlay: 'references'}),
	},
	{
		keys: ['e'],
		label: 'e',
		description: "evidence: how each subject's claims are backed",
		contexts: ['browse'],
		hint: {text: 'e evidence', priority: 10},
		needs: 'subjects',
		command: () => ({type: 'open', overlay: 'evidence'}),
	},
	{
		keys: ['o'],
		label: 'o',
		description: 'outline: every heading; type to filter, Enter goes there',
		contexts: ['browse'],
		hint: {text: 'o outline', priority: 5},
		command: () => ({type: 'open', overlay: 'outline'}),
	},
	{
		keys: ['i'],
		label: 'i',
		description: 'where the comparison comes from',
		contexts: ['browse'],
		hint: {text: 'i info', priority: 9},
		command: () => ({type: 'open', overlay: 'info'}),
	},
	{
		keys: ['?'],
		label: '?',
		description: 'show this help',
		contexts: ['browse'],
		hint: {text: '? help', priority: 3},
		command: () => ({type: 'open', overlay: 'help'}),
	},
	{
		keys: digits,
		label: '1…9',
		description: 'go to reference n',
		contexts: ['references'],
		command: (key) => ({type: 'reference', id: Number(key)}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'pick the next reference or link',
		contexts: ['references'],
		hint: {text: '↑↓ pick', priority: 2},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'pick the previous one',
		contexts: ['references'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: "open the link picked in the browser ($BROWSER, else the system's; http, https and mailto only)",
		contexts: ['references'],
		hint: {text: 'Enter open', priority: 3},
		command: () => ({type: 'openLink'}),
	},
	{
		keys: ['y'],
		label: 'y',
		description: "copy the link's URL (to the terminal's clipboard, OSC 52)",
		contexts: ['references'],
		hint: {text: 'y copy', priority: 4},
		command: () => ({type: 'copyLink'}),
	},
	{
		keys: ['Y'],
		label: 'Y',
		description: 'copy the section being read, as Markdown',
		contexts: ['references'],
		command: () => ({type: 'copySection'}),
	},
	{
		keys: ['down'],
		label: '↓',
		description: 'next heading',
		contexts: ['outline'],
		hint: {text: '↑↓ choose', priority: 2},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up'],
		label: '↑',
		description: 'previous heading',
		contexts: ['outline'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'go to the heading chosen',
		contexts: ['outline'],
		hint: {text: 'Enter go', priority: 1},
		command: () => ({type: 'pickHeading'}),
	},
	{
		keys: ['pagedown'],
		label: 'PgDn',
		description: 'a page of headings down',
		contexts: ['outline'],
		command: () => ({type: 'page', pages: 1}),
	},
	{
		keys: ['pageup'],
		label: 'PgUp',
		description: 'a page of headings up',
		contexts: ['outline'],
		command: () => ({type: 'page', pages: -1}),
	},
	{
		keys: ['home'],
		label: 'Home',
		description: 'the first heading',
		contexts: ['outline'],
		command: () => ({type: 'top'}),
	},
	{
		keys: ['end'],
		label: 'End',
		description: 'the last heading',
		contexts: ['outline'],
		command: () => ({type: 'bottom'}),
	},
	{
		keys: ['backspace'],
		label: 'Backspace',
		description: 'delete a character of the filter (any other key is typed into it)',
		contexts: ['outline'],
		hint: {text: 'type to filter', priority: 3},
		command: () => ({type: 'filterErase'}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'close the outline',
		contexts: ['outline'],
		hint: {text: 'Esc close', priority: 4},
		command: () => ({type: 'close'}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'next subject',
		contexts: ['subjects'],
		hint: {text: '↑↓ choose', priority: 2},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'previous subject',
		contexts: ['subjects'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['space', 'x'],
		label: 'Space x',
		description: 'show or hide the subject (one always stays)',
		contexts: ['subjects'],
		hint: {text: 'Space show/hide', priority: 1},
		command: () => ({type: 'toggleSubject'}),
	},
	{
		keys: ['J', 'shift-down'],
		label: 'J Shift-↓',
		description: 'move the subject right (down the list)',
		contexts: ['subjects'],
		hint: {text: 'J/K move', priority: 3},
		command: () => ({type: 'moveSubject', by: 1}),
	},
	{
		keys: ['K', 'shift-up'],
		label: 'K Shift-↑',
		description: 'move the subject left (up the list)',
		contexts: ['subjects'],
		command: () => ({type: 'moveSubject', by: -1}),
	},
	{
		keys: ['escape', 'q', 'return', 'c'],
		label: 'Esc q Enter c',
		description: 'close the subjects picker',
		contexts: ['subjects'],
		hint: {text: 'Esc close', priority: 4},
		command: () => ({type: 'close'}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'next row',
		contexts: ['evidence'],
		hint: {text: '↑↓ row', priority: 2},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'previous row',
		contexts: ['evidence'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'open the row in its section',
		contexts: ['evidence'],
		hint: {text: 'Enter open', priority: 1},
		command: () => ({type: 'openRow'}),
	},
	{
		keys: ['/'],
		label: '/',
		description: 'search the evidence view as you type',
		contexts: ['evidence'],
		hint: {text: '/ search', priority: 3},
		command: () => ({type: 'searchOpen'}),
	},
	{
		keys: ['n'],
		label: 'n',
		description: 'next search hit (its row is picked)',
		contexts: ['evidence'],
		command: () => ({type: 'hit', by: 1}),
	},
	{
		keys: ['N'],
		label: 'N',
		description: 'previous search hit',
		contexts: ['evidence'],
		command: () => ({type: 'hit', by: -1}),
	},
	{
		keys: ['escape', 'q', 'e'],
		label: 'Esc q e',
		description: 'close the evidence view',
		contexts: ['evidence'],
		hint: {text: 'Esc close', priority: 4},
		command: () => ({type: 'close'}),
	},
	{
		keys: ['D'],
		label: 'D',
		description: 'decide: weigh the criteria, score each subject, note what the source leaves out',
		contexts: ['browse'],
		hint: {text: 'D decide', priority: 11},
		needs: 'subjects',
		command: () => ({type: 'open', overlay: 'decision'}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'next row',
		contexts: ['decision'],
		hint: {text: '↑↓←→ cell', priority: 1},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'previous row',
		contexts: ['decision'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['right', 'l'],
		label: '→ l',
		description: 'next subject',
		contexts: ['decision'],
		command: () => ({type: 'column', by: 1}),
	},
	{
		keys: ['left', 'h'],
		label: '← h',
		description: 'previous subject',
		contexts: ['decision'],
		command: () => ({type: 'column', by: -1}),
	},
	{
		keys: ['pagedown'],
		label: 'PgDn',
		description: 'a page of rows down',
		contexts: ['decision'],
		command: () => ({type: 'page', pages: 1}),
	},
	{
		keys: ['pageup'],
		label: 'PgUp',
		description: 'a page of rows up',
		contexts: ['decision'],
		command: () => ({type: 'page', pages: -1}),
	},
	{
		keys: ['g', 'home'],
		label: 'g Home',
		description: 'first row',
		contexts: ['decision'],
		command: () => ({type: 'top'}),
	},
	{
		keys: ['G', 'end'],
		label: 'G End',
		description: 'last row',
		contexts: ['decision'],
		command: () => ({type: 'bottom'}),
	},
	{
		keys: ['0', '1', '2', '3', '4', '5'],
		label: '0…5',
		description: 'score the cell: 0 fails the need, 5 serves it best',
		contexts: ['decision'],
		hint: {text: '0-5 score', priority: 2},
		command: (key) => ({type: 'score', score: Number(key)}),
	},
	{
		keys: ['x'],
		label: 'x',
		description: "clear the cell's score",
		contexts: ['decision'],
		command: () => ({type: 'score', score: undefined}),
	},
	{
		keys: ['+', '='],
		label: '+',
		description: 'weigh the row more (up to 5)',
		contexts: ['decision'],
		hint: {text: '+/- weight', priority: 3},
		command: () => ({type: 'weight', by: 1}),
	},
	{
		keys: ['-'],
		label: '-',
		description: 'weigh the row less (0 leaves it out)',
		contexts: ['decision'],
		command: () => ({type: 'weight', by: -1}),
	},
	{
		keys: ['a'],
		label: 'a',
		description: 'write a note on the cell (on a cell the source is silent on, it fills it in as yours)',
		contexts: ['decision'],
		hint: {text: 'a note', priority: 4},
		command: () => ({type: 'noteOpen'}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'open the row in its section',
		contexts: ['decision'],
		hint: {text: 'Enter open', priority: 5},
		command: () => ({type: 'openRow'}),
	},
	{
		keys: ['escape', 'q', 'D'],
		label: 'Esc q D',
		description: 'close the decision matrix (the decision is kept)',
		contexts: ['decision'],
		hint: {text: 'Esc close', priority: 6},
		command: () => ({type: 'close'}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'keep the note (an empty note removes it)',
		contexts: ['note'],
		hint: {text: 'Enter keep', priority: 1},
		command: () => ({type: 'noteDone'}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'drop what was typed',
		contexts: ['note'],
		hint: {text: 'Esc drop', priority: 2},
		command: () => ({type: 'noteCancel'}),
	},
	{
		keys: ['left'],
		label: '←',
		description: 'caret left',
		contexts: ['note'],
		command: () => ({type: 'noteCaret', by: -1}),
	},
	{
		keys: ['right'],
		label: '→',
		description: 'caret right',
		contexts: ['note'],
		command: () => ({type: 'noteCaret', by: 1}),
	},
	{
		keys: ['backspace'],
		label: 'Backspace',
		description: 'delete the character before the caret',
		contexts: ['note'],
		command: () => ({type: 'noteErase'}),
	},
	{
		keys: ['escape', 'q', '?', 'r', 'i'],
		label: 'Esc q',
		description: 'close this list (or the key that opened it)',
		contexts: lists,
		hint: {text: 'Esc close', priority: 1},
		command: () => ({type: 'close'}),
	},
	{
		keys: ['down', 'j'],
		label: '↓ j',
		description: 'next comparison (the list wraps at its ends)',
		contexts: ['list'],
		hint: {text: '↑↓ choose', priority: 1},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up', 'k'],
		label: '↑ k',
		description: 'previous comparison',
		contexts: ['list'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'open the comparison chosen (Esc in it comes back here)',
		contexts: ['list'],
		hint: {text: 'Enter open', priority: 2},
		command: () => ({type: 'pick'}),
	},
	{
		keys: ['0', ...digits],
		label: '1…9 10…',
		description: 'open the nth comparison; past 9, type its digits one after the other (1 2 is 12)',
		contexts: ['list'],
		command: (key) => ({type: 'digit', digit: Number(key)}),
	},
	{
		keys: ['/'],
		label: '/',
		description: 'filter the list as you type (fuzzy: titles, subjects and files)',
		contexts: ['list'],
		hint: {text: '/ filter', priority: 3},
		command: () => ({type: 'searchOpen'}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'clear the filter',
		contexts: ['list'],
		command: () => ({type: 'searchCancel'}),
	},
	{
		keys: ['escape'],
		label: 'Esc',
		description: 'clear the filter: every comparison again',
		contexts: ['listFilter'],
		hint: {text: 'Esc clear', priority: 3},
		command: () => ({type: 'searchCancel'}),
	},
	{
		keys: ['down'],
		label: '↓',
		description: 'next comparison the filter keeps',
		contexts: ['listFilter'],
		hint: {text: '↑↓ choose', priority: 2},
		command: () => ({type: 'cursor', by: 1}),
	},
	{
		keys: ['up'],
		label: '↑',
		description: 'previous comparison the filter keeps',
		contexts: ['listFilter'],
		command: () => ({type: 'cursor', by: -1}),
	},
	{
		keys: ['return'],
		label: 'Enter',
		description: 'open the comparison chosen',
		contexts: ['listFilter'],
		hint: {text: 'Enter open', priority: 1},
		command: () => ({type: 'pick'}),
	},
	{
		keys: ['backspace'],
		label: 'Backspace',
		description: 'delete a character of the filter (any other key is typed into it)',
		contexts: ['listFilter'],
		command: () => ({type: 'searchErase'}),
	},
	{
		keys: ['M'],
		label: 'M',
		description: 'mouse on/off: off leaves the mouse to the terminal, to select and copy text',
		contexts: ['browse', ...lists, 'subjects', 'evidence', 'decision'],
		command: () => ({type: 'mouse'}),
	},
	{
		keys: ['ctrl-z'],
		label: 'Ctrl-Z',
		description: 'suspend: back to the shell; fg comes back here',
		contexts: keyContexts,
		command: () => ({type: 'suspend'}),
	},
	{
		keys: ['q'],
		label: 'q',
		description: 'quit',
		contexts: ['browse', 'list'],
		hint: {text: 'q quit', priority: 4},
		command: () => ({type: 'quit', code: 0}),
	},
	{
		keys: ['ctrl-c'],
		label: 'Ctrl-C',
		description: 'quit at once, from anywhere',
		contexts: keyContexts,
		command: () => ({type: 'quit', code: interruptCode}),
	},
];

/** The command a key gives in a context. While searching, any other printable key is typed. */
export function commandFor(key: KeyName, context: KeyContext): Command | undefined {
	for (const binding of keymap) {
		if (binding.contexts.includes(context) && binding.keys.includes(key)) return binding.command(key);
	}
	if (context === 'search') {
		if (key === 'space') return {type: 'searchType', text: ' '};
		if ([...key].length === 1 && key >= ' ') return {type: 'searchType', text: key};
	}
	if (context === 'outline') {
		if (key === 'space') return {type: 'filterType', text: ' '};
		if ([...key].length === 1 && key >= ' ') return {type: 'filterType', text: key};
	}
	if (context === 'listFilter') {
		if (key === 'space') return {type: 'searchType', text: ' '};
		if ([...key].length === 1 && key >= ' ') return {type: 'searchType', text: key};
	}
	if (context === 'note') {
		if (key === 'space') return {type: 'noteType', text: ' '};
		if ([...key].length === 1 && key >= ' ') return {type: 'noteType', text: key};
	}
	return undefined;
}

/** Lines one notch of the mouse wheel scrolls, as in less. */
export const wheelLines = 3;

/** What the mouse does, for the help screen (mouse.ts does it; M turns it off and on). */
export const mouseHelp: readonly {readonly label: string; readonly description: string}[] = [
	{label: 'wheel', description: `scroll ${wheelLines} lines a notch`},
	{
		label: 'click',
		description:
			"open a section by its name or the references at a [n]; in a list, pick what's clicked (in the evidence view, a second click opens the row; in the decision matrix, a click puts the cursor on a cell)",
	},
];

/** What there is to act on here: keys that need what is missing are not offered. */
export type Here = {readonly subjects: number; readonly sections: number};

/** Whether a binding does anything here: keys for subjects need some, keys between sections two sections. */
export function availableHere(binding: Binding, here: Here | undefined): boolean {
	if (!here || !binding.needs) return true;
	return binding.needs === 'subjects' ? here.subjects > 0 : here.sections > 1;
}

/** The footer hints for a context, most important first (only keys that do something here, when told). */
export function hints(context: KeyContext, here?: Here): string[] {
	return keymap
		.filter(
			(binding) => binding.hint !== undefined && binding.contexts.includes(context) && availableHere(binding, here),
		)
		.sort((a, b) => (a.hint?.priority ?? 0) - (b.hint?.priority ?? 0))
		.map((binding) => binding.hint?.text ?? '');
}

/** The help screen's groups: a title and the bindings of a context. */
export const helpGroups: readonly {readonly title: string; readonly context: KeyContext}[] = [
	{title: 'While browsing', context: 'browse'},
	{title: 'While typing a search', context: 'search'},
	{title: 'In the subjects picker (c)', context: 'subjects'},
	{title: 'In the references and links (r)', context: 'references'},
	{title: 'In the outline (o)', context: 'outline'},
	{title: 'In the evidence view (e)', context: 'evidence'},
	{title: 'In the decision matrix (D)', context: 'decision'},
	{title: 'While writing a note (a, in the decision matrix)', context: 'note'},
	{title: 'In this help, the references and the info (?, r, i)', context: 'help'},
	{title: 'In a list of comparisons (several files or a folder)', context: 'list'},
	{title: 'While typing a filter of the list (/)', context: 'listFilter'},
];
