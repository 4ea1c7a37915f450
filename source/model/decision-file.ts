// The decision file as text: what tradeoff writes and what it agrees to read back. It names its
// format and version, so that a file from a newer tradeoff, or a file of something else, is told
// apart from a damaged one and never read as an empty decision (and then overwritten). A file is
// untrusted like any other: its texts are sanitized as they are read, and a note is cleaned as the
// editor cleans it. Pure: the store (store/) reads and writes the bytes.
import {cleanNote, type Decision, type RowDecision, rowKey, scoreRange, weightRange} from './decision.js';
import {sanitizeText} from './sanitize.js';

/** What the file says it is. */
export const decisionFormat = 'tradeoff-decision';
/** The version this tradeoff writes, and the newest it reads. */
export const decisionVersion = 1;

/** What the file says about the comparison it decides on, for a person reading it. */
export type DecisionAbout = {
	/** The comparison's title. */
	readonly title: string;
	/** Where the comparison was read: a resolved path or a URL. */
	readonly source: string;
	/** When the decision last changed, as an ISO 8601 time. */
	readonly updated: string;
};

/** The decision file as text (JSON, two-space indented, a newline at the end). */
export function decisionText(decision: Decision, about: DecisionAbout): string {
	const rows = [...decision.rows.values()].map((row) => ({
		section: row.section,
		criterion: row.criterion,
		...(row.occurrence > 1 ? {occurrence: row.occurrence} : {}),
		weight: row.weight,
		cells: row.cells,
	}));
	const file = {
		format: decisionFormat,
		version: decisionVersion,
		comparison: {title: about.title, source: about.source},
		updated: about.updated,
		rows,
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** A decision file read back: the decision, or why it cannot be read. */
export type DecisionRead =
	| {readonly ok: true; readonly decision: Decision; readonly updated: string | undefined}
	| {readonly ok: false; readonly reason: string};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, range: {readonly min: number; readonly max: number}): value is number {
	// Number.isInteger is false for anything but a number.
	return Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;
}

class Damaged extends Error {}

/** One row of the file as a row of the decision; throws Damaged saying where and what. */
function readRow(value: unknown, at: string): RowDecision {
	if (!isRecord(value)) throw new Damaged(`${at}: expected an object`);
	const {section, criterion, occurrence = 1, weight = weightRange.initial, cells = {}} = value;
	if (typeof section !== 'string' || section === '') throw new Damaged(`${at}.section: expected a section id`);
	if (typeof criterion !== 'string' || criterion === '') throw new Damaged(`${at}.criterion: expected a criterion`);
	if (!isWhole(occurrence, {min: 1, max: Number.MAX_SAFE_INTEGER}))
		throw new Damaged(`${at}.occurrence: expected a whole number from 1`);
	if (!isWhole(weight, weightRange)) throw new Damaged(`${at}.weight: expected a whole number from 0 to 5`);
	if (!isRecord(cells)) throw new Damaged(`${at}.cells: expected an object`);
	const entries = Object.entries(cells).map(([subject, cell]) => {
		const where = `${at}.cells[${JSON.stringify(sanitizeText(subject))}]`;
		if (!isRecord(cell)) throw new Damaged(`${where}: expected an object`);
		if (cell.score !== undefined && !isWhole(cell.score, scoreRange))
			throw new Damaged(`${where}.score: expected a whole number from 0 to 5`);
		if (cell.note !== undefined && typeof cell.note !== 'string') throw new Damaged(`${where}.note: expected text`);
		const note = cleanNote(cell.note);
		return [
			sanitizeText(subject),
			{...(cell.score === undefined ? {} : {score: cell.score}), ...(note === undefined ? {} : {note})},
		] as const;
	});
	return {
		section: sanitizeText(section),
		criterion: sanitizeText(criterion),
		occurrence,
		weight,
		// fromEntries, never assignment: an id "__proto__" stays a key.
		cells: Object.fromEntries(entries.filter(([, cell]) => cell.score !== undefined || cell.note !== undefined)),
	};
}

/**
 * Reads a decision file's text. Unreadable, with the reason in words: not JSON, not a decision
 * file, a newer version than this tradeoff reads, or a decision file with something wrong in it.
 */
export function readDecisionText(text: string): DecisionRead {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {ok: false, reason: 'it is not JSON (damaged, or not a decision file)'};
	}
	if (!isRecord(data) || data.format !== decisionFormat)
		return {ok: false, reason: 'it is not a tradeoff decision file'};
	const version = data.version;
	if (isWhole(version, {min: decisionVersion + 1, max: Number.MAX_SAFE_INTEGER}))
		return {
			ok: false,
			reason: `it was written by a newer tradeoff (format version ${version}; this one reads ${decisionVersion})`,
		};
	if (version !== decisionVersion) return {ok: false, reason: 'it is damaged: version: expected 1'};
	if (!Array.isArray(data.rows)) return {ok: false, reason: 'it is damaged: rows: expected a list'};
	const rows = new Map<string, RowDecision>();
	try {
		data.rows.forEach((value, index) => {
			const row = readRow(value, `rows[${index}]`);
			if (row.weight !== weightRange.initial || Object.keys(row.cells).length > 0) rows.set(rowKey(row), row);
		});
	} catch (error) {
		// Only Damaged is thrown above: anything else would be a fault of ours, and is not caught.
		if (!(error instanceof Damaged)) throw error;
		return {ok: false, reason: `it is damaged: ${error.message}`};
	}
	const updated = typeof data.updated === 'string' ? sanitizeText(data.updated) : undefined;
	return {ok: true, decision: {rows}, updated};
}
