import {describe, expect, test} from 'vitest';
import {isNotStated, isNotStatedText, notStatedText} from './not-stated.js';

describe('not stated', () => {
	test('null, and the old words in any case with or without a full stop, are not stated', () => {
		for (const cell of [
			null,
			'Not stated in the source',
			'not stated in the source.',
			'NOT STATED IN THE SOURCE',
			'  Not Stated In The Source.  ',
			`*${notStatedText}*`,
			'_Not stated in the source._',
			'',
			'   ',
		])
			expect(isNotStated(cell), JSON.stringify(cell)).toBe(true);
	});

	test('a cell that says anything more, or cites, or carries a figure, states something', () => {
		for (const cell of [
			'Not stated for Django Ninja; Django itself: 600 requests per second',
			'Not stated in the source [1]',
			'not stated in the sources',
			'Not stated in the source..',
			'*Not stated in the source_',
			'Not stated',
			{text: 'Not stated in the source', refs: [1]},
			{text: 'Not stated in the source', value: 0, unit: '%'},
		])
			expect(isNotStated(cell), JSON.stringify(cell)).toBe(false);
		expect(isNotStated({text: 'not stated in the source.'})).toBe(true);
		expect(isNotStated({text: 'Not stated in the source', refs: []})).toBe(true);
	});

	test('the text test is the same test on a string', () => {
		expect(isNotStatedText(notStatedText)).toBe(true);
		expect(isNotStatedText('Asynchronous')).toBe(false);
	});
});
