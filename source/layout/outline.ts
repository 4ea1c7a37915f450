// The outline of a document: its sections and, under each, the headings of its prose (### and
// deeper), each with an id as GitHub makes heading anchors. The browser lists them (o), and -s
// takes any of them: a section by id, number, title or a unique prefix of one, a sub-heading by
// its id or as section/sub-heading.
import {UsageError} from '../model/errors.js';
import type {Section} from '../model/schema.js';
import {findSection} from '../model/view.js';
import type {Document} from './document.js';
import type {Block} from './markdown.js';
import {lineText} from './styled.js';

/** A heading of the document: a section, or a heading in a section's prose. */
export type Heading = {
	/** The section's index in the comparison. */
	readonly section: number;
	/** Which heading of the section's prose it is (from 0), or undefined for the section itself. */
	readonly heading?: number;
	/** 0 for a section; 1 for the highest heading in its prose, 2 for one under it, and so on. */
	readonly level: number;
	readonly title: string;
	readonly id: string;
};

/** The headings of a section's prose, in order: those at the top level of its blocks. */
export function proseHeadings(blocks: readonly Block[]): Extract<Block, {type: 'heading'}>[] {
	return blocks.filter((block) => block.type === 'heading');
}

/**
 * An anchor as GitHub makes one from a heading: lowercase, punctuation and symbols dropped (letters
 * and digits of every script kept), spaces as hyphens.
 */
export function anchor(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
		.replace(/ /g, '-');
}

/** Every heading of the document in reading order: each section, then the headings of its prose. */
export function outlineOf(document: Document): Heading[] {
	const {sections} = document.comparison;
	// Anchors are unique in the page, as GitHub's are: a second "Setup" is "setup-2".
	const taken = new Set(sections.map((section) => section.id));
	const unique = (wanted: string, fallback: string) => {
		const base = wanted === '' ? fallback : wanted;
		let id = base;
		for (let number = 2; taken.has(id); number++) id = `${base}-${number}`;
		taken.add(id);
		return id;
	};
	const headings: Heading[] = [];
	sections.forEach((section, index) => {
		headings.push({section: index, level: 0, title: section.title, id: section.id});
		const prose = proseHeadings(document.bodies.get(section.id) ?? []);
		const top = Math.min(...prose.map((block) => block.depth));
		prose.forEach((block, heading) => {
			const title = lineText(block.spans).trim();
			const id = unique(anchor(title), `${section.id}-${heading + 1}`);
			headings.push({section: index, heading, level: 1 + block.depth - top, title, id});
		});
	});
	return headings;
}

/** Where -s points: a section, or a heading in its prose. */
export type Target = {readonly section: number; readonly heading?: number};

function folded(text: string): string {
	return text.trim().toLowerCase();
}

/** The headings whose id or title starts with the key (any case). */
function byPrefix(headings: readonly Heading[], key: string): Heading[] {
	const wanted = folded(key);
	return headings.filter((entry) => folded(entry.id).startsWith(wanted) || folded(entry.title).startsWith(wanted));
}

function ambiguous(key: string, candidates: readonly Heading[]): UsageError {
	const names = candidates.map((entry) => `${entry.id} (${entry.title})`).join(', ');
	return new UsageError(`section "${key}" is ambiguous: it could be ${names}; give more of it`);
}

/**
 * One heading among some by exact id, by title in any case, else by a unique prefix of either; an
 * error names the key as the reader wrote it (`named`).
 */
function pick(headings: readonly Heading[], key: string, named = key): Heading | undefined {
	const exact =
		headings.find((entry) => entry.id === key) ?? headings.find((entry) => folded(entry.title) === folded(key));
	if (exact) return exact;
	if (folded(key) === '') return undefined;
	const candidates = byPrefix(headings, key);
	if (candidates.length > 1) throw ambiguous(named, candidates);
	return candidates[0];
}

function target(entry: Heading): Target {
	return entry.heading === undefined ? {section: entry.section} : {section: entry.section, heading: entry.heading};
}

/**
 * What -s names: a section by id, number (from 1), title in any case or a unique prefix of its id or
 * title; a heading of a section's prose by its id, its title, a unique prefix of either, or as
 * section/heading. A prefix that fits several is an error that names them; nothing found, one that
 * names the sections.
 */
export function findTarget(document: Document, key: string): Target {
	const {sections} = document.comparison;
	const headings = outlineOf(document);
	const tops = headings.filter((entry) => entry.heading === undefined);
	const subs = headings.filter((entry) => entry.heading !== undefined);
	const byId = tops.find((entry) => entry.id === key);
	if (byId) return target(byId);
	const number = /^\d+$/.test(key) ? Number(key) : 0;
	if (number >= 1 && number <= sections.length) return {section: number - 1};
	const exact = (entry: Heading) => entry.id === key || folded(entry.title) === folded(key);
	const whole = tops.find(exact) ?? subs.find(exact);
	if (whole) return target(whole);
	// section/heading: the section as -s takes one, the heading among its own.
	for (let slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
		const section = pick(tops, key.slice(0, slash), key);
		if (!section) continue;
		const rest = key.slice(slash + 1);
		const heading = pick(
			subs.filter((entry) => entry.section === section.section),
			rest,
			key,
		);
		if (heading) return target(heading);
		throw new UsageError(
			`section "${section.id}" has no heading "${rest}" (its headings are ${
				subs
					.filter((entry) => entry.section === section.section)
					.map((entry) => entry.id)
					.join(', ') || 'none'
			})`,
		);
	}
	const section = pick(tops, key);
	if (section) return target(section);
	const heading = pick(subs, key);
	if (heading) return target(heading);
	// Nothing matched: the model's message, which names the sections.
	findSection(document.comparison, key);
	throw new UsageError(`unknown section "${key}"`);
}

/** The text of blocks, for the citations of a part of a section (its [n] are in it). */
function blocksText(blocks: readonly Block[]): string {
	const texts: string[] = [];
	for (const block of blocks) {
		if (block.type === 'paragraph' || block.type === 'heading') texts.push(lineText(block.spans));
		else if (block.type === 'list') for (const item of block.items) texts.push(blocksText(item.blocks));
		else if (block.type === 'quote') texts.push(blocksText(block.blocks));
		else if (block.type === 'table')
			for (const cell of [...block.header, ...block.rows.flat()]) texts.push(lineText(cell));
	}
	return texts.join('\n');
}

/**
 * A heading of a section's prose and what it heads (up to the next heading as high or higher) as
 * a section of its own, titled by the heading, for printing only that part (-s section/heading).
 * The section's table goes with it where its rows stand in that part, or, for a table that
 * follows the prose, when the part runs to the end of the section.
 */
export function subsection(
	document: Document,
	section: Section,
	heading: number,
): {readonly document: Document; readonly section: Section} {
	const blocks = document.bodies.get(section.id) ?? [];
	const positions = blocks.flatMap((block, index) => (block.type === 'heading' ? [index] : []));
	const start = positions[heading] ?? blocks.length;
	const head = blocks[start];
	const depth = head?.type === 'heading' ? head.depth : 0;
	let end = start + 1;
	while (end < blocks.length) {
		const block = blocks[end] as Block;
		if (block.type === 'heading' && block.depth <= depth) break;
		end++;
	}
	const part = blocks.slice(start + 1, end);
	const placed = blocks.some((block) => block.type === 'subject-table');
	const keepsTable = placed ? part.some((block) => block.type === 'subject-table') : end === blocks.length;
	const entry = outlineOf(document).find(
		(candidate) => candidate.section === document.comparison.sections.indexOf(section) && candidate.heading === heading,
	);
	const id = entry && /^[a-z0-9][a-z0-9._-]{0,63}$/.test(entry.id) ? entry.id : `${section.id}-part`;
	const text = blocksText(part);
	const {table, body: _body, ...rest} = section;
	const made: Section = {
		...rest,
		id,
		title: head?.type === 'heading' ? lineText(head.spans).trim() : section.title,
		...(text === '' ? {} : {body: text}),
		...(keepsTable && table ? {table} : {}),
	};
	const bodies = new Map(document.bodies);
	bodies.set(id, part);
	return {document: {...document, bodies}, section: made};
}
