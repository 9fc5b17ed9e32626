/** /data/tours.json — every tour, as documented on /data/. */
import type { APIRoute } from 'astro';
import { tourRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(tourRows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
