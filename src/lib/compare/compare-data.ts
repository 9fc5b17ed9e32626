/**
 * What the compare view knows of a pass — title, photos (sizes and derivative URLs), whether it is
 * a known fake and its tells — made from the catalog model at build time and published as
 * `/passes/<slug>/compare.json`, one small file per pass, so the view fetches only the passes in
 * its address. Also the comparisons worth suggesting: every genuine pass with its fakes, every
 * group of variants, and every tour-set design the catalog holds two or more passes of.
 * Pure code; the browser script imports only the types.
 */
import type { ShownPhoto } from '../photos/shown-photo.ts';
import { type CompareItem, compareUrl } from './compare-url.ts';

export interface ComparePhoto {
	label: string;
	side: string;
	alt: string;
	width: number;
	height: number;
	/** Lightbox-sized WebP, drawn while fitted. */
	large: string;
	/** Full-size re-encoded JPEG, fetched on the first zoom. */
	full: string;
}

export interface ComparePass {
	id: string;
	title: string;
	url: string;
	/** A known fake or reprint: the genuine pass it copies, and how to tell. */
	fakeOf: { id: string; title: string; url: string } | undefined;
	tells: string[];
	/** Known fakes of this pass (a genuine pass), for a hint to compare with them. */
	fakes: { id: string; title: string }[];
	/** The pass it is a variant of, and the note on how it differs. */
	variantOf: { id: string; title: string; url: string } | undefined;
	variantNote: string | undefined;
	example: boolean;
	photos: ComparePhoto[];
}

/** The fields of a catalog-model pass record this module reads. */
export interface ComparablePass {
	id: string;
	title: string;
	url: string;
	fakeOf: ComparablePass | undefined;
	fakes: readonly ComparablePass[];
	variantOf: ComparablePass | undefined;
	variants: readonly ComparablePass[];
	entry: { data: { tells: readonly string[]; variantNote?: string | undefined; example?: boolean | undefined } };
}

const link = (pass: ComparablePass | undefined) => (pass ? { id: pass.id, title: pass.title, url: pass.url } : undefined);

export function comparePassData(pass: ComparablePass, photos: readonly ShownPhoto[]): ComparePass {
	return {
		id: pass.id,
		title: pass.title,
		url: pass.url,
		fakeOf: link(pass.fakeOf),
		tells: [...pass.entry.data.tells],
		fakes: pass.fakes.map((fake) => ({ id: fake.id, title: fake.title })),
		variantOf: link(pass.variantOf),
		variantNote: pass.entry.data.variantNote,
		example: Boolean(pass.entry.data.example),
		photos: photos.map((photo) => ({
			label: photo.label,
			side: photo.side,
			alt: photo.alt,
			width: photo.width,
			height: photo.height,
			large: photo.image('large', 'webp').src,
			full: photo.image('full', 'jpeg').src,
		})),
	};
}

/** Where a compare data file is published. */
export function compareDataUrl(slug: string): string {
	return `/passes/${slug}/compare.json`;
}

export interface SuggestedComparison<P> {
	kind: 'fake' | 'variants' | 'design';
	/** "Genuine and fake", "Variants", "One tour-set design". */
	heading: string;
	passes: P[];
	url: string;
}

const fronts = (passes: readonly { id: string }[]): CompareItem[] => passes.map((pass) => ({ slug: pass.id, side: 'front' }));

/**
 * Comparisons worth a link: each genuine pass beside each of its fakes, each pass with its variants
 * (at most as many as the view shows), each tour-set design with two or more passes of it.
 */
export function suggestedComparisons<P extends ComparablePass>(
	passes: readonly P[],
	designs: readonly { name: string; passes: readonly P[] }[],
	maxItems: number,
): SuggestedComparison<P>[] {
	const suggestions: SuggestedComparison<P>[] = [];
	for (const pass of passes) {
		for (const fake of pass.fakes as readonly P[]) {
			suggestions.push({ kind: 'fake', heading: 'Genuine and known fake', passes: [pass, fake], url: compareUrl(fronts([pass, fake])) });
		}
		if (pass.variants.length > 0) {
			const group = [pass, ...(pass.variants as readonly P[])].slice(0, maxItems);
			suggestions.push({ kind: 'variants', heading: 'Variants of one pass', passes: group, url: compareUrl(fronts(group)) });
		}
	}
	for (const design of designs) {
		if (design.passes.length < 2) continue;
		const group = design.passes.slice(0, maxItems);
		suggestions.push({ kind: 'design', heading: `Tour-set design: ${design.name}`, passes: group, url: compareUrl(fronts(group)) });
	}
	return suggestions;
}
