// Comparisons at URLs, fetched by the CLI from a local HTTP server on 127.0.0.1 (in-process, and
// by the built CLI in a pseudo-terminal for the status line): every way a download can go, each
// failure one line and exit 2.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {bundledJson, withoutSchema} from '../test-support/fixtures.js';
import {Session} from '../test-support/pty.js';
import {runInProcess} from '../test-support/run-in-process.js';

const markdown = '# Served\n\n## Speed\n\n| | A | B |\n|-|-|-|\n| Requests | 10 req/s | 20 req/s |\n';
let server: Server;
// What the server was asked for in GitHub's name: the Host header and the path.
const seen: string[] = [];

/** A document that takes about two seconds to arrive, in pieces. */
function slowly(response: import('node:http').ServerResponse): void {
	response.writeHead(200, {'content-type': 'text/markdown'});
	let sent = 0;
	const timer = setInterval(() => {
		sent++;
		if (sent < 10) response.write(`${'padding '.repeat(4000)}\n\n`);
		else {
			clearInterval(timer);
			response.end(markdown);
		}
	}, 200);
	response.on('close', () => clearInterval(timer));
}
let base = '';
// /hop/n redirects n + 1 times. Responses the stalling routes keep open, closed when the tests end.
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
	server = createServer((request, response) => {
		const path = request.url ?? '/';
		const redirect = /^\/hop\/(\d+)$/.exec(path);
		if (redirect) {
			const left = Number(redirect[1]);
			response.writeHead(302, {location: left > 0 ? `/hop/${left - 1}` : '/doc.md'}).end();
		} else if (path === '/doc.md') response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(markdown);
		else if (path === '/typed') response.writeHead(200, {'content-type': 'text/markdown'}).end(markdown);
		else if (path === '/sniffed') response.writeHead(200).end(markdown);
		else if (path === '/data.json')
			response.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(bundledJson()));
		else if (path === '/page.html') response.writeHead(200, {'content-type': 'text/html'}).end('<html></html>');
		else if (path === '/stall') open.add(response);
		else if (path === '/stall-body') {
			response.writeHead(200, {'content-type': 'text/markdown'});
			response.write('# Half');
			open.add(response);
		} else if (path === '/slow.md') slowly(response);
		else if (path === '/huge') {
			// 20 MB, no Content-Length: the limit has to be counted while the body streams.
			response.writeHead(200, {'content-type': 'text/markdown'});
			const chunk = Buffer.alloc(64 * 1024, 0x61);
			let sent = 0;
			const pump = () => {
				while (sent < 20 * 1024 * 1024) {
					sent += chunk.length;
					if (!response.write(chunk)) {
						response.once('drain', pump);
						return;
					}
				}
				response.end();
			};
			response.on('close', () => {
				sent = Number.POSITIVE_INFINITY;
			});
			pump();
		} else if (path === '/short.md') {
			// A Content-Length the body never reaches: the connection closes half way.
			response.writeHead(200, {'content-type': 'text/markdown', 'content-length': '1000'});
			response.write('# Half');
			setTimeout(() => response.destroy(), 50);
		} else if (path === '/o/r/main/docs/page.md') {
			// raw.githubusercontent.com, standing in: GitHub's raw file behind a file's page.
			seen.push(`${request.headers.host} ${path}`);
			response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(markdown);
		} else if (path === '/repos/o/r/readme') {
			// api.github.com, standing in: a repository's README, sent raw when asked for it so.
			seen.push(`${request.headers.host} ${path} ${request.headers.accept}`);
			response.writeHead(200, {'content-type': 'application/vnd.github.raw; charset=utf-8'}).end(markdown);
		} else if (path === '/o/r/main/slow.md') {
			seen.push(`${request.headers.host} ${path}`);
			slowly(response);
		} else response.writeHead(404, {'content-type': 'text/plain'}).end('nothing here');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	for (const response of open) response.destroy();
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

describe('a URL', () => {
	test('a Markdown document is fetched and printed, its kind from the extension through redirects', async () => {
		const run = await runInProcess([`${base}/hop/4`, '-s', 'speed', '-w', '60']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Requests +│ 10 req\/s +│ 20 req\/s$/m);
	});

	test('the kind comes from the content type, else the content', async () => {
		for (const path of ['/typed', '/sniffed']) {
			const run = await runInProcess([`${base}${path}`, '--plain']);
			expect(run.code).toBe(0);
			expect(run.stdout.split('\n')[0]).toBe('Served');
		}
		const json = await runInProcess([`${base}/data.json`, '-f', 'json']);
		expect(JSON.parse(json.stdout)).toEqual(withoutSchema(bundledJson()));
	});

	test.each([
		['/missing.md', ': HTTP 404 Not Found'],
		['/hop/5', ': too many redirects (more than 5)'],
		['/page.html', ': not a comparison (the server sent text/html, not JSON or Markdown)'],
		['/huge', ': larger than the 8 MiB a comparison may be'],
		['/short.md', ': cannot fetch (connection reset)'],
	])('%s fails in one line, exit 2', async (path, message) => {
		const run = await runInProcess([`${base}${path}`]);
		expect(run.stderr).toBe(`tradeoff: ${base}${path}${message}\n`);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
	});

	test.each(['/stall', '/stall-body'])('a server that stalls (%s) is given up on after --timeout', async (path) => {
		const run = await runInProcess([`${base}${path}`, '--timeout', '1']);
		expect(run.stderr).toBe(`tradeoff: ${base}${path}: timed out after 1 s\n`);
		expect(run.code).toBe(2);
	});

	test('a refused connection and a bad --timeout are one line each', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const run = await runInProcess([`http://127.0.0.1:${port}/x.md`]);
		expect(run.stderr).toBe(`tradeoff: http://127.0.0.1:${port}/x.md: cannot fetch (connection refused)\n`);
		expect(run.code).toBe(2);
		const bad = await runInProcess([`${base}/doc.md`, '--timeout', 'soon']);
		expect(bad.stderr).toMatch(/^tradeoff: --timeout: expected seconds, more than 0 and at most 3600; got "soon"\n/);
		expect(bad.code).toBe(2);
	});
});

describe('pages people paste', () => {
	const github = () => ({
		TRADEOFF_CONNECT_TO: `raw.githubusercontent.com=${base},api.github.com=${base}`,
	});

	test("a GitHub file's page is fetched as its raw file", async () => {
		seen.length = 0;
		const run = await runInProcess(['https://github.com/o/r/blob/main/docs/page.md', '-s', 'speed', '-w', '60'], {
			env: github(),
		});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Requests +│ 10 req\/s +│ 20 req\/s$/m);
		expect(seen).toEqual(['raw.githubusercontent.com /o/r/main/docs/page.md']);
	});

	test("a GitHub repository's page is its README, asked of the API raw", async () => {
		seen.length = 0;
		const run = await runInProcess(['https://github.com/o/r', '--plain'], {env: github()});
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('Served');
		expect(seen).toEqual(['api.github.com /repos/o/r/readme application/vnd.github.raw']);
	});

	test('a failure names the address the reader gave', async () => {
		const run = await runInProcess(['https://github.com/o/r/blob/main/missing.md'], {env: github()});
		expect(run.stderr).toBe('tradeoff: https://github.com/o/r/blob/main/missing.md: HTTP 404 Not Found\n');
		expect(run.code).toBe(2);
	});

	test('the status line and the i panel show both addresses', async () => {
		const page = 'https://github.com/o/r/blob/main/slow.md';
		const session = new Session([page], {cols: 120, rows: 30, env: github()});
		try {
			await session.waitFor('downloading');
			expect(session.output).toMatch(
				/tradeoff: downloading raw\.githubusercontent\.com\/o\/r\/main\/slow\.md: \d+ KiB \(for github\.com\/o\/r\/blob\/main\/slow\.md\)/,
			);
			await session.waitFor('Served');
			session.press('i');
			await session.waitFor('Fetched from');
			const info = session.text();
			expect(info).toContain(`Read from     ${page}`);
			expect(info).toContain('Fetched from  https://raw.githubusercontent.com/o/r/main/slow.md');
			session.press('q');
			session.press('q');
			await session.waitForExit();
		} finally {
			session.dispose();
		}
	});
});

describe('the download status line', () => {
	test('in a terminal: the host and the bytes so far, then erased', async () => {
		const session = new Session([`${base}/slow.md`, '--plain', '-s', 'speed'], {cols: 100, rows: 30});
		try {
			await session.waitFor('downloading from 127.0.0.1');
			await session.waitFor('Requests');
			await session.waitForExit();
			expect(session.output).toMatch(/tradeoff: downloading from 127\.0\.0\.1:\d+: \d+ KiB/);
			expect(session.text()).not.toContain('downloading');
		} finally {
			session.dispose();
		}
	});

	test('never in a pipe', async () => {
		const run = await runInProcess([`${base}/slow.md`, '-s', 'speed']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
	});
});
