// The reader's decision printed (--verdict): the verdict and the matrix as text, a decision record
// in Markdown, or the figures as JSON. A lazy file of its own (build/lazy/verdict.cjs), apart from
// the store the browser opens on every start (decision.ts).
import {decisionLines, type MatrixInput} from '../layout/decision.js';
import {decisionRecord} from '../layout/decision-record.js';
import {type Document, shownText} from '../layout/document.js';
import type {Line} from '../layout/styled.js';
import {goneRows, isEmptyDecision, matrixRows} from '../model/decision.js';
import {DataError} from '../model/errors.js';
import type {Section} from '../model/schema.js';
import {verdictJson, verdictOf} from '../model/verdict.js';
import type {View} from '../model/view.js';
import {bundledPlace, type OpenedDecision} from '../store/decision-store.js';
import type {Format} from './args.js';

/** Where the comparison was read, in words for the decision record. */
function sourceWords(source: string): string {
	if (source === bundledPlace) return 'the comparison bundled with tradeoff';
	if (source.startsWith('stdin:')) return 'standard input';
	return source;
}

/**
 * The decision printed: the verdict and the matrix as text, a decision record in Markdown, or
 * the figures as JSON. A document without subjects has nothing to decide between: a DataError.
 */
export function printedVerdict(
	document: Document,
	view: View,
	sections: readonly Section[],
	/** Opens the decision: only once the document is known to have subjects to decide between. */
	open: () => OpenedDecision,
	print: {
		readonly format: Format | undefined;
		readonly width: number;
		readonly ascii: boolean;
		readonly name: string;
		readonly source: string;
		readonly today: string;
		readonly render: (lines: readonly Line[]) => string;
	},
): string {
	const {comparison} = document;
	if (comparison.subjects.length === 0)
		throw new DataError(
			`${print.name}: --verdict needs subjects to decide between, and this document names none (name them in its front matter, subjects: [A, B], or in the header of a table whose top-left cell is empty)`,
		);
	const opened = open();
	const {decision} = opened;
	const rows = matrixRows(comparison, view, sections, shownText(document));
	const gone = goneRows(decision, comparison);
	const verdict = verdictOf(decision, rows, view.subjects);
	if (print.format === 'json') return `${JSON.stringify(verdictJson(decision, verdict, rows, gone), null, 2)}\n`;
	if (print.format === 'markdown')
		return decisionRecord(comparison, rows, view.subjects, decision, verdict, gone, {
			source: sourceWords(print.source),
			decided: opened.updated,
			written: print.today,
		});
	if (isEmptyDecision(decision))
		return `No decision yet on ${comparison.title}: open it in tradeoff and press D to weigh the criteria, score each subject and note what the source leaves out.\n`;
	const input: MatrixInput = {document, rows, subjects: view.subjects, decision, ascii: print.ascii};
	return print.render(decisionLines(input, verdict, gone, print.width));
}
