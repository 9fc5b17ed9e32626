/**
 * The `photos` collection: what the build learns about each photo file in a pass folder. Written by
 * the photo loader, never by contributors (they name their photos in a pass's `photos` list,
 * `src/schemas/pass.ts`); pages read it to size and link the derivatives. A photo the build will
 * not publish is an entry too, holding the reasons: the catalog reports them with every other
 * problem of the build, naming the pass and its field (`src/data/catalog.ts`).
 */
import { z } from 'astro/zod';

/** Files the photo loader takes for photos: the formats a pass's `photos[].src` may name. */
export const PHOTO_FILE_EXTENSION = /\.(jpe?g|png|webp|avif)$/i;

const hash = z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the file’s bytes: names its derivatives and its cached verdict');
const statKey = z.string().describe('Size, times and inode when it was hashed: unchanged means no need to hash again');

export const acceptedPhotoSchema = z.strictObject({
	hash,
	width: z.number().int().positive().describe('Width in pixels, after EXIF rotation'),
	height: z.number().int().positive().describe('Height in pixels, after EXIF rotation'),
	statKey,
});

export const rejectedPhotoSchema = z.strictObject({
	rejected: z.array(z.string()).min(1).describe('Why the build will not publish the photo, one sentence each, without the file name'),
	hash: hash.optional(),
	statKey: statKey.optional(),
});

export const photoEntrySchema = z.union([acceptedPhotoSchema, rejectedPhotoSchema]);

export type AcceptedPhotoData = z.infer<typeof acceptedPhotoSchema>;
export type RejectedPhotoData = z.infer<typeof rejectedPhotoSchema>;
export type PhotoEntryData = z.infer<typeof photoEntrySchema>;

export function isRejectedPhoto(data: PhotoEntryData): data is RejectedPhotoData {
	return 'rejected' in data;
}
