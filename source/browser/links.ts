// The references overlay (r) as a list to pick from: the references, then every link of the
// document's text (prose and table cells), grouped by section. A URL stands on lines of its own
// (layout/url-lines.ts), so it is read and copied whole. What may be opened is decided here, so
// that the shell, which opens it, only ever gets an address this allows.
import {type Document, inlineSpans, referenceLines} from '../layout/document.js';
import type {Block} from '../layout/markdown.js';
import {toMarkdown} from '../layout/render-text.js';
import {append, type Line, Role, type Span, span} from '../layout/styled.js';
import {urlLines} from '../layout/url-lines.js';
import {wrapSpans} from '../layout/wrap.js';
import {applyView, normalCell, type ShownText, sectionCitations, type View} from '../model/view.js';

/** A link of the document's text: the section it stands in, its text and its address. */
export type DocumentLink = {readonly section: number; readonly text: string; readonly url: string};

/** Links in spans: a run of spans with the same address is one link, its text theirs joined. */
function spanLinks(spans: readonly Span[], found: (text: string, url: string) => void): void {
	let url: string | undefined;
	let text = '';
	for (const piece of [...spans, span('')]) {
		if (piece.href === url) {
			text += piece.text;
			continue;
		}
		if (url !== undefined) found(text.trim() || url, url);
		url = piece.href;
		text = piece.text;
	}
}

function blockLinks(blocks: readonly Block[], found: (text: string, url: string) => void): void {
	for (const block of blocks) {
		if (block.type === 'paragraph' || block.type === 'heading') spanLinks(block.spans, found);
		else if (block.type === 'list') for (const item of block.items) blockLinks(item.blocks, found);
		else if (block.type === 'quote') blockLinks(block.blocks, found);
		else if (block.type === 'table') for (const cell of [...block.header, ...block.rows.flat()]) spanLinks(cell, found);
	}
}

/** Every link of the document's text, section by section, each address once per section and text. */
export function documentLinks(document: Document): DocumentLink[] {
	const links: DocumentLink[] = [];
	document.comparison.sections.forEach((section, index) => {
		const seen = new Set<string>();
		const found = (text: string, url: string) => {
			const key = `${url}\u0000${text}`;
			if (seen.has(key)) return;
			seen.add(key);
			links.push({section: index, text, url});
		};
		blockLinks(document.bodies.get(section.id) ?? [], found);
		for (const row of section.table?.rows ?? []) {
			spanLinks(inlineSpans(document, row.criterion), found);
			for (const cell of Object.values(row.cells)) spanLinks(inlineSpans(document, normalCell(cell).text), found);
		}
	});
	return links;
}

/** The schemes tradeoff opens: a web page or a mail, never a file, a script or a program's handler. */
const openable = new Set(['http:', 'https:', 'mailto:']);

/** Whether an address may be opened in the system's browser, and if not, why not. */
export function openableUrl(url: string): {readonly ok: true} | {readonly ok: false; readonly reason: string} {
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		return {ok: false, reason: 'not opened: not an absolute address'};
	}
	if (openable.has(protocol)) return {ok: true};
	return {ok: false, reason: `not opened: tradeoff opens http, https and mailto links only, not ${protocol}`};
}

/** One thing to pick in the overlay: its lines, and its address (a reference may have none). */
export type LinkItem = {readonly start: number; readonly end: number; readonly url: string | undefined};

/** The overlay's lines and what can be picked in them. */
export type LinksOverlay = {
	readonly lines: Line[];
	readonly items: readonly LinkItem[];
	/** The line where each reference starts, by its number. */
	readonly starts: ReadonlyMap<number, number>;
	/** The line after the last reference (clicks below pick no reference). */
	readonly end: number;
	/** The items of the links of the text, with the section each stands in. */
	readonly links: readonly {readonly item: number; readonly section: number; readonly url: string}[];
};

function heading(title: string, ascii: boolean): Line[] {
	return [[span(title, Role.heading | Role.strong)], [span((ascii ? '-' : '─').repeat(title.length), Role.border)]];
}

/**
 * The references (with what each backs) and the links of the text by section, the picked item's
 * first line in reverse video; a note at the end says what the keys do.
 */
export function linksOverlay(
	document: Document,
	options: {
		readonly width: number;
		readonly picked: number | undefined;
		readonly ascii: boolean;
		readonly uses?: ReadonlyMap<number, string>;
		readonly links?: readonly DocumentLink[];
	},
): LinksOverlay {
	const {comparison} = document;
	const {width, ascii} = options;
	const references = comparison.references ?? [];
	const lines: Line[] = [];
	const items: LinkItem[] = [];
	const starts = new Map<number, number>();
	if (references.length === 0)
		append(lines, [...heading('References', ascii), [], [span('This comparison cites no references.', Role.muted)]]);
	else {
		const laid = referenceLines(references, {width, ascii, ...(options.uses ? {notes: options.uses} : {})});
		let current: number | undefined;
		laid.forEach((line, index) => {
			const marker = /^\[(\d+)\]/.exec(line[0]?.text ?? '');
			if (marker && line[0]?.role === Role.ref) {
				if (current !== undefined) (items.at(-1) as {end: number}).end = index;
				current = Number(marker[1]);
				starts.set(current, index);
				const url = references.find((reference) => reference.id === current)?.url;
				items.push({start: index, end: laid.length, url});
			}
		});
		append(lines, laid);
	}
	const end = lines.length;
	const links = options.links ?? documentLinks(document);
	const linkItems: {item: number; section: number; url: string}[] = [];
	if (links.length > 0) {
		lines.push([]);
		append(lines, heading('Links in the text', ascii));
		let section = -1;
		for (const link of links) {
			if (link.section !== section) {
				section = link.section;
				lines.push([], [span(comparison.sections[section]?.title ?? '', Role.label)]);
			}
			const start = lines.length;
			append(lines, wrapSpans([span(link.text)], width, {first: [span('  ')]}));
			append(lines, urlLines(link.url, width, {first: [span('    ')]}));
			linkItems.push({item: items.length, section, url: link.url});
			items.push({start, end: lines.length, url: link.url});
		}
	}
	const picked = options.picked === undefined ? undefined : items[options.picked];
	const marked = lines.map((line, index) =>
		index === picked?.start ? line.map((piece) => ({...piece, role: piece.role | Role.selected})) : line,
	);
	marked.push(
		[],
		...wrapSpans(
			[
				span(
					'↑↓ pick, Enter opens the link in the browser, y copies its URL, Y the section as Markdown; a number (or a click on [n]) goes to that reference.',
					Role.muted,
				),
			],
			width,
		),
	);
	return {lines: marked, items, starts, end, links: linkItems};
}

/**
 * The section being read as Markdown (Y), as --format markdown writes a section, with the
 * references it cites so that its [n] still say something once pasted.
 */
export function sectionMarkdown(document: Document, section: number, view: View, shown: ShownText): string {
	const {comparison} = document;
	const chosen = comparison.sections[section];
	if (!chosen) return '';
	const cited = new Set(sectionCitations(chosen, view, shown));
	const {description: _description, source: _source, ...single} = applyView(comparison, view, [chosen], shown);
	// The document's front matter and title are not the section's: only it and its references are copied.
	return toMarkdown(
		{...single, references: (comparison.references ?? []).filter((reference) => cited.has(reference.id))},
		{sectionsOnly: true},
	);
}
