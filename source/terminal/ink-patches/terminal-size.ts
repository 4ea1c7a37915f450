// Stands in for terminal-size, which Ink imports only to size a stream that is not a terminal. Its
// last resorts spawn `tput` and `resize`, so importing it loads node:child_process (~3-4 ms of the
// browser's first frame, measured) and, were stdout ever a terminal of 0 columns, a frame would
// wait on child processes. tradeoff draws only to a terminal; this answers from the streams and
// the environment, and otherwise leaves Ink to its default of 80 columns.
type Sized = {readonly columns?: number; readonly rows?: number} | undefined;

/** Ink calls it with no arguments: stdout, then stderr, then the environment. */
export default function terminalSize(
	streams: readonly Sized[] = [process.stdout, process.stderr],
	env: NodeJS.ProcessEnv = process.env,
): {columns: number; rows: number} | undefined {
	for (const stream of streams) {
		if (stream?.columns && stream.rows) return {columns: stream.columns, rows: stream.rows};
	}
	const columns = Number.parseInt(env.COLUMNS ?? '', 10);
	const rows = Number.parseInt(env.LINES ?? '', 10);
	return columns > 0 && rows > 0 ? {columns, rows} : undefined;
}
