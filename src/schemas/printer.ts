/** `content/printers/<slug>.json`: a company that printed passes, and how to recognise its work. */
import { z } from 'astro/zod';
import { enumOf } from './enum-of.ts';
import { PRINTER_MARK_PLACES } from './enums.ts';
import { MAX_LIST, name, sources, text, webUrl, year } from './fields.ts';

export const printerMark = z.strictObject({
	where: enumOf(PRINTER_MARK_PLACES, 'place').describe('Where on the pass the mark appears'),
	description: text({ min: 3, max: 1000 }).describe('What the mark looks like'),
});

export const printerSchema = z.strictObject({
	name: name({ max: 200 }).describe('The printer’s trading name'),
	country: name({ min: 2, max: 100 }).describe('Country the printer worked from'),
	founded: year.optional().describe('Year the printer started'),
	website: webUrl.optional().describe('Official website, if it has one'),
	marks: z.array(printerMark).max(MAX_LIST).default([]).describe('Identifying marks collectors look for'),
	sources,
});

export type PrinterData = z.infer<typeof printerSchema>;
