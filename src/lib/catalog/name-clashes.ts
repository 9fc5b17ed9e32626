/**
 * Two bands under one name, or two tours of a band under one name, compared by `nameKeys`
 * (confusable-aware). Each clash is reported on every file that has the name, each naming the
 * others, so checking only the files a pull request changed still catches the newcomer.
 */
import type { BandData } from '../../schemas/band.ts';
import type { TourData } from '../../schemas/tour.ts';
import { type Problem, problem } from '../content-files/content-problems.ts';
import { nameKeys } from './name-key.ts';

interface Named {
	id: string;
	filePath?: string | undefined;
}

interface Holder {
	id: string;
	file: string;
	field: string;
	name: string;
}

/** Holders that share a key, directly or through others; each group has more than one entry. */
function groupByKeys(holders: readonly Holder[], keysOf: (holder: Holder) => readonly string[]): Holder[][] {
	const parent = holders.map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
		return i;
	};
	const firstWithKey = new Map<string, number>();
	holders.forEach((holder, i) => {
		for (const key of keysOf(holder)) {
			const first = firstWithKey.get(key);
			if (first === undefined) firstWithKey.set(key, i);
			else parent[root(i)] = root(first);
		}
	});
	const groups = new Map<number, Holder[]>();
	holders.forEach((holder, i) => {
		const group = groups.get(root(i)) ?? [];
		// One entry writing a name twice (an alias equal to its name) is no clash.
		if (!group.some((other) => other.id === holder.id)) group.push(holder);
		groups.set(root(i), group);
	});
	return [...groups.values()].filter((group) => group.length > 1);
}

export function nameClashes(raw: { bands: readonly (Named & { data: BandData })[]; tours: readonly (Named & { data: TourData })[] }): Problem[] {
	const problems: Problem[] = [];
	const bandNames = raw.bands.flatMap((band) => {
		const file = band.filePath ?? `content/bands/${band.id}.json`;
		return [
			{ id: band.id, file, field: 'name', name: band.data.name },
			...band.data.aliases.map((alias, i) => ({ id: band.id, file, field: `aliases[${i}]`, name: alias })),
		];
	});
	for (const group of groupByKeys(bandNames, (holder) => nameKeys(holder.name))) {
		for (const holder of group) {
			const others = group.filter((other) => other !== holder).map((other) => `"${other.name}" (${other.field} of band "${other.id}", ${other.file})`);
			problems.push(problem(holder.file, holder.field, `"${holder.name}" reads as the same name as ${others.join(' and ')} — is it the same band? Merge them, or tell them apart`));
		}
	}
	const bandOf = new Map(raw.tours.map((tour) => [tour.id, tour.data.band]));
	const tourNames = raw.tours.map((tour) => ({ id: tour.id, file: tour.filePath ?? `content/tours/${tour.id}.json`, field: 'name', name: tour.data.name }));
	for (const group of groupByKeys(tourNames, (holder) => nameKeys(holder.name).map((key) => `${bandOf.get(holder.id)}\0${key}`))) {
		for (const holder of group) {
			const others = group.filter((other) => other !== holder).map((other) => `"${other.name}" (tour "${other.id}", ${other.file})`);
			problems.push(problem(holder.file, 'name', `"${holder.name}" reads as the same tour name as ${others.join(' and ')} of the same band — merge them, or tell them apart`));
		}
	}
	return problems;
}
