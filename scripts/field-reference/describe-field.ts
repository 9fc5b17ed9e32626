/**
 * One row of the field reference per schema field: presence, type and description, read from the
 * schema (see scripts/field-reference.ts for why it walks the schema rather than JSON Schema).
 */
import { z } from 'astro/zod';
import { exactDate, fuzzyDate, slug, webUrl } from '../../src/schemas/fields.ts';
import { photoFile } from '../../src/schemas/pass.ts';
import { type Peeled, inputSide, labelsFor, peel } from '../lib/schema-walk.ts';

/** A photo's `src` field type, recognised like the other shared types below. */
export { photoFile };

/** Shared field types, recognised by their definition (copies made by `.describe()` keep it). */
const KNOWN_TYPES: readonly (readonly [z.ZodType, string])[] = [
	[fuzzyDate, 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'],
	[exactDate, 'full date: `YYYY-MM-DD`'],
	[slug, 'slug: lowercase letters, digits and single hyphens'],
	[webUrl, 'web address starting with `https://` (or `http://`)'],
	[photoFile, 'photo file next to `index.mdx`, written like `./front.jpg`'],
];

function knownType(schema: z.ZodType): string | undefined {
	return KNOWN_TYPES.find(([known]) => known._zod.def === schema._zod.def)?.[1];
}

const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** "`laminate`, `uv-ink` “UV-reactive ink”, …": a label is shown when it says more than the value. */
function enumValues(values: readonly string[]): string {
	const labels = labelsFor(values);
	return values
		.map((value) => {
			const label = labels?.[value];
			return label !== undefined && words(label) !== words(value) ? `\`${value}\` “${label}”` : `\`${value}\``;
		})
		.join(', ');
}

/** The constraints zod knows about one field, as JSON Schema (lengths, bounds, formats, list sizes). */
function jsonOf(schema: z.ZodType): Record<string, unknown> {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

const numberIn = (json: Record<string, unknown>, key: string): number | undefined => {
	const value = json[key];
	return typeof value === 'number' ? value : undefined;
};

export interface Row {
	/** "title", "condition.grade", "photos[].alt". */
	readonly field: string;
	/** "required", "optional", "optional (default `false`)". */
	readonly presence: string;
	readonly type: string;
	readonly description: string;
}

interface Described {
	readonly type: string;
	/** Fields that belong under this one: of a group (`a.b`) or of each item of a list (`a[].b`). */
	readonly children?: { readonly prefix: string; readonly shape: z.ZodObject };
}

function textType(json: Record<string, unknown>): string {
	const format = json['format'];
	if (format === 'uri') return 'web address';
	if (format === 'uuid') return 'identifier (UUID): 32 letters a–f and digits in groups of 8-4-4-4-12, with hyphens';
	if (format === 'date') return 'full date: `YYYY-MM-DD`';
	if (format === 'email') return 'email address';
	const min = numberIn(json, 'minLength');
	const max = numberIn(json, 'maxLength');
	const parts = ['text'];
	if (min !== undefined && max !== undefined) parts.push(`${min} to ${max} characters`);
	else if (min !== undefined && min > 1) parts.push(`at least ${min} characters`);
	else if (min === 1) parts.push('not empty');
	else if (max !== undefined) parts.push(`at most ${max} characters`);
	if (typeof json['pattern'] === 'string') parts.push('in a set form (see the description)');
	return parts.join(', ');
}

function numberType(json: Record<string, unknown>): string {
	const whole = json['type'] === 'integer';
	const min = numberIn(json, 'minimum');
	const max = numberIn(json, 'maximum');
	const above = numberIn(json, 'exclusiveMinimum');
	const below = numberIn(json, 'exclusiveMaximum');
	let text = whole ? 'whole number' : 'number';
	if (min !== undefined && max !== undefined) return `${text} from ${min} to ${max}`;
	if (min !== undefined) text += `, at least ${min}`;
	if (above !== undefined) text += `, more than ${above}`;
	if (max !== undefined) text += `, at most ${max}`;
	if (below !== undefined) text += `, less than ${below}`;
	return text;
}

function describeSchema(schema: z.ZodType, field: string): Described {
	const known = knownType(schema);
	if (known !== undefined) return { type: known };
	if (schema instanceof z.ZodPipe) return describeSchema(inputSide(schema, (s) => knownType(s) !== undefined), field);
	if (schema instanceof z.ZodEnum) return { type: `one of: ${enumValues(schema.options.map(String))}` };
	if (schema instanceof z.ZodLiteral) {
		const values = [...schema.values].map((value) => `\`${String(value)}\``);
		return { type: values.length === 1 ? `exactly ${values[0]}` : `one of: ${values.join(', ')}` };
	}
	if (schema instanceof z.ZodObject) {
		return { type: 'group of the fields below', children: { prefix: `${field}.`, shape: schema } };
	}
	if (schema instanceof z.ZodArray) {
		const json = jsonOf(schema);
		const min = numberIn(json, 'minItems');
		const max = numberIn(json, 'maxItems');
		const sizes = [min !== undefined && min > 0 ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''];
		const size = sizes.filter(Boolean).join(', ');
		const { core } = peel(schema.element as z.ZodType);
		if (core instanceof z.ZodObject) {
			return {
				type: `list of entries with the fields below${size ? `; ${size}` : ''}`,
				children: { prefix: `${field}[].`, shape: core },
			};
		}
		const item = describeSchema(core, `${field}[]`).type;
		return { type: `list${size ? ` (${size})` : ''}; each item${item.startsWith('one of:') ? ' is ' : ': '}${item}` };
	}
	if (schema instanceof z.ZodUnion) {
		const options = schema.options as readonly z.ZodType[];
		return { type: options.map((option) => describeSchema(option, field).type).join(', or ') };
	}
	// Strings of every format (z.string(), z.uuid(), z.email()…), numbers and booleans: what zod
	// itself says of them in JSON Schema, which covers every built-in check.
	const json = jsonOf(schema);
	switch (json['type']) {
		case 'string':
			return { type: textType(json) };
		case 'number':
		case 'integer':
			return { type: numberType(json) };
		case 'boolean':
			return { type: '`true` or `false`' };
		default:
			throw new Error(
				`field-reference: ${field}: cannot describe a ${schema._zod.def.type} field — teach scripts/field-reference.ts`,
			);
	}
}

function presenceOf(peeled: Peeled): string {
	const { defaultValue, optional } = peeled;
	if (defaultValue === undefined) return optional ? 'optional' : '**required**';
	const value = defaultValue.value;
	if (Array.isArray(value) && value.length === 0) return 'optional (default: none)';
	if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return 'optional';
	return `optional (default \`${typeof value === 'string' ? value : JSON.stringify(value)}\`)`;
}

/** The rows of every field of `shape`, depth first, in the order the schema declares them. */
export function fieldRows(shape: z.ZodObject, prefix = ''): Row[] {
	return Object.entries(shape.shape as Record<string, z.ZodType>).flatMap(([key, schema]) => {
		const field = `${prefix}${key}`;
		const peeled = peel(schema);
		const description = peeled.description?.trim();
		// A shared type's own description ("The id of an entry…") says nothing about this field.
		const generic = KNOWN_TYPES.some(([known]) => known._zod.def === peeled.core._zod.def && known.description?.trim() === description);
		if (!description || generic) {
			throw new Error(
				`field-reference: ${field} has no description — add .describe('…') to it in src/schemas/`,
			);
		}
		const described = describeSchema(peeled.core, field);
		const row: Row = {
			field,
			presence: presenceOf(peeled),
			type: peeled.nullable ? `${described.type}, or \`null\`` : described.type,
			description,
		};
		return described.children ? [row, ...fieldRows(described.children.shape, described.children.prefix)] : [row];
	});
}

// ---------------------------------------------------------------- Markdown

