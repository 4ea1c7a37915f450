// The decision on disk, in temporary folders (XDG_DATA_HOME pointed at them; never the real home).
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import fc from 'fast-check';
import {afterEach, describe, expect, test} from 'vitest';
import {
	cellOf,
	type Decision,
	emptyDecision,
	rowKey,
	weightOf,
	withNote,
	withScore,
	withWeight,
} from '../model/decision.js';
import {decisionText, readDecisionText} from '../model/decision-file.js';
import {
	bundledPlace,
	DecisionKeeper,
	decisionFileFor,
	decisionsFolder,
	fileTime,
	type KeeperOptions,
	openDecision,
	placeOf,
	writeAtomically,
} from './decision-store.js';

const place = {section: 'performance', criterion: 'Throughput', occurrence: 1};
const key = rowKey(place);
const about = {title: 'T', source: '/x/t.json'};

function folder(): string {
	return mkdtempSync(join(tmpdir(), 'tradeoff-decisions-'));
}

function onDisk(path: string): Decision {
	const read = readDecisionText(readFileSync(path, 'utf8'));
	if (!read.ok) throw new Error(read.reason);
	return read.decision;
}

const keepers: DecisionKeeper[] = [];
afterEach(() => {
	for (const keeper of keepers.splice(0)) keeper.flush();
});

function keeper(path: string, options: Partial<KeeperOptions> = {}): DecisionKeeper {
	const made = new DecisionKeeper({path, about, opened: openDecision(path), makeFolder: true, ...options});
	keepers.push(made);
	return made;
}

describe('where decisions are kept', () => {
	test('$XDG_DATA_HOME/tradeoff/decisions, else ~/.local/share/tradeoff/decisions; a relative XDG_DATA_HOME is ignored', () => {
		expect(decisionsFolder({XDG_DATA_HOME: '/data/me'})).toBe('/data/me/tradeoff/decisions');
		expect(decisionsFolder({})).toBe(join(homedir(), '.local', 'share', 'tradeoff', 'decisions'));
		expect(decisionsFolder({XDG_DATA_HOME: ''})).toBe(join(homedir(), '.local', 'share', 'tradeoff', 'decisions'));
		expect(decisionsFolder({XDG_DATA_HOME: 'relative/data'})).toBe(
			join(homedir(), '.local', 'share', 'tradeoff', 'decisions'),
		);
	});

	test('one file per place, named by a hash: no place names a file outside the folder', () => {
		const decisions = '/data/tradeoff/decisions';
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.constantFrom('../../etc/passwd', '/', '', '\u0000', 'a/../../b', 'https://x/../../y')),
				(where) => {
					const file = decisionFileFor(where, decisions);
					expect(dirname(file)).toBe(decisions);
					expect(basename(file)).toMatch(/^[0-9a-f]{32}\.json$/);
				},
			),
		);
		expect(decisionFileFor('/a.json', decisions)).toBe(decisionFileFor('/a.json', decisions));
		expect(decisionFileFor('/a.json', decisions)).not.toBe(decisionFileFor('/b.json', decisions));
	});

	test('the place a comparison was read: a real path, a URL as written by the parser, stdin by its bytes, the bundled one by name', () => {
		const here = folder();
		const file = join(here, 'compare.md');
		writeFileSync(file, '# x');
		symlinkSync(file, join(here, 'link.md'));
		expect(placeOf(file, {isUrl: false})).toBe(file);
		// The same file by a link, or by a path with detours, is the same comparison.
		expect(placeOf(join(here, 'link.md'), {isUrl: false})).toBe(file);
		expect(placeOf(join(here, '.', '..', basename(here), 'compare.md'), {isUrl: false})).toBe(file);
		expect(placeOf(join(here, 'missing.md'), {isUrl: false})).toBe(join(here, 'missing.md'));
		expect(placeOf('HTTPS://Example.com/a/../b.md', {isUrl: true})).toBe('https://example.com/b.md');
		expect(placeOf('-', {isUrl: false, stdin: new TextEncoder().encode('# A')})).toBe(
			placeOf('-', {isUrl: false, stdin: new TextEncoder().encode('# A')}),
		);
		expect(placeOf('-', {isUrl: false, stdin: new TextEncoder().encode('# A')})).toMatch(/^stdin:sha256:[0-9a-f]{64}$/);
		expect(placeOf('-', {isUrl: false, stdin: new TextEncoder().encode('# B')})).not.toBe(
			placeOf('-', {isUrl: false, stdin: new TextEncoder().encode('# A')}),
		);
		expect(placeOf(undefined, {isUrl: false})).toBe(bundledPlace);
	});

	test('a time for a file name has no colon', () => {
		expect(fileTime(new Date('2026-12-06T10:15:30.123Z'))).toBe('20261206T101530Z');
	});
});

describe('opening a decision', () => {
	test('no file yet: an empty decision, nothing to say', () => {
		const opened = openDecision(join(folder(), 'none.json'));
		expect(opened).toEqual({decision: emptyDecision, updated: undefined, messages: [], writable: true});
	});

	test('a file of ours: its decision and when it changed', () => {
		const path = join(folder(), 'd.json');
		writeFileSync(
			path,
			decisionText(withScore(emptyDecision, place, 'a', 3), {...about, updated: '2026-01-02T00:00:00.000Z'}),
		);
		const opened = openDecision(path);
		expect(cellOf(opened.decision, key, 'a')).toEqual({score: 3});
		expect(opened.updated).toBe('2026-01-02T00:00:00.000Z');
		expect(opened.messages).toEqual([]);
	});

	test.each([
		['damaged', '{"format": "tradeoff-decision", "version": 1, "rows": [', 'it is not JSON'],
		[
			'from a newer tradeoff',
			'{"format": "tradeoff-decision", "version": 7, "rows": []}',
			'written by a newer tradeoff (format version 7',
		],
		['not ours', '{"title": "a comparison"}', 'it is not a tradeoff decision file'],
	])('%s: moved aside as NAME.unreadable-<time>, untouched, said, and a fresh decision begins', (_, text, why) => {
		const here = folder();
		const path = join(here, 'd.json');
		writeFileSync(path, text);
		const opened = openDecision(path, new Date('2026-12-06T10:15:30Z'));
		expect(opened.decision).toBe(emptyDecision);
		expect(opened.writable).toBe(true);
		expect(existsSync(path)).toBe(false);
		expect(readFileSync(join(here, 'd.json.unreadable-20261206T101530Z'), 'utf8')).toBe(text);
		expect(opened.messages).toHaveLength(1);
		expect(opened.messages[0]).toContain(`the decision file ${path} could not be read (`);
		expect(opened.messages[0]).toContain(why);
		expect(opened.messages[0]).toContain('moved aside to d.json.unreadable-20261206T101530Z and a new decision begins');
	});

	test('a file that cannot be read at all is never written over', () => {
		const here = folder();
		const path = join(here, 'd.json');
		mkdirSync(path);
		const opened = openDecision(path);
		expect(opened.writable).toBe(false);
		expect(opened.messages[0]).toMatch(
			/cannot read the decision file .*d\.json \(EISDIR\); nothing will be saved to it/,
		);
		const kept = keeper(path, {opened});
		kept.change(withScore(emptyDecision, place, 'a', 1));
		kept.flush();
		expect(readdirSync(path)).toEqual([]);
	});

	test('temporary files a killed writer left are cleaned; a live writer’s are not', () => {
		const here = folder();
		const path = join(here, 'd.json');
		writeFileSync(`${path}.999999999.1.tmp`, 'half');
		writeFileSync(`${path}.${process.pid}.1.tmp`, 'mine');
		writeFileSync(join(here, 'other.json.999999999.1.tmp'), 'not ours');
		openDecision(path);
		expect(readdirSync(here).sort()).toEqual([`d.json.${process.pid}.1.tmp`, 'other.json.999999999.1.tmp']);
	});
});

describe('keeping a decision', () => {
	test('a change is on disk within the delay, whole; the folder is made if missing', async () => {
		const path = join(folder(), 'deep', 'er', 'd.json');
		const kept = keeper(path, {delay: 30});
		kept.change(withScore(emptyDecision, place, 'a', 4));
		expect(existsSync(path)).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(cellOf(onDisk(path), key, 'a')).toEqual({score: 4});
		const data = JSON.parse(readFileSync(path, 'utf8'));
		expect(data).toMatchObject({format: 'tradeoff-decision', version: 1, comparison: about});
		expect(Number.isNaN(Date.parse(data.updated))).toBe(false);
		expect(readdirSync(dirname(path))).toEqual(['d.json']);
	});

	test('flush saves at once; nothing changed, nothing written', () => {
		const path = join(folder(), 'd.json');
		const kept = keeper(path);
		kept.flush();
		expect(existsSync(path)).toBe(false);
		kept.change(withWeight(emptyDecision, place, 3));
		kept.flush();
		expect(weightOf(onDisk(path), key)).toBe(3);
		expect(kept.decision).toEqual(withWeight(emptyDecision, place, 3));
	});

	test('two processes on one comparison lose neither’s changes, field by field', () => {
		const path = join(folder(), 'd.json');
		const a = keeper(path);
		const b = keeper(path);
		let mine = withScore(emptyDecision, place, 'fastapi', 5);
		a.change(mine);
		a.flush();
		let theirs = withNote(withScore(emptyDecision, place, 'litestar', 2), place, 'fastapi', 'theirs');
		b.change(theirs);
		b.flush();
		expect(onDisk(path).rows.get(key)?.cells).toEqual({fastapi: {score: 5, note: 'theirs'}, litestar: {score: 2}});
		// A clears its score and weighs the row; B changes its own score again: both hold.
		mine = withWeight(withScore(mine, place, 'fastapi', undefined), place, 4);
		a.change(mine);
		a.flush();
		theirs = withScore(theirs, place, 'litestar', 3);
		b.change(theirs);
		b.flush();
		const row = onDisk(path).rows.get(key);
		expect(row?.weight).toBe(4);
		expect(row?.cells).toEqual({fastapi: {note: 'theirs'}, litestar: {score: 3}});
		// Both change the same cell: the later save wins.
		a.change(withScore(mine, place, 'django', 1));
		b.change(withScore(theirs, place, 'django', 2));
		a.flush();
		b.flush();
		expect(cellOf(onDisk(path), key, 'django').score).toBe(2);
	});

	test('a file made unreadable while deciding is moved aside, said, and the decision saved anew', () => {
		const here = folder();
		const path = join(here, 'd.json');
		const messages: string[] = [];
		const kept = keeper(path, {
			onMessage: (message) => messages.push(message),
			now: () => new Date('2026-12-06T10:15:30Z'),
		});
		kept.change(withScore(emptyDecision, place, 'a', 1));
		kept.flush();
		writeFileSync(path, '{"format": "tradeoff-decision", "version": 2}');
		kept.change(withScore(emptyDecision, place, 'a', 2));
		kept.flush();
		expect(messages).toHaveLength(1);
		expect(messages[0]).toContain('written by a newer tradeoff');
		expect(readFileSync(`${path}.unreadable-20261206T101530Z`, 'utf8')).toBe(
			'{"format": "tradeoff-decision", "version": 2}',
		);
		expect(cellOf(onDisk(path), key, 'a').score).toBe(2);
	});

	test('a lock a dead process left is broken; a live one is waited for, then the save comes later', async () => {
		const path = join(folder(), 'd.json');
		writeFileSync(`${path}.lock`, '999999999\n');
		const kept = keeper(path, {delay: 20});
		kept.change(withScore(emptyDecision, place, 'a', 1));
		kept.flush();
		expect(cellOf(onDisk(path), key, 'a').score).toBe(1);
		expect(existsSync(`${path}.lock`)).toBe(false);
		// A lock of a live process (this one): the save waits, gives up for now, and tries again.
		writeFileSync(`${path}.lock`, `${process.pid}\n`);
		kept.change(withScore(emptyDecision, place, 'a', 2));
		const started = Date.now();
		kept.flush();
		expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
		expect(cellOf(onDisk(path), key, 'a').score).toBe(1);
		const {unlinkSync} = await import('node:fs');
		unlinkSync(`${path}.lock`);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(cellOf(onDisk(path), key, 'a').score).toBe(2);
	});

	test('a save that fails is said once, and tried again at the next change', () => {
		const here = folder();
		const path = join(here, 'blocked', 'd.json');
		const messages: string[] = [];
		const kept = keeper(path, {onMessage: (message) => messages.push(message), makeFolder: false});
		// Since it was opened, a file took the folder's place: nothing can be written under it.
		writeFileSync(join(here, 'blocked'), '');
		kept.change(withScore(emptyDecision, place, 'a', 1));
		kept.flush();
		kept.change(withScore(emptyDecision, place, 'a', 2));
		kept.flush();
		expect(messages).toEqual([`cannot save the decision to ${path} (ENOTDIR)`]);
	});
});

describe('writing atomically', () => {
	test('the whole text, and no temporary file left', () => {
		const here = folder();
		const path = join(here, 'f.json');
		writeAtomically(path, 'one');
		writeAtomically(path, '表'.repeat(100_000));
		expect(readFileSync(path, 'utf8')).toBe('表'.repeat(100_000));
		expect(readdirSync(here)).toEqual(['f.json']);
	});

	test('a rename that fails leaves the old file and no temporary one', () => {
		const here = folder();
		const path = join(here, 'f.json');
		mkdirSync(path);
		writeFileSync(join(path, 'inside'), 'x');
		expect(() => writeAtomically(path, 'new')).toThrow();
		expect(readdirSync(here)).toEqual(['f.json']);
	});
});
