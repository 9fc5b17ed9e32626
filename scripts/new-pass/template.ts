/**
 * The text of a new `index.mdx`: every field of the pass schema present, in the schema's order,
 * with its description as a comment above it; values written by the same YAML writer as the web
 * form (`yamlField`, src/lib/content-files/pass-to-mdx.ts).
 *
 * Placeholders: what only the contributor can supply — photo files, alt text, (photo credit when
 * not given) and the source of the facts — is left as an *empty* value with a `TODO` comment above
 * it. Empty values fail the schema with its own message ("photos[0].alt: too short — describe what
 * the photo shows in a sentence"), so `npm run validate` lists exactly what is left to do, with line
 * numbers, and a placeholder can never be published by mistake. (A value such as "TODO: describe
 * the photo" would have passed: it is longer than ten characters and not a file name.) The story's
 * placeholder paragraphs are plain Markdown starting with "TODO:" (a body has no schema).
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { type YamlValue, yamlField } from '../../src/lib/content-files/pass-to-mdx.ts';
import { issueField, passFileSchema } from '../../src/lib/content-files/read-catalog-fs.ts';
import { checkStory } from '../../src/lib/story/check-story.ts';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';
import type { PassData } from '../../src/schemas/pass.ts';
import { listOf } from '../../src/lib/text/list-of.ts';
import { peel } from '../lib/schema-walk.ts';
import { type PassValues, checkableInput, fileValue } from './draft.ts';
import { PASS_FIELDS, type PassField } from './pass-fields.ts';
import { TODO_MARK } from './parse.ts';

/** Hints written into the template's comments: what the catalog offers for some fields. */
export interface TemplateHints {
	legs: readonly string[];
	printers: readonly string[];
	types: readonly string[];
}

/** Fields the generated file leaves empty on purpose; the schema refuses them until they are filled. */
const PLACEHOLDER_FIELD = /^(photos\[\d+\]\.(alt|credit)|sources\[0\](\.title)?)$/;

const SHAPE = passFileSchema.shape;
const PHOTO = SHAPE.photos.element.shape;
const SOURCE = SHAPE.sources.element.shape;
const CONDITION = SHAPE.condition.shape;
const SIGNATURE = SHAPE.signatures.unwrap().element.shape;

const BODY = `${TODO_MARK}: Replace this paragraph with the story of this pass, in your own words: where it comes from, who owned it and what it was used for on the tour.

${TODO_MARK}: Add anything that makes it special, or delete this paragraph. Plain sentences are fine; you can also use Markdown such as **bold** and links like [this one](https://example.org/). HTML and pictures do not work in the story: photos belong in the \`photos\` list above.
`;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function description(schema: { description?: string | undefined }): string {
	return schema.description ?? '';
}

class Template {
	readonly out: string[] = [];
	note(indent: string, ...texts: string[]): void {
		for (const text of texts) this.out.push(`${indent}# ${text}`);
	}
	push(...lines: string[]): void {
		this.out.push(...lines);
	}
}

/** A group left out (e.g. dimensions): its fields commented, each with its description. */
function commentedGroup(t: Template, field: PassField): void {
	const inner = Object.entries((field.schema as z.ZodObject).shape as Record<string, z.ZodType>);
	const width = Math.max(...inner.map(([key]) => key.length)) + 5;
	const numbers = inner.every(([, schema]) => peel(schema).core instanceof z.ZodNumber);
	const count = inner.length + 1;
	t.note('', `${field.description} — to add it, remove the # in front of these ${COUNT_WORDS[count] ?? count} lines and write the ${numbers ? 'numbers' : 'values'}:`);
	t.push(`# ${field.key}:`);
	for (const [key, schema] of inner) t.push(`#   ${`${key}:`.padEnd(width)}# ${description(peel(schema))}`);
}

/** A field as the schema describes it: the value when there is one, else the key commented out. */
function genericField(t: Template, field: PassField, value: unknown, catalogHints: readonly string[]): void {
	t.push('');
	if (value === undefined && field.kind === 'group') return commentedGroup(t, field);
	t.note('', field.description, ...field.hints, ...catalogHints);
	t.push(...(value === undefined ? [`# ${field.key}:`] : yamlField(field.key, value as YamlValue)));
}

/** The fields whose lines are more than a value: lists of entries to fill in, and the condition. */
const CUSTOM: Readonly<Record<string, (t: Template, v: PassValues, field: PassField) => void>> = {
	signatures(t, _v, field) {
		t.push('');
		t.note('', field.description, 'To record one, replace [] with a list like this one (without the # in front).', 'An autograph added later is "afterwards"; only a signature made as issued also adds "signature" to securityFeatures:');
		t.push(
			'# signatures:',
			`#   - signer:                 # ${description(SIGNATURE.signer)}`,
			`#     role:                   # ${description(SIGNATURE.role)}`,
			`#     date:                   # ${description(SIGNATURE.date)}`,
			`#     medium: unknown         # ${description(SIGNATURE.medium)}: ${SIGNATURE.medium.unwrap().options.join(', ')}`,
			`#     occasion: afterwards    # ${description(SIGNATURE.occasion)}: ${SIGNATURE.occasion.unwrap().options.join(', ')}`,
			`#     authenticated: false    # ${description(SIGNATURE.authenticated)}`,
			`#     authenticatedBy:        # ${description(SIGNATURE.authenticatedBy)}`,
			'signatures: []',
		);
	},
	condition(t, v, field) {
		t.push('');
		t.note('', field.description);
		t.push('condition:');
		t.note('  ', description(CONDITION.grade), `(one of: ${CONDITION.grade.options.join(', ')})`);
		t.push(...yamlField('grade', v.grade, '  '));
		t.note('  ', description(CONDITION.flaws), `(any of: ${CONDITION.flaws.unwrap().element.options.join(', ')})`);
		t.push('  flaws: []');
		t.note('  ', description(CONDITION.notes));
		t.push('  # notes:');
	},
	photos(t, v, field) {
		t.push('');
		t.note(
			'',
			field.description,
			`${TODO_MARK}: put your photos next to this file as front.jpg and back.jpg.`,
			'(No photo of the back? Delete its lines. More photos? Add one with side: detail.)',
		);
		t.push('photos:');
		for (const side of ['front', 'back'] as const) {
			t.note('  ', description(PHOTO.src));
			t.push(`  - src: ./${side}.jpg`);
			t.note('    ', description(PHOTO.alt), `${TODO_MARK}: describe the ${side} in a sentence or two: colours, words and pictures on it.`);
			t.push('    alt: ""');
			t.note('    ', description(PHOTO.side));
			t.push(`    side: ${side}`);
			if (v.credit === undefined) {
				t.note('    ', description(PHOTO.credit), `${TODO_MARK}: who took this photo?`);
				t.push('    credit: ""');
			} else {
				t.note('    ', description(PHOTO.credit));
				t.push(...yamlField('credit', v.credit, '    '));
			}
			t.note('    ', description(PHOTO.caption));
			t.push('    # caption:');
		}
	},
	sources(t, _v, field) {
		t.push('');
		t.note(
			'',
			field.description,
			`${TODO_MARK}: where does what you know about this pass come from? Your own collection, an auction`,
			'listing, a book or a magazine… Say what it is as the title, then give a url or a citation (or both).',
		);
		t.push('sources:');
		t.note('  ', description(SOURCE.title));
		t.push('  - title: ""');
		t.note('    ', description(SOURCE.url));
		t.push('    # url:');
		t.note('    ', description(SOURCE.citation));
		t.push('    # citation:');
	},
};

/** The text of `index.mdx`: every schema field present, with its description as a comment above it. */
export function renderPassFile(v: PassValues, hints: TemplateHints): string {
	const t = new Template();
	t.push(
		'---',
		'# A new pass for the Backstage Pass Catalog, started with `npm run new-pass`.',
		'# Lines starting with # are notes for you: the site ignores them. Fill in every TODO,',
		'# then run `npm run validate`: it lists whatever is still missing, with its line number.',
	);
	const catalogHints: Readonly<Record<string, readonly string[]>> = {
		leg: hints.legs.length > 0 ? [`(legs of this tour: ${hints.legs.map((l) => JSON.stringify(l)).join(', ')})`] : [],
		type: [`(one of: ${listOf(hints.types, 24)})`],
		printer: hints.printers.length > 0 ? [`(printers in the catalog: ${listOf(hints.printers, 24)})`] : [],
	};
	for (const field of PASS_FIELDS) {
		const custom = CUSTOM[field.key];
		if (custom) custom(t, v, field);
		else genericField(t, field, fileValue(v, field.key), catalogHints[field.key] ?? []);
	}
	t.push('---', '', BODY);
	return t.out.join('\n');
}

/**
 * Reads the generated text back the way the site will and checks that it says what was checked:
 * only the placeholder fields may fail, and with them filled the data is exactly the checked data.
 */
export function selfCheck(text: string, v: PassValues, checked: PassData): string[] {
	const errors: string[] = [];
	const split = splitFrontmatter(text);
	if ('error' in split) return [`the template cannot be read back: ${split.error}`];
	const { frontmatter, body } = split;
	const asWritten = passFileSchema.safeParse(frontmatter);
	for (const issue of asWritten.success ? [] : asWritten.error.issues) {
		const field = issueField(issue) ?? '(entry)';
		if (!PLACEHOLDER_FIELD.test(field)) errors.push(`${field}: ${issue.message}`);
	}
	const stand = checkableInput(v);
	const filled = passFileSchema.safeParse({ ...frontmatter, photos: stand['photos'], sources: stand['sources'] });
	if (!filled.success || !isDeepStrictEqual(filled.data, checked)) errors.push('the template does not read back as the values that were checked');
	for (const p of checkStory(body).problems) errors.push(`story line ${p.line}: ${p.message}`);
	return errors;
}
