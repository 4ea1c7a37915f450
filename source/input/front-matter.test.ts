import {expect, test} from 'vitest';
import {readFrontMatter, splitFrontMatter} from './front-matter.js';

test('front matter is a block between --- lines at the very top, and says where the markdown starts', () => {
	expect(splitFrontMatter('---\ntitle: x\n---\n# Body\n')).toEqual({yaml: 'title: x', markdown: '# Body\n', line: 4});
	expect(splitFrontMatter('---\n---\nBody')).toEqual({yaml: '', markdown: 'Body', line: 3});
	expect(splitFrontMatter('Text\n---\ntitle: x\n---\n').yaml).toBeUndefined();
	expect(splitFrontMatter('---\nnever closed\n').yaml).toBeUndefined();
});

test('YAML that expands aliases without end is refused, not expanded', async () => {
	const bomb = [
		'a: &a [x, x, x, x, x, x, x, x, x]',
		...Array.from({length: 9}, (_, index) => {
			const name = String.fromCharCode(98 + index);
			const previous = String.fromCharCode(97 + index);
			return `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
		}),
	].join('\n');
	await expect(readFrontMatter(bomb, 'bomb.md')).rejects.toThrow(/^bomb\.md.*front matter/);
});
