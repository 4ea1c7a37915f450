// Light and dark: which palette the styles use, and the arithmetic that picks one. A theme is
// chosen by the entry (--theme, COLORFGBG) or by the browser from the terminal's answer to OSC 11;
// everything here is a pure function of the values it is given.

/** The two palettes: colours that read on a light background, or on a dark one. */
export const themes = ['light', 'dark'] as const;
/** A palette. */
export type Theme = (typeof themes)[number];

/** A colour as red, green and blue from 0 to 255 (fractions allowed). */
export type Rgb = readonly [number, number, number];

function linear(channel: number): number {
	const value = channel / 255;
	return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance: 0 for black, 1 for white. */
export function relativeLuminance([red, green, blue]: Rgb): number {
	return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/**
 * The theme for a background colour: light when the background stands further from black than
 * from white (by contrast ratio, so a mid grey of luminance above ~0.18 counts as light).
 */
export function themeForBackground(background: Rgb): Theme {
	return contrastRatio(background, [0, 0, 0]) > contrastRatio(background, [255, 255, 255]) ? 'light' : 'dark';
}

/**
 * The theme COLORFGBG implies, as rxvt, Konsole and others set it: "fg;bg" (or "fg;default;bg"),
 * each one of the 16 basic colours. Backgrounds 7 and 9 to 15 are light ("0;15" is dark text on a
 * light background), the rest dark; anything unreadable says nothing.
 */
export function themeFromColorFgBg(value: string | undefined): Theme | undefined {
	const background = value?.split(';').at(-1);
	if (background === undefined || !/^\d{1,2}$/.test(background)) return undefined;
	const index = Number(background);
	if (index > 15) return undefined;
	return index === 7 || index >= 9 ? 'light' : 'dark';
}

/**
 * A colour from the text of an OSC 10/11 answer: rgb:R/G/B or rgba:R/G/B/A with 1 to 4 hex digits
 * per channel (as xterm answers), or #RGB, #RRGGBB, #RRRRGGGGBBBB.
 */
export function parseTerminalColor(text: string): Rgb | undefined {
	const scaled = (hex: string) => (Number.parseInt(hex, 16) / (16 ** hex.length - 1)) * 255;
	const channels = /^rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?$/i.exec(text);
	if (channels?.[1] && channels[2] && channels[3])
		return [scaled(channels[1]), scaled(channels[2]), scaled(channels[3])];
	const hash = /^#((?:[0-9a-f]{3}){1,4})$/i.exec(text)?.[1];
	if (!hash || hash.length % 3 !== 0) return undefined;
	const size = hash.length / 3;
	return [0, 1, 2].map((index) => scaled(hash.slice(index * size, (index + 1) * size))) as unknown as Rgb;
}
