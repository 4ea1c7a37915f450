// The reader's decision on disk. One file per comparison, found again by a hash of where the
// comparison was read, so no path or URL can name a file outside the decisions folder. Every write
// is atomic: the whole file goes to a temporary file beside it, is flushed to the disk and renamed
// over the old one, so a crash or kill -9 at any moment leaves the old file or the new one, never
// half of either. Saves are merged field by field with what is on disk (another tradeoff deciding
// on the same comparison), under a lock held only while reading, merging and renaming. A file that
// cannot be read (damaged, from a newer tradeoff, not ours) is moved aside and never overwritten.
// Synchronous on purpose: a save must be able to finish inside an exit handler. Loaded only when a
// decision is opened (the cli imports it through a lazy file); node:crypto only for bytes piped in.

import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, isAbsolute, join, resolve} from 'node:path';
import {type Decision, emptyDecision} from '../model/decision.js';
import {decisionText, readDecisionText} from '../model/decision-file.js';
import {mergeDecisions, sameDecision} from '../model/decision-merge.js';
import {sha256Hex} from './sha256.js';

/** Where tradeoff keeps decisions: $XDG_DATA_HOME/tradeoff/decisions, else ~/.local/share/tradeoff/decisions. */
export function decisionsFolder(env: Readonly<Record<string, string | undefined>>): string {
	// The XDG base directory specification: a relative path in the variable is to be ignored.
	const data =
		env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)
			? env.XDG_DATA_HOME
			: join(homeDirectory(env), '.local', 'share');
	return join(data, 'tradeoff', 'decisions');
}

/**
 * HOME, as os.homedir() itself takes it on POSIX, else the system's: node:os is loaded only where
 * HOME does not say (it costs the browser's start 1.5 to 2 million instructions).
 */
function homeDirectory(env: Readonly<Record<string, string | undefined>>): string {
	if (process.platform !== 'win32' && env.HOME) return env.HOME;
	return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();
}

/** A SHA-256 of bytes, in hex, by node:crypto (loaded only here: ~4 ms of a start). */
function sha256OfBytes(data: Uint8Array): string {
	const {createHash} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	return createHash('sha256').update(data).digest('hex');
}

/** Where the bundled comparison "was read": the same for every run of every version. */
export const bundledPlace = 'tradeoff:bundled/fastapi-litestar-django-ninja.json';

/**
 * Where a comparison was read, as one string: a URL as the parser writes it, a file by its real
 * path (the same file reached by another path, or a link, is the same comparison), stdin by a hash
 * of what it held (the same bytes piped again find the decision again), the bundled one by name.
 */
export function placeOf(file: string | undefined, options: {isUrl: boolean; stdin?: Uint8Array}): string {
	if (file === undefined) return bundledPlace;
	if (options.isUrl) {
		try {
			return new URL(file).href;
		} catch {
			return file;
		}
	}
	if (file === '-') return `stdin:sha256:${sha256OfBytes(options.stdin ?? new Uint8Array())}`;
	const path = resolve(file);
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

/** The decision file for a place: the folder, then a hash of the place (no place can name another folder). */
export function decisionFileFor(place: string, folder: string): string {
	return join(folder, `${sha256Hex(place).slice(0, 32)}.json`);
}

/** A time for a file name: 20261206T101530Z (no colons, which some file systems refuse). */
export function fileTime(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
}

function errorCode(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Sleeps without returning to the event loop: saves happen in exit handlers, where nothing else runs. */
function pause(milliseconds: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/** Whether a process of this id is alive (signal 0 asks without sending). */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, under another user.
		return errorCode(error) === 'EPERM';
	}
}

/** Writes all of a buffer to a file descriptor (a write may take less than it is given). */
function writeAll(fd: number, bytes: Uint8Array): void {
	for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

let temporaries = 0;

/**
 * Writes a file atomically: a temporary file in the same folder (a rename is atomic only within
 * one file system), flushed to the disk, renamed over the file, and the folder flushed so that the
 * rename itself survives a power cut.
 */
export function writeAtomically(path: string, text: string): void {
	temporaries++;
	const temporary = `${path}.${process.pid}.${temporaries}.tmp`;
	const fd = openSync(temporary, 'wx', 0o644);
	try {
		writeAll(fd, Buffer.from(text, 'utf8'));
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		unlinkSync(temporary);
		throw error;
	}
	closeSync(fd);
	try {
		renameSync(temporary, path);
	} catch (error) {
		unlinkSync(temporary);
		throw error;
	}
	try {
		const folder = openSync(dirname(path), 'r');
		try {
			fsyncSync(folder);
		} finally {
			closeSync(folder);
		}
	} catch {
		// Some file systems cannot flush a folder; the rename is still atomic.
	}
}

/** How long a lock may stand before it is taken for one a dead or stuck process left. */
const staleLock = 10_000;
/** How long a save waits for another's lock before it tries again later. */
const lockWait = 2_000;

/** Whether a lock was left by a process that is gone (or stuck far longer than a save takes). */
function isStale(lock: string): boolean {
	try {
		const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
		const age = Date.now() - statSync(lock).mtimeMs;
		if (Number.isInteger(pid) && pid > 0) return !isAlive(pid) || age > staleLock;
		// No pid yet: it is being written this instant, or its writer died before it could.
		return age > 1_000;
	} catch {
		return false;
	}
}

/**
 * Runs work holding the file's lock (NAME.lock, created exclusively, holding our pid); undefined
 * when another process held it for longer than a save should take.
 */
function withLock<T>(path: string, work: () => T): T | undefined {
	const lock = `${path}.lock`;
	const deadline = Date.now() + lockWait;
	for (;;) {
		try {
			const fd = openSync(lock, 'wx', 0o644);
			try {
				writeAll(fd, Buffer.from(`${process.pid}\n`));
			} finally {
				closeSync(fd);
			}
			break;
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') throw error;
			if (isStale(lock)) {
				try {
					unlinkSync(lock);
				} catch {
					// Another process broke it first.
				}
				continue;
			}
			if (Date.now() > deadline) return undefined;
			pause(5);
		}
	}
	try {
		return work();
	} finally {
		try {
			unlinkSync(lock);
		} catch {
			// Gone already: nothing to release.
		}
	}
}

/** Temporary files a writer killed mid-write left beside the file (NAME.<pid>.<n>.tmp of a dead pid). */
function removeLeftovers(path: string): void {
	const name = basename(path);
	let entries: string[];
	try {
		entries = readdirSync(dirname(path));
	} catch {
		return;
	}
	for (const entry of entries) {
		if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
		const pid = Number(entry.slice(name.length + 1).split('.')[0]);
		if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
			try {
				unlinkSync(join(dirname(path), entry));
			} catch {
				// Someone else cleaned it.
			}
		}
	}
}

/**
 * Creates a folder and the folders above it that are missing, one at a time: mkdirSync's recursive
 * option loops for ever on Node 20 on some paths it cannot create (under /proc, for one).
 */
function makeFolders(folder: string): void {
	try {
		mkdirSync(folder);
	} catch (error) {
		const code = errorCode(error);
		if (code === 'EEXIST') return;
		if (code !== 'ENOENT' || dirname(folder) === folder) throw error;
		makeFolders(dirname(folder));
		mkdirSync(folder);
	}
}

/** What reading the file on disk gave: a decision (empty when there is no file), and whether it could be read. */
type OnDisk = {readonly decision: Decision; readonly updated?: string; readonly exists: boolean};

/** A decision read from its file, with what the reader must be told about it. */
export type OpenedDecision = {
	readonly decision: Decision;
	/** When it last changed, as the file says. */
	readonly updated: string | undefined;
	/** One line each, for stderr and the screen: a file moved aside, a file that cannot be written. */
	readonly messages: readonly string[];
	/** False when saving would overwrite something that could not be moved aside. */
	readonly writable: boolean;
};

/** Moves an unreadable file aside as NAME.unreadable-<time>; the new name, or the error. */
function moveAside(path: string, now: Date): {moved: string} | {error: string} {
	const moved = `${path}.unreadable-${fileTime(now)}`;
	try {
		renameSync(path, moved);
		return {moved};
	} catch (error) {
		return {error: errorCode(error)};
	}
}

/**
 * Reads the file, or says why it cannot: missing is an empty decision; unreadable is moved aside
 * (and said); a file that cannot even be opened (no permission) makes the decision read-only.
 */
function readOnDisk(path: string, now: Date, messages: string[]): OnDisk & {readonly writable: boolean} {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT') return {decision: emptyDecision, exists: false, writable: true};
		messages.push(`cannot read the decision file ${path} (${code}); nothing will be saved to it`);
		return {decision: emptyDecision, exists: true, writable: false};
	}
	const read = readDecisionText(text);
	if (read.ok)
		return {decision: read.decision, exists: true, writable: true, ...(read.updated ? {updated: read.updated} : {})};
	const aside = moveAside(path, now);
	if ('moved' in aside) {
		messages.push(
			`the decision file ${path} could not be read (${read.reason}); it was moved aside to ${basename(aside.moved)} and a new decision begins`,
		);
		return {decision: emptyDecision, exists: false, writable: true};
	}
	messages.push(
		`the decision file ${path} could not be read (${read.reason}) nor moved aside (${aside.error}); nothing will be saved to it`,
	);
	return {decision: emptyDecision, exists: true, writable: false};
}

/** Opens the decision kept in a file: reads it, moving aside one that cannot be read. */
export function openDecision(path: string, now: Date = new Date()): OpenedDecision {
	removeLeftovers(path);
	const messages: string[] = [];
	const disk = readOnDisk(path, now, messages);
	return {decision: disk.decision, updated: disk.updated, messages, writable: disk.writable};
}

/** What the file says about its comparison. */
export type KeeperAbout = {readonly title: string; readonly source: string};

/** What a keeper needs. */
export type KeeperOptions = {
	readonly path: string;
	readonly about: KeeperAbout;
	/** The decision as opened: what is on disk now, so what the reader changes from it is theirs. */
	readonly opened: OpenedDecision;
	/** Create the folder if it is missing (the XDG one; a folder the reader named must exist). */
	readonly makeFolder: boolean;
	/** At most this long between a change and its save (default 250 ms). */
	readonly delay?: number;
	/** Called with each thing the reader should be told while deciding (a save that failed). */
	readonly onMessage?: (message: string) => void;
	/** The clock, for tests. */
	readonly now?: () => Date;
};

/**
 * Keeps a decision on disk as it changes: each change is saved within `delay`, merged with what
 * another process saved meanwhile; flush() saves at once (on every way out).
 */
export class DecisionKeeper {
	#base: Decision;
	#current: Decision;
	#timer: NodeJS.Timeout | undefined;
	#writable: boolean;
	#failed = false;
	readonly #options: KeeperOptions;

	constructor(options: KeeperOptions) {
		this.#options = options;
		this.#base = options.opened.decision;
		this.#current = options.opened.decision;
		this.#writable = options.opened.writable;
	}

	/** The decision as the reader has it now. */
	get decision(): Decision {
		return this.#current;
	}

	/** The reader changed the decision: saved within the delay. */
	change(decision: Decision): void {
		this.#current = decision;
		if (this.#timer !== undefined || !this.#writable) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.flush();
		}, this.#options.delay ?? 250);
		// A pending save must not keep the process alive: the exit saves it.
		this.#timer.unref();
	}

	/** Saves now what changed since the last save (nothing when nothing did). */
	flush(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
		const mine = this.#current;
		if (!this.#writable || sameDecision(mine, this.#base)) return;
		const {path} = this.#options;
		try {
			if (this.#options.makeFolder) makeFolders(dirname(path));
			const saved = withLock(path, () => {
				const now = this.#options.now?.() ?? new Date();
				const messages: string[] = [];
				const disk = readOnDisk(path, now, messages);
				for (const message of messages) this.#options.onMessage?.(message);
				if (!disk.writable) return false;
				const merged = mergeDecisions(this.#base, mine, disk.decision);
				if (!disk.exists || !sameDecision(merged, disk.decision))
					writeAtomically(path, decisionText(merged, {...this.#options.about, updated: now.toISOString()}));
				return true;
			});
			if (saved === undefined) {
				// Another process holds the lock: try again in a moment.
				this.change(mine);
				return;
			}
			if (!saved) {
				this.#writable = false;
				return;
			}
			this.#base = mine;
			this.#failed = false;
		} catch (error) {
			// Said once, not at every key; the next change tries again.
			if (!this.#failed) this.#options.onMessage?.(`cannot save the decision to ${path} (${errorCode(error)})`);
			this.#failed = true;
		}
	}
}
