/** Reading what a contributor typed (a flag's value or an answer): small pure helpers. */
import type { z } from 'astro/zod';
import { normaliseName } from '../../src/lib/text/normalise-name.ts';
import { slugify } from '../../src/lib/text/slugify.ts';
import { SLUG_PATTERN } from '../../src/schemas/fields.ts';

/** The word that marks what the contributor still has to do, in comments and in the story. */
export const TODO_MARK = 'TODO';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** The value as the schema outputs it, or the schema's first message. */
export function check<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(value);
	return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? 'is not valid');
}

/** A fuzzy date, checked by the field's own schema: "1993", "1993-10" or "1993-10-18". */
export function parseDate(text: string, schema: z.ZodType<string>): Parsed<string> {
	return check(schema, text.trim());
}

export function parseYear(text: string): Parsed<number> {
	const trimmed = text.trim();
	if (!/^\d{4}$/.test(trimmed)) return fail(`"${trimmed}" is not a year — write it as four digits, e.g. 1993`);
	const year = Number(trimmed);
	return year < 1900 || year > 2100 ? fail(`year ${year} is out of range (1900–2100)`) : ok(year);
}

export function parseText(text: string, min: number, what: string): Parsed<string> {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	return trimmed.length < min ? fail(`${what} is too short`) : ok(trimmed);
}

/** A key of a label map, by key, label, slug of the label or (when `numbered`) its number in the list. */
export function parseKey<K extends string>(text: string, labels: Readonly<Record<K, string>>, what: string, numbered: boolean): Parsed<K> {
	const keys = Object.keys(labels) as K[];
	const trimmed = text.trim();
	const byNumber = numbered && /^\d+$/.test(trimmed) ? keys[Number(trimmed) - 1] : undefined;
	if (byNumber) return ok(byNumber);
	const found = keys.find((k) => k === trimmed.toLowerCase() || normaliseName(labels[k]) === normaliseName(trimmed) || slugify(trimmed) === k);
	return found ? ok(found) : fail(`unknown ${what} "${trimmed}" — use one of: ${keys.join(', ')}`);
}

/** Several keys separated by commas, each read like `parseKey`; "none" or nothing is the empty list. */
export function parseKeys<K extends string>(text: string, parse: (part: string) => Parsed<K>): Parsed<K[]> {
	const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '' && p !== 'none');
	const keys: K[] = [];
	for (const part of parts) {
		const parsed = parse(part);
		if (!parsed.ok) return parsed;
		if (!keys.includes(parsed.value)) keys.push(parsed.value);
	}
	return ok(keys);
}

/** "in-utero-tour" → "In Utero Tour" (a first guess at a name, shown for the contributor to confirm). */
export function titleCase(slug: string): string {
	return slug
		.split('-')
		.map((word) => (word === '' ? word : word[0]?.toUpperCase() + word.slice(1)))
		.join(' ');
}

/** The default folder name: band-tour-year-type-format (the tour without a repeated band prefix). */
export function deriveSlug(parts: { band: string; tour?: string | undefined; year?: number | undefined; type: string; format: string }): string {
	const tour = parts.tour?.startsWith(`${parts.band}-`) ? parts.tour.slice(parts.band.length + 1) : parts.tour;
	return slugify([parts.band, tour, parts.year, parts.type, parts.format].filter((p) => p !== undefined && p !== '').join('-'));
}

/** Lines of a pass file that still carry a TODO (1-based line numbers). */
export function findLeftoverTodos(text: string): { line: number; text: string }[] {
	return text
		.split('\n')
		.flatMap((line, i) => (line.includes(TODO_MARK) ? [{ line: i + 1, text: line.trim() }] : []));
}

/** One entry to choose from: shown as "3. Nirvana (nirvana)", found by number, id, name or alias. */
export interface Choice {
	id: string;
	label: string;
	names: readonly string[];
}

export type Ref = { kind: 'found'; id: string } | { kind: 'unknown'; id: string; name: string } | { kind: 'bad'; error: string };

export function resolveRef(text: string, choices: readonly Choice[], numbered: boolean): Ref {
	const trimmed = text.trim();
	if (numbered && /^\d+$/.test(trimmed)) {
		const choice = choices[Number(trimmed) - 1];
		if (choice) return { kind: 'found', id: choice.id };
	}
	const key = normaliseName(trimmed);
	const found =
		choices.find((c) => c.id === trimmed) ??
		choices.find((c) => c.names.some((n) => normaliseName(n) === key)) ??
		choices.find((c) => c.id === slugify(trimmed));
	if (found) return { kind: 'found', id: found.id };
	const id = slugify(trimmed);
	if (id === '' || /^\d+$/.test(trimmed)) return { kind: 'bad', error: `"${trimmed}" is not in the list — type a number from the list or a name` };
	return { kind: 'unknown', id, name: SLUG_PATTERN.test(trimmed) ? titleCase(trimmed) : trimmed };
}

export function labelChoices(labels: Readonly<Record<string, string>>): Choice[] {
	return Object.entries(labels).map(([id, label]) => ({ id, label, names: [label] }));
}
