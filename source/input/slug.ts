// Ids for what a Markdown document names only by its text: its sections and subjects.

const idPattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Whether a text is a valid id as the comparison format defines one. */
export function isId(text: string): boolean {
	return idPattern.test(text);
}

/**
 * An id from a name, as GitHub makes heading anchors: lowercase, accents dropped, everything but
 * letters, digits, "." and "_" becomes "-". Undefined when nothing is left (a CJK name).
 */
export function slug(name: string): string | undefined {
	const id = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9._]+/g, '-')
		.replace(/^[-._]+|-+$/g, '')
		.slice(0, 64)
		.replace(/-+$/, '');
	return isId(id) ? id : undefined;
}

/**
 * Gives ids that are unique among those given before and those reserved (ids written out in the
 * document, wherever they stand): the second "setup" is "setup-2".
 */
export function uniqueIds(reserved: Iterable<string> = []): (wanted: string | undefined, fallback: string) => string {
	const taken = new Set<string>(reserved);
	return (wanted, fallback) => {
		const base = wanted ?? fallback;
		let id = base;
		for (let number = 2; taken.has(id); number++) id = `${base.slice(0, 60)}-${number}`;
		taken.add(id);
		return id;
	};
}
