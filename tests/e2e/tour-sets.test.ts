/** A tour's pass set on its page: the catalog's designs without JavaScript, the collector's progress with it. */
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const tour = catalogFromFiles().tours.find((t) => t.sets.length > 0);
if (!tour) throw new Error('the sample catalog needs a tour with a pass set');
const designs = tour.sets.flatMap((set) => set.designs);
const owned = designs.find((d) => d.passes.length > 0)?.passes[0];
const browser = useChromium();

describe('tour pass sets', () => {
	it('lists every design and which the catalog has, with no collection column for a new visitor', async () => {
		const page = await browser().newPage();
		await page.goto(`${base}${tour.url}`);
		expect(await page.locator('tr[data-design]').count()).toBe(designs.length);
		const missing = designs.filter((d) => d.passes.length === 0).length;
		expect(await page.locator('tr[data-design] td', { hasText: 'Not yet' }).count()).toBe(missing);
		expect(await page.locator('th[data-mine]').isHidden()).toBe(true);
		await page.close();
	});

	it('shows which designs the collector has once a pass is marked owned', async () => {
		const page = await browser().newPage();
		const errors = watchErrors(page);
		await page.goto(`${base}${owned?.url}`);
		await page.locator('[data-collection-buttons] button[data-status="owned"]').click();
		await page.goto(`${base}${tour.url}`);
		expect(await page.locator('th[data-mine]').isVisible()).toBe(true);
		const design = designs.find((d) => d.passes.includes(owned as never));
		expect(await page.locator(`tr[data-design="${design?.id}"] td[data-mine]`).textContent()).toBe('✓ You have it');
		expect(await page.locator('[data-set-summary]').first().textContent()).toBe(`In your collection: 1 of ${designs.length} designs.`);
		expect(await page.locator('td[data-mine][data-state="missing"]').count()).toBe(designs.length - 1);
		expect(errors).toEqual([]);
		await page.close();
	});
});
