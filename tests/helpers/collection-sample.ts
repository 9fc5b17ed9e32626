/** A small collection shared by the collection tests: copies with every field, notes that stress CSV. */
import type { Collection, CollectionRow } from '../../src/lib/collection/model.ts';

export const rows: CollectionRow[] = [
	{ id: 'in-utero-1993-phoenix', title: 'In Utero crew sticky', band_name: 'Nirvana', tour_name: 'In Utero Tour', type_name: 'Crew', year: 1993, url: '/passes/in-utero-1993-phoenix/', image: null },
	{ id: 'in-utero-1994-munich', title: 'Munich working pass', band_name: 'Nirvana', tour_name: 'In Utero Tour', type_name: 'Working', year: 1994 },
	{ id: 'nirvana-reading-1992', title: 'Reading guest', band_name: 'Nirvana', tour_name: null, type_name: 'Guest', year: 1992 },
	{ id: 'zooropa-1993', title: 'Zooropa production laminate', band_name: 'U2', tour_name: 'Zoo TV Tour', type_name: 'Production', year: 1993 },
];
export const known = new Set(rows.map((r) => r.id));

const tricky = 'Mint, "never worn"\nbought at the show; 2nd line, with a comma';
export const sample: Collection = {
	version: 2,
	items: {
		'in-utero-1993-phoenix': {
			status: 'owned',
			added: '2024-05-31',
			note: tricky,
			copies: [
				{ quantity: 1, grade: 'near-mint', notes: 'backing intact', price: { amount: 45.5, currency: 'EUR' }, acquired: '2024-05-30', where: 'Record fair, Utrecht' },
				{ quantity: 2, grade: 'fair', notes: '=trade bait, "creased"', acquired: '2019-01-02' },
			],
		},
		'zooropa-1993': { status: 'wanted', added: '2025-01-02' },
		'nirvana-reading-1992': { status: 'owned', added: '2023-12-24', note: '=SUM(A1:A9) — -not a formula, @me +1', copies: [{ quantity: 1 }] },
	},
};
