// The evidence counts worked out a second time, from the cells as a file writes them and from
// the definitions alone, without the model's code: the tests hold the view's JSON to it.

/** What the issue calls each kind of cell. */
export type Kind = 'cited' | 'uncited' | 'notStated';

/** A cell as a file may write it. */
type RawCell = null | string | {text: string; refs?: number[]; value?: number; unit?: string};

/** The kind of a cell: null or the words "not stated in the source" say nothing; [n] or refs cite. */
export function kindOf(cell: RawCell | undefined): Kind {
	if (cell === null || cell === undefined) return 'notStated';
	const text = typeof cell === 'string' ? cell : cell.text;
	const refs = typeof cell === 'string' ? [] : (cell.refs ?? []);
	const figure = typeof cell === 'string' ? undefined : cell.value;
	const words = text.trim().toLowerCase();
	const silent = ['', 'not stated in the source', 'not stated in the source.'].includes(words);
	if (silent && refs.length === 0 && figure === undefined) return 'notStated';
	// [n] cites, but not the text of a Markdown link, [n](url), nor one escaped (\[n]) or in code (`[n]`).
	const outsideCode = text.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');
	return refs.length > 0 || /(?<!\\)\[\d+\](?!\()/.test(outsideCode) ? 'cited' : 'uncited';
}

/** Per subject id, how many of its cells in every row of every section are of each kind. */
export function countKinds(
	comparison: {sections: {table?: {rows: {cells: Record<string, unknown>}[]}}[]},
	subjectIds: readonly string[],
): Record<string, Record<Kind, number>> {
	const counts: Record<string, Record<Kind, number>> = {};
	for (const id of subjectIds) counts[id] = {cited: 0, uncited: 0, notStated: 0};
	for (const section of comparison.sections)
		for (const row of section.table?.rows ?? [])
			for (const id of subjectIds) {
				const entry = counts[id];
				if (entry) entry[kindOf(row.cells[id] as RawCell)]++;
			}
	return counts;
}
