import {mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {rememberBackground, rememberedBackground} from './background.js';

const cache = () => ({TRADEOFF_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tradeoff-background-')), TERM: 'xterm-256color'});

describe("the terminal's background, kept for the next session", () => {
	test('what a terminal answered is what it is remembered by; another terminal has none', () => {
		const env = cache();
		expect(rememberedBackground(env)).toBeUndefined();
		rememberBackground(env, 'light');
		expect(rememberedBackground(env)).toBe('light');
		rememberBackground(env, 'dark');
		expect(rememberedBackground(env)).toBe('dark');
		for (const other of [{TERM_PROGRAM: 'iTerm.app'}, {LC_TERMINAL: 'iTerm2'}, {TERM: 'xterm-kitty'}, {TMUX: '/tmp/x'}])
			expect(rememberedBackground({...env, ...other})).toBeUndefined();
	});

	test('one file a terminal, written only when the answer changes', () => {
		const env = cache();
		rememberBackground(env, 'light');
		const [file] = readdirSync(env.TRADEOFF_CACHE_DIR);
		expect(file).toMatch(/^background-[0-9a-f]{16}$/);
		const path = join(env.TRADEOFF_CACHE_DIR, file as string);
		utimesSync(path, 1_000_000, 1_000_000);
		rememberBackground(env, 'light');
		expect(statSync(path).mtimeMs).toBe(1_000_000_000);
		rememberBackground(env, 'dark');
		expect(statSync(path).mtimeMs).not.toBe(1_000_000_000);
		expect(readdirSync(env.TRADEOFF_CACHE_DIR)).toEqual([file]);
	});

	test('with the cache off nothing is kept; a damaged entry is none', () => {
		const off = {...cache(), TRADEOFF_CACHE: '0'};
		rememberBackground(off, 'light');
		expect(readdirSync(off.TRADEOFF_CACHE_DIR)).toEqual([]);
		expect(rememberedBackground(off)).toBeUndefined();
		const env = cache();
		rememberBackground(env, 'light');
		const [file] = readdirSync(env.TRADEOFF_CACHE_DIR);
		writeFileSync(join(env.TRADEOFF_CACHE_DIR, file as string), 'lightish');
		expect(rememberedBackground(env)).toBeUndefined();
	});
});

test('a terminal that did not answer is forgotten', () => {
	const env = cache();
	rememberBackground(env, 'light');
	rememberBackground(env, undefined);
	expect(rememberedBackground(env)).toBeUndefined();
	expect(readdirSync(env.TRADEOFF_CACHE_DIR)).toEqual([]);
	// Forgetting what was never kept is nothing.
	rememberBackground(env, undefined);
});
