/**
 * `npm run new-pass` — starts a new pass: `content/passes/<slug>/index.mdx`, from a template in
 * which every field of the pass schema is present and explained.
 *
 *   npm run new-pass                      asks for each detail, with the catalog's bands, tours,
 *                                         types, formats and printers to choose from by number
 *   npm run new-pass -- --band nirvana --tour in-utero-tour --type all-access --format laminate \
 *     --condition near-mint --contributor "Your Name" --yes
 *                                         the same with options, for scripts (never asks)
 *
 * The work is in `scripts/new-pass/`: `pass-fields.ts` (one row per schema field: option, reading,
 * comment — derived from the schema), `flags.ts` (the command line), `interview.ts` (the questions),
 * `new-band-tour.ts` (a band or tour created on the way), `draft.ts` (the values and their checks),
 * `template.ts` (the file's text) and `run.ts` (reading the catalog, writing the files).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from './new-pass/run.ts';

export { main, type NewPassIO } from './new-pass/run.ts';
export { TODO_MARK, deriveSlug, findLeftoverTodos } from './new-pass/parse.ts';
export { slugify } from '../src/lib/text/slugify.ts';
export { renderPassFile, type TemplateHints } from './new-pass/template.ts';
export type { PassValues } from './new-pass/draft.ts';

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
