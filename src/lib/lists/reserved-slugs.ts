/**
 * Slugs an entry may not take, because list pages already live at that path segment
 * (`/passes/newest/`, `/passes/page/2/`, `/tours/decade/1990s/`, `/bands/letter/a/`).
 * Derived from the modules that make those URLs, so a new list URL reserves its segment.
 */
import { BAND_LETTER_SEGMENT, TOUR_DECADE_SEGMENT } from './letter-and-decade-groups.ts';
import { PAGE_SEGMENT } from './paginate.ts';
import { PASS_ORDERS } from './pass-sort-orders.ts';

const segmentsOf = (...paths: string[]) => new Set(paths.map((p) => p.replace(/\/$/, '')).filter(Boolean));

/** Pass slugs the catalog refuses: `/passes/<segment>/` holds list pages. */
export const RESERVED_PASS_SLUGS: ReadonlySet<string> = segmentsOf(PAGE_SEGMENT, ...Object.values(PASS_ORDERS).map((o) => o.segment));
/** Tour slugs the catalog refuses: `/tours/<segment>/` holds list pages. */
export const RESERVED_TOUR_SLUGS: ReadonlySet<string> = segmentsOf(TOUR_DECADE_SEGMENT);
/** Band slugs the catalog refuses: `/bands/<segment>/` holds list pages. */
export const RESERVED_BAND_SLUGS: ReadonlySet<string> = segmentsOf(BAND_LETTER_SEGMENT);
