// The line breaking classes the line breaker tells apart (UAX #14's, resolved by rule LB1 and
// split where a rule asks more of a character), numbered by their place here. Shared by the
// breaker (line-break.ts) and the script that generates its table (scripts/line-break-data.ts).

/** The classes, in the order of their numbers. */
export const classNames = [
	'BK',
	'CR',
	'LF',
	'NL',
	'SP',
	'ZW',
	'WJ',
	'GL',
	'CM',
	'ZWJ',
	'CL',
	'CP',
	'CP_EA',
	'OP',
	'OP_EA',
	'QU',
	'QU_Pi',
	'QU_Pf',
	'EX',
	'SY',
	'IS',
	'NS',
	'B2',
	'BA',
	'BB',
	'HY',
	'HH',
	'CB',
	'IN',
	'NU',
	'PR',
	'PO',
	'AL',
	'HL',
	'ID',
	'ID_XP',
	'EB',
	'EM',
	'JL',
	'JV',
	'JT',
	'H2',
	'H3',
	'RI',
	'AK',
	'AP',
	'AS',
	'VF',
	'VI',
	'DC',
] as const;

/** A class's name. */
export type ClassName = (typeof classNames)[number];

/** The characters the generated table writes classes with, by number: none is a base-32 digit or "~". */
export const runAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz!#$%&()*+,-./:;<=>?@[]^_{|}';
