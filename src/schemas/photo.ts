/**
 * The `photos` collection: what the build learns about each photo file in a pass folder. Written by
 * the photo loader, never by contributors (they name their photos in a pass's `photos` list,
 * `src/schemas/pass.ts`); pages read it to size and link the derivatives.
 */
import { z } from 'astro/zod';

/** Files the photo loader takes for photos: the formats a pass's `photos[].src` may name. */
export const PHOTO_FILE_EXTENSION = /\.(jpe?g|png|webp|avif)$/i;

export const photoEntrySchema = z.strictObject({
	hash: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the file’s bytes: names its derivatives'),
	width: z.number().int().positive().describe('Width in pixels, after EXIF rotation'),
	height: z.number().int().positive().describe('Height in pixels, after EXIF rotation'),
	statKey: z.string().describe('Size, times and inode when it was hashed: unchanged means no need to hash again'),
});

export type PhotoEntryData = z.infer<typeof photoEntrySchema>;
