/**
 * Turning zod's issues about a collection file into sentences a collector can act on: which pass,
 * which copy, which field — and, for an import, the all-or-nothing verdict.
 */
import type { z } from 'astro/zod';
import { type Collection, type CollectionItem, type ParseResult, COLLECTION_VERSION, listOf } from './model.ts';

const FIELD_NAMES: Record<string, string> = {
	quantity: 'quantity',
	grade: 'grade',
	notes: 'notes',
	price: 'price',
	amount: 'price',
	currency: 'currency',
	acquired: 'acquired',
	where: 'where',
	added: '"added"',
	note: 'note',
	status: 'status',
	copies: 'copies',
};

/** "Pass "x", copy 2, price: the price cannot be negative" */
export function describeIssue(issue: z.core.$ZodIssue): string {
	const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
	const unknownKeys = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : undefined;
	if (path[0] !== 'items' || path.length < 2) {
		const where = path.length > 0 ? `"${path.join('.')}"` : 'The file';
		return `${where}: ${unknownKeys ?? issue.message}.`;
	}
	const id = String(path[1]);
	if (issue.code === 'invalid_key') return `"${id}" is not a pass id (ids are lowercase words joined by hyphens).`;
	const parts = [`Pass "${id}"`];
	const rest = path.slice(2);
	if (rest[0] === 'copies' && typeof rest[1] === 'number') {
		parts.push(`copy ${rest[1] + 1}`);
		rest.splice(0, 2);
	}
	const field = rest.map(String).at(-1);
	if (field && rest.length > 0) parts.push(FIELD_NAMES[field] ?? `"${field}"`);
	return `${parts.join(', ')}: ${unknownKeys ?? issue.message}.`;
}

/** The first problem (with how many more) as the refusal. */
export function refusal(problems: readonly string[]): ParseResult & { ok: false } {
	const [first = 'The file could not be read.'] = problems;
	const more = problems.length - 1;
	return { ok: false, error: more > 0 ? `${first} (and ${more} more problem${more === 1 ? '' : 's'})` : first };
}

/** An accepted import, with warnings for ids this catalog does not know (kept, never dropped). */
export function accepted(items: Record<string, CollectionItem>, warnings: string[], knownIds?: ReadonlySet<string>): ParseResult {
	if (knownIds) {
		const unknown = Object.keys(items).filter((id) => !knownIds.has(id));
		if (unknown.length > 0) {
			const one = unknown.length === 1;
			warnings.push(
				`${unknown.length} pass${one ? ' is' : 'es are'} not in this catalog (${listOf(unknown)}); ${one ? 'it was' : 'they were'} kept and ${one ? 'is' : 'are'} listed under “Not in the catalog”.`,
			);
		}
	}
	if (Object.keys(items).length === 0) warnings.push('The file lists no passes.');
	const collection: Collection = { version: COLLECTION_VERSION, items };
	return { ok: true, collection, warnings };
}
