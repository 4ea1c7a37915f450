// The languages tradeoff highlights: highlight.js's core and the languages a comparison of
// technologies is likely to show, instead of all 191 that highlight.js registers (975 KB of the
// 1.2 MB that cli-highlight bundles). The build points cli-highlight's require('highlight.js') here
// (scripts/build.ts); unbundled, as in the tests, the full package registers the same objects too,
// so the set tradeoff calls known is the one listed here either way.
// For its type declarations only: they declare the core and language modules imported below.
import type {} from 'highlight.js';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import elixir from 'highlight.js/lib/languages/elixir';
import go from 'highlight.js/lib/languages/go';
import haskell from 'highlight.js/lib/languages/haskell';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import lua from 'highlight.js/lib/languages/lua';
import makefile from 'highlight.js/lib/languages/makefile';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import powershell from 'highlight.js/lib/languages/powershell';
import protobuf from 'highlight.js/lib/languages/protobuf';
import python from 'highlight.js/lib/languages/python';
import python_repl from 'highlight.js/lib/languages/python-repl';
import r from 'highlight.js/lib/languages/r';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scala from 'highlight.js/lib/languages/scala';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

const languages = {
	bash,
	c,
	cpp,
	csharp,
	css,
	diff,
	dockerfile,
	elixir,
	go,
	haskell,
	ini,
	java,
	javascript,
	json,
	kotlin,
	lua,
	makefile,
	markdown,
	php,
	plaintext,
	powershell,
	protobuf,
	python,
	'python-repl': python_repl,
	r,
	ruby,
	rust,
	scala,
	scss,
	shell,
	sql,
	swift,
	typescript,
	xml,
	yaml,
};

for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);

/** Every name and alias of the registered languages, lowercase, to its language's name. */
export const knownLanguages: ReadonlyMap<string, string> = new Map(
	Object.keys(languages).flatMap((name) => [
		[name, name] as const,
		...(hljs.getLanguage(name)?.aliases ?? []).map((alias) => [alias.toLowerCase(), name] as const),
	]),
);

// What cli-highlight calls on highlight.js, as named exports (esbuild's CommonJS interop hands an
// ES module's named exports to require(), which cli-highlight's __importStar passes through).
/** highlight.js's highlight. */
export const highlight = hljs.highlight.bind(hljs);
/** highlight.js's highlightAuto. */
export const highlightAuto = hljs.highlightAuto.bind(hljs);
/** highlight.js's listLanguages. */
export const listLanguages = hljs.listLanguages.bind(hljs);
/** highlight.js's getLanguage. */
export const getLanguage = hljs.getLanguage.bind(hljs);
