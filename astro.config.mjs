// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig, sharpImageService } from 'astro/config';

export default defineConfig({
	trailingSlash: 'always',
	integrations: [mdx()],
	image: {
		// A decompression bomb in a contributed photo fails the build instead of exhausting memory.
		service: sharpImageService({ limitInputPixels: 50_000_000 }),
	},
});
