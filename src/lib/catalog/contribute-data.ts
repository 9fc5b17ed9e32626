/**
 * What the /contribute/ form fetches to check a pass in the browser. Embedding every band and tour
 * in the page made it grow with the catalog (2 MB at 10,000 passes), so the page carries only the
 * small lists and fetches /contribute/bands/<band>.json — the band and its tours — once the band is
 * chosen. (The pass's folder name is chosen by `npm run submission`, so the form needs no slugs.)
 */
import type { BandData } from '../../schemas/band.ts';
import type { TourData } from '../../schemas/tour.ts';
import type { Entry } from './catalog-entry.ts';

export interface ContributeBand {
	band: Entry<BandData>;
	/** Oldest first, each with the label the tour menu shows. */
	tours: { entry: Entry<TourData>; label: string }[];
}

export function contributeBandUrl(bandId: string): string {
	return `/contribute/bands/${bandId}.json`;
}
