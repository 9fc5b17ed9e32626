/**
 * Runs on every page as it is built. Astro writes `<dt>From</dt><dd>Los Angeles</dd>` with no
 * space between the cells, and Pagefind joins their text into "FromLos Angeles" in excerpts and
 * words. A space at the end of each cell is invisible to readers and keeps the indexed words
 * apart, in the very file that is served.
 */
import { defineMiddleware } from 'astro:middleware';
import { spaceOutCells } from './lib/space-out-cells.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(spaceOutCells(await response.text()), response);
});
