// The bundled comparison, made by the build (source/scripts/build.ts): validated, its prose parsed,
// all before the CLI runs.
declare module 'tradeoff:bundled' {
	const bundled: {
		readonly comparison: import('./core/schema.js').Comparison;
		readonly bodies: Readonly<Record<string, readonly import('./core/layout/markdown.js').Block[]>>;
	};
	export default bundled;
}

// The base64 of yoga-layout's WebAssembly, extracted by the build (see ink-patches/yoga.ts).
declare module 'tradeoff:yoga-wasm' {
	const wasm: string;
	export default wasm;
}
