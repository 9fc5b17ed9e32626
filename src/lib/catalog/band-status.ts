/**
 * A band's status at any date, derived from its periods of activity. Nothing about status is
 * written by hand: a band file lists when it was together, and the gaps say the rest.
 */
import type { BandStatus } from '../../schemas/enums.ts';
import type { BandData } from '../../schemas/band.ts';
import { endOf, fuzzyDate, startOf } from '../dates/fuzzy-date.ts';

type Activity = BandData['activity'];

/** Status on `isoDay` ("YYYY-MM-DD"). A period's fuzzy ends count in the band's favour. */
export function bandStatusAt(activity: Activity, isoDay: string): BandStatus {
	const first = activity[0];
	if (!first || isoDay < startOf(fuzzyDate(first.from))) return 'not-formed';
	let status: BandStatus = 'active';
	for (const [i, period] of activity.entries()) {
		const begins = startOf(fuzzyDate(period.from));
		if (isoDay < begins) break;
		const previous = activity[i - 1];
		const returned = previous?.ended === 'split' ? 'reunited' : 'active';
		if (period.to === undefined || isoDay <= endOf(fuzzyDate(period.to))) return returned;
		status = period.ended === 'hiatus' ? 'hiatus' : 'defunct';
	}
	return status;
}

/** Today's date as "YYYY-MM-DD", in UTC so a build gives the same answer anywhere. */
export function todayIso(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** "1987–1994", "1977–1986, 2007–2008", "1962–present". */
export function activeYearsLabel(activity: Activity): string {
	return activity
		.map((p) => `${fuzzyDate(p.from).year}–${p.to === undefined ? 'present' : fuzzyDate(p.to).year}`)
		.join(', ');
}
