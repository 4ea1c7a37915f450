import {expect, test} from 'vitest';
import {lineText, lineWidth} from '../layout/styled.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {type ListEntry, listLine, listText} from './list.js';

const good: ListEntry = {name: 'docs/frameworks.json', document: bundledDocument()};
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
