/**
 * One sentence about a band, tour or printer, written from the catalog model: what a search
 * result shows under the page's title. Pagefind's own excerpt for these pages is their facts
 * list run together ("Today: Defunct. From Aberdeen… Formed 1987"), which reads as a dump;
 * these say the same facts as a reader would.
 */
import { BAND_STATUSES, type BandStatus } from '../../schemas/enums.ts';

/** "1 tour", "3 tours", "no tours". */
function counted(n: number, one: string, many = `${one}s`): string {
	return n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
}

/** "No passes", "1 pass", "3 passes": the start of a sentence about the catalog. */
const inCatalog = (passes: readonly unknown[]) => upperFirst(counted(passes.length, 'pass', 'passes'));

interface BandFacts {
	statusToday: BandStatus;
	yearsLabel: string;
	entry: { data: { origin?: string | undefined; country: string; aliases: readonly string[] } };
	tours: readonly unknown[];
	passes: readonly unknown[];
}

/** "From Aberdeen, Washington, United States; together 1987–1994, defunct today. 3 passes from 1 tour in the catalog. Also known as Bliss." */
export function bandSummary(band: BandFacts): string {
	const { origin, country, aliases } = band.entry.data;
	const from = [origin, country].filter(Boolean).join(', ');
	const status = BAND_STATUSES[band.statusToday].toLowerCase();
	const tours = band.tours.length === 0 ? '' : ` from ${counted(band.tours.length, 'tour')}`;
	return [
		`From ${from}; together ${band.yearsLabel}, ${status} today.`,
		`${inCatalog(band.passes)}${tours} in the catalog.`,
		aliases.length > 0 ? `Also known as ${aliases.join(', ')}.` : '',
	]
		.filter(Boolean)
		.join(' ');
}

interface TourFacts {
	band: { name: string };
	displayDates: string;
	entry: { data: { legs: readonly unknown[] } };
	sets: readonly { designs: readonly unknown[] }[];
	passes: readonly unknown[];
}

/** "Metallica, 11 September 1988 – 8 October 1989, in 3 legs. 4 passes in the catalog; 2 designs recorded in 1 pass set." */
export function tourSummary(tour: TourFacts): string {
	const legs = tour.entry.data.legs.length;
	const designs = tour.sets.reduce((n, set) => n + set.designs.length, 0);
	const sets = tour.sets.length === 0 ? '' : `; ${counted(designs, 'design')} recorded in ${counted(tour.sets.length, 'pass set')}`;
	return `${tour.band.name}, ${tour.displayDates}${legs > 1 ? `, in ${legs} legs` : ''}. ${inCatalog(tour.passes)} in the catalog${sets}.`;
}

interface PrinterFacts {
	entry: { data: { country: string; founded?: number | undefined; marks: readonly unknown[] } };
	passes: readonly unknown[];
}

/** "Pass printer in United States, founded 1972; 2 identifying marks recorded. 5 passes in the catalog." */
export function printerSummary(printer: PrinterFacts): string {
	const { country, founded, marks } = printer.entry.data;
	const markWords = marks.length === 0 ? '' : `; ${counted(marks.length, 'identifying mark')} recorded`;
	return `Pass printer in ${country}${founded === undefined ? '' : `, founded ${founded}`}${markWords}. ${inCatalog(printer.passes)} in the catalog.`;
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
