/**
 * Condition grades for a collector's copies: the catalog's own scale (`CONDITION_GRADES`), read
 * here without pulling zod into pages that only need the keys and labels.
 */
import { CONDITION_GRADES } from '../../schemas/enums.ts';

export { CONDITION_GRADES };
export const CONDITION_GRADE_KEYS: ReadonlySet<string> = new Set(Object.keys(CONDITION_GRADES));
