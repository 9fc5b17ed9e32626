/**
 * `node tests/helpers/derive-photos-child.ts <cache dir> <photo>…` — what the photo loader does for
 * each photo of a build (hash, then derive into the cache), in a process a test can kill.
 */
import { ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';

const [cacheDir, ...files] = process.argv.slice(2);
if (!cacheDir) throw new Error('usage: derive-photos-child.ts <cache dir> <photo>…');
const cache = new PhotoCache(cacheDir);
for (const file of files) {
	await ensurePhotoDerivatives(file, await hashPhotoFile(file), { cache });
	process.stdout.write(`done ${file}\n`);
}
