/**
 * What the /contribute/ form fetches to check a pass in the browser. Embedding every band, tour
 * and pass slug in the page made it grow with the catalog (2 MB at 10,000 passes), so the page
 * carries only the small lists and the form fetches the rest when it needs it:
 *   - /contribute/bands/<band>.json: the band and its tours, once the band is chosen;
 *   - /contribute/pass-slugs/<n>.json: the existing pass slugs in one shard, to tell a taken file
 *     name; a slug's shard is a hash of it, so shards stay small and even whatever the names.
 */
import type { BandData } from '../../schemas/band.ts';
import type { TourData } from '../../schemas/tour.ts';
import type { Entry } from './catalog-entry.ts';

/** Roughly this many slugs per shard file. */
const SLUGS_PER_SHARD = 200;

export interface ContributeBand {
	band: Entry<BandData>;
	/** Oldest first, each with the label the tour menu shows. */
	tours: { entry: Entry<TourData>; label: string }[];
}

export function contributeBandUrl(bandId: string): string {
	return `/contribute/bands/${bandId}.json`;
}

export function passSlugShardUrl(shard: number): string {
	return `/contribute/pass-slugs/${shard}.json`;
}

export function passSlugShardCount(passCount: number): number {
	return Math.max(1, Math.ceil(passCount / SLUGS_PER_SHARD));
}

/** The shard a slug belongs to (FNV-1a hash): the same in the build and in the browser. */
export function passSlugShard(slug: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % shards;
}
