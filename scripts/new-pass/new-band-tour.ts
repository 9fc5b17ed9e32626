/**
 * A band or tour that is not in the catalog yet, created on the way. Band and tour files are JSON,
 * which has no comments: their `sources` placeholder is a "TODO: …" citation that passes the schema
 * (so the new pass can be checked against them), and a reminder is printed.
 */
import type { z } from 'astro/zod';
import { type Problem, problem } from '../../src/lib/content-files/content-problems.ts';
import { issueField } from '../../src/lib/content-files/read-catalog-fs.ts';
import { bandSchema } from '../../src/schemas/band.ts';
import type { ActivityEnding } from '../../src/schemas/enums.ts';
import { tourSchema } from '../../src/schemas/tour.ts';
import { type Context, type NewBand, type NewTour, bandFile, catalogProblemsFor, shown, tourFile } from './catalog-context.ts';
import { TODO_MARK } from './parse.ts';

/**
 * A new band or tour file checked by its schema, then by the catalog's cross-checks as if it were
 * already in the catalog (a name another band has, a tour outside the band's years…).
 */
function checkNew<K extends 'newBand' | 'newTour'>(
	ctx: Context,
	slot: K,
	file: { id: string; filePath: string; raw: Record<string, unknown> },
	schema: z.ZodType<NonNullable<Context[K]>['data']>,
): { entry: NonNullable<Context[K]>; problems: Problem[] } | { entry?: undefined; problems: Problem[] } {
	const parsed = schema.safeParse(file.raw);
	if (!parsed.success) return { problems: parsed.error.issues.map((i) => problem(file.filePath, issueField(i), i.message)) };
	const entry = { ...file, data: parsed.data } as NonNullable<Context[K]>;
	const previous = ctx[slot];
	ctx[slot] = entry;
	const problems = catalogProblemsFor(ctx, undefined).filter((p) => p.file === file.filePath);
	ctx[slot] = previous;
	return problems.length > 0 ? { problems } : { entry, problems };
}

export interface BandAnswers {
	name: string;
	country: string;
	formed: number;
	from: string;
	until?: string | undefined;
	ending?: ActivityEnding | undefined;
}

/** A new band file's content, checked with the band schema and the catalog (name already taken…). */
export function buildBand(ctx: Context, id: string, answers: BandAnswers): { band: NewBand; problems: Problem[] } | { band?: undefined; problems: Problem[] } {
	const file = shown(ctx, bandFile(ctx, id));
	const raw: Record<string, unknown> = {
		name: answers.name,
		aliases: [],
		country: answers.country,
		formed: answers.formed,
		activity: [answers.until === undefined ? { from: answers.from } : { from: answers.from, to: answers.until, ended: answers.ending ?? 'split' }],
		links: {},
		sources: [
			{
				title: `${TODO_MARK}: where do these facts come from?`,
				citation: `${TODO_MARK}: replace this source with a web page ("url") or a book, magazine or sleeve ("citation")`,
			},
		],
	};
	const checked = checkNew(ctx, 'newBand', { id, filePath: file, raw }, bandSchema);
	return checked.entry ? { band: checked.entry, problems: [] } : { problems: checked.problems };
}

export function buildTour(
	ctx: Context,
	id: string,
	answers: { band: string; name: string; start: string; end: string },
): { tour: NewTour; problems: Problem[] } | { tour?: undefined; problems: Problem[] } {
	const file = shown(ctx, tourFile(ctx, id));
	const raw: Record<string, unknown> = {
		band: answers.band,
		name: answers.name,
		start: answers.start,
		end: answers.end,
		legs: [],
		sources: [
			{
				title: `${TODO_MARK}: where do these tour dates come from?`,
				citation: `${TODO_MARK}: replace this source with a web page ("url", e.g. setlist.fm) or a book or magazine ("citation")`,
			},
		],
	};
	const checked = checkNew(ctx, 'newTour', { id, filePath: file, raw }, tourSchema);
	return checked.entry ? { tour: checked.entry, problems: [] } : { problems: checked.problems };
}
