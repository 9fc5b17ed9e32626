/**
 * Writes a pass as the text of its `index.mdx`: YAML frontmatter in the schema's field order,
 * then the story. Strings are written as double-quoted YAML (JSON strings are valid YAML), so any
 * text a contributor types round-trips exactly. Used by the web form on /contribute/ and, one
 * field at a time (`yamlField`, between its comments), by `npm run new-pass`.
 */
import { type PassData, passFrontmatterSchema } from '../../schemas/pass.ts';

export type YamlValue = string | number | boolean | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** Every field of the schema, in its order: a field added to the schema is written too. */
const ORDER = Object.keys(passFrontmatterSchema.shape) as (keyof PassData)[];

/** One YAML scalar: strings double-quoted (JSON's escapes are all valid YAML), so any text round-trips. */
export function yamlScalar(value: string | number | boolean): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The YAML lines of one field (none when it is undefined), indented by `indent`. */
export function yamlField(key: string, value: YamlValue, indent = ''): string[] {
	if (value === undefined) return [];
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${indent}${key}: []`];
		if (value.every((v) => typeof v !== 'object')) return [`${indent}${key}: [${value.map((v) => yamlScalar(v as string)).join(', ')}]`];
		return [`${indent}${key}:`, ...value.flatMap((item) => listItem(item, `${indent}  `))];
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return [`${indent}${key}:`, ...entries.flatMap(([k, v]) => yamlField(k, v, `${indent}  `))];
	}
	return [`${indent}${key}: ${yamlScalar(value)}`];
}

function listItem(item: YamlValue, indent: string): string[] {
	if (item === null || typeof item !== 'object' || Array.isArray(item)) return [`${indent}- ${yamlScalar(item as string)}`];
	const inner = Object.entries(item).flatMap(([k, v]) => yamlField(k, v, `${indent}  `));
	const [first, ...rest] = inner;
	return first ? [`${indent}- ${first.trimStart()}`, ...rest] : [];
}

/**
 * Fields whose absence the schema reads as an empty list (`.default([])`): a contributor's file
 * leaves them out rather than carrying `tells: []`, `signatures: []`…
 */
const EMPTY_BY_DEFAULT: ReadonlySet<string> = new Set(
	ORDER.filter((key) => {
		const absent = passFrontmatterSchema.shape[key].safeParse(undefined);
		return absent.success && Array.isArray(absent.data) && absent.data.length === 0;
	}),
);

export function passToMdx(pass: Partial<Record<keyof PassData, YamlValue>>, story: string): string {
	const written = (key: keyof PassData) => {
		const value = pass[key];
		return Array.isArray(value) && value.length === 0 && EMPTY_BY_DEFAULT.has(key) ? undefined : value;
	};
	const front = ORDER.flatMap((key) => yamlField(key, written(key)));
	const body = story.trim().replace(/\r\n?/g, '\n');
	return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}
