import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './content-dir.ts';
import { clearedWhenParsingChanges } from './loaders/parsing-fingerprint.ts';
import { passLoader } from './loaders/pass-loader.ts';
import { photoLoader } from './loaders/photo-loader.ts';
import { slugFileLoader } from './loaders/slug-file-loader.ts';
import { bandSchema } from './schemas/band.ts';
import { guideSchema } from './schemas/guide.ts';
import { passSchema } from './schemas/pass.ts';
import { photoEntrySchema } from './schemas/photo.ts';
import { passTypeSchema } from './schemas/pass-type.ts';
import { printerSchema } from './schemas/printer.ts';
import { tourSchema } from './schemas/tour.ts';

export const collections = {
	passes: defineCollection({ loader: clearedWhenParsingChanges(passLoader({ base: `${CONTENT_DIR}/passes` })), schema: passSchema() }),
	photos: defineCollection({ loader: clearedWhenParsingChanges(photoLoader({ base: `${CONTENT_DIR}/passes` })), schema: photoEntrySchema }),
	bands: defineCollection({ loader: clearedWhenParsingChanges(slugFileLoader(`${CONTENT_DIR}/bands`, 'json')), schema: bandSchema }),
	tours: defineCollection({ loader: clearedWhenParsingChanges(slugFileLoader(`${CONTENT_DIR}/tours`, 'json')), schema: tourSchema }),
	printers: defineCollection({ loader: clearedWhenParsingChanges(slugFileLoader(`${CONTENT_DIR}/printers`, 'json')), schema: printerSchema }),
	passTypes: defineCollection({ loader: clearedWhenParsingChanges(slugFileLoader(`${CONTENT_DIR}/pass-types`, 'mdx')), schema: passTypeSchema }),
	guides: defineCollection({ loader: clearedWhenParsingChanges(slugFileLoader(`${CONTENT_DIR}/guides`, 'mdx')), schema: guideSchema }),
};
