// Deciding for real: the built CLI in a pseudo-terminal, the decision matrix driven by keys, the
// decision file read back, by the browser again and by --verdict. Every test has a data folder of
// its own (XDG_DATA_HOME), never the real home.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {cellOf, type Decision, rowKey, weightOf} from '../model/decision.js';
import {readDecisionText} from '../model/decision-file.js';
import {bundledPlace, decisionFileFor, decisionsFolder, placeOf} from '../store/decision-store.js';
import {childrenOf, eventually, inShell, processState, Session} from '../test-support/pty.js';
import {bundledFile, runCli} from '../test-support/run-cli.js';

const standing = rowKey({section: 'summary', criterion: 'Standing', occurrence: 1});
const concurrency = rowKey({section: 'summary', criterion: 'Concurrency model', occurrence: 1});

const sessions: Session[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

function dataHome(): {env: Record<string, string>; file: string} {
	const folder = mkdtempSync(join(tmpdir(), 'tradeoff-deciding-'));
	return {env: {XDG_DATA_HOME: folder}, file: decisionFileFor(bundledPlace, decisionsFolder({XDG_DATA_HOME: folder}))};
}

function open(env: Record<string, string>, args: string[] = []): Session {
	const session = new Session(args, {cols: 100, rows: 30, env});
	sessions.push(session);
	return session;
}

/** The decision in a file, or undefined while there is none (or it does not parse: the tests say which). */
function onDisk(file: string): Decision | undefined {
	if (!existsSync(file)) return undefined;
	const read = readDecisionText(readFileSync(file, 'utf8'));
	if (!read.ok) throw new Error(read.reason);
	return read.decision;
}

/** The verdict's lines on screen: one per subject, "rank name score coverage". */
function verdictOnScreen(
	screen: string,
): {rank: number | null; name: string; score: number | null; coverage: number | null}[] {
	const lines = screen.split('\n');
	const start = lines.findIndex((line) => line.startsWith('Verdict'));
	const found = [];
	for (const line of lines.slice(start + 1)) {
		const match = /^ {0,1}(\d+|-) {2}(.+?) +(\d+(?:\.\d)?%|not scored)(?:.*coverage (\d+(?:\.\d)?)%)?$/.exec(line);
		if (!match) break;
		found.push({
			rank: match[1] === '-' ? null : Number(match[1]),
			name: (match[2] ?? '').trim(),
			score: match[3] === 'not scored' ? null : Number.parseFloat(match[3] ?? ''),
			coverage: match[4] === undefined ? null : Number(match[4]),
		});
	}
	return found;
}

describe('the decision matrix in a terminal', () => {
	test('score, weigh and note some cells, quit; open again: the same verdict; --verdict --format json agrees, figure for figure', async () => {
		const {env, file} = dataHome();
		const first = open(env);
		await first.waitFor('Summary 1/7');
		first.press('D');
		await first.waitFor('Not scored yet');
		// FastAPI's Standing 4, Litestar's 2; Concurrency model weighs 3, Litestar (silent there) 5 with a note.
		first.press('4');
		await first.waitFor(/ 1 {2}FastAPI +80%/);
		first.press('l2');
		await first.waitFor(/ 2 {2}Litestar +40%/);
		first.press('j++');
		await first.waitFor(/▶ Concurrency model +███░░/);
		first.press('a');
		await first.waitFor('✎ note:');
		first.press('checked: fully async');
		first.press('\r');
		await first.waitFor('- ✎ checked');
		first.press('5');
		await first.waitFor('Litestar leads at 85%, 5 points ahead of FastAPI (80%).');
		// 27 rows, one weighing 3: 29. Litestar: (2 + 3 × 5) / (5 + 3 × 5), on 4 of 29; FastAPI: 4/5 on 1.
		const verdict = verdictOnScreen(first.text());
		expect(verdict, first.text()).toEqual([
			{rank: 1, name: 'Litestar', score: 85, coverage: 13.8},
			{rank: 2, name: 'FastAPI', score: 80, coverage: 3.4},
			{rank: null, name: 'Django Ninja', score: null, coverage: null},
		]);
		first.press('q');
		await first.waitFor('Summary 1/7');
		first.press('q');
		expect((await first.waitForExit()).exitCode).toBe(0);

		const decision = onDisk(file);
		expect(decision && cellOf(decision, standing, 'fastapi')).toEqual({score: 4});
		expect(decision && cellOf(decision, standing, 'litestar')).toEqual({score: 2});
		expect(decision && weightOf(decision, concurrency)).toBe(3);
		expect(decision && cellOf(decision, concurrency, 'litestar')).toEqual({score: 5, note: 'checked: fully async'});

		const second = open(env);
		await second.waitFor('Summary 1/7');
		second.press('D');
		await second.waitFor('Litestar leads at 85%');
		expect(verdictOnScreen(second.text())).toEqual(verdict);
		// The note fills in the silent cell in the section's own table, as the reader's: Enter
		// opens the row there.
		second.press('j\r');
		await second.waitFor((screen) => !screen.includes('Litestar leads'));
		expect(second.text()).toMatch(/Concurrency +│ Asynchronous, with.* +│ ✎ checked: fully async +│ Synchronous/);
		// Opened as the evidence view opens a row: marked (in reverse video) until the next key.
		const marked = second.screen().findIndex((line) => line.startsWith('Concurrency'));
		expect(second.inverse(marked, 0)).toBe(true);
		second.press('q');
		await second.waitForExit();

		const json = JSON.parse((await runCli(['--verdict', '--format', 'json'], {env})).stdout);
		const figures = json.subjects
			.map((subject: {name: string; score: number | null; coverage: number; rank: number | null}) => ({
				rank: subject.rank,
				name: subject.name,
				score: subject.score,
				coverage: subject.score === null ? null : subject.coverage,
			}))
			.sort((a: {rank: number | null}, b: {rank: number | null}) => (a.rank ?? 99) - (b.rank ?? 99));
		expect(figures).toEqual(verdict);
	});

	test('two processes scoring different cells of one comparison: both scores end up in the file', async () => {
		const {env, file} = dataHome();
		const a = open(env);
		const b = open(env);
		await a.waitFor('Summary 1/7');
		await b.waitFor('Summary 1/7');
		// Both have read the (missing) file before either saves.
		a.press('D');
		b.press('D');
		await a.waitFor('Not scored yet');
		await b.waitFor('Not scored yet');
		a.press('4');
		await a.waitFor(/ 1 {2}FastAPI +80%/);
		// On disk within a second, while both still run.
		await eventually(
			() => onDisk(file),
			(decision) => decision !== undefined && cellOf(decision, standing, 'fastapi').score === 4,
			1_000,
		);
		b.press('jl3');
		await b.waitFor(/ 1 {2}Litestar +60%/);
		await eventually(
			() => onDisk(file),
			(decision) => decision !== undefined && cellOf(decision, concurrency, 'litestar').score === 3,
			1_000,
		);
		for (const session of [a, b]) {
			session.press('qq');
			expect((await session.waitForExit()).exitCode).toBe(0);
		}
		const decision = onDisk(file);
		expect(decision && cellOf(decision, standing, 'fastapi')).toEqual({score: 4});
		expect(decision && cellOf(decision, concurrency, 'litestar')).toEqual({score: 3});
		const json = JSON.parse((await runCli(['--verdict', '-f', 'json'], {env})).stdout);
		expect(json.subjects.map((subject: {score: number | null}) => subject.score)).toEqual([80, 60, null]);
	});

	test.each([
		['q', (session: Session) => session.press('qq'), 0],
		['Ctrl-C', (session: Session) => session.press('\u0003'), 130],
		['SIGTERM', (session: Session) => session.kill('SIGTERM'), 143],
		['SIGHUP', (session: Session) => session.kill('SIGHUP'), 129],
	] as const)('a change made a moment before %s is on disk after it', async (_, leave, code) => {
		const {env, file} = dataHome();
		const session = open(env);
		await session.waitFor('Summary 1/7');
		session.press('D');
		await session.waitFor('Not scored yet');
		session.press('3');
		await session.waitFor(/ 1 {2}FastAPI +60%/);
		// At once: well before the save a change waits for (a quarter of a second).
		leave(session);
		const exit = await session.waitForExit();
		expect(exit.exitCode === code || exit.signal === code - 128, JSON.stringify(exit)).toBe(true);
		expect(cellOf(onDisk(file) as Decision, standing, 'fastapi')).toEqual({score: 3});
	});

	test('Ctrl-Z: the decision is on disk while tradeoff is stopped', async () => {
		const {env, file} = dataHome();
		const shell = new Session([], {bash: true, cols: 100, rows: 30, env});
		sessions.push(shell);
		await shell.waitFor('$ ');
		shell.press('node "$TRADEOFF"\r');
		const [pid] = await eventually(
			() => childrenOf(shell.process.pid),
			(children) => children.length === 1,
		);
		await shell.waitFor('Summary 1/7');
		shell.press('D');
		await shell.waitFor('Not scored yet');
		shell.press('5');
		await shell.waitFor(/ 1 {2}FastAPI +100%/);
		shell.press('\u001a');
		await shell.waitFor(/Stopped +node/);
		expect(processState(pid as number)).toBe('T');
		expect(cellOf(onDisk(file) as Decision, standing, 'fastapi')).toEqual({score: 5});
		shell.press('fg\r');
		await shell.waitFor('FastAPI is the only subject scored');
		shell.press('qq');
		await shell.waitFor('$ ');
	});

	test('a damaged decision file: moved aside, said on screen and on stderr, and a fresh decision begins', async () => {
		const {env, file} = dataHome();
		mkdirSync(join(file, '..'), {recursive: true});
		writeFileSync(file, '{"format": "tradeoff-decision", "version": 3, "rows": []}');
		const session = inShell('', {cols: 120, rows: 30, env});
		sessions.push(session);
		await session.waitFor('the decision file could not be read: moved aside, a new decision begins (see stderr)');
		session.press('D');
		await session.waitFor('Not scored yet');
		session.press('1');
		await session.waitFor(/ 1 {2}FastAPI +20%/);
		session.press('qq');
		await session.waitFor('status=0');
		expect(session.text()).toContain(
			'could not be read (it was written by a newer tradeoff (format version 3; this one reads 1))',
		);
		const aside = readdirSync(join(file, '..')).filter((entry) => entry.includes('.unreadable-'));
		expect(aside).toHaveLength(1);
		expect(readFileSync(join(file, '..', aside[0] as string), 'utf8')).toBe(
			'{"format": "tradeoff-decision", "version": 3, "rows": []}',
		);
		expect(cellOf(onDisk(file) as Decision, standing, 'fastapi')).toEqual({score: 1});
	});

	test('a comparison opened from a list keeps its decision by its own path', async () => {
		const {env} = dataHome();
		const folder = mkdtempSync(join(tmpdir(), 'tradeoff-list-'));
		const one = join(folder, 'one.json');
		writeFileSync(one, readFileSync(bundledFile));
		writeFileSync(join(folder, 'two.json'), readFileSync(bundledFile));
		const session = open(env, [folder]);
		// The list names the comparisons by title; they are in name order: one.json first.
		await session.waitFor('2 comparisons');
		session.press('\r');
		await session.waitFor('Summary 1/7');
		session.press('D');
		await session.waitFor('Not scored yet');
		session.press('2');
		await session.waitFor(/ 1 {2}FastAPI +40%/);
		session.press('q');
		await session.waitFor('Summary 1/7');
		session.press('\u001b');
		await session.waitFor('2 comparisons');
		session.press('q');
		await session.waitForExit();
		const path = decisionFileFor(placeOf(one, {isUrl: false}), decisionsFolder(env));
		expect(cellOf(onDisk(path) as Decision, standing, 'fastapi')).toEqual({score: 2});
		const json = JSON.parse((await runCli(['--verdict', '-f', 'json', one], {env})).stdout);
		expect(json.subjects[0].score).toBe(40);
	});
});
