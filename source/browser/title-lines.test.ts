import {describe, expect, test} from 'vitest';
import {lineText, lineWidth, Role} from '../layout/styled.js';
import type {Comparison} from '../model/schema.js';
import {bundledComparison} from '../test-support/fixtures.js';
import {machineGenerated, titleLines} from './title-lines.js';

const comparison = bundledComparison();
const texts = (width: number, compact = false, of: Comparison = comparison) =>
	titleLines(of, width, compact).map(lineText);

describe('titleLines', () => {
	test('title and meta line on one line where all of it fits', () => {
		expect(texts(140)).toEqual([
			'FastAPI vs Litestar vs Django Ninja for ML APIs · Daily Neural Digest · 2026-04-11 · 4 min read · 738 words · machine-generated',
		]);
	});

	test('where it does not, the parts of the meta line give way beside the title, "machine-generated" last', () => {
		expect(texts(80)).toEqual(['FastAPI vs Litestar vs Django Ninja for ML APIs · 2026-04-11 · machine-generated']);
		expect(texts(100)).toEqual([
			'FastAPI vs Litestar vs Django Ninja for ML APIs · Daily Neural Digest · machine-generated',
		]);
		expect(texts(67)).toEqual(['FastAPI vs Litestar vs Django Ninja for ML APIs · machine-generated']);
	});

	test('too narrow for the title beside it: the meta line goes under the title, still keeping "machine-generated"', () => {
		expect(texts(60)).toEqual([
			'FastAPI vs Litestar vs Django Ninja for ML APIs',
			'Daily Neural Digest · 2026-04-11 · machine-generated',
		]);
		expect(texts(40)).toEqual(['FastAPI vs Litestar vs Django Ninja for…', 'Daily Neural Digest · machine-generated']);
		expect(texts(20)).toEqual(['FastAPI vs Litestar…', 'machine-generated']);
	});

	test('a compact header is one line: what is left of the title, then "machine-generated"', () => {
		expect(texts(40, true)).toEqual(['FastAPI vs Litestar… · machine-generated']);
		expect(texts(20, true)).toEqual(['machine-generated']);
	});

	test('"machine-generated" is on the header at every width from 20 up, and nothing is wider than the width', () => {
		for (let width = 20; width <= 200; width++) {
			for (const compact of [false, true]) {
				const lines = titleLines(comparison, width, compact);
				expect(lines.map(lineText).join('\n'), `${width}`).toContain(machineGenerated);
				for (const line of lines) expect(lineWidth(line), `${width}`).toBeLessThanOrEqual(width);
			}
		}
	});

	test('"machine-generated" stands out: bold, not muted', () => {
		const warning = titleLines(comparison, 80, false)[0]?.find((piece) => piece.text === machineGenerated);
		expect(warning?.role).toBe(Role.label);
	});

	test('without a source, or not machine-written: the title alone, or the title and what fits', () => {
		const bare = {...comparison, source: undefined};
		expect(texts(30, false, bare)).toEqual(['FastAPI vs Litestar vs Django…']);
		const human = {...comparison, source: {publisher: 'A team', date: '2026-01-01'}};
		expect(texts(80, false, human)).toEqual(['FastAPI vs Litestar vs Django Ninja for ML APIs · A team · 2026-01-01']);
		expect(texts(50, false, human)).toEqual(['FastAPI vs Litestar vs Django Ninja for ML APIs', 'A team · 2026-01-01']);
		expect(texts(50, true, human)).toEqual(['FastAPI vs Litestar vs Django Ninja for ML APIs']);
	});
});
