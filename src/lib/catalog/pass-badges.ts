/**
 * The badges a pass carries wherever it is listed — cards, search results, list rows, the
 * collection — declared once so every place warns about the same things in the same words.
 * Pure and browser-safe: search results and the collection compute them from index metadata.
 */

/** Every badge, in the order they are shown. `warning` badges are the ones a buyer must not miss. */
export const PASS_BADGES = {
	fake: { label: 'Fake / reprint', warning: true, description: 'A known fake or unofficial reprint of a genuine pass' },
	'has-fakes': { label: 'Known fakes exist', warning: true, description: 'Fakes or reprints of this pass are in the register' },
	signed: { label: 'Signed', warning: false, description: 'Carries one or more signatures' },
	defunct: { label: 'Band defunct', warning: false, description: 'The band has split up for good' },
	example: { label: 'Illustrative', warning: false, description: 'An illustrative example, not a documented pass' },
} as const;
export type PassBadge = keyof typeof PASS_BADGES;

/** The facts badges are computed from — a subset of the catalog model, so index metadata can carry it. */
export interface BadgeFacts {
	isFake: boolean;
	fakeCount: number;
	isSigned: boolean;
	bandDefunct: boolean;
	example: boolean;
}

const RULES: Record<PassBadge, (facts: BadgeFacts) => boolean> = {
	fake: (f) => f.isFake,
	'has-fakes': (f) => !f.isFake && f.fakeCount > 0,
	signed: (f) => f.isSigned,
	defunct: (f) => f.bandDefunct,
	example: (f) => f.example,
};

/** The badges a pass carries, in display order. */
export function passBadges(facts: BadgeFacts): PassBadge[] {
	return (Object.keys(PASS_BADGES) as PassBadge[]).filter((badge) => RULES[badge](facts));
}

/** The badge facts of a catalog-model pass record. */
export function badgeFactsOf(pass: {
	fakeOf: unknown;
	fakes: readonly unknown[];
	isSigned: boolean;
	band: { statusToday: string };
	entry: { data: { example?: unknown } };
}): BadgeFacts {
	return {
		isFake: pass.fakeOf !== undefined,
		fakeCount: pass.fakes.length,
		isSigned: pass.isSigned,
		bandDefunct: pass.band.statusToday === 'defunct',
		example: Boolean(pass.entry.data.example),
	};
}

/**
 * The badge facts of a row of the open-data export (/data/passes.json), which is what the
 * collection pages read in the browser. Rows from an older export lack `fake_of` and `fakes`:
 * they get no fake warnings rather than a wrong one. Any value of another type counts as absent.
 */
export function badgeFactsOfRow(row: { signed?: unknown; band_status_today?: unknown; example?: unknown; fake_of?: unknown; fakes?: unknown }): BadgeFacts {
	return {
		isFake: typeof row.fake_of === 'string' && row.fake_of !== '',
		fakeCount: typeof row.fakes === 'number' ? row.fakes : 0,
		isSigned: row.signed === true,
		bandDefunct: row.band_status_today === 'defunct',
		example: row.example === true,
	};
}
