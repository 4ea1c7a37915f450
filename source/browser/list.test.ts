import {expect, test} from 'vitest';
import {lineText, lineWidth} from '../layout/styled.js';
import {bundledDocument, documentOf, tiny} from '../test-support/fixtures.js';
import {type ListEntry, listLine, listText} from './list.js';

const good: ListEntry = {name: 'docs/frameworks.json', document: bundledDocument()};
const tiny1: ListEntry = {name: 'one.md', document: documentOf(tiny([{id: 'a', name: 'Alpha'}], []))};
const broken: ListEntry = {name: 'docs/bad.json', error: 'docs/bad.json: invalid JSON: expected a value'};

test('printed: file, title and subjects apart by tabs; a broken one its error without its name twice', () => {
	expect(listText(good)).toBe(
		'docs/frameworks.json\tFastAPI vs Litestar vs Django Ninja for ML APIs\tFastAPI, Litestar, Django Ninja',
	);
	expect(listText(broken)).toBe('docs/bad.json\terror: invalid JSON: expected a value');
});

test('drawn: title and subjects first, the file while it fits, never wider than the width', () => {
	expect(lineText(listLine(good, 200))).toBe(
		'FastAPI vs Litestar vs Django Ninja for ML APIs — FastAPI, Litestar, Django Ninja  docs/frameworks.json',
	);
	expect(lineText(listLine(good, 60))).toBe('FastAPI vs Litestar vs Django Ninja for ML APIs — FastAPI, …');
	expect(lineText(listLine(broken, 80))).toBe('docs/bad.json invalid JSON: expected a value');
	for (let width = 1; width <= 120; width++) {
		expect(lineWidth(listLine(good, width))).toBeLessThanOrEqual(width);
		expect(lineWidth(listLine(broken, width))).toBeLessThanOrEqual(width);
	}
});

test('an entry that could not be read and says no more is shown as such', () => {
	const silent: ListEntry = {name: 'docs/gone.json'};
	expect(listText(silent)).toBe('docs/gone.json\terror: cannot be read');
	expect(lineText(listLine(silent, 80))).toBe('docs/gone.json cannot be read');
});

test('an error that does not start with the name is shown whole', () => {
	const other: ListEntry = {name: 'docs/a.json', error: 'permission denied'};
	expect(listText(other)).toBe('docs/a.json\terror: permission denied');
	expect(lineText(listLine(other, 80))).toBe('docs/a.json permission denied');
});

test('printed: a run of line breaks in an error becomes one space, so each entry stays one line', () => {
	const multiline: ListEntry = {name: 'x.md', error: 'x.md: line 3:\r\n  unexpected table\n\nend'};
	expect(listText(multiline)).toBe('x.md\terror: line 3:   unexpected table end');
});

test('drawn: a comparison without subjects shows its title and file only', () => {
	const none: ListEntry = {name: 'none.md', document: documentOf(tiny([], []))};
	expect(lineText(listLine(none, 80))).toBe('Tiny  none.md');
	expect(lineText(listLine(tiny1, 80))).toBe('Tiny — Alpha  one.md');
});

test('drawn: the file is shown when it fits exactly, and left out one column short', () => {
	const full =
		'FastAPI vs Litestar vs Django Ninja for ML APIs — FastAPI, Litestar, Django Ninja  docs/frameworks.json';
	expect(lineText(listLine(good, full.length))).toBe(full);
	expect(lineText(listLine(good, full.length - 1))).toBe(
		'FastAPI vs Litestar vs Django Ninja for ML APIs — FastAPI, Litestar, Django Ninja',
	);
});
