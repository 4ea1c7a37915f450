import {expect, test} from 'vitest';
import {Role, span} from '../layout/styled.js';
import {layoutTable} from '../layout/table.js';
import {brokenWords, shortBrokenWords} from './broken-words.js';

const table = (cell: string) => ({header: [[span('')], [span('a')]], rows: [[[span('x')], [span(cell)]]]});

test('a word the width broke inside a cell is found whole, with the line its cell starts on', () => {
	// At 14 columns the table is stacked rather than break 'Programmatic' (1 + 3 + 12 = 16)...
	expect(brokenWords(layoutTable(table('Virtual Programmatic'), {width: 14}))).toEqual([]);
	// ...so here the word is broken by lines made by hand, as a layout that broke it would draw them.
	const lines = [
		[span('x'), span(' │ ', Role.border), span('Virtual Progra')],
		[span(' '), span(' │ ', Role.border), span('', Role.wrappedInWord), span('mmatic things')],
	];
	expect(brokenWords(lines)).toEqual([{word: 'Programmatic', line: 0}]);
	expect(shortBrokenWords(lines, 11)).toEqual([]);
	expect(shortBrokenWords(lines, 12)).toEqual([{word: 'Programmatic', line: 0}]);
});

test('a line continued at a space breaks no word; a break beside an ideograph breaks none', () => {
	const wrapped = [
		[span('x'), span(' │ ', Role.border), span('one two')],
		[span(' '), span(' │ ', Role.border), span('', Role.wrapped), span('three')],
	];
	expect(brokenWords(wrapped)).toEqual([]);
	const cjk = [
		[span('x'), span(' │ ', Role.border), span('中文cache_')],
		[span(' '), span(' │ ', Role.border), span('', Role.wrappedInWord), span('control')],
		[span(' '), span(' │ ', Role.border), span('', Role.wrappedInWord), span('的句子')],
	];
	expect(brokenWords(cjk)).toEqual([{word: 'cache_control', line: 0}]);
});

test('each column is read on its own, and a line outside a table ends the cells above it', () => {
	const lines = [
		[span('ab'), span(' │ ', Role.border), span('cd')],
		[span('', Role.wrappedInWord), span('ef'), span(' │ ', Role.border), span('gh')],
		[span('prose')],
		[span('', Role.wrappedInWord), span('ij'), span(' │ ', Role.border), span('kl')],
	];
	expect(brokenWords(lines)).toEqual([{word: 'abef', line: 0}]);
});
