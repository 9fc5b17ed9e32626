/**
 * EXIF and XMP, read far enough to find GPS data and the orientation: a minimal TIFF IFD reader,
 * both byte orders, every read bounds-checked. No dependencies (browser-safe).
 */

const TAG_ORIENTATION = 0x0112;
const TAG_GPS_IFD = 0x8825;

export interface ExifSummary {
	/** IFD0 has a GPS IFD pointer (tag 0x8825). */
	readonly gps: boolean;
	/** IFD0's Orientation (tag 0x0112), null without one. */
	readonly orientation: number | null;
	/** Number of IFD0 entries. */
	readonly entries: number;
}

/**
 * Reads IFD0 of an EXIF block — as sharp's `metadata().exif` returns it ("Exif\0\0" + TIFF data) or
 * bare TIFF data. Null when the block is not valid TIFF data (wrong header, offsets out of range).
 */
export function readExif(exif: Uint8Array): ExifSummary | null {
	let start = 0;
	if (exif.length >= 6 && exif[0] === 0x45 && exif[1] === 0x78 && exif[2] === 0x69 && exif[3] === 0x66 && exif[4] === 0 && exif[5] === 0)
		start = 6;
	const tiff = new DataView(exif.buffer, exif.byteOffset + start, exif.byteLength - start);
	if (tiff.byteLength < 8) return null;
	const order = tiff.getUint16(0, false);
	if (order !== 0x4949 && order !== 0x4d4d) return null; // "II" little-endian, "MM" big-endian
	const little = order === 0x4949;
	const u16 = (offset: number): number | null => (offset >= 0 && offset + 2 <= tiff.byteLength ? tiff.getUint16(offset, little) : null);
	const u32 = (offset: number): number | null => (offset >= 0 && offset + 4 <= tiff.byteLength ? tiff.getUint32(offset, little) : null);
	if (u16(2) !== 42) return null;
	const ifd0 = u32(4);
	if (ifd0 === null || ifd0 < 8) return null;
	const count = u16(ifd0);
	if (count === null || ifd0 + 2 + count * 12 > tiff.byteLength) return null;
	let gps = false;
	let orientation: number | null = null;
	for (let i = 0; i < count; i++) {
		const entry = ifd0 + 2 + i * 12;
		const tag = u16(entry);
		if (tag === TAG_GPS_IFD) gps = true;
		else if (tag === TAG_ORIENTATION) {
			// SHORT (type 3), one value, stored in the first two bytes of the value field.
			const type = u16(entry + 2);
			const value = type === 3 ? u16(entry + 8) : type === 4 ? u32(entry + 8) : null;
			orientation = value !== null && value >= 1 && value <= 8 ? value : null;
		}
	}
	return { gps, orientation, entries: count };
}

/** Whether an XMP packet records a GPS position (exif:GPSLatitude / GPSLongitude, as attribute or element). */
export function xmpHasGps(xmp: string): boolean {
	return /GPS(Latitude|Longitude)/.test(xmp);
}
