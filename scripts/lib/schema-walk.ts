/**
 * Reading a zod schema's shape, for the tools that are generated from the schemas rather than
 * written beside them: the field reference (`scripts/field-reference.ts`) and new-pass's field
 * table (`scripts/new-pass/pass-fields.ts`). A field added to `src/schemas/` reaches both through
 * here, with its `.describe()` text.
 */
import { z } from 'astro/zod';
import * as enums from '../../src/schemas/enums.ts';
import { exactDate, fuzzyDate, slug, webUrl } from '../../src/schemas/fields.ts';

/** The shared field types of `src/schemas/fields.ts`, by name. */
export const SHARED_TYPES = { fuzzyDate, exactDate, slug, webUrl } as const;
export type SharedType = keyof typeof SHARED_TYPES;

/** Which shared type a field is: a `.describe()`d or `.optional()` copy keeps its definition. */
export function sharedTypeOf(schema: z.ZodType): SharedType | undefined {
	return (Object.keys(SHARED_TYPES) as SharedType[]).find((name) => SHARED_TYPES[name]._zod.def === schema._zod.def);
}

export interface Peeled {
	/** The field's own schema, without optional/default wrappers. */
	readonly core: z.ZodType;
	/** The outermost description: the one written where the field is declared. */
	readonly description: string | undefined;
	readonly optional: boolean;
	readonly defaultValue: { readonly value: unknown } | undefined;
	readonly nullable: boolean;
}

export function peel(schema: z.ZodType): Peeled {
	let core = schema;
	let description: string | undefined;
	let optional = false;
	let nullable = false;
	let defaultValue: { value: unknown } | undefined;
	for (;;) {
		description ??= core.description;
		if (core instanceof z.ZodOptional) {
			optional = true;
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodDefault || core instanceof z.ZodPrefault) {
			defaultValue ??= { value: core._zod.def.defaultValue };
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodNullable) {
			nullable = true;
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodReadonly || core instanceof z.ZodCatch) {
			core = core._zod.def.innerType as z.ZodType;
		} else {
			return { core, description, optional, defaultValue, nullable };
		}
	}
}

/** For a pipe, the side that says what a contributor writes (`known`: a type the caller names itself). */
export function inputSide(pipe: z.ZodPipe, known: (schema: z.ZodType) => boolean = (s) => sharedTypeOf(s) !== undefined): z.ZodType {
	const input = pipe._zod.def.in as z.ZodType;
	const output = pipe._zod.def.out as z.ZodType;
	// A known type on either side names the field best (`string().regex().pipe(image())` is a photo).
	if (known(output)) return output;
	// z.preprocess(fn, schema): the function takes anything; the schema says what is accepted.
	return input instanceof z.ZodTransform ? output : input;
}

export type LabelMap = Readonly<Record<string, string>>;

/** Every key → label map exported by enums.ts. */
const LABEL_MAPS: readonly LabelMap[] = (Object.values(enums) as unknown[]).filter(
	(value): value is LabelMap =>
		typeof value === 'object' && value !== null && Object.values(value).every((label) => typeof label === 'string'),
);

/** The label map of an enum's values (the schema keeps only the keys), if enums.ts declares one. */
export function labelsFor(values: readonly string[]): LabelMap | undefined {
	return LABEL_MAPS.find((labels) => {
		const keys = Object.keys(labels);
		return keys.length === values.length && values.every((value) => keys.includes(value));
	});
}
