import {useState} from 'react';
import type {ListEntry} from '../browser/list.js';
import type {ColorMode} from '../layout/render-text.js';
import {App} from './app.js';
import {ComparisonList} from './list.js';
import type {SizeStore} from './size.js';

/** What the shell around a list of comparisons needs. */
export type ShellProps = {
	readonly entries: readonly ListEntry[];
	readonly ascii: boolean;
	readonly color: ColorMode;
	readonly hyperlinks: boolean;
	/** Open every comparison with differences only (-d). */
	readonly differences: boolean;
	readonly sizes: SizeStore;
	readonly onQuit: (code: number) => void;
};

/**
 * The list of comparisons, or the browser on the one opened from it: Esc in the browser (when no
 * search or overlay is open) comes back to the list, at the entry it left.
 */
export function Shell(props: ShellProps) {
	const [open, setOpen] = useState<number | undefined>(undefined);
	const [last, setLast] = useState(0);
	const document = open === undefined ? undefined : props.entries[open]?.document;
	if (open !== undefined && document) {
		return (
			<App
				document={document}
				start={{
					section: 0,
					order: document.comparison.subjects.map((subject) => subject.id),
					differences: props.differences,
				}}
				ascii={props.ascii}
				color={props.color}
				hyperlinks={props.hyperlinks}
				sizes={props.sizes}
				onQuit={props.onQuit}
				onBack={() => {
					setLast(open);
					setOpen(undefined);
				}}
			/>
		);
	}
	return (
		<ComparisonList
			entries={props.entries}
			initial={last}
			sizes={props.sizes}
			ascii={props.ascii}
			color={props.color}
			onOpen={setOpen}
			onQuit={props.onQuit}
		/>
	);
}
