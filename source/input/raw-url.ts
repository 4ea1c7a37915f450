// The address of the file behind a page people paste, as glow fetches it: a GitHub or GitLab page
// of a file (…/blob/<ref>/path.md) is an HTML page around the file, so its raw file is fetched
// instead; a repository's page (https://github.com/owner/repo) stands for its README. Pure: the
// address in, the address to fetch out.
import type {Kind} from './kind.js';

/** What to fetch for a page: its address, the Accept header it needs and the kind it is, if known. */
export type RawAddress = {readonly url: URL; readonly accept?: string; readonly kind?: Kind};

const githubHosts = new Set(['github.com', 'www.github.com']);
const gitlabHosts = new Set(['gitlab.com', 'www.gitlab.com']);

/** A path's segments, without empty ones (a trailing slash) and with a repository's ".git" dropped. */
function segments(url: URL): string[] {
	return url.pathname
		.split('/')
		.filter((part) => part !== '')
		.map((part, index) => (index === 1 ? part.replace(/\.git$/i, '') : part));
}

function github(url: URL): RawAddress | undefined {
	const [owner, repo, kind, ...rest] = segments(url);
	if (!owner || !repo) return undefined;
	// A file's page, or its "raw" link (which redirects to the same place).
	if ((kind === 'blob' || kind === 'raw') && rest.length >= 2)
		return {url: new URL(`https://raw.githubusercontent.com/${owner}/${repo}/${rest.join('/')}`)};
	// The repository (or a branch of it): its README, whatever its name, from GitHub's API, which
	// knows the default branch and sends the file itself when asked for it raw.
	const readme = new URL(`https://api.github.com/repos/${owner}/${repo}/readme`);
	if (kind === undefined) return {url: readme, accept: 'application/vnd.github.raw', kind: 'markdown'};
	if (kind === 'tree' && rest.length === 1 && rest[0]) {
		readme.searchParams.set('ref', rest[0]);
		return {url: readme, accept: 'application/vnd.github.raw', kind: 'markdown'};
	}
	return undefined;
}

function gitlab(url: URL): RawAddress | undefined {
	const parts = segments(url);
	const dash = parts.indexOf('-');
	// A project's path is its group(s) and name, everything before GitLab's "-" separator.
	const project = (dash === -1 ? parts : parts.slice(0, dash)).join('/');
	if (project.split('/').length < 2) return undefined;
	if (dash === -1) return {url: new URL(`https://${url.host}/${project}/-/raw/HEAD/README.md`), kind: 'markdown'};
	const [kind, ...rest] = parts.slice(dash + 1);
	if ((kind === 'blob' || kind === 'raw') && rest.length >= 2)
		return {url: new URL(`https://${url.host}/${project}/-/raw/${rest.join('/')}`)};
	return undefined;
}

/** The raw file behind a GitHub or GitLab page, or undefined when the address is no such page. */
export function rawAddress(url: URL): RawAddress | undefined {
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	const host = url.hostname.toLowerCase();
	if (githubHosts.has(host)) return github(url);
	if (gitlabHosts.has(host)) return gitlab(url);
	return undefined;
}
