/**
 * A part of a photo a guide points at, written as `area="left top width height"` in percent of the
 * photo ("50 68 32 26"). Read the same way by the page rules and by the component that draws it.
 */
export interface PhotoArea {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** The area, or why the text is not one. */
export function parsePhotoArea(text: string): PhotoArea | { error: string } {
	const parts = text.trim().split(/\s+/);
	const numbers = parts.map(Number);
	if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 100)) {
		return { error: 'write four numbers from 0 to 100: left, top, width and height in percent of the photo, e.g. "50 68 32 26"' };
	}
	const [left = 0, top = 0, width = 0, height = 0] = numbers;
	if (width < 5 || height < 5) return { error: 'is under 5 % wide or high — too small to show' };
	if (left + width > 100 || top + height > 100) return { error: 'runs past the edge of the photo (left + width and top + height must be at most 100)' };
	return { left, top, width, height };
}
