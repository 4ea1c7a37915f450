import {describe, expect, test} from 'vitest';
import {frame, LayoutCache} from '../browser/screen.js';
import {type BrowserState, initialState} from '../browser/state.js';
import {defaultView} from '../model/view.js';
import {bundledDocument} from '../test-support/fixtures.js';
import {documentLines} from './document.js';
import {sgr} from './render-text.js';
import {Role} from './styled.js';
import {
	contrastRatio,
	parseTerminalColor,
	type Rgb,
	type Theme,
	themeForBackground,
	themeFromColorFgBg,
} from './theme.js';

// xterm's default palette for the 16 basic colours (XTerm-col.ad): what "yellow" means when a
// style asks for SGR 33.
const xterm: readonly Rgb[] = [
	[0x00, 0x00, 0x00],
	[0xcd, 0x00, 0x00],
	[0x00, 0xcd, 0x00],
	[0xcd, 0xcd, 0x00],
	[0x00, 0x00, 0xee],
	[0xcd, 0x00, 0xcd],
	[0x00, 0xcd, 0xcd],
	[0xe5, 0xe5, 0xe5],
	[0x7f, 0x7f, 0x7f],
	[0xff, 0x00, 0x00],
	[0x00, 0xff, 0x00],
	[0xff, 0xff, 0x00],
	[0x5c, 0x5c, 0xff],
	[0xff, 0x00, 0xff],
	[0x00, 0xff, 0xff],
	[0xff, 0xff, 0xff],
];

/** A 256-colour index by its own value: the basic 16, the 6×6×6 cube, the grey ramp. */
function indexed(index: number): Rgb {
	if (index < 16) return xterm[index] as Rgb;
	if (index < 232) {
		const level = (value: number) => (value === 0 ? 0 : 55 + 40 * value);
		const cube = index - 16;
		return [level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6)];
	}
	const grey = 8 + 10 * (index - 232);
	return [grey, grey, grey];
}

/** The page a theme is drawn on: its background and the terminal's own text colour. */
const pages: Record<Theme, {background: Rgb; text: Rgb}> = {
	light: {background: [255, 255, 255], text: [0, 0, 0]},
	// Dark terminals draw default text in a light grey: xterm's colour 7.
	dark: {background: [0, 0, 0], text: xterm[7] as Rgb},
};

type Colour = {kind: 'default'} | {kind: 'basic'; index: number} | {kind: 'exact'; rgb: Rgb};

/**
 * The text and background colours a terminal may draw an SGR sequence with. Bold basic colours
 * are judged both as they are and brightened (xterm's boldColors turns 0-7 into 8-15), faint as
 * half way to the background, reverse video as the pair swapped (the same contrast).
 */
function drawnPairs(codes: string, theme: Theme): {text: Rgb; background: Rgb; why: string}[] {
	const page = pages[theme];
	let foreground: Colour = {kind: 'default'};
	let background: Colour = {kind: 'default'};
	let bold = false;
	let faint = false;
	const parts = codes === '' ? [] : codes.split(';').map(Number);
	for (let index = 0; index < parts.length; index++) {
		const code = parts[index] ?? 0;
		const extended = (): Colour => {
			if (parts[index + 1] === 5) {
				index += 2;
				return {kind: 'exact', rgb: indexed(parts[index] ?? 0)};
			}
			index += 4;
			return {kind: 'exact', rgb: [parts[index - 2] ?? 0, parts[index - 1] ?? 0, parts[index] ?? 0]};
		};
		if (code === 0) [foreground, background, bold, faint] = [{kind: 'default'}, {kind: 'default'}, false, false];
		else if (code === 1) bold = true;
		else if (code === 2) faint = true;
		else if (code === 22) [bold, faint] = [false, false];
		else if (code >= 30 && code <= 37) foreground = {kind: 'basic', index: code - 30};
		else if (code >= 90 && code <= 97) foreground = {kind: 'basic', index: code - 90 + 8};
		else if (code >= 40 && code <= 47) background = {kind: 'basic', index: code - 40};
		else if (code >= 100 && code <= 107) background = {kind: 'basic', index: code - 100 + 8};
		else if (code === 38) foreground = extended();
		else if (code === 48) background = extended();
		else if (code === 39) foreground = {kind: 'default'};
		else if (code === 49) background = {kind: 'default'};
	}
	const resolve = (colour: Colour, fallback: Rgb, brighten: boolean): Rgb =>
		colour.kind === 'default'
			? fallback
			: colour.kind === 'exact'
				? colour.rgb
				: (xterm[brighten && colour.index < 8 ? colour.index + 8 : colour.index] as Rgb);
	const back = resolve(background, page.background, false);
	const texts: {rgb: Rgb; why: string}[] = [{rgb: resolve(foreground, page.text, false), why: 'as is'}];
	if (bold && foreground.kind === 'basic' && foreground.index < 8)
		texts.push({rgb: resolve(foreground, page.text, true), why: 'bold as bright'});
	return texts.map(({rgb, why}) => ({
		text: faint ? (rgb.map((channel, at) => (channel + (back[at] ?? 0)) / 2) as unknown as Rgb) : rgb,
		background: back,
		why: faint ? `${why}, faint` : why,
	}));
}

/** Every role combination whose contrast falls below 3:1 in a theme, with why. */
function failures(roles: Iterable<number>, theme: Theme): string[] {
	const found: string[] = [];
	for (const role of roles) {
		const codes = sgr(role, 'color', theme);
		for (const pair of drawnPairs(codes, theme)) {
			const ratio = contrastRatio(pair.text, pair.background);
			if (ratio < 3) found.push(`role ${role} (SGR ${codes}, ${pair.why}): ${ratio.toFixed(2)}:1`);
		}
	}
	return found;
}

const bits = Object.values(Role).filter((value) => value > 0);

// What can land on any text: emphasis from the prose, and the marks of search hits and selection.
const overlays = [Role.strong, Role.em, Role.del, Role.label, Role.match, Role.current, Role.selected];

/** Every role alone, and each with every mark that can fall on it. */
function combinations(): number[] {
	const roles = new Set<number>();
	for (const role of bits) {
		roles.add(role);
		for (const mark of overlays) roles.add(role | mark);
	}
	return [...roles];
}

/**
 * The role combinations the code actually draws: the printed document, and in the browser every
 * section with every overlay and a search's hits.
 */
function rolesOnScreen(): Set<number> {
	const document = bundledDocument();
	const cache = new LayoutCache(document);
	const order = document.comparison.subjects.map((subject) => subject.id);
	const roles = new Set<number>();
	const view = defaultView(document.comparison);
	for (const ascii of [false, true]) {
		for (const line of documentLines(document, document.comparison.sections, {width: 80, view, ascii})) {
			for (const piece of line) roles.add(piece.role);
		}
	}
	const size = {columns: 100, rows: 400};
	document.comparison.sections.forEach((_, section) => {
		for (const overlay of [undefined, 'help', 'references', 'info', 'subjects', 'evidence', 'decision'] as const) {
			let state: BrowserState = {...initialState({section, order}), overlay};
			const searched = frame({cache, state, size, ascii: false});
			state = {
				...searched.state,
				search: {query: 'the', editing: false, current: 0, origin: {section, scroll: 0}},
			};
			for (const line of frame({cache, state, size, ascii: false}).lines) {
				for (const piece of line) roles.add(piece.role);
			}
		}
	});
	return roles;
}

describe('every colour keeps 3:1 against its background', () => {
	test.each(['light', 'dark'] as const)('%s: every role, alone and under every emphasis or mark', (theme) => {
		expect(failures(combinations(), theme)).toEqual([]);
	});

	test.each(['light', 'dark'] as const)('%s: every combination printed or drawn in the browser', (theme) => {
		const roles = rolesOnScreen();
		// The frames do use colours: headings, references, search hits.
		expect([...roles].some((role) => role & Role.ref)).toBe(true);
		expect([...roles].some((role) => role & Role.current)).toBe(true);
		expect(failures(roles, theme)).toEqual([]);
	});

	test('the judge fails what should fail: the dark palette on white, blue on black', () => {
		// The dark palette's yellow, cyan and green judged on the light page fail, as the issue saw.
		const dark = (role: number) => drawnPairs(sgr(role, 'color', 'dark'), 'light')[0];
		for (const role of [Role.code, Role.ref, Role.bar]) {
			const pair = dark(role);
			expect(pair && contrastRatio(pair.text, pair.background)).toBeLessThan(3);
		}
		// xterm's blue (34) on black: 2.2:1.
		const blue = drawnPairs('34', 'dark')[0];
		expect(blue && contrastRatio(blue.text, blue.background)).toBeCloseTo(2.23, 1);
		// 256-colour and RGB codes are judged by their own values.
		const cube = drawnPairs('38;5;226', 'light')[0];
		expect(cube?.text).toEqual([255, 255, 0]);
		const exact = drawnPairs('38;2;1;2;3', 'dark')[0];
		expect(exact?.text).toEqual([1, 2, 3]);
	});
});

describe('contrast arithmetic', () => {
	test('black on white is 21:1, a colour on itself 1:1', () => {
		expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
		expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
		expect(contrastRatio([12, 200, 7], [12, 200, 7])).toBe(1);
	});
});

describe('choosing a theme', () => {
	test.each([
		['0;15', 'light'],
		['15;0', 'dark'],
		['0;default;15', 'light'],
		['0;7', 'light'],
		['7;8', 'dark'],
		['12;4', 'dark'],
		['default;default', undefined],
		['0;16', undefined],
		['', undefined],
		[undefined, undefined],
	])('COLORFGBG=%s gives %s', (value, theme) => {
		expect(themeFromColorFgBg(value)).toBe(theme);
	});

	test.each([
		['rgb:ffff/ffff/ffff', 'light'],
		['rgb:0000/0000/0000', 'dark'],
		['rgb:1e1e/1e1e/2e2e', 'dark'],
		['rgb:fd/f6/e3', 'light'],
		['rgba:ffff/ffff/ffff/ffff', 'light'],
		['#282c34', 'dark'],
		['#fff', 'light'],
		['rgb:8080/8080/8080', 'light'],
		['rgb:4040/4040/4040', 'dark'],
	])('an OSC 11 answer of %s gives %s', (text, theme) => {
		const rgb = parseTerminalColor(text);
		expect(rgb).toBeDefined();
		expect(themeForBackground(rgb as Rgb)).toBe(theme);
	});

	test('channels scale by their digit count', () => {
		expect(parseTerminalColor('rgb:f/80/ffff')).toEqual([255, (0x80 / 255) * 255, 255]);
	});

	test.each(['rgb:gg/00/00', 'rgb:0/0', 'cmyk:0/0/0/0', '#12345', ''])('%j is not a colour', (text) => {
		expect(parseTerminalColor(text)).toBeUndefined();
	});
});
