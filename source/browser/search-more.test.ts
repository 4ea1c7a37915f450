import {expect, test} from 'vitest';
import {Role} from '../layout/styled.js';
import {defaultView} from '../model/view.js';
import {documentOf, tiny} from '../test-support/fixtures.js';
import {SearchIndex, searchText} from './search.js';

const cell = (text: string, role: number = Role.none, subject: string | undefined = 'a') => ({text, role, subject});

test('a continuation mark after text on its line does not join that text to the line above', () => {
	// Only a mark that starts a run (before any text of it) continues the text above.
	const lines = [[cell('alpha')], [cell('beta'), cell('', Role.wrapped), cell('gamma')]];
	const index = new SearchIndex([lines]);
	expect(index.search('alpha beta')).toEqual([]);
	expect(index.search('betagamma')).toEqual([{section: 0, subject: 'a', line: 1, start: 0, end: 9}]);
});

test('a one-letter query lists every text that holds it and nothing else: title, prose, criterion, cells', () => {
	const comparison = tiny(
		[
			{id: 'a', name: 'A'},
			{id: 'b', name: 'B'},
		],
		[{a: 'fast', b: 'slow'}],
	);
	const small = documentOf(comparison);
	const hits = (query: string) =>
		searchText(small, comparison.sections, defaultView(comparison), query).map((hit) => `${hit.place}: ${hit.text}`);
	expect(hits('o')).toEqual([
		'Only › prose: Only',
		'Only › prose: Prose.',
		'Only › criterion: Row 1',
		'Only › B: Row 1: slow',
	]);
	expect(hits('s')).toEqual(['Only › prose: Prose.', 'Only › A: Row 1: fast', 'Only › B: Row 1: slow']);
	// A section without a body: its title is its only prose.
	const bare = {comparison, bodies: new Map()};
	expect(searchText(bare, comparison.sections, defaultView(comparison), 'e').map((hit) => hit.text)).toEqual([]);
});
