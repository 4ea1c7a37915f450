// Stands in for yoga-layout's entry, which loads its WebAssembly with a top-level await: it
// decodes the embedded base64 in a JavaScript loop and compiles asynchronously. Here the bytes
// come from build/yoga.wasm, which the build cuts out of the loader (and the loader's own copy out
// of the bundle), and the module is compiled and instantiated synchronously, so Ink's layout
// engine is ready as soon as it is imported and no top-level await remains.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
// Neither file is exported by yoga-layout: the build resolves them from its own folder (upstream.ts).
// @ts-expect-error: not exported (and the Emscripten loader ships without types).
import loadYoga from 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
// @ts-expect-error: not exported.
import yogaWrapAssembly from 'yoga-layout/dist/src/wrapAssembly.js';
import type {YogaModule} from './flex-layout.js';

const wrapAssembly = yogaWrapAssembly as (settings: object) => YogaModule;

// The project's TypeScript libraries carry no WebAssembly types; these are the two calls made.
type Instance = {exports: unknown};
type Wasm = {Module: new (bytes: Uint8Array) => unknown; Instance: new (module: unknown, imports: unknown) => Instance};
const {Module, Instance} = (globalThis as unknown as {WebAssembly: Wasm}).WebAssembly;

// Beside the file this is built into (build/yoga.cjs).
const bytes = readFileSync(join(__dirname, 'yoga.wasm'));
const settings = {
	wasmBinary: bytes,
	instantiateWasm(imports: unknown, receive: (instance: Instance, module: unknown) => void): unknown {
		const module = new Module(bytes);
		const instance = new Instance(module, imports);
		receive(instance, module);
		return instance.exports;
	},
};
// The loader fills in the object it is given; with the instance ready, it is ready on return.
loadYoga(settings);
const Yoga = wrapAssembly(settings);

// flex-layout.ts asks yoga only for nodes; the enums come with the stand-in.
export default Yoga;
