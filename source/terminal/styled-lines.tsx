import {Box, Text} from 'ink';
import {memo} from 'react';
import {type ColorMode, renderLine} from '../layout/render-text.js';
import type {Line} from '../layout/styled.js';
import type {Theme} from '../layout/theme.js';

type LineProps = {readonly line: Line; readonly color: ColorMode; readonly theme: Theme; readonly hyperlinks: boolean};

// One <Text> per line, truncated rather than wrapped: the lines are laid out to the width already,
// and a wrap would make the frame taller than the terminal. An empty line is a space, or Ink
// would give it no height.
const StyledLine = memo(function StyledLine({line, color, theme, hyperlinks}: LineProps) {
	return <Text wrap="truncate">{renderLine(line, {color, theme, hyperlinks}) || ' '}</Text>;
});

/** Draws laid-out lines from top to bottom. */
export function StyledLines({
	lines,
	color,
	theme = 'dark',
	hyperlinks = false,
}: {
	readonly lines: readonly Line[];
	readonly color: ColorMode;
	readonly theme?: Theme;
	readonly hyperlinks?: boolean;
}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines are positions on the screen: the index is their identity.
				<StyledLine key={index} line={line} color={color} theme={theme} hyperlinks={hyperlinks} />
			))}
		</Box>
	);
}
