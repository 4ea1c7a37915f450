import {Box, Text} from 'ink';
import {memo} from 'react';
import {type ColorMode, renderLine} from '../layout/render-text.js';
import type {Line} from '../layout/styled.js';

type LineProps = {readonly line: Line; readonly color: ColorMode; readonly hyperlinks: boolean};

// One <Text> per line, truncated rather than wrapped: the lines are laid out to the width already,
// and a wrap would make the frame taller than the terminal. An empty line is a space, or Ink
// would give it no height.
const StyledLine = memo(function StyledLine({line, color, hyperlinks}: LineProps) {
	return <Text wrap="truncate">{renderLine(line, {color, hyperlinks}) || ' '}</Text>;
});

/** Draws laid-out lines from top to bottom. */
export function StyledLines({
	lines,
	color,
	hyperlinks = false,
}: {
	readonly lines: readonly Line[];
	readonly color: ColorMode;
	readonly hyperlinks?: boolean;
}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines are positions on the screen: the index is their identity.
				<StyledLine key={index} line={line} color={color} hyperlinks={hyperlinks} />
			))}
		</Box>
	);
}
