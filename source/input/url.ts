// A comparison at a URL, fetched with Node's own fetch and the limits a file has: at most 5
// redirects, one timeout for the whole request (headers, redirects and body), at most 8 MiB
// counted while the body streams (a Content-Length is not trusted), and one line for each way
// it can fail. JSON or Markdown is decided by the content type, then the extension, then the
// content (kind.ts).
import {DataError, printable} from '../model/errors.js';
import {maxFileBytes} from '../model/limits.js';
import {isJsonName, isMarkdownName, type Kind} from './kind.js';

declare const TRADEOFF_VERSION: string;

/** What a download gives back: the bytes, the name they go by (the final URL) and their kind if the server said. */
export type Download = {readonly bytes: Uint8Array; readonly name: string; readonly kind: Kind | undefined};

/** How a download is made. */
export type DownloadOptions = {
	/** Seconds for the whole request. */
	readonly timeout: number;
	/** Called as bytes arrive: the host and the bytes so far (a status line, in a terminal). */
	readonly onProgress?: (host: string, bytes: number) => void;
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
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
};

/** The kind a content type names, undefined when it names none (text/plain), or 'other'. */
function kindOfType(header: string | null): Kind | undefined | 'other' {
	const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return 'json';
	if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
	if (type === '' || type === 'text/plain' || type === 'application/octet-stream' || type === 'binary/octet-stream')
		return undefined;
	return 'other';
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
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, options.timeout * 1000);
	try {
		let response: Response | undefined;
		for (let hop = 0; ; hop++) {
			response = await fetch(url, {
				redirect: 'manual',
				signal: controller.signal,
				headers: {
					accept: 'text/markdown, application/json;q=0.9, text/plain;q=0.8, */*;q=0.1',
					'user-agent': `tradeoff/${typeof TRADEOFF_VERSION === 'string' ? TRADEOFF_VERSION : 'dev'}`,
				},
			});
			const location = response.headers.get('location');
			if (![301, 302, 303, 307, 308].includes(response.status) || !location) break;
			await response.body?.cancel();
			if (hop >= maxRedirects) throw new DataError(`${shown}: too many redirects (more than ${maxRedirects})`);
			url = new URL(location, url);
			if (url.protocol !== 'http:' && url.protocol !== 'https:')
				throw new DataError(`${shown}: redirected to ${printable(url.protocol)} URL, which tradeoff does not fetch`);
		}
		if (!response.ok) {
			await response.body?.cancel();
			const text = response.statusText ? ` ${printable(response.statusText)}` : '';
			throw new DataError(`${shown}: HTTP ${response.status}${text}`);
		}
		const type = kindOfType(response.headers.get('content-type'));
		if (type === 'other') {
			await response.body?.cancel();
			const header = printable((response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '');
			throw new DataError(`${shown}: not a comparison (the server sent ${header}, not JSON or Markdown)`);
		}
		const tooLarge = () =>
			new DataError(`${shown}: larger than the ${maxFileBytes / 1024 / 1024} MiB a comparison may be`);
		if (Number(response.headers.get('content-length')) > maxFileBytes) {
			await response.body?.cancel();
			throw tooLarge();
		}
		const chunks: Uint8Array[] = [];
		let total = 0;
		const reader = response.body?.getReader();
		while (reader) {
			const chunk = await reader.read();
			if (chunk.done) break;
			total += chunk.value.length;
			if (total > maxFileBytes) {
				controller.abort();
				throw tooLarge();
			}
			chunks.push(chunk.value);
			options.onProgress?.(url.host, total);
		}
		const bytes = Buffer.concat(chunks, total);
		const path = url.pathname;
		const kind = type ?? (isMarkdownName(path) ? 'markdown' : isJsonName(path) ? 'json' : undefined);
		return {bytes, name: url.href, kind};
	} catch (error) {
		if (error instanceof DataError) throw error;
		if (timedOut) throw new DataError(`${shown}: timed out after ${options.timeout} s`);
		const cause = (error as {cause?: {code?: string; message?: string}}).cause;
		const code = cause?.code ?? '';
		const reason = codes[code] ?? (code || cause?.message || (error as Error).message || 'unknown error');
		throw new DataError(`${shown}: cannot fetch (${printable(reason)})`);
	} finally {
		clearTimeout(timer);
	}
}
