/**
 * How complete a collector's tour set is: a design counts as owned when any catalogued pass of
 * that design is in the collection as owned, as wanted when one is wanted, else missing.
 */
export type DesignState = 'owned' | 'wanted' | 'missing';

export interface SetProgress {
	owned: number;
	wanted: number;
	total: number;
	designs: { id: string; state: DesignState }[];
}

export function setProgress(
	designs: readonly { id: string; passIds: readonly string[] }[],
	statusOf: (passId: string) => 'owned' | 'wanted' | undefined,
): SetProgress {
	const states = designs.map(({ id, passIds }) => {
		const statuses = passIds.map(statusOf);
		const state: DesignState = statuses.includes('owned') ? 'owned' : statuses.includes('wanted') ? 'wanted' : 'missing';
		return { id, state };
	});
	return {
		owned: states.filter((d) => d.state === 'owned').length,
		wanted: states.filter((d) => d.state === 'wanted').length,
		total: designs.length,
		designs: states,
	};
}
