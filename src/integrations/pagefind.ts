/**
 * Builds the Pagefind search index at the end of `astro build`, with Pagefind's Node API.
 * Any error Pagefind reports fails the build: a site whose search silently broke must not ship.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { mapWithConcurrency } from '../lib/map-with-concurrency.ts';

/**
 * Pagefind joins the text of neighbouring description-list cells ("FromLos Angeles"); a space
 * at their end keeps excerpts readable. Only the indexed copy changes, never the served page.
 */
export function spaceOutCells(html: string): string {
	return html.replace(/<\/(dt|dd|td|th)>/g, ' </$1>');
}

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'catalog:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				try {
					const created = await createIndex({ forceLanguage: 'en' });
					const index = created.index;
					if (!index || created.errors.length > 0) fail('start', created.errors);
					const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
					const added = await mapWithConcurrency(files, 8, async (file) => {
						const content = spaceOutCells(await readFile(`${site}${file}`, 'utf-8'));
						return index.addHTMLFile({ sourcePath: file, content });
					});
					const indexErrors = added.flatMap((a) => a.errors);
					if (indexErrors.length > 0) fail('index the site', indexErrors);
					if (!added.some((a) => a.file.meta['title'])) fail('index the site', ['no page was indexed']);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length > 0) fail('write the index', written.errors);
					logger.info(`indexed ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await close();
				}
			},
		},
	};
}
