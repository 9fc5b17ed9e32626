/**
 * The few passes that stand for a group — a pass type's card and the examples at the top of its
 * guide: never a known fake (a reader learning what a type looks like should see the real thing),
 * one per band before a second of any band, in the list's own order.
 */
import type { Entry, PassDataWithoutPhotos } from './catalog-entry.ts';
import type { PassRecord } from './catalog-model.ts';

export function showcasePasses<P extends Entry<PassDataWithoutPhotos>>(
	passes: readonly PassRecord<P>[],
	limit: number,
	hasPhoto: (pass: PassRecord<P>) => boolean = () => true,
): PassRecord<P>[] {
	const candidates = passes.filter((pass) => pass.fakeOf === undefined && hasPhoto(pass));
	const bands = new Set<string>();
	const first: PassRecord<P>[] = [];
	const rest: PassRecord<P>[] = [];
	for (const pass of candidates) {
		(bands.has(pass.band.id) ? rest : first).push(pass);
		bands.add(pass.band.id);
	}
	return [...first, ...rest].slice(0, limit);
}
