// The base64 of yoga-layout's WebAssembly, extracted by the build (see yoga.ts).
declare module 'tradeoff:yoga-wasm' {
	const wasm: string;
	export default wasm;
}
