// The bundled comparison, made by the build (source/scripts/build.ts): validated, its prose parsed,
// and whether any of its text needs the full width measure, all decided before the CLI runs.
declare module 'tradeoff:bundled' {
	const bundled: {
		readonly comparison: import('./core/schema.js').Comparison;
		readonly bodies: Readonly<Record<string, readonly import('./core/layout/markdown.js').Block[]>>;
		readonly fullMeasure: boolean;
	};
	export default bundled;
}
