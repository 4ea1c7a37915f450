// V8's JSON.parse says "Unexpected token '}'" without a position for many mistakes. When a file
// fails to parse, this scanner walks it once more to say where, what was expected and what was
// found. It keeps its own stack, so deeply nested input cannot overflow the call stack.

/** Where and why a text is not JSON. */
export type JsonSyntaxError = {
	readonly line: number;
	readonly column: number;
	readonly message: string;
};

type State = 'value' | 'valueOrEnd' | 'afterValue' | 'key' | 'keyOrEnd';

/** Shows one character of the input safely: printable ones quoted, the rest as U+XXXX. */
function showCharacter(character: string | undefined): string {
	if (character === undefined) return 'end of input';
	if (character === '\n') return 'a line break';
	const code = character.codePointAt(0) ?? 0;
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
		return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	}
	return JSON.stringify(character);
}

function position(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let start = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; ) {
		line++;
		start = index + 1;
		index = text.indexOf('\n', start);
	}
	// Columns count code points, as editors do.
	return {line, column: Array.from(text.slice(start, offset)).length + 1};
}

/** Finds the first syntax error in text, or undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
	let index = 0;
	const stack: ('{' | '[')[] = [];
	let state: State = 'value';

	const fail = (expected: string): JsonSyntaxError => ({
		...position(text, index),
		message: `expected ${expected}, found ${showCharacter(text[index])}`,
	});
	const skipSpace = () => {
		while (index < text.length) {
			const character = text[index];
			if (character !== ' ' && character !== '\t' && character !== '\n' && character !== '\r') break;
			index++;
		}
	};
	// Returns an error or undefined after moving index past the string.
	const scanString = (): JsonSyntaxError | undefined => {
		index++;
		for (;;) {
			const character = text[index];
			if (character === undefined) return fail('a closing quote');
			if (character === '"') {
				index++;
				return undefined;
			}
			if (character < ' ') return fail('a character allowed in a string (escape it)');
			if (character === '\\') {
				index++;
				const escaped = text[index];
				if (escaped === 'u') {
					for (let digit = 0; digit < 4; digit++) {
						index++;
						if (!/^[0-9a-fA-F]$/.test(text[index] ?? '')) return fail('a hexadecimal digit');
					}
				} else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
					return fail('an escape such as \\n, \\" or \\u0041');
				}
			}
			index++;
		}
	};
	const scanDigits = (): boolean => {
		const start = index;
		while (/^[0-9]$/.test(text[index] ?? '')) index++;
		return index > start;
	};
	const scanNumber = (): JsonSyntaxError | undefined => {
		if (text[index] === '-') index++;
		if (text[index] === '0') index++;
		else if (!scanDigits()) return fail('a digit');
		if (text[index] === '.') {
			index++;
			if (!scanDigits()) return fail('a digit after the decimal point');
		}
		if (text[index] === 'e' || text[index] === 'E') {
			index++;
			if (text[index] === '+' || text[index] === '-') index++;
			if (!scanDigits()) return fail('a digit in the exponent');
		}
		return undefined;
	};

	for (;;) {
		skipSpace();
		const character = text[index];
		if (state === 'value' || state === 'valueOrEnd') {
			if (state === 'valueOrEnd' && character === ']') {
				stack.pop();
				index++;
				state = 'afterValue';
				continue;
			}
			if (character === '{' || character === '[') {
				stack.push(character);
				index++;
				state = character === '{' ? 'keyOrEnd' : 'valueOrEnd';
				continue;
			}
			let error: JsonSyntaxError | undefined;
			if (character === '"') error = scanString();
			else if (character === '-' || /^[0-9]$/.test(character ?? '')) error = scanNumber();
			else {
				const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
				if (literal === undefined) return fail('a value (object, array, string, number, true, false or null)');
				index += literal.length;
			}
			if (error) return error;
			state = 'afterValue';
			continue;
		}
		if (state === 'key' || state === 'keyOrEnd') {
			if (state === 'keyOrEnd' && character === '}') {
				stack.pop();
				index++;
				state = 'afterValue';
				continue;
			}
			if (character !== '"') {
				return fail(
					state === 'keyOrEnd' ? 'a property name in double quotes or "}"' : 'a property name in double quotes',
				);
			}
			const error = scanString();
			if (error) return error;
			skipSpace();
			if (text[index] !== ':') return fail('":" after the property name');
			index++;
			state = 'value';
			continue;
		}
		// afterValue
		const container = stack.at(-1);
		if (container === undefined) {
			return character === undefined ? undefined : fail('nothing after the top-level value');
		}
		const close = container === '{' ? '}' : ']';
		if (character === ',') {
			index++;
			state = container === '{' ? 'key' : 'value';
		} else if (character === close) {
			stack.pop();
			index++;
		} else {
			return fail(`"," or "${close}"`);
		}
	}
}
