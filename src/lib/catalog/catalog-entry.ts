/**
 * The shape of a content entry as the model and the checks read it: the collection entry's id,
 * file and validated data. Astro's entries fit it, and so do the plain objects that Node tools
 * and tests build from files, so the model never depends on `astro:content`.
 */
import type { PassData } from '../../schemas/pass.ts';

export interface Entry<D> {
	id: string;
	/** Path from the project root, e.g. "content/passes/x/index.mdx". */
	filePath?: string | undefined;
	data: D;
}

/** A pass's data without its photos: all the model and the checks read, so tests need no images. */
export type PassDataWithoutPhotos = Omit<PassData, 'photos'>;
