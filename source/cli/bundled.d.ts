// The bundled comparison, made by the build (source/scripts/build.ts): validated, its prose parsed,
// all before the CLI runs.
declare module 'tradeoff:bundled' {
	const bundled: {
		readonly comparison: import('../model/schema.js').Comparison;
		readonly bodies: Readonly<Record<string, readonly import('../layout/markdown.js').Block[]>>;
	};
	export default bundled;
}
