import {expect, test} from 'vitest';
import {download, isUrl} from './url.js';

test('only http and https addresses are fetched', () => {
	expect(isUrl('https://example.com/a.md')).toBe(true);
	expect(isUrl('HTTP://example.com')).toBe(true);
	expect(isUrl('ftp://example.com/a.md')).toBe(false);
	expect(isUrl('docs/https.md')).toBe(false);
});

test('an address that is no URL is one line', async () => {
	await expect(download('https://exa mple.com:99999/', {timeout: 1})).rejects.toThrow(
		/^https:\/\/exa mple\.com:99999\/: not a valid URL$/,
	);
});
