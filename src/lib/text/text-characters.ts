/**
 * Which characters a contributor's text may hold — an allowlist by Unicode general category, so
 * anything not named (control characters, bidi and zero-width controls, lone surrogates,
 * noncharacters such as U+FFFE, private-use and unassigned code points) is refused. Whatever passes
 * is valid in XML 1.0, JSON, CSV and HTML, and cannot reorder or hide the text around it.
 * No dependencies: the schemas use it in the browser too.
 */

/** Where the text goes: prose (may span lines), one line of prose, a name, or a web address. */
export type TextKind = 'prose' | 'line' | 'name' | 'url';

/** Visible characters of any script: letters, marks, numbers, punctuation, symbols (emoji included). */
const VISIBLE = String.raw`\p{L}\p{M}\p{N}\p{P}\p{S}`;
/** ZWNJ and ZWJ: needed inside words of Persian, Indic scripts and in emoji sequences; never in names. */
const JOINERS = String.raw`\u200C\u200D`;

const ALLOWED: Record<TextKind, RegExp> = {
	prose: new RegExp(`^[${VISIBLE}${JOINERS}\\p{Zs}\\t\\n]$`, 'u'),
	line: new RegExp(`^[${VISIBLE}${JOINERS}\\p{Zs}]$`, 'u'),
	name: new RegExp(`^[${VISIBLE} ]$`, 'u'),
	url: new RegExp(`^[${VISIBLE}]$`, 'u'),
};

/** Longest run of combining marks a name may have: enough for any script, too few to stack "Zalgo" text. */
const MAX_MARKS_IN_A_ROW = 4;

function describe(char: string): string {
	const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
	if (char === '\t' || char === '\n') return `a ${char === '\t' ? 'tab' : 'line break'}`;
	if (/\p{Cc}/u.test(char)) return `a control character (${code})`;
	if (/\p{Cf}/u.test(char)) return `an invisible formatting character (${code}: a bidi, zero-width or joiner control)`;
	if (/\p{Cs}/u.test(char)) return `half of a character (${code}, a lone surrogate)`;
	if (/\p{Z}/u.test(char)) return `a special space (${code}) — use a plain space`;
	return `a private-use, unassigned or non-character code point (${code})`;
}

/** What is wrong with the characters of `value` for its kind, as a problem message; undefined when nothing. */
export function disallowedCharacter(value: string, kind: TextKind): string | undefined {
	const allowed = ALLOWED[kind];
	let position = 0;
	let marks = 0;
	for (const char of value) {
		position++;
		if (!allowed.test(char)) return `contains ${describe(char)} at character ${position} — remove it`;
		marks = /\p{M}/u.test(char) ? marks + 1 : 0;
		if (kind === 'name' && marks > MAX_MARKS_IN_A_ROW) return `stacks more than ${MAX_MARKS_IN_A_ROW} accents or marks on one letter at character ${position} — remove them`;
	}
	return undefined;
}
