// Imported before Ink (see browse() in cli.ts). Ink's layout engine, yoga-layout, embeds its
// WebAssembly as a data: URL and, when `fetch` exists, fetches it: that loads Node's whole fetch
// implementation (undici) only to decode base64, ~15 ms of the first frame here. With `fetch`
// hidden while yoga loads, it decodes the same bytes directly. restoreFetch puts it back.
const original = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});

/** Puts `fetch` back once yoga has loaded. */
export function restoreFetch(): void {
	if (original) Object.defineProperty(globalThis, 'fetch', original);
	else Reflect.deleteProperty(globalThis, 'fetch');
}
