import {isWideBmp} from './display-width.js';
import {Break, isEastAsian, lineBreaks} from './line-break.js';
import {graphemes, type Line, Role, type Span, span, textWidth} from './styled.js';

type Options = {
	/** Spans before the first line (a list bullet). */
	readonly first?: Line;
	/** Spans before every following line (the hanging indent under the bullet). */
	readonly rest?: Line;
};

const space: Span = {text: ' ', role: Role.none};
const printableAscii = /^[\x20-\x7e]*$/;
const separators = /[ \n]/;

function sameStyle(a: Span, b: Span): boolean {
	return a.role === b.role && a.href === b.href && a.subject === b.subject;
}

function prefixWidth(prefix: Line | undefined): number {
	if (!prefix) return 0;
	let width = 0;
	for (let index = 0; index < prefix.length; index++) width += textWidth((prefix[index] as Span).text);
	return width;
}

// Shared, not a new object per call: every table cell is wrapped without options.
const noOptions: Options = {};

// Roles whose look shows on a space: a space that wrapping would have left plain must not get them.
const visibleOnSpace = Role.link | Role.del;

/**
 * The spans as they are, on one line after the prefix, when that is exactly what wrapping would
 * give: they fit, and hold no line break, no run of spaces and no space at either end (wrapping
 * collapses and drops those), nor a space at the edge of a link or a strikethrough (wrapping
 * leaves it plain). Most table cells and record fields are such one-liners; wrapping each costs
 * ~2 KB of garbage (its closures and arrays, on the baseline compiler), which made printing a
 * document of sixteen tables spend more time collecting garbage than laying out.
 */
function asOneLine(spans: readonly Span[], width: number, prefix: Line | undefined): Line | undefined {
	let used = prefixWidth(prefix);
	let previous = '';
	for (let index = 0; index < spans.length; index++) {
		const piece = spans[index] as Span;
		const text = piece.text;
		if (piece.role & Role.break || text.includes('\n') || text.includes('  ')) return undefined;
		if (text === '') continue;
		const edge = text.startsWith(' ') || text.endsWith(' ');
		if (edge && (piece.href !== undefined || piece.role & visibleOnSpace)) return undefined;
		if (text.startsWith(' ') && (previous === '' || previous.endsWith(' '))) return undefined;
		used += textWidth(text);
		if (used > width) return undefined;
		previous = text;
	}
	if (previous === '' || previous.endsWith(' ')) return undefined;
	return prefix && prefix.length > 0 ? [...prefix, ...spans] : [...spans];
}

// Text that holds an East Asian (wide) character, the only text whose break opportunities go
// past its spaces (see breakPlans): CJK and its punctuation, kana, hangul, fullwidth forms, and
// the supplementary planes' ideographs and pictographs. A quick test: isEastAsian decides.
const mayHoldWide =
	/[\u1100-\u115f\u2329\u232a\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\ud83c-\ud83e\ud840-\ud8bf\u231a-\u23ff\u2600-\u27bf\u2b1b-\u2b55]/;

/** Whether the character before index `at` of a text, or the one at it, is East Asian (wide). */
function eastAsianAround(text: string, at: number): boolean {
	const after = text.codePointAt(at) ?? 0;
	if (after < 0x1100 ? false : isEastAsian(after)) return true;
	let start = at - 1;
	const low = text.charCodeAt(start);
	if (low >= 0xdc00 && low <= 0xdfff && start > 0) start--;
	const before = text.codePointAt(start) ?? 0;
	return before >= 0x1100 && isEastAsian(before);
}

/**
 * Where text of other scripts (Chinese, Japanese, Korean, emoji...) may break besides its spaces,
 * by span: for each span, the offsets before which a line may start although no space stands
 * there (between two ideographs), with `glue` the offsets of spaces a line may not break at
 * (before ），。 and the like, after （「). Undefined when a span has neither.
 *
 * The opportunities are UAX #14's (line-break.ts), computed over the whole paragraph so that
 * context crosses spans, with one tailoring: a break where no space stands only beside an East
 * Asian (wide) character. Elsewhere a line breaks at spaces only, as it always has: a command, a
 * flag or a URL (--no-cache, example.com/a-b) breaks only where it must, never at a hyphen or a
 * slash that a reader would take for part of it; and a Latin word among ideographs is never split.
 */
export type BreakPlan = {readonly inner?: readonly number[]; readonly glue?: readonly number[]};

// The plans of the paragraphs wrapped lately, by their texts: the same text is wrapped again at
// each width (the browser when the terminal is resized, a table fitting its columns, a cell laid
// out side by side and then stacked), often in spans made anew.
const planned = new Map<string, (BreakPlan | undefined)[]>();

/**
 * The break plans of a paragraph's spans (see {@link BreakPlan}), or undefined when it holds no
 * East Asian character and breaks at its spaces only; a table measures its words by them too.
 */
export function breakPlans(spans: readonly Span[]): (BreakPlan | undefined)[] | undefined {
	let any = false;
	let key = '';
	for (let index = 0; index < spans.length; index++) {
		const piece = spans[index] as Span;
		const forced = (piece.role & Role.break) !== 0;
		if (!forced && mayHoldWide.test(piece.text)) any = true;
		key += forced ? '\u0002' : `${piece.text}\u0001`;
	}
	if (!any) return undefined;
	let plans = planned.get(key);
	if (!plans) {
		plans = planOf(spans);
		if (planned.size >= 2048) planned.clear();
		planned.set(key, plans);
	}
	return plans;
}

function planOf(spans: readonly Span[]): (BreakPlan | undefined)[] {
	const plans: (BreakPlan | undefined)[] = new Array(spans.length);
	// A paragraph between forced breaks at a time: their text, and where each span starts in it.
	let first = 0;
	for (let end = 0; end <= spans.length; end++) {
		const piece = spans[end];
		if (piece && !(piece.role & Role.break)) continue;
		let text = '';
		const starts: number[] = [];
		for (let index = first; index < end; index++) {
			starts.push(text.length);
			text += (spans[index] as Span).text;
		}
		text = text.replace(/\n/g, ' ');
		if (mayHoldWide.test(text)) {
			const found = lineBreaks(text);
			for (let index = first; index < end; index++) {
				const from = starts[index - first] as number;
				const to = from + (spans[index] as Span).text.length;
				const inner: number[] = [];
				const glue: number[] = [];
				for (let at = Math.max(from, 1); at < to; at++) {
					const code = text.charCodeAt(at);
					const before = text.charCodeAt(at - 1);
					if (code === 0x20) {
						// A space (the first of a run) a line may not break at: kept, as text.
						if (before === 0x20) continue;
						let after = at;
						while (text.charCodeAt(after) === 0x20) after++;
						if (after < text.length && found[after] === Break.none) glue.push(at - from);
						continue;
					}
					if (before === 0x20 || found[at] === Break.none || !eastAsianAround(text, at)) continue;
					// At offset 0, the break falls between this span and the one before.
					inner.push(at - from);
				}
				if (inner.length > 0 || glue.length > 0)
					plans[index] = {...(inner.length > 0 ? {inner} : {}), ...(glue.length > 0 ? {glue} : {})};
			}
		}
		first = end + 1;
	}
	return plans;
}

/**
 * Wraps styled text to a width where a reader expects a paragraph to flow: at spaces, and in text
 * that is not all ASCII also where Unicode's line breaking rules allow (between ideographs, never
 * before ，。）); runs of spaces collapse to one, words wider than the line are broken, and no line
 * is wider than width (a character wider than the whole line, as a CJK one at width 1, is the only
 * exception).
 *
 * One pass, and words of one style on a line become one span: this runs over every paragraph of
 * a document at every width, so it allocates as little as it can (a 50-times-longer comparison
 * spent most of its time here and in the garbage collector).
 */
export function wrapSpans(spans: readonly Span[], width: number, options: Options = noOptions): Line[] {
	const whole = asOneLine(spans, width, options.first);
	if (whole) return [whole];
	const firstPrefix = options.first ?? [];
	const restPrefix = options.rest ?? options.first?.map((piece) => span(' '.repeat(textWidth(piece.text)))) ?? [];
	const firstRoom = Math.max(1, width - prefixWidth(firstPrefix));
	const restRoom = Math.max(1, width - prefixWidth(restPrefix));
	const lines: Line[] = [];
	let line: Span[] = [...firstPrefix];
	let used = 0;
	let room = firstRoom;
	let empty = true;

	// The run being gathered into one span: the piece whose style it has, and its text so far.
	let runStyle: Span | undefined;
	let runText = '';
	// How the current line continues the one above (Role.wrapped or wrappedInWord), marked by an
	// empty span before its first word; 0 on a first line and after a forced break.
	let continued = 0;
	// A run is never empty: every word part and space appended to it has text.
	const flushRun = () => {
		if (runStyle) line.push(runText === runStyle.text ? runStyle : {...runStyle, text: runText});
		runStyle = undefined;
		runText = '';
	};
	const append = (style: Span, text: string) => {
		if (continued !== 0) {
			flushRun();
			// The mark carries the subject of the text it starts, so it stays in that table cell.
			line.push(
				style.subject === undefined ? {text: '', role: continued} : {text: '', role: continued, subject: style.subject},
			);
			continued = 0;
		}
		if (runStyle && sameStyle(runStyle, style)) runText += text;
		else {
			flushRun();
			runStyle = style;
			runText = text;
		}
	};
	const newLine = (continues: number) => {
		flushRun();
		lines.push(line);
		line = [...restPrefix];
		used = 0;
		room = restRoom;
		empty = true;
		continued = continues;
	};

	// The word being gathered: its parts (one per style), reused from word to word.
	const partStyles: Span[] = [];
	const partTexts: string[] = [];
	// The parts in use: the arrays are written by index and never cut back, since on the baseline
	// compiler pushing after truncating them was the hottest line of printing.
	let partCount = 0;
	let wordWidth = 0;
	// Whether a space stands before the word being gathered (else it follows the one before
	// directly, at a break between ideographs).
	let spaced = true;
	const placeWord = () => {
		if (partCount === 0) return;
		const gap = spaced ? 1 : 0;
		spaced = true;
		// A break where no space stood (between ideographs) joins its lines without one, as a
		// broken word's do: search reads across it.
		if (!empty && used + gap + wordWidth > room) newLine(gap === 1 ? Role.wrapped : Role.wrappedInWord);
		if (wordWidth > room) {
			// The line is empty here: a word this wide starts a line of its own and is broken.
			placeBrokenWord();
		} else {
			if (!empty && gap === 1) {
				// The space takes the style around it (a link stays one link), or none; a space
				// between two words of a table cell belongs to the cell, so search finds "not stated".
				const first = partStyles[0] as Span;
				const style =
					runStyle && sameStyle(runStyle, first)
						? runStyle
						: first.subject === undefined
							? space
							: {text: ' ', role: Role.none, subject: first.subject};
				append(style, ' ');
				used += 1;
			}
			for (let index = 0; index < partCount; index++) append(partStyles[index] as Span, partTexts[index] as string);
			used += wordWidth;
			empty = false;
		}
		partCount = 0;
		wordWidth = 0;
	};
	const placeBrokenWord = () => {
		for (let index = 0; index < partCount; index++) {
			const style = partStyles[index] as Span;
			for (const cluster of graphemes(partTexts[index] as string)) {
				const clusterWidth = textWidth(cluster);
				if (!empty && used + clusterWidth > room) newLine(Role.wrappedInWord);
				if (clusterWidth <= room) {
					append(style, cluster);
					used += clusterWidth;
					empty = false;
					continue;
				}
				// A cluster wider than its line (a base with spacing marks, in a narrow column or
				// under a deep indent) cannot be kept whole without running past the width: its code
				// points go one by one. Each is measured as what it adds to the part of the cluster
				// on its line (a spacing mark takes a column after its base, none alone).
				let partial = '';
				for (const text of cluster) {
					let width = textWidth(partial + text) - textWidth(partial);
					if (!empty && used + width > room) {
						newLine(Role.wrappedInWord);
						partial = '';
						width = textWidth(text);
					}
					append(style, text);
					used += width;
					partial += text;
					empty = false;
				}
			}
		}
	};

	// A part of a word: its style and text, with its width.
	const addPart = (piece: Span, part: string, partWidth: number) => {
		partStyles[partCount] = piece;
		partTexts[partCount] = part;
		partCount++;
		wordWidth += partWidth;
	};
	const plans = breakPlans(spans);
	for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
		const piece = spans[spanIndex] as Span;
		if (piece.role & Role.break) {
			placeWord();
			newLine(0);
			continue;
		}
		const plan = plans?.[spanIndex];
		if (plan) {
			placePlanned(piece, plan);
			continue;
		}
		// Split natively rather than char by char in JavaScript (the interpreter runs this: see
		// startup/v8-flags.ts): each separator ends the word before it; runs of them end nothing more.
		const text = piece.text;
		const parts = text.includes('\n') ? text.split(separators) : text.split(' ');
		// One test of the whole text rather than one per word: in printable ASCII a word is as wide
		// as it is long.
		const ascii = printableAscii.test(text);
		for (let index = 0; index < parts.length; index++) {
			if (index > 0) placeWord();
			const part = parts[index] as string;
			if (part === '') continue;
			partStyles[partCount] = piece;
			partTexts[partCount] = part;
			partCount++;
			wordWidth += ascii ? part.length : textWidth(part);
		}
	}
	placeWord();
	flushRun();
	lines.push(line);
	return lines;

	/** A span's words, split at its spaces and at the other break opportunities of its plan. */
	function placePlanned(piece: Span, plan: BreakPlan): void {
		const text = piece.text.replace(/\n/g, ' ');
		const inner = plan.inner ?? [];
		const glue = plan.glue ?? [];
		let nextInner = 0;
		let nextGlue = 0;
		let start = 0;
		const take = (end: number) => {
			if (end === start + 1) {
				// One character (an ideograph between two breaks, mostly): its width at a glance.
				const code = text.charCodeAt(start);
				const part = text[start] as string;
				addPart(piece, part, code >= 0x20 && code < 0x7f ? 1 : isWideBmp(code) ? 2 : textWidth(part));
			} else if (end > start) {
				const part = text.slice(start, end);
				addPart(piece, part, textWidth(part));
			}
		};
		for (let at = 0; at <= text.length; at++) {
			if (at === text.length) {
				take(at);
				break;
			}
			if (nextInner < inner.length && inner[nextInner] === at) {
				nextInner++;
				take(at);
				start = at;
				// A break between two words with no space: the next follows this one directly.
				placeWord();
				spaced = false;
			}
			if (text.charCodeAt(at) !== 0x20) continue;
			take(at);
			let after = at;
			while (text.charCodeAt(after) === 0x20) after++;
			if (nextGlue < glue.length && glue[nextGlue] === at) {
				// A space no line breaks at: one space, inside the word.
				nextGlue++;
				if (partCount > 0) addPart(piece, ' ', 1);
			} else placeWord();
			start = after;
			at = after - 1;
		}
	}
}

/** A heading as printed output shows one: its title wrapped to the width, then a rule under it. */
export function underlinedHeading(title: string, width: number, ascii: boolean | undefined): Line[] {
	const lines = wrapSpans([span(title, Role.heading | Role.strong)], width);
	let widest = 0;
	for (const line of lines) {
		let used = 0;
		for (const piece of line) used += textWidth(piece.text);
		widest = Math.max(widest, used);
	}
	return [...lines, [span((ascii ? '-' : '─').repeat(Math.min(width, widest)), Role.border)]];
}
