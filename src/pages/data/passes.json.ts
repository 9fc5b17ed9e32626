/** /data/passes.json — every pass, as documented on /data/. */
import type { APIRoute } from 'astro';
import { passRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(passRows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
