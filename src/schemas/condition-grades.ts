/**
 * The condition scale, key → label, declared once. Kept apart from `enums.ts` (which imports zod)
 * so the browser's collection scripts can read it without loading zod; `enums.ts` re-exports it.
 */

/** One grading scale for laminates and stickies; what differs between them is in `CONDITION_FLAWS`. */
export const CONDITION_GRADES = {
	mint: 'Mint',
	'near-mint': 'Near mint',
	excellent: 'Excellent',
	'very-good': 'Very good',
	good: 'Good',
	fair: 'Fair',
	poor: 'Poor',
} as const;
export type ConditionGrade = keyof typeof CONDITION_GRADES;
