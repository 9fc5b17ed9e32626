/**
 * Checks that need more than one entry: references between collections, a pass dated outside
 * its tour, a tour of another band, two bands with the same name. Each problem names the file
 * and the field, and says how to fix it. The build fails on any of them (see `src/data/catalog.ts`).
 */
import type { BandData } from '../../schemas/band.ts';
import type { Entry, PassDataWithoutPhotos } from './catalog-entry.ts';
import type { TourData } from '../../schemas/tour.ts';
import { type Problem, problem } from '../content-files/content-problems.ts';
import { PASS_FORMATS, STICKY_FORMATS } from '../../schemas/enums.ts';
import { nameClashes } from './name-clashes.ts';
import { localDay } from '../dates/calendar-day.ts';
import { RESERVED_BAND_SLUGS, RESERVED_PASS_SLUGS, RESERVED_TOUR_SLUGS } from '../lists/reserved-slugs.ts';
import { formatFuzzyRange, fuzzyDate, isAfter, overlaps, startOf } from '../dates/fuzzy-date.ts';

export interface RawCatalog {
	passes: readonly Entry<PassDataWithoutPhotos>[];
	bands: readonly Entry<BandData>[];
	tours: readonly Entry<TourData>[];
	passTypes: readonly Entry<unknown>[];
	printers: readonly Entry<unknown>[];
}

function fileOf(entry: Entry<unknown>, folder: string): string {
	return entry.filePath ?? `${folder}/${entry.id}`;
}

/** "sticky", "satin-sticky", "laminate"…: words that say how a pass was made, which a type never does. */
function isFormatName(id: string): boolean {
	return Object.hasOwn(PASS_FORMATS, id) || STICKY_FORMATS.some((format) => format.endsWith(`-${id}`));
}

function formatIsNotAType(id: string): string {
	return `"${id}" is how a pass was made, not the access it gave — write it in \`format\` (${STICKY_FORMATS.join(', ')}, laminate…) and set \`type\` to the access printed on the pass (guest, after-show, crew…)`;
}

/** Unknown-id message with the nearest existing ids, so a typo is easy to spot. */
function unknownRef(what: string, id: string, known: readonly string[], file: string): string {
	const near = [...known].sort((a, b) => similarity(b, id) - similarity(a, id)).slice(0, 3);
	return `no ${what} "${id}" — add ${file} or use an existing one (${near.join(', ') || 'none yet'})`;
}

/** Shared-prefix length plus shared characters: enough to rank "nirvan" next to "nirvana". */
function similarity(a: string, b: string): number {
	let prefix = 0;
	while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
	const shared = [...new Set(a)].filter((c) => b.includes(c)).length;
	return prefix * 2 + shared;
}

/**
 * Every cross-entry problem of the catalog. `today` (YYYY-MM-DD, the local day by default) is
 * what an entry's `added` date may not be after — by more than a day, see `findPassProblems`.
 */
export function findCatalogProblems(raw: RawCatalog, today: string = localDay()): Problem[] {
	const problems: Problem[] = [];
	const report = (file: string, field: string | undefined, message: string, severity: Problem['severity'] = 'error') =>
		problems.push(problem(file, field, message, severity));
	const bands = new Map(raw.bands.map((b) => [b.id, b]));

	problems.push(...nameClashes(raw));
	for (const band of raw.bands) {
		const file = fileOf(band, 'content/bands');
		if (RESERVED_BAND_SLUGS.has(band.id)) report(file, undefined, `the file name "${band.id}" is reserved for the band index pages — rename the file`);
		const activity = band.data.activity;
		activity.forEach((period, i) => {
			const from = fuzzyDate(period.from);
			if (period.to !== undefined && isAfter(from, fuzzyDate(period.to))) {
				report(file, `activity[${i}].to`, `${period.to} is before its start ${period.from}`);
			}
			const previous = activity[i - 1];
			if (previous?.to !== undefined && isAfter(fuzzyDate(previous.to), from)) {
				report(file, `activity[${i}].from`, `${period.from} is before the previous period ended (${previous.to}) — list periods oldest first`);
			}
		});
		const first = activity[0];
		if (first && fuzzyDate(first.from).year < band.data.formed) {
			report(file, 'activity[0].from', `${first.from} is before the band formed (${band.data.formed})`);
		}
	}

	for (const type of raw.passTypes) {
		if (isFormatName(type.id)) report(fileOf(type, 'content/pass-types'), undefined, `"${type.id}" is a format, not an access type — a guide to a format belongs in content/guides/ (see sticky-passes.mdx)`);
	}

	for (const tour of raw.tours) {
		const file = fileOf(tour, 'content/tours');
		if (RESERVED_TOUR_SLUGS.has(tour.id)) report(file, undefined, `the file name "${tour.id}" is reserved for the tour index pages — rename the file`);
		const band = bands.get(tour.data.band);
		if (!band) report(file, 'band', unknownRef('band', tour.data.band, [...bands.keys()], `content/bands/${tour.data.band}.json`));
		const start = fuzzyDate(tour.data.start);
		const end = fuzzyDate(tour.data.end);
		if (isAfter(start, end)) report(file, 'end', `${tour.data.end} is before start ${tour.data.start}`);
		if (band && start.year < band.data.formed) {
			report(file, 'start', `${tour.data.start} is before ${band.data.name} formed (${band.data.formed})`);
		}
		const designIds = new Set<string>();
		tour.data.sets.forEach((set, i) =>
			set.designs.forEach((design, j) => {
				if (designIds.has(design.id)) report(file, `sets[${i}].designs[${j}].id`, `"${design.id}" is used twice in this tour — design ids must be unique`);
				designIds.add(design.id);
			}),
		);
	}

	problems.push(...findPassProblems(raw, today));
	return problems;
}

/**
 * The problems of each pass against the rest of the catalog (what the web form checks for the one
 * pass it writes). A pass may be `added` tomorrow at the latest: a contributor east of the checking
 * machine is already a day ahead, and no one is two days ahead.
 */
export function findPassProblems(raw: RawCatalog, today: string = localDay()): Problem[] {
	const problems: Problem[] = [];
	const report = (file: string, field: string | undefined, message: string) => problems.push(problem(file, field, message));
	const bands = new Map(raw.bands.map((b) => [b.id, b]));
	const tours = new Map(raw.tours.map((t) => [t.id, t]));
	const typeIds = new Set(raw.passTypes.map((t) => t.id));
	const printerIds = new Set(raw.printers.map((p) => p.id));
	const passesById = new Map(raw.passes.map((p) => [p.id, p]));
	const latestAdded = nextDay(today);

	for (const pass of raw.passes) {
		const file = fileOf(pass, 'content/passes');
		const p = pass.data;
		if (RESERVED_PASS_SLUGS.has(pass.id)) {
			report(file, undefined, `the folder name "${pass.id}" is reserved for list pages — rename the folder`);
		}
		const band = bands.get(p.band);
		if (!band) report(file, 'band', unknownRef('band', p.band, [...bands.keys()], `content/bands/${p.band}.json`));
		if (band && p.validFrom !== undefined && startOf(fuzzyDate(p.validFrom)) < `${band.data.formed}-01-01`) {
			report(file, 'validFrom', `${p.validFrom} is before ${band.data.name} formed (${band.data.formed})`);
		}
		if (!typeIds.has(p.type)) {
			report(file, 'type', isFormatName(p.type) ? formatIsNotAType(p.type) : unknownRef('pass type', p.type, [...typeIds], `content/pass-types/${p.type}.mdx`));
		}
		if (p.printer !== undefined && !printerIds.has(p.printer)) {
			report(file, 'printer', unknownRef('printer', p.printer, [...printerIds], `content/printers/${p.printer}.json`));
		}
		if (p.leg !== undefined && p.tour === undefined) report(file, 'leg', 'a leg needs a tour — add `tour` or remove `leg`');
		if (p.design !== undefined && p.tour === undefined) report(file, 'design', 'a design belongs to a tour’s set — add `tour` or remove `design`');
		for (const field of ['variantOf', 'fakeOf'] as const) {
			const other = p[field];
			if (other === undefined) continue;
			const target = passesById.get(other);
			if (other === pass.id) report(file, field, 'a pass cannot point at itself');
			else if (!target) report(file, field, unknownRef('pass', other, [...passesById.keys()], `content/passes/${other}/index.mdx`));
			else if (target.data.band !== p.band) report(file, field, `"${other}" is a pass of "${target.data.band}", not of "${p.band}"`);
			else if (target.data.fakeOf !== undefined || target.data.variantOf !== undefined) {
				const genuine = genuinePass(target, passesById);
				const what = target.data.fakeOf !== undefined ? 'a known fake' : 'a variant';
				report(file, field, `"${other}" is itself ${what} — point at the genuine pass${genuine ? ` ("${genuine}")` : ' (these passes point at each other in a loop)'}`);
			}
		}
		if (p.added > latestAdded) report(file, 'added', `${p.added} is in the future (today is ${today}) — write the day you add the entry`);
		if (p.tour === undefined) continue;
		const tour = tours.get(p.tour);
		if (!tour) {
			report(file, 'tour', unknownRef('tour', p.tour, [...tours.keys()], `content/tours/${p.tour}.json`));
			continue;
		}
		if (tour.data.band !== p.band) {
			report(file, 'tour', `"${p.tour}" is a tour of "${tour.data.band}", not of "${p.band}" — fix band or tour`);
		}
		const tourStart = fuzzyDate(tour.data.start);
		const tourEnd = fuzzyDate(tour.data.end);
		const span = formatFuzzyRange(tourStart, tourEnd);
		for (const field of ['validFrom', 'validTo'] as const) {
			const value = p[field];
			if (value !== undefined && !overlaps(fuzzyDate(value), tourStart, tourEnd)) {
				report(file, field, `${value} is outside the tour "${tour.data.name}" (${span}) — check the date or the tour`);
			}
		}
		if (p.year !== undefined && !overlaps(fuzzyDate(String(p.year)), tourStart, tourEnd)) {
			report(file, 'year', `${p.year} is outside the tour "${tour.data.name}" (${span})`);
		}
		const designs = tour.data.sets.flatMap((set) => set.designs.map((d) => d.id));
		if (p.design !== undefined && !designs.includes(p.design)) {
			report(file, 'design', `"${p.design}" is not a design of "${tour.data.name}" — use one of: ${designs.map((d) => `"${d}"`).join(', ') || 'none (the tour lists no sets yet)'}`);
		}
		if (p.leg !== undefined && tour.data.legs.length > 0 && !tour.data.legs.some((l) => l.name === p.leg)) {
			report(file, 'leg', `"${p.leg}" is not a leg of "${tour.data.name}" — use one of: ${tour.data.legs.map((l) => `"${l.name}"`).join(', ')}`);
		}
	}
	return problems;
}

/** Follows variantOf/fakeOf from a pass to the pass that is neither; undefined on a loop. */
function genuinePass(start: Entry<PassDataWithoutPhotos>, passes: ReadonlyMap<string, Entry<PassDataWithoutPhotos>>): string | undefined {
	const seen = new Set<string>();
	let current: Entry<PassDataWithoutPhotos> | undefined = start;
	while (current !== undefined && !seen.has(current.id)) {
		const next: string | undefined = current.data.fakeOf ?? current.data.variantOf;
		if (next === undefined) return current.id;
		seen.add(current.id);
		current = passes.get(next);
	}
	return undefined;
}

/** The calendar day after a YYYY-MM-DD day. */
function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}
