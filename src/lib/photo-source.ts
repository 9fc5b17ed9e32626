/**
 * A pass photo's file as its entry lists it ("./front.jpg"), whatever the collection made of the
 * field: the string itself, or the image object Astro's `image()` resolves it to (which keeps the
 * file's path as `fsPath`).
 */
export function photoSource(src: unknown): string {
	if (typeof src === 'string') return src;
	const fsPath = typeof src === 'object' && src !== null ? (src as { fsPath?: unknown }).fsPath : undefined;
	if (typeof fsPath !== 'string') throw new Error(`a photo whose file cannot be told: ${JSON.stringify(src)}`);
	return `./${fsPath.slice(fsPath.lastIndexOf('/') + 1)}`;
}
