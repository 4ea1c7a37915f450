// The cache both frame-to-frame stand-ins keep (output rows, sanitized text): results of a pure
// function by key, a few screens' worth, the oldest dropped first.

/** The value for key from the map, made and kept if it is not there; at most `limit` are kept. */
export function remember<Value>(map: Map<string, Value>, limit: number, key: string, make: () => Value): Value {
	let value = map.get(key);
	if (value === undefined) {
		value = make();
		if (map.size >= limit) map.delete(map.keys().next().value as string);
		map.set(key, value);
	}
	return value;
}
