// The bundled comparison, made by the build (source/scripts/build.ts): validated, its prose and cells parsed,
// all before the CLI runs.
declare module 'tradeoff:bundled' {
	const bundled: {
		readonly comparison: import('../model/schema.js').Comparison;
		readonly bodies: Readonly<Record<string, readonly import('../layout/markdown.js').Block[]>>;
		readonly inline: Readonly<Record<string, readonly import('../layout/styled.js').Span[]>>;
		/** The data file it was made from: its name and size in bytes. */
		readonly file: {readonly name: string; readonly bytes: number};
	};
	export default bundled;
}
