// A comparison at a URL, fetched with the limits a file has: at most 5 redirects, one timeout for
// the whole request (headers, redirects and body), at most 8 MiB counted while the body streams
// (a Content-Length is not trusted), and one line for each way it can fail. JSON or Markdown is
// decided by the content type, then the extension, then the content (kind.ts). A GitHub or
// GitLab page of a file, or of a repository, is fetched as the raw file behind it (raw-url.ts).
//
// node:http and node:https, not fetch: loading fetch (undici and web streams) cost several times
// what loading node:http does, most of the time a URL took to open. Each is loaded only for a URL
// of its scheme, with require: a dynamic import starts Node's ES module loader.
import type {ClientRequest, IncomingMessage, RequestOptions} from 'node:http';
import {createRequire} from 'node:module';
import {DataError, printable} from '../model/errors.js';
import {maxFileBytes} from '../model/limits.js';
import {isJsonName, isMarkdownName, type Kind} from './kind.js';
import {rawAddress} from './raw-url.js';

declare const TRADEOFF_VERSION: string;

/**
 * What a download gives back: the bytes, the name they go by (the address really fetched, after
 * a page's raw file was chosen and redirects followed) and their kind if the server said.
 */
export type Download = {readonly bytes: Uint8Array; readonly name: string; readonly kind: Kind | undefined};

/** How a download is made. */
export type DownloadOptions = {
	/** Seconds for the whole request. */
	readonly timeout: number;
	/** Called as bytes arrive: the address being fetched and the bytes so far (a status line, in a terminal). */
	readonly onProgress?: (fetching: URL, bytes: number) => void;
	/**
	 * Hosts to connect to elsewhere, as curl's --connect-to: "github.com" to "http://127.0.0.1:8080"
	 * sends what is asked of github.com there (how the tests, which have no network, serve it).
	 */
	readonly connectTo?: ReadonlyMap<string, string>;
};

/** The most redirects followed, as curl -L and browsers limit them. */
export const maxRedirects = 5;

/** Whether a command-line argument is a URL tradeoff fetches. */
export function isUrl(argument: string): boolean {
	return /^https?:\/\//i.test(argument);
}

const codes: Readonly<Record<string, string>> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'no such host',
	EAI_AGAIN: 'no such host (DNS lookup failed)',
	ETIMEDOUT: 'connection timed out',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	UND_ERR_SOCKET: 'connection closed',
	ECONNABORTED: 'connection closed',
	EPROTO: 'the TLS handshake failed',
	ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate names another host',
	SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is signed by an unknown authority',
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
};

/** The kind a content type names, undefined when it names none (text/plain), or 'other'. */
function kindOfType(header: string | undefined): Kind | undefined | 'other' {
	const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return 'json';
	if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
	if (type === '' || type === 'text/plain' || type === 'application/octet-stream' || type === 'binary/octet-stream')
		return undefined;
	return 'other';
}

/** The kind of error a request failed with, from its code (or its cause's). */
function reasonOf(error: unknown): string {
	const failure = error as {code?: string; message?: string; cause?: {code?: string; message?: string}};
	const code = failure.code ?? failure.cause?.code ?? '';
	return codes[code] ?? (code || failure.cause?.message || failure.message || 'unknown error');
}

type Requester = (url: URL, options: RequestOptions, callback: (response: IncomingMessage) => void) => ClientRequest;

const load = createRequire(import.meta.url);

/** node:http's or node:https's request, loaded for the scheme asked for. */
function requester(protocol: string): Requester {
	return protocol === 'https:'
		? (load('node:https') as typeof import('node:https')).request
		: (load('node:http') as typeof import('node:http')).request;
}

/** One GET: its response, once the headers are in. */
function get(url: URL, headers: Record<string, string>, options: DownloadOptions, signal: AbortSignal) {
	const target = options.connectTo?.get(url.host);
	const connected = target ? new URL(`${url.pathname}${url.search}`, target) : url;
	return new Promise<IncomingMessage>((resolve, reject) => {
		const request = requester(connected.protocol)(
			connected,
			{method: 'GET', headers: {...headers, host: url.host}, signal},
			resolve,
		);
		request.on('error', reject);
		request.end();
	});
}

/** Fetches a comparison from a URL; every failure is a DataError of one line that names the URL. */
export async function download(address: string, options: DownloadOptions): Promise<Download> {
	const shown = printable(address);
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new DataError(`${shown}: not a valid URL`);
	}
	const raw = rawAddress(url);
	if (raw) url = raw.url;
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, options.timeout * 1000);
	let response: IncomingMessage | undefined;
	try {
		const headers = {
			accept: raw?.accept ?? 'text/markdown, application/json;q=0.9, text/plain;q=0.8, */*;q=0.1',
			'user-agent': `tradeoff/${typeof TRADEOFF_VERSION === 'string' ? TRADEOFF_VERSION : 'dev'}`,
		};
		for (let hop = 0; ; hop++) {
			response = await get(url, headers, options, controller.signal);
			const location = response.headers.location;
			if (![301, 302, 303, 307, 308].includes(response.statusCode ?? 0) || !location) break;
			response.resume();
			if (hop >= maxRedirects) throw new DataError(`${shown}: too many redirects (more than ${maxRedirects})`);
			url = new URL(location, url);
			if (url.protocol !== 'http:' && url.protocol !== 'https:')
				throw new DataError(`${shown}: redirected to ${printable(url.protocol)} URL, which tradeoff does not fetch`);
		}
		const status = response.statusCode ?? 0;
		if (status < 200 || status > 299) {
			const text = response.statusMessage ? ` ${printable(response.statusMessage)}` : '';
			throw new DataError(`${shown}: HTTP ${status}${text}`);
		}
		// What a page's raw file is, its address says (GitHub's API sends a README as its own type).
		const type = raw?.kind ?? kindOfType(response.headers['content-type']);
		if (type === 'other') {
			const header = printable((response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '');
			throw new DataError(`${shown}: not a comparison (the server sent ${header}, not JSON or Markdown)`);
		}
		const tooLarge = () =>
			new DataError(`${shown}: larger than the ${maxFileBytes / 1024 / 1024} MiB a comparison may be`);
		if (Number(response.headers['content-length']) > maxFileBytes) throw tooLarge();
		const chunks: Buffer[] = [];
		let total = 0;
		for await (const chunk of response) {
			const piece = chunk as Buffer;
			total += piece.length;
			if (total > maxFileBytes) throw tooLarge();
			chunks.push(piece);
			options.onProgress?.(url, total);
		}
		// A body cut short (the connection closed before its Content-Length) is no document.
		if (!response.complete) throw new DataError(`${shown}: cannot fetch (connection closed)`);
		const bytes = Buffer.concat(chunks, total);
		const path = url.pathname;
		const kind = type ?? (isMarkdownName(path) ? 'markdown' : isJsonName(path) ? 'json' : undefined);
		return {bytes, name: url.href, kind};
	} catch (error) {
		if (timedOut) throw new DataError(`${shown}: timed out after ${options.timeout} s`);
		if (error instanceof DataError) throw error;
		throw new DataError(`${shown}: cannot fetch (${printable(reasonOf(error))})`);
	} finally {
		clearTimeout(timer);
		// Whatever is left of a response not read to its end (a refusal, a body too large) goes.
		response?.destroy();
	}
}
