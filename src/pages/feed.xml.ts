/** /feed.xml — an Atom feed of the newest additions to the catalog. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { catalog } from '../data/catalog.ts';

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const GET: APIRoute = ({ site }) => {
	const base = site ?? new URL('http://localhost:4321');
	const url = (path: string) => new URL(path, base).href;
	const recent = catalog.recentlyAdded.slice(0, 50);
	const updated = recent[0]?.entry.data.added ?? catalog.today;
	const entries = recent.map((pass) => {
		const summary = `${pass.summary}${pass.entry.data.example ? ' Illustrative example.' : ''}`;
		return `	<entry>
		<id>${escapeXml(url(pass.url))}</id>
		<title>${escapeXml(pass.title)}</title>
		<link rel="alternate" type="text/html" href="${escapeXml(url(pass.url))}"/>
		<published>${pass.entry.data.added}T00:00:00Z</published>
		<updated>${pass.entry.data.added}T00:00:00Z</updated>
		${pass.entry.data.contributors.map((name) => `<author><name>${escapeXml(name)}</name></author>`).join('')}
		<category term="${escapeXml(pass.type.id)}" label="${escapeXml(pass.type.name)}"/>
		<summary>${escapeXml(summary)}</summary>
	</entry>`;
	});
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
	<id>${escapeXml(url('/'))}</id>
	<title>${escapeXml(`${SITE_TITLE}: new passes`)}</title>
	<subtitle>${escapeXml(SITE_DESCRIPTION)}</subtitle>
	<link rel="self" type="application/atom+xml" href="${escapeXml(url('/feed.xml'))}"/>
	<link rel="alternate" type="text/html" href="${escapeXml(url('/'))}"/>
	<updated>${updated}T00:00:00Z</updated>
	<author><name>${escapeXml(SITE_TITLE)}</name></author>
${entries.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
