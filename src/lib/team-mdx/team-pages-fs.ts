/**
 * Node only: the text of team pages (guides, pass types) for the checks that need the catalog
 * (guide-references.ts). Read from the file, not the collection's body, so problems carry the
 * file's own line numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entry } from '../catalog/catalog-entry.ts';
import type { TeamPage } from './guide-references.ts';

/** Each entry's file, read; `folder` names files of entries that carry no path (tests). */
export function readTeamPages(root: string, entries: readonly { entry: Entry<unknown>; folder: string }[]): TeamPage[] {
	return entries.map(({ entry, folder }) => {
		const file = entry.filePath ?? `${folder}/${entry.id}.mdx`;
		const path = resolve(root, file);
		return { file, path, text: readFileSync(path, 'utf-8') };
	});
}
