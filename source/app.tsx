import {useMemo} from 'react';
import {StyledLines} from './components/styled-lines.js';
import type {Document} from './core/document.js';
import type {ColorMode} from './core/render-text.js';
import {LayoutCache} from './core/screen.js';
import type {View} from './core/view.js';
import {useBrowser} from './hooks/use-browser.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import type {SizeStore} from './terminal-size.js';

/** What the interactive browser shows and how. */
export type AppProps = {
	readonly document: Document;
	readonly view: View;
	readonly ascii: boolean;
	readonly color: ColorMode;
	readonly initialSection: number;
	readonly sizes: SizeStore;
	readonly onQuit: (code: number) => void;
};

/** The root component: composes the hooks and draws the frame they produce. */
export function App(props: AppProps) {
	const size = useTerminalSize(props.sizes);
	const cache = useMemo(() => new LayoutCache(props.document), [props.document]);
	const current = useBrowser({
		cache,
		view: props.view,
		size,
		ascii: props.ascii,
		initialSection: props.initialSection,
		onQuit: props.onQuit,
	});
	return <StyledLines lines={current.lines} color={props.color} />;
}
