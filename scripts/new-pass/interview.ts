/**
 * The questions, for what the options did not say: the catalog's bands, tours, types, formats and
 * printers to choose from by number, each answer read like the option for the same field
 * (`pass-fields.ts`), and the catalog's problems explained and asked again until the pass fits.
 */
import path from 'node:path';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { bandSchema } from '../../src/schemas/band.ts';
import { ACTIVITY_ENDINGS, CONDITION_GRADES, type ConditionGrade, PASS_FORMATS, type PassFormat, SECURITY_FEATURES, type SecurityFeature } from '../../src/schemas/enums.ts';
import type { PassData } from '../../src/schemas/pass.ts';
import { tourSchema } from '../../src/schemas/tour.ts';
import {
	type Context,
	type NewBand,
	type NewTour,
	bandChoices,
	bandFile,
	bands,
	didYouMean,
	passDir,
	printerChoices,
	shown,
	tourChoices,
	tourFile,
	tours,
	typeChoices,
} from './catalog-context.ts';
import { type Draft, type PassValues, defaultTitle, passProblems, slugProblem, valuesOf } from './draft.ts';
import { buildBand, buildTour } from './new-band-tour.ts';
import { passField } from './pass-fields.ts';
import { type Parsed, check, fail, labelChoices, ok, parseDate, parseKey, parseText, parseYear, resolveRef } from './parse.ts';
import type { Prompter } from './prompter.ts';

const BAND = bandSchema.shape;
const ACTIVITY = BAND.activity.element.shape;
const TOUR = tourSchema.shape;
const VALID_FROM = passField('validFrom');
const VALID_TO = passField('validTo');
const FEATURES = passField('securityFeatures');
const FORMAT = passField('format');
const CONDITION = passField('condition');
const TITLE = passField('title');
const CREDIT = passField('photos');

/** Asks for everything the draft does not have yet. */
export async function askMissing(ctx: Context, d: Draft, p: Prompter): Promise<void> {
	while (d.band === undefined) {
		const choices = bandChoices(ctx);
		p.list('Which band?', choices);
		const answer = await p.ask('Band — type its number, or its name (a new name adds the band): ');
		const ref = resolveRef(answer, choices, true);
		if (answer === '') continue;
		if (ref.kind === 'found') d.band = ref.id;
		else if (ref.kind === 'bad') p.say(`  ${ref.error}`);
		else if (await p.yesNo(`No band "${answer}"${didYouMean(ctx, answer) || '.'} Create ${shown(ctx, bandFile(ctx, ref.id))} now? [y/N] `, false)) {
			const band = await askNewBand(ctx, ref.id, ref.name, p);
			ctx.newBand = band;
			d.band = band.id;
		}
	}

	while (d.tour === undefined) {
		const choices = tourChoices(ctx, d.band);
		const bandName = bands(ctx).find((b) => b.id === d.band)?.data.name ?? d.band;
		p.list(choices.length ? `Which tour of ${bandName}?` : `${bandName} has no tours in the catalog yet.`, choices, ['0. None — the pass is from a one-off show, not a tour']);
		const answer = await p.ask('Tour — type its number, 0 for none, or a name (a new name adds the tour): ');
		if (answer === '') continue;
		if (answer === '0') {
			d.tour = null;
			break;
		}
		const ref = resolveRef(answer, choices, true);
		if (ref.kind === 'found') d.tour = ref.id;
		else if (tours(ctx).some((t) => t.id === answer)) d.tour = answer; // another band's: the check below explains
		else if (ref.kind === 'bad') p.say(`  ${ref.error}`);
		else if (await p.yesNo(`No tour "${answer}". Create ${shown(ctx, tourFile(ctx, ref.id))} now? [y/N] `, false)) {
			const tour = await askNewTour(ctx, ref.id, ref.name, d.band, p);
			ctx.newTour = tour;
			d.tour = tour.id;
		}
	}

	const legs = tours(ctx).find((t) => t.id === d.tour)?.data.legs ?? [];
	if (d.leg === undefined && legs.length === 0) d.leg = null;
	if (d.leg === undefined) {
		const choices = legs.map((l) => ({ id: l.name, label: l.name, names: [l.name] }));
		p.list('Which leg of the tour?', choices);
		d.leg = await p.until(
			'Leg — type its number, or press Enter if you do not know: ',
			(t): Parsed<string> => {
				const ref = resolveRef(t, choices, true);
				return ref.kind === 'found' ? ok(ref.id) : fail('type a number from the list, or press Enter');
			},
			() => null,
		);
	}

	if (d.type === undefined) {
		const choices = typeChoices(ctx);
		p.list('What type of pass is it? (each type is explained on the site)', choices);
		d.type = await p.until('Type — type its number or name: ', (t): Parsed<string> => {
			const ref = resolveRef(t, choices, true);
			return ref.kind === 'found' ? ok(ref.id) : fail(`no pass type "${t}" — choose one from the list`);
		});
	}

	if (d.format === undefined) {
		p.list('What is it made of?', labelChoices(PASS_FORMATS));
		d.format = await p.until('Format — type its number or name: ', (t) => FORMAT.parse(t, true) as Parsed<PassFormat>);
	}

	if (d.printer === undefined) {
		const choices = printerChoices(ctx);
		p.list('Who printed it? (often marked on the back or on the backing)', choices);
		d.printer = await p.until(
			'Printer — type its number, or press Enter if you do not know: ',
			(t): Parsed<string> => {
				const ref = resolveRef(t, choices, true);
				return ref.kind === 'found' ? ok(ref.id) : fail(`no printer "${t}" in the catalog — choose one from the list, or press Enter`);
			},
			() => null,
		);
	}

	if (d.validFrom === undefined) {
		p.say();
		d.validFrom = await p.until(
			'Date printed on the pass, or of the show (YYYY, YYYY-MM or YYYY-MM-DD; Enter if there is none): ',
			(t) => VALID_FROM.parse(t) as Parsed<string>,
			() => null,
		);
	}
	if (d.validTo === undefined) {
		d.validTo = d.validFrom === null
			? null
			: await p.until('Last day it was valid, if it covers several days (Enter if not): ', (t) => VALID_TO.parse(t) as Parsed<string>, () => null);
	}
	if (d.year === undefined) {
		d.year = d.tour === null && d.validFrom === null ? await p.until('Year it was used (e.g. 1993): ', parseYear) : null;
	}
	if (d.venue === undefined) d.venue = await p.until('Venue (Enter to skip): ', (t) => parseText(t, 1, 'the venue'), () => null);
	if (d.city === undefined) d.city = await p.until('City (Enter to skip): ', (t) => parseText(t, 1, 'the city'), () => null);

	if (d.securityFeatures === undefined) {
		p.list('Which security features can you see on it?', labelChoices(SECURITY_FEATURES));
		d.securityFeatures = await p.until('Features — numbers or names separated by commas (Enter for none): ', (t) => FEATURES.parse(t, true) as Parsed<SecurityFeature[]>, () => []);
	}

	if (d.grade === undefined) {
		p.list('What condition is it in?', labelChoices(CONDITION_GRADES));
		d.grade = await p.until('Condition — type its number or name: ', (t) => CONDITION.parse(t, true) as Parsed<ConditionGrade>);
	}

	if (d.title === undefined) {
		const suggested = defaultTitle(ctx, d) ?? '';
		p.say();
		d.title = await p.until(`Title — what is printed on the pass, or a short description [${suggested}]: `, (t) => TITLE.parse(t) as Parsed<string>, () => suggested);
	}
	if (d.contributor === undefined) {
		d.contributor = await p.until('Your name, as it should appear among the contributors: ', (t) => parseText(t, 1, 'the name'));
	}
	if (d.credit === undefined) {
		const you = d.contributor;
		d.credit = await p.until(`Who took the photos? [${you}]: `, (t) => CREDIT.parse(t) as Parsed<string>, () => you);
	}
}

async function askNewBand(ctx: Context, id: string, guess: string, p: Prompter): Promise<NewBand> {
	for (;;) {
		p.say();
		const name = await p.until(`Band name, as it is best known [${guess}]: `, (t) => check(BAND.name, t), () => guess);
		const country = await p.until('Country it comes from (e.g. United Kingdom): ', (t) => parseText(t, 2, 'the country'));
		const formed = await p.until('Year it formed (e.g. 1987): ', parseYear);
		const from = await p.until(`When it started playing [${formed}]: `, (t) => parseDate(t, ACTIVITY.from), () => String(formed));
		const until = await p.until('When it split up or stopped (Enter if it is still together): ', (t) => parseDate(t, ACTIVITY.to.unwrap()), () => undefined);
		const ending =
			until === undefined ? undefined : await p.until('Did it split up or go on hiatus? [split]: ', (t) => parseKey(t, ACTIVITY_ENDINGS, 'ending', false), () => 'split' as const);
		const built = buildBand(ctx, id, { name, country, formed, from, until, ending });
		if (built.band) return built.band;
		for (const problem of built.problems) p.say(`  ${formatProblem(problem)}`);
		p.say('  Let’s try the band’s details again.');
	}
}

async function askNewTour(ctx: Context, id: string, guess: string, band: string, p: Prompter): Promise<NewTour> {
	for (;;) {
		p.say();
		const name = await p.until(`Tour name, as billed [${guess}]: `, (t) => check(TOUR.name, t), () => guess);
		const start = await p.until('First show (YYYY, YYYY-MM or YYYY-MM-DD): ', (t) => parseDate(t, TOUR.start));
		const end = await p.until('Last show (YYYY, YYYY-MM or YYYY-MM-DD): ', (t) => parseDate(t, TOUR.end));
		const built = buildTour(ctx, id, { band, name, start, end });
		if (built.tour) return built.tour;
		for (const problem of built.problems) p.say(`  ${formatProblem(problem)}`);
		p.say('  Let’s try the tour’s details again.');
	}
}

/** Which draft values to ask again for, from the field a problem names. */
function clearForProblem(d: Draft, ctx: Context, field: string | undefined): boolean {
	const top = field?.replace(/[.[].*$/, '');
	switch (top) {
		case 'band':
			d.band = d.tour = d.leg = undefined;
			ctx.newBand = ctx.newTour = undefined;
			return true;
		case 'tour':
			d.tour = d.leg = undefined;
			ctx.newTour = undefined;
			return true;
		case 'leg':
		case 'type':
		case 'format':
		case 'printer':
		case 'venue':
		case 'city':
		case 'title':
			d[top] = undefined;
			return true;
		case 'validFrom':
		case 'validTo':
		case 'year':
			d.validFrom = d.validTo = d.year = undefined;
			return true;
		case 'securityFeatures':
			d.securityFeatures = undefined;
			return true;
		case 'condition':
			d.grade = undefined;
			return true;
		case 'contributors':
			d.contributor = undefined;
			return true;
		case 'photos':
			d.credit = undefined;
			return true;
		case undefined:
			d.slug = undefined;
			return true;
		default:
			// A field only ever set by an option is not asked for: the problem stands.
			return false;
	}
}

/** Asks until the pass fits the catalog, then for its folder name and a last confirmation. */
export async function interview(ctx: Context, draft: Draft, p: Prompter, added: string): Promise<{ values: PassValues; checked: PassData } | string> {
	let values: PassValues;
	for (;;) {
		await askMissing(ctx, draft, p);
		const asked = valuesOf(ctx, draft, added);
		if (!asked) throw new Error('a required value was not asked for');
		const result = passProblems(ctx, asked);
		if (result.problems.length === 0) {
			values = asked;
			break;
		}
		p.say();
		p.say('That does not fit the catalog yet:');
		for (const problem of result.problems) p.say(`  ${formatProblem(problem)}`);
		const fixable = result.problems.map((problem) => clearForProblem(draft, ctx, problem.field));
		if (fixable.includes(false)) return 'Nothing was written.';
		p.say('Let’s fix that.');
	}
	for (let problem = draft.slug === undefined ? 'ask' : slugProblem(ctx, draft.slug); problem !== undefined; problem = slugProblem(ctx, draft.slug)) {
		if (problem !== 'ask') p.say(`  ${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
		const suggested = draft.slug === undefined ? values.slug : `${values.slug}-2`;
		p.say();
		draft.slug = await p.until(`Folder name for the pass [${suggested}]: `, (t) => ok(t.trim()), () => suggested);
		values = { ...values, slug: draft.slug };
	}
	const result = passProblems(ctx, values);
	if (result.problems.length > 0 || !result.data) return `Nothing was written:\n  ${result.problems.map(formatProblem).join('\n  ')}`;
	p.say();
	p.say(`Ready to create ${shown(ctx, path.join(passDir(ctx, values.slug), 'index.mdx'))}:`);
	p.say(`  “${values.title}” — ${[values.band, values.tour, values.leg, values.type, values.format, values.grade].filter((x) => x !== undefined).join(', ')}`);
	if (ctx.newBand) p.say(`  and the new band ${ctx.newBand.filePath}`);
	if (ctx.newTour) p.say(`  and the new tour ${ctx.newTour.filePath}`);
	if (!(await p.yesNo('Create it? [Y/n] ', true))) return 'Stopped — nothing was written.';
	return { values, checked: result.data };
}
