// The CLI as a function: run(argv, io) parses flags, reads the input, picks the mode and gives
// back the exit code, taking everything else it needs of the process from `io` (the environment,
// the standard streams, whether they are terminals, V8's flags). Importing it runs nothing:
// main.ts runs it on the real process (and owns what only a process has: its exit code, a pipe
// whose reader left), and the tests run it in-process on streams in memory. The printed path
// never loads Ink or React (and the bundled comparison never loads zod): both are imported on
// demand, which is what keeps a piped run close to bare Node start-up.
import {resolve} from 'node:path';
import type {Readable} from 'node:stream';
import bundled from 'tradeoff:bundled';
import {type ListEntry, listText} from '../browser/list.js';
import {hitSpans, searchEvidence, searchText, type TextHit} from '../browser/search.js';
import {isFolder, listedInputs} from '../input/folder.js';
import {kindOf} from '../input/kind.js';
import {checkExportable, checkedExport, documentFromBytes, prepareDocument} from '../input/prepare.js';
import {readComparisonFile, readStdin} from '../input/read.js';
import {download, isUrl} from '../input/url.js';
import {type Document, documentParts, otherTables, shownText} from '../layout/document.js';
import {evidenceLines, evidenceMarkdown} from '../layout/evidence.js';
import {findTarget, subsection} from '../layout/outline.js';
import {type RenderOptions, renderLine, renderLines, toJson, toMarkdown} from '../layout/render-text.js';
import {themeFromColorFgBg} from '../layout/theme.js';
import {isError, printable, UsageError} from '../model/errors.js';
import {evidenceJson, evidenceOf} from '../model/evidence.js';
import {subjectLimits} from '../model/limits.js';
import type {Section} from '../model/schema.js';
import {applyView, pickSubjects, type View} from '../model/view.js';
import {worthKeeping} from '../startup/compile-cache.js';
import {browserFlags, flagsForInput, loadBrowserBuiltins} from '../startup/v8-flags.js';
import {paintFirstFrame} from '../terminal/first-paint.js';
import type {InteractiveOptions} from '../terminal/interactive.js';
import {
	helpText,
	type Options,
	parseArguments,
	printedTheme,
	supportsHyperlinks,
	wantsColor,
	widthLimits,
} from './args.js';
import {rememberBackground, rememberedBackground} from './background.js';
import type * as Decisions from './decision.js';
import type {DecisionHandle} from './decision.js';
import {loadInteractive} from './load-browser.js';
import {localTimestamp} from './timestamp.js';

declare const TRADEOFF_VERSION: string;

/** A standard stream the CLI writes to: whether it is a terminal, and then its width. */
export type Output = {
	/** Asked only when needed: for the real stdout and stderr, the answer may cost Node's streams. */
	readonly isTTY: boolean;
	readonly columns?: number | undefined;
};

/** What a run takes from the process it runs in (main.ts gives the real one). */
export type Io = {
	readonly env: NodeJS.ProcessEnv;
	/** Resolves once the text is handed over. */
	readonly stdout: Output & {readonly write: (text: string) => Promise<void>};
	readonly stderr: Output & {readonly write: (text: string) => void};
	readonly stdin: {readonly isTTY: boolean; readonly stream: Readable};
	/** Sets V8 flags before long work (v8-flags.ts); they are the whole process's. */
	readonly setFlags: (flags: string) => void;
	/**
	 * Told what a printed run reads and when its output begins, so that the process can keep the
	 * print for the next run of the same command (startup/print-cache.ts).
	 */
	readonly keep?: {
		/** A file is about to be read as the comparison. */
		readonly input: (path: string) => void;
		/** What is written from now on depends only on the command line, the environment and the files read. */
		readonly output: () => void;
	};
};

/**
 * A status line on stderr while a download takes longer than a moment, as curl and npm show one:
 * the host and the bytes so far, rewritten in place and erased when done; for a page whose raw
 * file is fetched instead (a GitHub file's page), both addresses. Only on a terminal.
 */
function downloadStatus(
	stderr: Io['stderr'],
	given: string,
): {
	onProgress?: (fetching: URL, bytes: number) => void;
	done: () => void;
} {
	if (!stderr.isTTY) return {done: () => {}};
	const start = performance.now();
	let shown = false;
	let last = 0;
	const show = (text: string) => {
		const columns = Math.max(10, (stderr.columns || 80) - 1);
		stderr.write(`\r\u001b[2K${text.length > columns ? `${text.slice(0, columns - 1)}…` : text}`);
	};
	const bare = (address: string) => address.replace(/^https?:\/\//i, '');
	return {
		onProgress: (fetching, bytes) => {
			const now = performance.now();
			if (now - start < 500 || now - last < 100) return;
			last = now;
			shown = true;
			const size = bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
			const rewritten = !sameAddress(fetching.href, given);
			show(
				rewritten
					? `tradeoff: downloading ${printable(bare(fetching.href))}: ${size} (for ${printable(bare(given))})`
					: `tradeoff: downloading from ${printable(fetching.host)}: ${size}`,
			);
		},
		done: () => {
			if (shown) stderr.write('\r\u001b[2K');
			shown = false;
		},
	};
}

function sameAddress(fetched: string, given: string): boolean {
	try {
		return new URL(given).href === fetched;
	} catch {
		return false;
	}
}

/**
 * Hosts served elsewhere, from TRADEOFF_CONNECT_TO ("github.com=http://127.0.0.1:8080", several
 * separated by commas): how the tests, which have no network, stand a local server in for GitHub.
 */
function connectTo(env: NodeJS.ProcessEnv): ReadonlyMap<string, string> | undefined {
	const given = env.TRADEOFF_CONNECT_TO;
	if (!given) return undefined;
	const pairs = given.split(',').map((pair) => pair.split('=').map((part) => part.trim()));
	return new Map(pairs.filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''));
}

/** What reading a comparison tells its caller besides the document. */
type Read = {
	/** stdin's bytes: the decision on a comparison piped in is found again by them. */
	stdin?: Uint8Array;
	/** The size of the input read: V8's flags for long work pay from a size on (v8-flags.ts). */
	bytes?: number;
};

/** Reads the comparison named on the command line; `read`, when given, is told what was read. */
async function readDocument(file: string | undefined, options: Options, io: Io, read: Read = {}): Promise<Document> {
	const readAt = localTimestamp(new Date());
	// The bundled comparison was validated and parsed when the bundle was built.
	if (file === undefined) {
		if (options.subjects)
			throw new UsageError('--subjects names the subjects of a Markdown document; give one (--only picks among these)');
		const document = await prepareDocument(bundled.comparison, bundled);
		return {...document, origin: {location: bundled.file.name, bytes: bundled.file.bytes, readAt}};
	}
	if (isUrl(file)) {
		const status = downloadStatus(io.stderr, file);
		try {
			const hosts = connectTo(io.env);
			const got = await download(file, {timeout: options.timeout, ...status, ...(hosts ? {connectTo: hosts} : {})});
			// Erased before anything else is written, the browser's screen included.
			status.done();
			read.bytes = got.bytes.length;
			const document = await documentFromBytes(
				got.bytes,
				got.name,
				io.env,
				got.kind ?? kindOf(got.bytes, got.name),
				options.subjects,
			);
			const fetchedFrom = sameAddress(got.name, file) ? {} : {fetchedFrom: got.name};
			return {...document, origin: {location: file, ...fetchedFrom, bytes: got.bytes.length, readAt}};
		} finally {
			status.done();
		}
	}
	if (file === '-') {
		if (io.stdin.isTTY) {
			throw new UsageError('- reads a comparison from stdin, but stdin is a terminal; pipe a file in');
		}
		const bytes = await readStdin(io.stdin.stream);
		read.stdin = bytes;
		read.bytes = bytes.length;
		const document = await documentFromBytes(bytes, '<stdin>', io.env, kindOf(bytes, '<stdin>'), options.subjects);
		return {...document, origin: {location: '-', bytes: bytes.length, readAt}};
	}
	io.keep?.input(file);
	const bytes = readComparisonFile(file);
	read.bytes = bytes.length;
	const document = await documentFromBytes(bytes, file, io.env, kindOf(bytes, file), options.subjects);
	return {...document, origin: {location: resolve(file), bytes: bytes.length, readAt}};
}

/**
 * The width of printed text: --width; else the terminal's, printing to one; else COLUMNS; else,
 * piped from a terminal (tradeoff | less), the terminal's on stderr; else 80.
 */
function printWidth(options: Options, io: Io): number {
	if (options.width !== undefined) return options.width;
	const fromEnv = Number(io.env.COLUMNS);
	const columns =
		(io.stdout.isTTY
			? io.stdout.columns
			: Number.isInteger(fromEnv) && fromEnv > 0
				? fromEnv
				: io.stderr.isTTY
					? io.stderr.columns
					: undefined) ?? Number.NaN;
	if (!Number.isInteger(columns) || columns <= 0) return 80;
	return Math.min(widthLimits.max, Math.max(widthLimits.min, columns));
}

/**
 * Search hits one per line, each after its place, as grep prints them: with colour, every
 * occurrence of the query is marked as the browser marks a hit.
 */
function hitLines(hits: readonly TextHit[], query: string, options: Options, io: Io): string {
	const render = renderOptions(options, io);
	return hits.map((hit) => `${renderLine(hitSpans(`${hit.place}: ${hit.text}`, query), render)}\n`).join('');
}

/** How printed text is styled: colour only where wanted, links only to a terminal that shows them. */
function renderOptions(options: Options, io: Io): RenderOptions {
	const {isTTY} = io.stdout;
	const color = wantsColor(options.color, {env: io.env, isTTY});
	return {
		color: color ? 'color' : 'none',
		hyperlinks: color && isTTY && supportsHyperlinks(io.env),
		theme: printedTheme(options.theme, io.env),
	};
}

/** What a printed run writes, and its exit status: 1 when a --search found nothing, as grep's. */
type Printed = {readonly text: string | Iterable<string>; readonly status: number};

/** Search hits as text or JSON, and the status they give. */
function printedHits(hits: readonly TextHit[], query: string, options: Options, io: Io): Printed {
	const status = hits.length === 0 ? 1 : 0;
	if (options.format === 'json') return {text: `${JSON.stringify(hits, null, 2)}\n`, status};
	return {text: hitLines(hits, query, options, io), status};
}

/** The evidence view of the chosen sections, as text, JSON or Markdown, or its search hits. */
function printedEvidence(
	document: Document,
	options: Options,
	view: View,
	sections: readonly Section[],
	io: Io,
): Printed {
	const {comparison} = document;
	const evidence = evidenceOf(comparison, view, sections);
	if (options.search !== undefined)
		return printedHits(searchEvidence(comparison, evidence, options.search), options.search, options, io);
	const text = (): string => {
		if (options.format === 'json') return toJson(evidenceJson(comparison, evidence));
		if (options.format === 'markdown') return evidenceMarkdown(comparison, evidence);
		const {lines} = evidenceLines(comparison, evidence, {
			width: printWidth(options, io),
			ascii: options.ascii,
			otherTables: otherTables(document),
		});
		return renderLines(lines, renderOptions(options, io));
	};
	return {text: text(), status: 0};
}

/**
 * The sections -s picks, and the document to print them from: a heading of a section's prose
 * (-s section/heading) prints as a section of its own, what it heads; exports and the evidence
 * view take its whole section.
 */
function chosenSections(document: Document, options: Options): {document: Document; sections: readonly Section[]} {
	const {comparison} = document;
	if (options.section === undefined) return {document, sections: comparison.sections};
	const target = findTarget(document, options.section);
	const section = comparison.sections[target.section] as Section;
	const whole = options.evidence || options.format === 'json' || options.format === 'markdown';
	if (target.heading === undefined || whole) return {document, sections: [section]};
	const part = subsection(document, section, target.heading);
	return {document: part.document, sections: [part.section]};
}

async function printed(whole: Document, options: Options, view: View, io: Io): Promise<Printed> {
	const {document, sections} = chosenSections(whole, options);
	const {comparison} = document;
	if (options.evidence) return printedEvidence(document, options, view, sections, io);
	// As grep: status 1 when nothing matches.
	if (options.search !== undefined)
		return printedHits(searchText(document, sections, view, options.search), options.search, options, io);
	if (options.format === 'json') {
		checkExportable(document, options.file ?? '<stdin>');
		// The export is a comparison file, readable again; one subject would not be.
		if (view.subjects.length < subjectLimits.min) {
			throw new UsageError(
				`--format json writes a comparison, which has at least ${subjectLimits.min} subjects; --only picked ${view.subjects.length} (--plain or --format markdown show one)`,
			);
		}
		const exported = applyView(comparison, view, sections, shownText(document));
		return {text: toJson(await checkedExport(document, exported, options.file ?? '<stdin>')), status: 0};
	}
	if (options.format === 'markdown')
		return {text: toMarkdown(applyView(comparison, view, sections, shownText(document))), status: 0};
	// Links only to a terminal that shows them as links, never into a pipe or a file.
	const render = renderOptions(options, io);
	// Laid out to read: the run whose code most runs run.
	worthKeeping('whole');
	// A part at a time (the header, each section, the references), each written and let go before
	// the next is laid out: what stays alive is what the garbage collector has to copy.
	const layout = {width: printWidth(options, io), view, ascii: options.ascii};
	const parts = function* () {
		// Pieces are small (a paragraph): written in batches of about 64 KB, not a write each.
		let batch = '';
		for (const part of documentParts(document, sections, layout)) {
			batch += renderLines(part, render);
			if (batch.length >= 65_536) {
				yield batch;
				batch = '';
			}
		}
		if (batch !== '') yield batch;
	};
	return {text: parts(), status: 0};
}

/** Whether the environment says CI (CI=true, or any value but false and 0). */
function inCi(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/** Whether to open the browser: a terminal to draw on, able to do it, and nothing asked to print. */
function wantsBrowser(options: Options, io: Io): boolean {
	const {env} = io;
	// In CI, Ink draws only a last frame at exit; TERM=dumb cannot draw a full screen at all.
	return io.stdout.isTTY && !options.plain && options.format === undefined && env.TERM !== 'dumb' && !inCi(env);
}

/** Reads every comparison of a list; one that cannot be read is listed with its error, never fatal. */
async function readList(options: Options, io: Io): Promise<ListEntry[]> {
	const entries: ListEntry[] = [];
	for (const name of listedInputs(options.files, isUrl)) {
		try {
			entries.push({name, document: await readDocument(name, options, io)});
		} catch (error) {
			const known = isError(error, 'DataError') || isError(error, 'UsageError');
			const message = known ? (error as Error).message : `unexpected error: ${String(error)}`;
			entries.push({name, error: message});
		}
	}
	return entries;
}

/** The list printed: one comparison a line (tab-separated), or as JSON with --format json. */
function printedList(entries: readonly ListEntry[], options: Options): string {
	if (options.format === 'json') {
		const data = entries.map((entry) =>
			entry.document
				? {
						file: entry.name,
						title: entry.document.comparison.title,
						subjects: entry.document.comparison.subjects.map((subject) => subject.name),
					}
				: {file: entry.name, error: entry.error ?? ''},
		);
		return `${JSON.stringify(data, null, 2)}\n`;
	}
	return entries.map((entry) => `${listText(entry)}\n`).join('');
}

/** Whether the command line asks for a list: several inputs, or one folder. */
function wantsList(options: Options): boolean {
	const [first] = options.files;
	return options.files.length > 1 || (first !== undefined && first !== '-' && !isUrl(first) && isFolder(first));
}

/** The browser's bundle, beside this file in build/ (this entry is never split into a chunk). */
const browserFile = new URL('./interactive.cjs', import.meta.url);

/** How the browser looks: characters, colour, palette, links. */
function browserLook(options: Options, env: NodeJS.ProcessEnv) {
	const color = wantsColor(options.color, {env, isTTY: true});
	const printed = printedTheme(options.theme, env);
	const remembered =
		options.theme === 'auto' && themeFromColorFgBg(env.COLORFGBG) === undefined ? rememberedBackground(env) : undefined;
	return {
		ascii: options.ascii,
		color: color ? 'color' : 'mono',
		// The palette of the first frame; with --theme auto the browser also asks the terminal for
		// its background and re-colours if the answer says otherwise. With neither --theme nor
		// COLORFGBG, the palette of this terminal's last answer (background.ts), else dark; and if
		// this time no answer comes, the palette without one.
		theme: remembered ?? printed,
		...(remembered ? {unanswered: printed} : {}),
		askTheme: color && options.theme === 'auto',
		hyperlinks: color && supportsHyperlinks(env),
	} as const;
}

/** What the browser opens on, apart from how it looks and what the loader does around it. */
type Browsed = Omit<InteractiveOptions, keyof ReturnType<typeof browserLook> | 'onFirstFrame' | 'onExit'>;

/** The browser on one comparison: where it starts, and the decision kept for it. */
function comparisonBrowsed(document: Document, options: Options, view: View, decision: DecisionHandle): Browsed {
	const {comparison} = document;
	const target = options.section ? findTarget(document, options.section) : undefined;
	const shown = view.subjects.map((subject) => subject.id);
	const rest = comparison.subjects.map((subject) => subject.id).filter((id) => !shown.includes(id));
	return {
		document,
		// --only picks the shown subjects and their order; the rest stay in the picker, hidden.
		start: {
			section: target?.section ?? 0,
			...(target?.heading === undefined ? {} : {heading: target.heading}),
			order: [...shown, ...rest],
			hidden: rest,
			differences: view.differencesOnly,
			...(options.evidence ? {overlay: 'evidence' as const} : {}),
			mouse: options.mouse,
			decision: decision.decision,
			...(decision.notice ? {notice: decision.notice} : {}),
		},
		onDecision: decision.change,
		// Ctrl-Z: the decision on disk before the process stops (it may never be continued).
		onRelease: decision.flush,
		query: options.search,
	};
}

/** The browser on a list of comparisons: each one's decision opened as the reader opens it. */
function listBrowsed(entries: readonly ListEntry[], options: Options, io: Io, decisions: typeof Decisions): Browsed {
	// Kept while the list runs.
	const kept = new Map<number, DecisionHandle>();
	const decisionFor = (index: number) => {
		const entry = entries[index];
		if (!entry?.document) return undefined;
		let handle = kept.get(index);
		if (!handle) {
			const source = decisions.placeOfInput(entry.name, {isUrl: isUrl(entry.name)});
			const place = decisions.decisionPlace(source, undefined, io.env);
			handle = decisions.keepDecision(entry.document, place, io.stderr, {whileDrawn: true});
			kept.set(index, handle);
		}
		return handle;
	};
	return {
		document: undefined,
		list: entries,
		decisionFor,
		onRelease: () => {
			for (const handle of kept.values()) handle.flush();
		},
		start: {order: [], differences: options.differences, mouse: options.mouse},
		query: undefined,
	};
}

/** Opens the browser; undefined when there is no terminal after all (then the caller prints). */
async function browse(browsed: Browsed, options: Options, io: Io): Promise<number | undefined> {
	// A session lays a comparison (or a list) out to read: what it compiles is worth a whole cache.
	worthKeeping('whole');
	const look = browserLook(options, io.env);
	// The first frame of a comparison, painted before the browser's bundle loads (first-paint.ts);
	// a list is drawn by Ink's select input, and waits for it.
	const taken =
		browsed.document && io.env.TRADEOFF_FIRST_PAINT !== '0'
			? paintFirstFrame({
					document: browsed.document,
					start: browsed.start,
					query: browsed.query,
					...look,
				})
			: undefined;
	try {
		// Faults for the tests that prove the painted frame's terminal is given back on every way
		// out (as TRADEOFF_FAULT=render does for the browser's): a bundle that fails to load, or
		// one slow to, for a signal or keys to arrive meanwhile.
		const fault = io.env.TRADEOFF_FAULT;
		if (fault === 'load') throw new Error('injected fault loading the browser');
		if (fault === 'slow-load') await new Promise((resolve) => setTimeout(resolve, 500));
		// The browser's V8 flags (see v8-flags.ts), set before its code and yoga are compiled, and
		// after what of Node's own it needs is loaded, with Node's code cache.
		if (browserFlags) {
			loadBrowserBuiltins();
			io.setFlags(browserFlags);
		}
		const {module, saveCache, snapshot} = loadInteractive(browserFile, io.env, browsed.list ? 'list' : 'comparison');
		try {
			return await module.runInteractive({
				...browsed,
				...look,
				...(taken ? {taken} : {}),
				// The cache holds what the first frame compiled (a smaller cache is quicker to read than
				// one of everything a session did), saved once the reader leaves.
				onFirstFrame: snapshot,
				onExit: saveCache,
				onBackground: (theme) => rememberBackground(io.env, theme),
			});
		} catch (error) {
			if (!(error instanceof module.NoTerminalError)) throw error;
			io.stderr.write(`tradeoff: ${error.message}; printing instead\n`);
			return undefined;
		}
	} finally {
		// Given back here only if the browser never took it (its bundle failed to load).
		taken?.giveBack();
	}
}

/** The flag that picks within one comparison, if any: a list holds several, each with its own ids. */
function flagWithinOne(options: Options): string | undefined {
	if (options.section !== undefined) return '--section';
	if (options.only) return '--only';
	if (options.subjects) return '--subjects';
	if (options.search !== undefined) return '--search';
	if (options.evidence) return '--evidence';
	if (options.verdict) return '--verdict';
	if (options.decisionFile !== undefined) return '--decision-file';
	return undefined;
}

async function main(argv: readonly string[], io: Io): Promise<number> {
	const options = parseArguments(argv);
	if (options.help) {
		await io.stdout.write(helpText);
		return 0;
	}
	if (options.version) {
		await io.stdout.write(`${TRADEOFF_VERSION}\n`);
		return 0;
	}
	// From here on the run reads a comparison: what it compiles is worth a code cache (a partial
	// one, until a run lays a comparison out to read: below, and in browse).
	worthKeeping('part');
	if (wantsList(options)) {
		const flag = flagWithinOne(options);
		if (flag) throw new UsageError(`${flag} picks within one comparison; give one file, not a list of them`);
		const entries = await readList(options, io);
		if (wantsBrowser(options, io)) {
			const decisions = await import('./decision.js');
			const status = await browse(listBrowsed(entries, options, io, decisions), options, io);
			if (status !== undefined) return status;
		}
		await io.stdout.write(printedList(entries, options));
		return 0;
	}
	if (options.verdict && (options.evidence || options.search !== undefined))
		throw new UsageError(
			`--verdict prints the decision; it cannot be combined with ${options.evidence ? '--evidence' : '--search'}`,
		);
	const read: Read = {};
	const document = await readDocument(options.file, options, io, read);
	const {comparison} = document;
	const view: View = {
		subjects: options.only ? pickSubjects(comparison, options.only) : comparison.subjects,
		differencesOnly: options.differences,
	};
	const kept = async () => {
		const decisions = await import('./decision.js');
		const source = decisions.placeOfInput(options.file, {
			isUrl: options.file !== undefined && isUrl(options.file),
			...(read.stdin ? {stdin: read.stdin} : {}),
		});
		return {decisions, place: decisions.decisionPlace(source, options.decisionFile, io.env)};
	};
	if (options.verdict) {
		const {decisions, place} = await kept();
		const {printedVerdict} = await import('./verdict.js');
		// The whole section -s names (a heading of its prose: its section), as exports take it.
		const sections = options.section
			? [comparison.sections[findTarget(document, options.section).section] as Section]
			: comparison.sections;
		await io.stdout.write(
			printedVerdict(document, view, sections, () => decisions.openKept(place, io.stderr), {
				format: options.format,
				width: printWidth(options, io),
				ascii: options.ascii,
				name: options.file ?? '<bundled>',
				source: place.source,
				today: new Date().toISOString().slice(0, 10),
				render: (lines) => renderLines(lines, renderOptions(options, io)),
			}),
		);
		return 0;
	}
	if (wantsBrowser(options, io)) {
		const {decisions, place} = await kept();
		const decision = decisions.keepDecision(document, place, io.stderr);
		const status = await browse(comparisonBrowsed(document, options, view, decision), options, io);
		// Saved now, so that a failure is said before tradeoff ends (the exit saves it anyway).
		decision.flush();
		if (status !== undefined) return status;
	}
	const flags = flagsForInput(read.bytes ?? 0);
	if (flags) io.setFlags(flags);
	// A comparison read from a URL or stdin may read otherwise next time: only a file's (or the
	// bundled one's) print is kept.
	if (options.file === undefined || (options.file !== '-' && !isUrl(options.file))) io.keep?.output();
	const {text, status} = await printed(document, options, view, io);
	if (typeof text === 'string') await io.stdout.write(text);
	else for (const part of text) await io.stdout.write(part);
	return status;
}

/**
 * Runs the CLI with these arguments, as `tradeoff` would: prints, or opens the browser, and
 * resolves with the exit status. Typed errors become one line on stderr and status 2; any other
 * error "unexpected error" and status 1. Never rejects.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
	try {
		return await main(argv, io);
	} catch (error) {
		if (isError(error, 'UsageError')) {
			io.stderr.write(`tradeoff: ${error.message}\nTry 'tradeoff --help' for more information.\n`);
			return 2;
		}
		if (isError(error, 'DataError')) {
			io.stderr.write(`tradeoff: ${error.message}\n`);
			return 2;
		}
		const detail = io.env.TRADEOFF_DEBUG && error instanceof Error ? error.stack : String(error);
		io.stderr.write(`tradeoff: unexpected error: ${detail}\n(set TRADEOFF_DEBUG=1 for details)\n`);
		return 1;
	}
}
