// The CLI: parses flags, reads the input, picks the mode and owns exit codes and process.*. Node
// runs it through source/startup/bin.ts, which sets the V8 flags and compiles this from a code cache.
// The printed path never loads Ink or React (and the bundled comparison never loads zod): both
// are imported on demand, which is what keeps a piped run close to bare Node start-up.
import {resolve} from 'node:path';
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
import {isError, printable, UsageError} from '../model/errors.js';
import {evidenceJson, evidenceOf} from '../model/evidence.js';
import {subjectLimits} from '../model/limits.js';
import type {Section} from '../model/schema.js';
import {applyView, pickSubjects, type View} from '../model/view.js';
import {setFlags} from '../startup/compile-cache.js';
import {certainlyNoTerminal, stdoutIsTerminal, writeAll} from '../startup/output.js';
import {browserFlags, flagsForInput} from '../startup/v8-flags.js';
import {
	helpText,
	type Options,
	parseArguments,
	printedTheme,
	supportsHyperlinks,
	wantsColor,
	widthLimits,
} from './args.js';
import type {DecisionHandle} from './decision.js';
import {loadInteractive} from './load-browser.js';
import {localTimestamp} from './timestamp.js';

declare const TRADEOFF_VERSION: string;

/**
 * A status line on stderr while a download takes longer than a moment, as curl and npm show one:
 * the host and the bytes so far, rewritten in place and erased when done; for a page whose raw
 * file is fetched instead (a GitHub file's page), both addresses. Only on a terminal.
 */
function downloadStatus(
	stderr: NodeJS.WriteStream,
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

/** The size of the largest input read: V8's flags for long work pay from a size on (v8-flags.ts). */
let inputBytes = 0;

function measured<Bytes extends {readonly length: number}>(bytes: Bytes): Bytes {
	inputBytes = Math.max(inputBytes, bytes.length);
	return bytes;
}

/**
 * Reads the comparison named on the command line. `read`, when given, is told stdin's bytes: the
 * decision on a comparison piped in is found again by them.
 */
async function readDocument(
	file: string | undefined,
	options: Options,
	read?: {stdin?: Uint8Array},
): Promise<Document> {
	const readAt = localTimestamp(new Date());
	// The bundled comparison was validated and parsed when the bundle was built.
	if (file === undefined) {
		if (options.subjects)
			throw new UsageError('--subjects names the subjects of a Markdown document; give one (--only picks among these)');
		const document = await prepareDocument(bundled.comparison, bundled);
		return {...document, origin: {location: bundled.file.name, bytes: bundled.file.bytes, readAt}};
	}
	if (isUrl(file)) {
		const status = downloadStatus(process.stderr, file);
		try {
			const hosts = connectTo(process.env);
			const got = await download(file, {timeout: options.timeout, ...status, ...(hosts ? {connectTo: hosts} : {})});
			// Erased before anything else is written, the browser's screen included.
			status.done();
			const document = await documentFromBytes(
				measured(got.bytes),
				got.name,
				process.env,
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
		if (process.stdin.isTTY) {
			throw new UsageError('- reads a comparison from stdin, but stdin is a terminal; pipe a file in');
		}
		const bytes = measured(await readStdin(process.stdin));
		if (read) read.stdin = bytes;
		const document = await documentFromBytes(bytes, '<stdin>', process.env, kindOf(bytes, '<stdin>'), options.subjects);
		return {...document, origin: {location: '-', bytes: bytes.length, readAt}};
	}
	const bytes = measured(readComparisonFile(file));
	const document = await documentFromBytes(bytes, file, process.env, kindOf(bytes, file), options.subjects);
	return {...document, origin: {location: resolve(file), bytes: bytes.length, readAt}};
}

/**
 * The width of printed text: --width; else the terminal's, printing to one; else COLUMNS; else,
 * piped from a terminal (tradeoff | less), the terminal's on stderr; else 80.
 */
function printWidth(options: Options): number {
	if (options.width !== undefined) return options.width;
	const fromEnv = Number(process.env.COLUMNS);
	const columns = stdoutIsTerminal()
		? process.stdout.columns
		: Number.isInteger(fromEnv) && fromEnv > 0
			? fromEnv
			: // process.stderr only when fd 2 may be a terminal: creating it loads Node's streams.
				!certainlyNoTerminal(2) && process.stderr.isTTY
				? process.stderr.columns
				: Number.NaN;
	if (!Number.isInteger(columns) || columns <= 0) return 80;
	return Math.min(widthLimits.max, Math.max(widthLimits.min, columns));
}

/**
 * Search hits one per line, each after its place, as grep prints them: with colour, every
 * occurrence of the query is marked as the browser marks a hit.
 */
function hitLines(hits: readonly TextHit[], query: string, options: Options): string {
	const render = renderOptions(options);
	return hits.map((hit) => `${renderLine(hitSpans(`${hit.place}: ${hit.text}`, query), render)}\n`).join('');
}

/** How printed text is styled: colour only where wanted, links only to a terminal that shows them. */
function renderOptions(options: Options): RenderOptions {
	const isTTY = stdoutIsTerminal();
	const color = wantsColor(options.color, {env: process.env, isTTY});
	return {
		color: color ? 'color' : 'none',
		hyperlinks: color && isTTY && supportsHyperlinks(process.env),
		theme: printedTheme(options.theme, process.env),
	};
}

/** The evidence view of the chosen sections, as text, JSON or Markdown, or its search hits. */
function printedEvidence(document: Document, options: Options, view: View, sections: readonly Section[]): string {
	const {comparison} = document;
	const evidence = evidenceOf(comparison, view, sections);
	if (options.search !== undefined) {
		const hits = searchEvidence(comparison, evidence, options.search);
		if (hits.length === 0) status = 1;
		if (options.format === 'json') return `${JSON.stringify(hits, null, 2)}\n`;
		return hitLines(hits, options.search, options);
	}
	if (options.format === 'json') return toJson(evidenceJson(comparison, evidence));
	if (options.format === 'markdown') return evidenceMarkdown(comparison, evidence);
	const {lines} = evidenceLines(comparison, evidence, {
		width: printWidth(options),
		ascii: options.ascii,
		otherTables: otherTables(document),
	});
	return renderLines(lines, renderOptions(options));
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

/** The exit status of a printed run: 1 when a --search found nothing, as grep's. */
let status = 0;

async function printed(whole: Document, options: Options, view: View): Promise<string | Iterable<string>> {
	const {document, sections} = chosenSections(whole, options);
	const {comparison} = document;
	if (options.evidence) return printedEvidence(document, options, view, sections);
	if (options.search !== undefined) {
		const hits = searchText(document, sections, view, options.search);
		// As grep: status 1 when nothing matches.
		if (hits.length === 0) status = 1;
		if (options.format === 'json') return `${JSON.stringify(hits, null, 2)}\n`;
		return hitLines(hits, options.search, options);
	}
	if (options.format === 'json') {
		checkExportable(document, options.file ?? '<stdin>');
		// The export is a comparison file, readable again; one subject would not be.
		if (view.subjects.length < subjectLimits.min) {
			throw new UsageError(
				`--format json writes a comparison, which has at least ${subjectLimits.min} subjects; --only picked ${view.subjects.length} (--plain or --format markdown show one)`,
			);
		}
		const exported = applyView(comparison, view, sections, shownText(document));
		return toJson(await checkedExport(document, exported, options.file ?? '<stdin>'));
	}
	if (options.format === 'markdown') return toMarkdown(applyView(comparison, view, sections, shownText(document)));
	// Links only to a terminal that shows them as links, never into a pipe or a file.
	const render = renderOptions(options);
	// A part at a time (the header, each section, the references), each written and let go before
	// the next is laid out: what stays alive is what the garbage collector has to copy.
	const layout = {width: printWidth(options), view, ascii: options.ascii};
	return (function* () {
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
	})();
}

/** Writes to stdout and resolves once the text is handed over; a reader that left is not an error. */
function write(text: string): Promise<void> {
	// A pipe or a file is written to directly, sparing Node's streams (startup/output.ts).
	if (!stdoutIsTerminal()) {
		try {
			writeAll(1, text);
		} catch (error) {
			onOutputError(error as NodeJS.ErrnoException);
		}
		return Promise.resolve();
	}
	return new Promise((resolve) => {
		process.stdout.write(text, () => resolve());
	});
}

function onOutputError(error: NodeJS.ErrnoException): void {
	// The reader went away (| head): stop quietly and successfully, as cat and ripgrep do.
	if (error.code === 'EPIPE') process.exit(0);
	const reasons: Record<string, string> = {
		ENOSPC: 'no space left on device',
		EIO: 'input/output error',
		EBADF: 'stdout is closed',
	};
	process.stderr.write(`tradeoff: cannot write output: ${reasons[error.code ?? ''] ?? error.message}\n`);
	process.exit(1);
}

/** Output errors on a terminal come from its stream; direct writes (see write) report their own. */
function watchOutput(): void {
	if (stdoutIsTerminal()) process.stdout.on('error', onOutputError);
}

/** Whether the environment says CI (CI=true, or any value but false and 0). */
function inCi(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/** Whether to open the browser: a terminal to draw on, able to do it, and nothing asked to print. */
function wantsBrowser(options: Options): boolean {
	const env = process.env;
	// In CI, Ink draws only a last frame at exit; TERM=dumb cannot draw a full screen at all.
	return stdoutIsTerminal() && !options.plain && options.format === undefined && env.TERM !== 'dumb' && !inCi(env);
}

/** Reads every comparison of a list; one that cannot be read is listed with its error, never fatal. */
async function readList(options: Options): Promise<ListEntry[]> {
	const entries: ListEntry[] = [];
	for (const name of listedInputs(options.files, isUrl)) {
		try {
			entries.push({name, document: await readDocument(name, options)});
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

/** The browser's V8 flags (see v8-flags.ts), set before its code and yoga are compiled. */
function useBrowserFlags(): void {
	if (browserFlags) setFlags(browserFlags);
}

/** How the browser looks: characters, colour, palette, links. */
function browserLook(options: Options) {
	const color = wantsColor(options.color, {env: process.env, isTTY: true});
	return {
		ascii: options.ascii,
		color: color ? 'color' : 'mono',
		// The palette of the first frame; with --theme auto the browser also asks the terminal for
		// its background and re-colours if the answer says otherwise.
		theme: printedTheme(options.theme, process.env),
		askTheme: color && options.theme === 'auto',
		hyperlinks: color && supportsHyperlinks(process.env),
	} as const;
}

async function browse(
	document: Document,
	options: Options,
	view: View,
	decision: DecisionHandle,
): Promise<number | undefined> {
	useBrowserFlags();
	const {module, saveCache, snapshot} = loadInteractive(browserFile, process.env);
	const {runInteractive, NoTerminalError} = module;
	const {comparison} = document;
	const target = options.section ? findTarget(document, options.section) : undefined;
	const shown = view.subjects.map((subject) => subject.id);
	const rest = comparison.subjects.map((subject) => subject.id).filter((id) => !shown.includes(id));
	try {
		return await runInteractive({
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
			...browserLook(options),
			// The cache holds what the first frame compiled (a smaller cache is quicker to read than
			// one of everything a session did), saved once the reader leaves.
			onFirstFrame: snapshot,
			onExit: saveCache,
		});
	} catch (error) {
		if (!(error instanceof NoTerminalError)) throw error;
		process.stderr.write(`tradeoff: ${error.message}; printing instead\n`);
		return undefined;
	}
}

/** Opens the list of comparisons in the browser; undefined when there is no terminal after all. */
async function browseList(entries: readonly ListEntry[], options: Options): Promise<number | undefined> {
	useBrowserFlags();
	const {module, saveCache, snapshot} = loadInteractive(browserFile, process.env);
	const {decisionPlace, keepDecision, placeOfInput} = await import('./decision.js');
	// Each comparison's decision is opened as the reader opens it, and kept while the list runs.
	const kept = new Map<number, DecisionHandle>();
	const decisionFor = (index: number) => {
		const entry = entries[index];
		if (!entry?.document) return undefined;
		let handle = kept.get(index);
		if (!handle) {
			const place = decisionPlace(placeOfInput(entry.name, {isUrl: isUrl(entry.name)}), undefined, process.env);
			handle = keepDecision(entry.document, place, process.stderr, {whileDrawn: true});
			kept.set(index, handle);
		}
		return handle;
	};
	try {
		return await module.runInteractive({
			document: undefined,
			list: entries,
			decisionFor,
			onRelease: () => {
				for (const handle of kept.values()) handle.flush();
			},
			start: {order: [], differences: options.differences, mouse: options.mouse},
			query: undefined,
			...browserLook(options),
			onFirstFrame: snapshot,
			onExit: saveCache,
		});
	} catch (error) {
		if (!(error instanceof module.NoTerminalError)) throw error;
		process.stderr.write(`tradeoff: ${error.message}; printing instead\n`);
		return undefined;
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const options = parseArguments(argv);
	if (options.help) {
		await write(helpText);
		return 0;
	}
	if (options.version) {
		await write(`${TRADEOFF_VERSION}\n`);
		return 0;
	}
	if (wantsList(options)) {
		// These pick within one comparison; a list holds several, each with its own ids.
		const flag =
			options.section !== undefined
				? '--section'
				: options.only
					? '--only'
					: options.subjects
						? '--subjects'
						: options.search !== undefined
							? '--search'
							: options.evidence
								? '--evidence'
								: options.verdict
									? '--verdict'
									: options.decisionFile !== undefined
										? '--decision-file'
										: undefined;
		if (flag) throw new UsageError(`${flag} picks within one comparison; give one file, not a list of them`);
		const entries = await readList(options);
		if (wantsBrowser(options)) {
			const status = await browseList(entries, options);
			if (status !== undefined) return status;
		}
		watchOutput();
		await write(printedList(entries, options));
		return 0;
	}
	if (options.verdict && (options.evidence || options.search !== undefined))
		throw new UsageError(
			`--verdict prints the decision; it cannot be combined with ${options.evidence ? '--evidence' : '--search'}`,
		);
	const read: {stdin?: Uint8Array} = {};
	const document = await readDocument(options.file, options, read);
	const {comparison} = document;
	const view: View = {
		subjects: options.only ? pickSubjects(comparison, options.only) : comparison.subjects,
		differencesOnly: options.differences,
	};
	const kept = async () => {
		const decisions = await import('./decision.js');
		const source = decisions.placeOfInput(options.file, {
			isUrl: options.file !== undefined && isUrl(options.file),
			...read,
		});
		return {decisions, place: decisions.decisionPlace(source, options.decisionFile, process.env)};
	};
	if (options.verdict) {
		process.stdout.on('error', onOutputError);
		const {decisions, place} = await kept();
		// The whole section -s names (a heading of its prose: its section), as exports take it.
		const sections = options.section
			? [comparison.sections[findTarget(document, options.section).section] as Section]
			: comparison.sections;
		await write(
			decisions.printedVerdict(document, view, sections, () => decisions.openKept(place, process.stderr), {
				format: options.format,
				width: printWidth(options),
				ascii: options.ascii,
				name: options.file ?? '<bundled>',
				source: place.source,
				today: new Date().toISOString().slice(0, 10),
				render: (lines) => renderLines(lines, renderOptions(options)),
			}),
		);
		return 0;
	}
	if (wantsBrowser(options)) {
		const {decisions, place} = await kept();
		const decision = decisions.keepDecision(document, place, process.stderr);
		const status = await browse(document, options, view, decision);
		// Saved now, so that a failure is said before tradeoff ends (the exit saves it anyway).
		decision.flush();
		if (status !== undefined) return status;
	}
	watchOutput();
	const flags = flagsForInput(inputBytes);
	if (flags) setFlags(flags);
	const text = await printed(document, options, view);
	if (typeof text === 'string') await write(text);
	else for (const part of text) await write(part);
	return status;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (isError(error, 'UsageError')) {
			process.stderr.write(`tradeoff: ${error.message}\nTry 'tradeoff --help' for more information.\n`);
			process.exitCode = 2;
		} else if (isError(error, 'DataError')) {
			process.stderr.write(`tradeoff: ${error.message}\n`);
			process.exitCode = 2;
		} else {
			const detail = process.env.TRADEOFF_DEBUG && error instanceof Error ? error.stack : String(error);
			process.stderr.write(`tradeoff: unexpected error: ${detail}\n(set TRADEOFF_DEBUG=1 for details)\n`);
			process.exitCode = 1;
		}
	},
);
