// GitHub's emoji shortcodes (:white_check_mark: is ✅), from gemoji, GitHub's own list. Loaded on
// demand, only for text that holds something shaped like a shortcode: the table is ~40 KB that a
// comparison without shortcodes never pays for. The build keeps only the names and the emoji of
// gemoji's records (see build.ts).
import {gemoji} from 'gemoji';

/** Every shortcode name GitHub knows, without colons, and its emoji. */
export const shortcodes: ReadonlyMap<string, string> = new Map(
	gemoji.flatMap((record) => record.names.map((name): [string, string] => [name, record.emoji])),
);
