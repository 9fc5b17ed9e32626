/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are those of the last build is copied from that build instead of rendered. A key that
 * misses anything the page shows serves a stale page, so keys are not lists of fields someone
 * remembered: a record's key is the whole record — its content entry (data, story, digest) and
 * every fact the model derived for it — with each other record it points to written as that
 * record's URL, and a page's key joins the records it shows. Membership lists (a band's, tour's,
 * type's or printer's `passes`, a band's `tours`) are not part of a record: one pass added would
 * otherwise re-render every page of its printer's 4,000 passes. A page that shows members names
 * them in its key. Which records a page shows is the one thing written by hand, per route;
 * `tests/site/incremental-build.test.ts` proves it against clean builds (a band renamed, a tour
 * redated, a pass edited, added or removed, a fake linked).
 *
 * Build-time only (node:crypto). The route's code is not part of the key: Astro hashes each route's
 * module graph (components, styles, scripts, this file) and re-renders on any change.
 */
import { createHash } from 'node:crypto';
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import { type BandRecord, type PassRecord, type PassTypeRecord, type PrinterRecord, type TourRecord, relatedPasses } from '../catalog/catalog-model.ts';
import { PHOTO_RECIPE } from '../photos/photo-recipe.ts';
import type { ShownPhoto } from '../photos/shown-photo.ts';

/** Bumped when what a key covers changes, so no key of the old kind ever matches a new one. */
const KEY_VERSION = 1;

type AnyPass = PassRecord<Entry<PassDataWithoutPhotos>>;
type AnyRecord = AnyPass | BandRecord<Entry<PassDataWithoutPhotos>> | TourRecord<Entry<PassDataWithoutPhotos>> | PassTypeRecord<Entry<PassDataWithoutPhotos>> | PrinterRecord<Entry<PassDataWithoutPhotos>>;

/** Records of the model are the objects with an id, a content entry and a URL. */
function isRecord(value: unknown): value is AnyRecord {
	return typeof value === 'object' && value !== null && 'url' in value && 'entry' in value && 'id' in value;
}

/** Lists of the records that belong to a record (see above): left out of its text. */
const MEMBERSHIP_LISTS = new Set(['passes', 'tours']);

/**
 * A record as text: every field, nested objects and arrays included, except that any other record
 * inside it is written as `→<url>` (the cycles of the model end there; what a page shows of those
 * records is in their own text, which the page's key adds), and membership lists are left out.
 */
export function recordText(record: AnyRecord): string {
	return JSON.stringify(record, function (this: unknown, key: string, value: unknown) {
		if (MEMBERSHIP_LISTS.has(key) && Array.isArray(value) && value.some(isRecord)) return undefined;
		if (key !== '' && isRecord(value)) return `→${value.url}`;
		if (value instanceof Map) return [...value.entries()];
		if (value instanceof Set) return [...value.values()];
		return value;
	});
}

/** A photo as pages show it: its words and sizes, and every derivative's URL and size. */
function photoText(photo: ShownPhoto): string {
	const { alt, side, label, credit, caption, width, height } = photo;
	return JSON.stringify([alt, side, label, credit, caption ?? null, width, height, PHOTO_RECIPE.map((spec) => photo.image(spec.use, spec.format))]);
}

function sha(parts: readonly string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(`${part.length}:${part}`);
	return hash.digest('base64url');
}

/** Keys for one build: digests of records are made once and shared by every page that shows them. */
export class PageCacheKeys {
	readonly #today: string;
	readonly #photosOf: (pass: AnyPass) => readonly ShownPhoto[];
	readonly #records = new Map<AnyRecord, string>();
	readonly #passes = new Map<AnyPass, string>();
	readonly #everything: () => { passes: readonly AnyPass[]; records: readonly AnyRecord[]; other: string };
	#catalog: string | undefined;

	/**
	 * `today` fixes statuses and ages (`catalog.today`); `photosOf` is how pages get a pass's photos;
	 * `everything` is all a page can read: every pass and record of the catalog, and the text of
	 * anything else pages list (the guides' frontmatter), for pages keyed on the whole catalog.
	 */
	constructor(options: { today: string; photosOf: (pass: AnyPass) => readonly ShownPhoto[]; everything: () => { passes: readonly AnyPass[]; records: readonly AnyRecord[]; other: string } }) {
		this.#today = options.today;
		this.#photosOf = options.photosOf;
		this.#everything = options.everything;
	}

	/** One record's own text, digested. */
	record(record: AnyRecord | undefined): string {
		if (record === undefined) return '-';
		let digest = this.#records.get(record);
		if (digest === undefined) {
			digest = sha([recordText(record)]);
			this.#records.set(record, digest);
		}
		return digest;
	}

	/**
	 * Everything shown wherever a pass appears — its page, a card, a row, a related pass: the pass,
	 * its photos, and its band, tour, pass type and printer.
	 */
	pass(pass: AnyPass): string {
		let digest = this.#passes.get(pass);
		if (digest === undefined) {
			digest = sha([
				this.record(pass),
				...this.#photosOf(pass).map(photoText),
				this.record(pass.band),
				this.record(pass.tour),
				this.record(pass.type),
				this.record(pass.printer),
			]);
			this.#passes.set(pass, digest);
		}
		return digest;
	}

	/**
	 * A page's key: the route (so two routes never share keys), the build's "today", the pass
	 * neighbourhoods and records the page shows, in the order it shows them.
	 */
	page(route: string, shows: { passes?: readonly (AnyPass | undefined)[]; records?: readonly (AnyRecord | undefined)[] }): string {
		return `${KEY_VERSION}.${sha([
			route,
			this.#today,
			...(shows.passes ?? []).map((pass) => (pass ? this.pass(pass) : '-')),
			'|',
			...(shows.records ?? []).map((record) => this.record(record)),
		])}`;
	}

	/**
	 * A page that shows a wide view of the catalog — a paged list, a browse value, a band, type or
	 * printer page with its filters and counts, a data file: keyed on everything, so any change to
	 * the catalog renders it again and an unchanged catalog never does. Narrower keys would save
	 * renders when one pass is added, but each would be one more hand-written list of what a page
	 * shows; these pages are a third of a 10,000-pass build and cheap to render.
	 */
	catalogPage(route: string): string {
		if (this.#catalog === undefined) {
			const { passes, records, other } = this.#everything();
			this.#catalog = sha([...passes.map((pass) => this.pass(pass)), '|', ...records.map((record) => this.record(record)), '|', other]);
		}
		return `${KEY_VERSION}.${sha([route, this.#today, this.#catalog])}`;
	}

	/** A pass's compare data: the pass, with its photos, and the passes it names (its genuine pass, fakes and the pass it varies). */
	compareData(pass: AnyPass): string {
		return this.page('passes/[slug]/compare.json', { passes: [pass, pass.fakeOf, pass.variantOf, ...pass.fakes] });
	}

	/** A pass page: the pass, its related passes, and the passes it is a fake or variant of, or that are its. */
	passPage(pass: AnyPass): string {
		const { sameTour, sameBand } = relatedPasses(pass);
		return this.page('passes/[slug]', { passes: [pass, ...sameTour, ...sameBand, pass.variantOf, pass.fakeOf, ...pass.variants, ...pass.fakes] });
	}

	/** A tour page: the tour and its band, its passes, and the passes of each of its designs. */
	tourPage(tour: TourRecord<Entry<PassDataWithoutPhotos>>): string {
		const designPasses = tour.sets.flatMap((set) => set.designs.flatMap((design) => design.passes));
		return this.page('tours/[slug]', { passes: [...tour.passes, ...designPasses], records: [tour, tour.band] });
	}
}
