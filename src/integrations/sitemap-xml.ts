/**
 * The sitemap's text, from the pages a build wrote (no file access here, so it is tested alone).
 * URLs are grouped by the route that built them, each group under an XML comment naming the
 * route (`<!-- route: /bands/[slug] -->`): crawlers ignore comments, and the browser tests read
 * them to pick one page of every route.
 */

/** The sitemap protocol's limit of URLs in one file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export interface SitemapRoute {
	/** Astro's route pattern, e.g. "/bands/[slug]". */
	route: string;
	/** Site paths of the pages it built, e.g. "/bands/nirvana/". */
	paths: string[];
}

export interface SitemapFile {
	/** File name in the site's root folder. */
	name: string;
	xml: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// "--" may not appear inside an XML comment.
const comment = (text: string) => `<!-- ${text.replace(/--/g, '- -')} -->`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * `sitemap.xml` listing every path of every route under `site`, with `lastmod` where known.
 * Past MAX_URLS_PER_SITEMAP, `sitemap.xml` becomes an index of `sitemap-<n>.xml` files.
 */
export function sitemapFiles(
	routes: readonly SitemapRoute[],
	site: URL,
	lastmod: ReadonlyMap<string, string> = new Map(),
	maxUrls = MAX_URLS_PER_SITEMAP,
): SitemapFile[] {
	const lines = routes
		.filter((r) => r.paths.length > 0)
		.flatMap((r) => [
			{ kind: 'comment' as const, text: comment(`route: ${r.route}`) },
			...[...r.paths].sort().map((path) => {
				const mod = lastmod.get(path);
				return { kind: 'url' as const, text: `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${mod ? `<lastmod>${escapeXml(mod)}</lastmod>` : ''}</url>` };
			}),
		]);
	const chunks: string[][] = [[]];
	let count = 0;
	let lastComment = '';
	for (const line of lines) {
		if (line.kind === 'comment') lastComment = line.text;
		else {
			if (count === maxUrls) {
				// A new file starts with the route its first URLs belong to.
				chunks.push([lastComment]);
				count = 0;
			}
			count++;
		}
		chunks.at(-1)?.push(line.text);
	}
	const urlset = (body: string[]) => `${XML_HEAD}\n<urlset xmlns="${NS}">\n${body.join('\n')}\n</urlset>\n`;
	if (chunks.length === 1) return [{ name: 'sitemap.xml', xml: urlset(chunks[0] ?? []) }];
	const parts = chunks.map((body, i) => ({ name: `sitemap-${i + 1}.xml`, xml: urlset(body) }));
	const index = parts.map((p) => `<sitemap><loc>${escapeXml(new URL(`/${p.name}`, site).href)}</loc></sitemap>`);
	return [{ name: 'sitemap.xml', xml: `${XML_HEAD}\n<sitemapindex xmlns="${NS}">\n${index.join('\n')}\n</sitemapindex>\n` }, ...parts];
}
