// npm run bench: the one place speed and memory figures come from. It prints every row of issue
// 16's goals table with its goal and verdict (met / NOT MET), and other figures as information.
// Every figure is measured in this run next to bare node, and reported as a ratio to it, because
// this machine is shared and absolute times drift. Not a test: it prints, it never fails on a
// figure.
//
// Ratios are paired: commands run in rounds (node, then each command once) after a warm-up round,
// each run is divided by the run it is compared with in the same round, and the ratio shown is the
// median of those (bench-stats.ts says why).
//
//   npm run bench                   all measurements
//   npm run bench -- --runs 30      more rounds per figure (default 15)
//   npm run bench -- --json         also the rows, goals and verdicts as JSON, after the table
//   npm run bench -- --anchors      also rich, lowdown, pandoc and bat on the same content
//
// With ../shared/fixtures/markdown beside the repository, the largest of its documents is timed
// too (printed from its file, cached and not, from a server on 127.0.0.1, and its first frame),
// and so is the slowest of them all to print, cached (found by a few rounds of each first);
// without it those rows say they were skipped.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {importMarkdown} from '../markdown/markdown-document.js';
import type {Comparison} from '../model/schema.js';
import {Session} from '../test-support/pty.js';
import {bundledFile, cli, root} from '../test-support/run-cli.js';
import {measureAnchors} from './bench-anchors.js';
import {longProse, markdownWithTable, wide, withCode} from './bench-data.js';
import {measureLines} from './bench-lines.js';
import {browse, type Command, nodePeakMemory, nodeScreen, packed, timeAll, timeScreens} from './bench-run.js';
import {pairedRatio, type Stats, single, stats} from './bench-stats.js';
import {
	formatTable,
	goals,
	keyLatency,
	type Row,
	ratioAtMost,
	ratioGoal,
	rowJson,
	skipped,
	summarize,
	valueAtMost,
} from './bench-table.js';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 15;
const wantJson = argv.includes('--json');
const wantAnchors = argv.includes('--anchors');
const fixtureFolder = join(root, '..', 'shared', 'fixtures', 'markdown');

/** The largest of the shared real-world Markdown documents, if the shared folder is beside the repository. */
function largestFixture(): string | undefined {
	if (!existsSync(fixtureFolder)) return undefined;
	const files = readdirSync(fixtureFolder)
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(fixtureFolder, name));
	return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** Every shared real-world Markdown document, if the shared folder is beside the repository. */
function allFixtures(): string[] {
	if (!existsSync(fixtureFolder)) return [];
	return readdirSync(fixtureFolder)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => join(fixtureFolder, name));
}

/**
 * The shared document slowest to print, cached: each printed in a few interleaved rounds, and the
 * one whose fastest run is the slowest wins (on a shared machine the fastest of a few runs is the
 * steadiest figure); it is then measured with the others.
 */
async function slowestFixture(run: (file: string) => Command): Promise<string | undefined> {
	const files = allFixtures();
	if (files.length === 0) return undefined;
	const times = await timeAll(Object.fromEntries(files.map((file) => [file, run(file)])), 3);
	return files.sort((a, b) => (times[b]?.min ?? 0) - (times[a]?.min ?? 0))[0];
}

/** The footer of a document's first frame: its first section's title and the count. */
async function firstFooter(file: string): Promise<string> {
	const {comparison} = await importMarkdown(readFileSync(file), file);
	return `${comparison.sections[0]?.title} 1/${comparison.sections.length}`;
}

function progress(text: string): void {
	process.stderr.write(`${text}...\n`);
}

async function main(): Promise<void> {
	// Node 20 reads the certificates NODE_EXTRA_CA_CERTS names on every start (this machine sets it
	// to the system's bundle: ~55 ms, more than the rest of bare node's start); Node 22 and 24 read
	// them only when a TLS connection needs them. No run the bench times has it, so that "bare node"
	// is Node's own start on every line.
	delete process.env.NODE_EXTRA_CA_CERTS;
	execFileSync(process.execPath, ['--import', 'tsx', join(root, 'source', 'scripts', 'build.ts')], {
		cwd: root,
		stdio: 'inherit',
	});
	const scratch = mkdtempSync(join(tmpdir(), 'tradeoff-bench-'));
	try {
		await measure(scratch);
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}

async function measure(scratch: string): Promise<void> {
	// Every cached run of this bench reads the caches the warm-up round wrote here (code caches,
	// parsed documents, and for a printed run the print itself, kept: a repeated command); "laid out
	// again" runs have all of them but the kept print, so that what a print costs to lay out stays
	// in sight; "no cache" runs have none at all.
	const cached = {TRADEOFF_CACHE_DIR: join(scratch, 'cache')};
	const laidOut = {...cached, TRADEOFF_PRINT_CACHE: '0'};
	const noCache = {TRADEOFF_CACHE: '0'};
	const tradeoff = (args: readonly string[], env: Record<string, string>, out?: string): Command => ({
		argv: [process.execPath, cli, ...args],
		env,
		...(out ? {out} : {}),
	});
	const write = (name: string, text: string) => {
		const path = join(scratch, name);
		writeFileSync(path, text);
		return path;
	};
	const longProseFile = write('long-prose.json', JSON.stringify(longProse()));
	const wideFile = write('eight-subjects-300-rows.json', JSON.stringify(wide()));
	const codeFile = write('with-code.json', JSON.stringify(withCode()));
	const table = markdownWithTable();
	const tableFile = write('thousand-rows.md', table.text);
	const bundled = JSON.parse(readFileSync(bundledFile, 'utf8')) as Comparison;
	const bundledSections = bundled.sections.map((section) => section.title);
	const fixture = largestFixture();
	const noFixture = 'skipped: no ../shared/fixtures/markdown';
	progress('finding the shared document slowest to print');
	const slowest = await slowestFixture((file) => tradeoff(['--plain', file], laidOut));

	// The largest shared document from a server on 127.0.0.1, as a URL is read.
	const server = createServer((_request, response) => {
		response.writeHead(200, {'content-type': 'text/markdown'}).end(fixture ? readFileSync(fixture) : '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const fixtureUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/document.md`;

	progress(`timing printed output (${runs} rounds)`);
	const printed = await timeAll(
		{
			node: {argv: [process.execPath, '-e', '0']},
			plainNoCache: tradeoff(['--plain'], noCache),
			plain: tradeoff(['--plain'], cached),
			plainLaidOut: tradeoff(['--plain'], laidOut),
			json: tradeoff(['--format', 'json'], cached),
			file: tradeoff(['--plain', bundledFile], cached),
			fileNoCache: tradeoff(['--plain', bundledFile], noCache),
			longProse: tradeoff(['--plain', longProseFile], laidOut),
			longProseNoCache: tradeoff(['--plain', longProseFile], noCache),
			wide: tradeoff(['--plain', wideFile], laidOut),
			code: tradeoff(['--plain', codeFile], laidOut),
			codeNoCache: tradeoff(['--plain', codeFile], noCache),
			table: tradeoff(['--plain', tableFile], laidOut),
			...(fixture
				? {
						fixture: tradeoff(['--plain', fixture], cached),
						fixtureLaidOut: tradeoff(['--plain', fixture], laidOut),
						fixtureNoCache: tradeoff(['--plain', fixture], noCache),
						fixtureUrl: tradeoff(['--plain', fixtureUrl], cached),
					}
				: {}),
			...(slowest
				? {slowest: tradeoff(['--plain', slowest], cached), slowestLaidOut: tradeoff(['--plain', slowest], laidOut)}
				: {}),
		},
		runs,
	);
	server.close();

	progress(`timing first frames in an 80x24 pseudo-terminal (${runs} rounds)`);
	const bundledReady = `${bundledSections[0]} 1/${bundledSections.length}`;
	const screen = (args: readonly string[], env: Record<string, string>, ready: string) => ({
		start: () => new Session(args, {cols: 80, rows: 24, env}),
		ready,
	});
	const frames = await timeScreens(
		{
			node: nodeScreen,
			frameNoCache: screen([], noCache, bundledReady),
			frame: screen([], cached, bundledReady),
			// The same first frame drawn by Ink, not painted before it loads (first-paint.ts); and a
			// key typed at once, answered: what the paint does not hasten.
			frameInk: screen([], {...cached, TRADEOFF_FIRST_PAINT: '0'}, bundledReady),
			keyAnswered: {...screen([], cached, `${bundledSections[1]} 2/${bundledSections.length}`), keys: '2'},
			wide: screen([wideFile], cached, bundledReady),
			table: screen([tableFile], cached, await firstFooter(tableFile)),
			...(fixture ? {fixture: screen([fixture], cached, await firstFooter(fixture))} : {}),
		},
		runs,
	);

	const rounds = Math.max(2, Math.round(runs / 5));
	progress(`timing keys in an 80x24 pseudo-terminal (${rounds} rounds a document)`);
	const keysBundled = await browse({args: [], sections: bundledSections, query: 'framework', env: cached}, rounds);
	const keysTable = await browse(
		{args: [tableFile], sections: table.sections, query: 'replication', env: cached},
		rounds,
	);
	const keysLong = await browse(
		{args: [longProseFile], sections: bundledSections, query: 'framework', env: cached},
		rounds,
	);
	const keysWide = await browse({args: [wideFile], sections: bundledSections, query: 'framework', env: cached}, rounds);

	// The start on the other Node LTS lines (bench-lines.ts), newest first.
	const lines = await measureLines({runs, scratch, ready: bundledReady}, progress);

	progress('measuring memory and the package');
	const nodeMemory = nodePeakMemory(runs);
	const pack = packed();

	const node = printed.node as Stats;
	const ptyNode = frames.node as Stats;
	const fixtureName = fixture ? basename(fixture) : undefined;
	const groups = {
		printed: `printed, spawn to exit, stdout to /dev/null (ratio to node -e 0: median ${node.median.toFixed(1)} ms)`,
		frame: `first interactive frame, 80x24 pty (ratio to node in the pty: median ${ptyNode.median.toFixed(1)} ms)`,
		keys: `key to screen, 80x24 pty: ${rounds} rounds of every section jumped to and paged, a query typed`,
		memory: `peak memory, VmHWM (ratio to node -e 0: median ${nodeMemory.median.toFixed(1)} MiB)`,
		package: 'the package as npm pack writes it',
	};
	const time = (
		group: string,
		what: string,
		value: Stats | undefined,
		base: {stats: Stats; of: string},
		limit?: number,
	): Row => {
		if (!value) throw new Error(`${what}: not measured`);
		const ratio = pairedRatio(value, base.stats);
		return {
			group,
			what,
			unit: 'ms',
			stats: value,
			ratio: {value: ratio, of: base.of},
			...(limit === undefined ? {} : {judged: ratioAtMost(limit, ratio)}),
		};
	};
	const toNode = {stats: node, of: 'node'};
	const toPtyNode = {stats: ptyNode, of: 'pty node'};
	const key = (what: string, value: Stats, judge: boolean): Row => ({
		group: groups.keys,
		what,
		unit: 'ms',
		stats: value,
		...(judge ? {judged: keyLatency(value)} : {}),
	});
	const allKeys = (times: {jump: Stats; page: Stats; search: Stats}) =>
		stats([...times.jump.samples, ...times.page.samples, ...times.search.samples]);
	const memory = (what: string, peak: number, judge: boolean): Row => {
		const ratio = peak / nodeMemory.median;
		return {
			group: groups.memory,
			what,
			unit: 'MiB',
			stats: single(peak),
			ratio: {value: ratio, of: 'node'},
			...(judge ? {judged: ratioAtMost(goals.memory, ratio)} : {}),
		};
	};
	const rows: Row[] = [
		time(groups.printed, 'bundled, no cache', printed.plainNoCache, toNode, goals.printedNoCache),
		time(groups.printed, 'bundled, cached', printed.plain, toNode, goals.printedCached),
		time(groups.printed, 'bundled, laid out again', printed.plainLaidOut, toNode),
		time(groups.printed, 'bundled --format json', printed.json, toNode),
		time(groups.printed, 'bundled file, no cache', printed.fileNoCache, toNode),
		time(groups.printed, 'bundled file, cached', printed.file, toNode),
		time(groups.printed, '50x the prose, no cache', printed.longProseNoCache, toNode),
		time(
			groups.printed,
			'50x the prose, laid out again',
			printed.longProse,
			{stats: printed.plainLaidOut as Stats, of: 'bundled'},
			goals.longProse,
		),
		time(groups.printed, '8 subjects x 300 rows, laid out again', printed.wide, toNode),
		// Only prose with a fenced block that names its language loads the highlighter.
		time(groups.printed, 'code blocks, no cache', printed.codeNoCache, toNode),
		time(groups.printed, 'code blocks, laid out again', printed.code, toNode),
		time(groups.printed, '1,000-row Markdown, laid out again', printed.table, toNode),
		...(fixture
			? [
					time(groups.printed, 'largest fixture, no cache', printed.fixtureNoCache, toNode),
					time(groups.printed, 'largest fixture, cached', printed.fixture, toNode, goals.fixture),
					time(groups.printed, 'largest fixture, laid out again', printed.fixtureLaidOut, toNode),
					time(groups.printed, 'largest fixture, from http', printed.fixtureUrl, toNode, goals.fixtureUrl),
				]
			: [
					skipped(groups.printed, 'largest fixture, cached', ratioGoal(goals.fixture), noFixture),
					skipped(groups.printed, 'largest fixture, from http', ratioGoal(goals.fixtureUrl), noFixture),
				]),
		...(slowest
			? [
					time(groups.printed, 'slowest fixture, cached', printed.slowest, toNode, goals.slowestFixture),
					time(groups.printed, 'slowest fixture, laid out again', printed.slowestLaidOut, toNode),
				]
			: [skipped(groups.printed, 'slowest fixture, cached', ratioGoal(goals.slowestFixture), noFixture)]),
		time(groups.frame, 'bundled, no cache', frames.frameNoCache, toPtyNode, goals.frameNoCache),
		time(groups.frame, 'bundled, cached', frames.frame, toPtyNode, goals.frameCached),
		time(groups.frame, 'bundled, cached, drawn by Ink (TRADEOFF_FIRST_PAINT=0)', frames.frameInk, toPtyNode),
		time(groups.frame, 'bundled, cached: 2 typed at start, answered', frames.keyAnswered, toPtyNode),
		time(groups.frame, '8 subjects x 300 rows, cached', frames.wide, toPtyNode),
		time(groups.frame, '1,000-row Markdown, cached', frames.table, toPtyNode),
		...(fixture ? [time(groups.frame, 'largest fixture, cached', frames.fixture, toPtyNode)] : []),
		key('bundled: section jump', keysBundled.jump, true),
		key('bundled: page scroll', keysBundled.page, true),
		key('bundled: search keystroke', keysBundled.search, true),
		key('1,000 rows: section jump', keysTable.jump, true),
		key('1,000 rows: page scroll', keysTable.page, true),
		key('1,000 rows: search keystroke', keysTable.search, true),
		key('50x the prose: every key', allKeys(keysLong), false),
		key('8 subjects x 300 rows: any key', allKeys(keysWide), false),
		memory('bundled, every section visited', keysBundled.peakVisited, true),
		memory('bundled, after searching too', keysBundled.peakAll, false),
		memory('1,000 rows, after every key', keysTable.peakAll, false),
		{
			group: groups.package,
			what: 'packed tarball',
			unit: 'KiB',
			stats: single(pack.kib),
			judged: valueAtMost(goals.tarballKiB, pack.kib, 'KiB'),
		},
		{
			group: groups.package,
			what: 'runtime dependencies',
			unit: 'count',
			stats: single(pack.dependencies.length),
			judged: valueAtMost(goals.dependencies, pack.dependencies.length, 'count'),
			...(pack.dependencies.length > 0 ? {note: pack.dependencies.join(', ')} : {}),
		},
	];

	rows.push(...lines);

	const anchors = wantAnchors
		? await measureAnchors({
				scratch,
				fixture,
				runs,
				tradeoff: (file, width, env, out) =>
					tradeoff([file, '--plain', '--width', String(width), '--color', 'always'], env, out),
				cached,
				noCache,
			})
		: undefined;

	const summary = summarize(rows);
	const out: string[] = [
		`${runs} round${runs === 1 ? '' : 's'} after a warm-up round; a ratio is the median of run-by-run ratios within rounds`,
		fixture
			? `largest shared fixture: ${fixtureName} (${(statSync(fixture).size / 1024).toFixed(1)} KiB)`
			: `largest shared fixture: ${noFixture}`,
		`slowest shared fixture to print: ${slowest ? basename(slowest) : noFixture}`,
		`1,000-row Markdown: front matter naming ${table.subjects.join(', ')}; ${table.rows} table rows; sections ${table.sections.join(', ')}`,
		'',
		formatTable(rows),
		'',
		summary,
	];
	if (anchors) out.push('', anchors.text);
	process.stdout.write(`${out.join('\n')}\n`);
	if (wantJson) {
		const json = {
			runs,
			node: {median: node.median, min: node.min, max: node.max},
			nodeInPty: {median: ptyNode.median, min: ptyNode.min, max: ptyNode.max},
			nodeMemoryMiB: nodeMemory.median,
			fixture: fixtureName ?? null,
			slowestFixture: slowest ? basename(slowest) : null,
			rows: rows.map(rowJson),
			summary,
			...(anchors ? {anchors: anchors.json} : {}),
		};
		process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exit(1);
});
