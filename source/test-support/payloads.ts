// Terminal injection payloads shared by the sanitizer's unit tests and the end-to-end tests.

/** Payloads a hostile comparison could carry, each with the visible text that must survive. */
export const payloads: readonly {name: string; text: string; visible: string}[] = [
	{name: 'OSC 52 clipboard write', text: 'a\u001b]52;c;ZXZpbA==\u0007b', visible: 'ab'},
	{name: 'OSC 0 window title (ST)', text: 'a\u001b]0;pwned\u001b\\b', visible: 'ab'},
	{name: 'OSC 2 window title', text: 'a\u001b]2;pwned\u0007b', visible: 'ab'},
	{
		name: 'OSC 8 hyperlink',
		text: '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
		visible: 'click',
	},
	{name: 'CSI clear screen', text: 'a\u001b[2Jb', visible: 'ab'},
	{name: 'CSI cursor move', text: 'a\u001b[10;20Hb', visible: 'ab'},
	{name: 'CSI device status query', text: 'a\u001b[6nb', visible: 'ab'},
	{name: 'CSI private mode (alt screen off)', text: 'a\u001b[?1049lb', visible: 'ab'},
	{name: 'SGR colour', text: 'a\u001b[31mb\u001b[0m', visible: 'ab'},
	{name: 'DCS', text: 'a\u001bP1$r\u001b\\b', visible: 'ab'},
	{name: 'APC', text: 'a\u001b_payload\u001b\\b', visible: 'ab'},
	{name: 'C1 CSI (0x9B)', text: 'a\u009b2Jb', visible: 'ab'},
	{name: 'C1 OSC (0x9D)', text: 'a\u009d0;title\u009cb', visible: 'ab'},
	{name: 'BEL', text: 'a\u0007b', visible: 'ab'},
	{name: 'CR overwrite', text: 'safe\rEVIL', visible: 'safeEVIL'},
	{name: 'backspace', text: 'ab\b\bXY', visible: 'abXY'},
	{name: 'DEL', text: 'a\u007fb', visible: 'ab'},
	{name: 'NUL', text: 'a\u0000b', visible: 'ab'},
	{name: 'lone ESC', text: 'a\u001b', visible: 'a'},
	{name: 'ESC c (full reset)', text: 'a\u001bcb', visible: 'ab'},
];
