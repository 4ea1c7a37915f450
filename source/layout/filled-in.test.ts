// The reader's notes on cells the source is silent on, in the section's own table: shown as theirs
// (a ✎ and a style of their own), never as if the source said it.
import {describe, expect, test} from 'vitest';
import {emptyDecision, filledIn, type RowName, withNote} from '../model/decision.js';
import {defaultView, type View} from '../model/view.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {sectionLines} from './document.js';
import {lineText, Role} from './styled.js';

const document = bundledDocument();
const {comparison} = document;
const performance = comparison.sections.find((section) => section.id === 'performance');
const throughput: RowName = {section: 'performance', criterion: 'Throughput', occurrence: 1};

function viewWith(notes: readonly [string, string][]): View {
	let decision = emptyDecision;
	for (const [subject, note] of notes) decision = withNote(decision, throughput, subject, note);
	return {...defaultView(comparison), filledIn: filledIn(decision, comparison)};
}

function lines(view: View, ascii = false) {
	if (!performance) throw new Error('no performance section');
	return sectionLines(document, performance, {width: 160, view, ascii});
}

describe('a silent cell the reader filled in', () => {
	test('shows their note after a ✎, in their own style, where "not stated" stood', () => {
		const before = lines(defaultView(comparison));
		const after = lines(viewWith([['litestar', '3k req/s']]));
		const row = (all: typeof before) => all.find((line) => lineText(line).startsWith('Throughput'));
		expect(lineText(row(before) ?? [])).toContain('not stated in the source');
		const filled = row(after) ?? [];
		expect(lineText(filled)).toContain('✎ 3k req/s');
		expect(lineText(filled)).not.toContain('not stated in the source');
		const own = filled.filter((piece) => piece.role & Role.own);
		expect(own.map((piece) => piece.text).join('')).toBe('✎ 3k req/s');
		// Its cell is the subject's, as any cell is: search says whose it is.
		expect(own.every((piece) => piece.subject === 'litestar')).toBe(true);
	});

	test('a note on a cell the source speaks to leaves the source’s words there', () => {
		const after = lines(viewWith([['fastapi', 'my doubt']]));
		expect(after.map(lineText).join('\n')).not.toContain('my doubt');
		expect(after.map(lineText).join('\n')).toContain('1,200 concurrent');
	});

	test('in ASCII the mark is a word', () => {
		const after = lines(viewWith([['litestar', 'mine']]), true);
		expect(after.map(lineText).join('\n')).toContain('you: mine');
	});

	test('without notes the table is as it was', () => {
		expect(lines(viewWith([])).map(lineText)).toEqual(lines(defaultView(comparison)).map(lineText));
	});
});
