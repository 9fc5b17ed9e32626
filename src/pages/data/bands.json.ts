/** /data/bands.json — every band, as documented on /data/. */
import type { APIRoute } from 'astro';
import { bandRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(bandRows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
