// What the build makes of third-party code, read from build/ (the tests' global setup builds it).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {installedVersion} from '../terminal/ink-patches/upstream.js';
import {root} from '../test-support/run-cli.js';

const built = (file: string) => readFileSync(join(root, 'build', file), 'utf8');

describe('yoga in the bundles', () => {
	test("the browser's bundle carries yoga's enums, not its Emscripten loader or WebAssembly", () => {
		const browser = built('interactive.cjs');
		expect(browser).toContain('"FlexStart"');
		expect(browser).not.toContain('instantiateWasm');
		expect(browser).not.toContain('data:application/octet-stream');
	});

	test('yoga.cjs has the loader without its embedded WebAssembly, which is yoga.wasm', () => {
		const yoga = built('yoga.cjs');
		expect(yoga).toContain('instantiateWasm');
		expect(yoga).toContain('data:application/octet-stream;base64,"');
		const wasm = readFileSync(join(root, 'build', 'yoga.wasm'));
		expect(wasm.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
	});
});

test('the licence notices name the installed version of each package the bundle carries', () => {
	const notices = built('THIRD-PARTY-NOTICES.txt');
	// Packages the project depends on itself: with pnpm, only those resolve from here.
	for (const name of ['ink', 'react', 'yoga-layout', 'slice-ansi', 'ink-select-input']) {
		expect(notices).toContain(`\n${name}@${installedVersion(name)} (`);
	}
});

describe("node:process in the browser's bundle", () => {
	// esbuild gives each ES importer of a CommonJS module a namespace object with a getter for each
	// of its properties: node:process has ~80 and a dozen importers among Ink's dependencies; they
	// import one ES module instead (build.ts: process-as-module), ~7.5 M instructions of the first
	// frame.
	test('is never required, so never wrapped per importer: the process object is taken as it is', () => {
		const browser = built('interactive.cjs');
		expect(browser.match(/require\("(node:)?process"\)/g) ?? []).toEqual([]);
		expect(browser).toMatch(/=\s*globalThis\.process\b/);
	});
});
