/** The geometry of zoom and pan, shared by the lightbox and the compare view. */
import { describe, expect, it } from 'vitest';
import { clampView, detailScale, fitScale, fitView, fromShared, isZoomed, panView, scaleLimits, toShared, zoomView } from '../../src/scripts/zoom/zoom-math.ts';

const big = { width: 3000, height: 2000 };
const small = { width: 610, height: 800 };
const stage = { width: 1000, height: 800 };

describe('zoom geometry', () => {
	it('fits a large photo whole and centred, and never enlarges a small one to fit', () => {
		expect(fitScale(big, stage)).toBeCloseTo(1 / 3);
		expect(fitView(big, stage)).toEqual({ scale: 1 / 3, x: 0, y: (800 - 2000 / 3) / 2 });
		expect(fitScale(small, { width: 2000, height: 2000 })).toBe(1);
		expect(fitScale(small, { width: 0, height: 0 })).toBe(1);
	});

	it('"Zoom" shows real pixels, or twice the fitted size when the photo already fits at its own size', () => {
		expect(detailScale(big, stage)).toBe(1);
		expect(detailScale(small, stage)).toBe(2);
		expect(scaleLimits(big, stage)).toEqual({ min: 1 / 3, max: 4 });
	});

	it('keeps the photo point under the cursor still while zooming', () => {
		const start = fitView(big, stage);
		const at = { x: 700, y: 300 };
		const photoPoint = { x: (at.x - start.x) / start.scale, y: (at.y - start.y) / start.scale };
		const zoomed = zoomView(start, 1, big, stage, at);
		expect(zoomed.scale).toBe(1);
		expect(zoomed.x + photoPoint.x * zoomed.scale).toBeCloseTo(at.x);
		expect(zoomed.y + photoPoint.y * zoomed.scale).toBeCloseTo(at.y);
		expect(isZoomed(zoomed, big, stage)).toBe(true);
	});

	it('never pans past the photo edges, and stays within the scale limits', () => {
		const zoomed = zoomView(fitView(big, stage), 1, big, stage);
		expect(panView(zoomed, 1e6, 1e6, big, stage)).toEqual({ scale: 1, x: 0, y: 0 });
		expect(panView(zoomed, -1e6, -1e6, big, stage)).toEqual({ scale: 1, x: 1000 - 3000, y: 800 - 2000 });
		expect(zoomView(zoomed, 100, big, stage).scale).toBe(4);
		expect(zoomView(zoomed, 0.01, big, stage)).toEqual(fitView(big, stage));
		expect(clampView({ scale: 1, x: 50, y: 0 }, small, stage).x).toBe((1000 - 610) / 2);
	});

	it('shares a view between photos of different sizes: same magnification, same point in the middle', () => {
		const view = panView(zoomView(fitView(big, stage), 2, big, stage), -300, 120, big, stage);
		const shared = toShared(view, big, stage);
		const other = { width: 1500, height: 1000 };
		const followed = fromShared(shared, other, stage);
		expect(followed.scale / fitScale(other, stage)).toBeCloseTo(view.scale / fitScale(big, stage));
		expect(toShared(followed, other, stage).cx).toBeCloseTo(shared.cx);
		expect(toShared(followed, other, stage).cy).toBeCloseTo(shared.cy);
		// The same photo in the same stage gets the very same view back.
		const same = fromShared(shared, big, stage);
		expect(same.scale).toBeCloseTo(view.scale);
		expect(same.x).toBeCloseTo(view.x);
		expect(same.y).toBeCloseTo(view.y);
	});
});
