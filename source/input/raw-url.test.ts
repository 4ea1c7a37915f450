import {expect, test} from 'vitest';
import {rawAddress} from './raw-url.js';

const raw = (address: string) => {
	const found = rawAddress(new URL(address));
	return found && {...found, url: found.url.href};
};

test("a GitHub file's page is its raw file, the ref and path kept, the query and line anchor dropped", () => {
	expect(raw('https://github.com/pnpm/pnpm.io/blob/main/docs/feature-comparison.md')).toEqual({
		url: 'https://raw.githubusercontent.com/pnpm/pnpm.io/main/docs/feature-comparison.md',
	});
	expect(raw('https://www.github.com/o/r/blob/release/v2/a%20b.md?plain=1#L10')).toEqual({
		url: 'https://raw.githubusercontent.com/o/r/release/v2/a%20b.md',
	});
	expect(raw('https://github.com/o/r/raw/abc123/README.md')).toEqual({
		url: 'https://raw.githubusercontent.com/o/r/abc123/README.md',
	});
});

test('a GitHub repository (or a branch of it) is its README, asked of the API raw, read as Markdown', () => {
	const readme = {accept: 'application/vnd.github.raw', kind: 'markdown'};
	expect(raw('https://github.com/uber-go/zap')).toEqual({
		url: 'https://api.github.com/repos/uber-go/zap/readme',
		...readme,
	});
	expect(raw('https://github.com/uber-go/zap.git/')).toEqual({
		url: 'https://api.github.com/repos/uber-go/zap/readme',
		...readme,
	});
	expect(raw('https://github.com/uber-go/zap/tree/v1')).toEqual({
		url: 'https://api.github.com/repos/uber-go/zap/readme?ref=v1',
		...readme,
	});
});

test("a GitLab file's page is its raw file; a project, its README at the default branch", () => {
	expect(raw('https://gitlab.com/group/sub/project/-/blob/main/docs/a.md')).toEqual({
		url: 'https://gitlab.com/group/sub/project/-/raw/main/docs/a.md',
	});
	expect(raw('https://gitlab.com/group/project')).toEqual({
		url: 'https://gitlab.com/group/project/-/raw/HEAD/README.md',
		kind: 'markdown',
	});
});

test('any other address is fetched as it is', () => {
	for (const address of [
		'https://raw.githubusercontent.com/o/r/main/a.md',
		'https://github.com/o',
		'https://github.com/o/r/issues/3',
		'https://github.com/o/r/tree/main/docs',
		'https://github.com/o/r/blob/main',
		'https://gitlab.com/o',
		'https://gitlab.com/o/r/-/issues/3',
		'https://example.com/o/r/blob/main/a.md',
	])
		expect(raw(address), address).toBeUndefined();
});
