/** The derived catalog built from the files on disk, for tests that compare the site with it. */
import { join } from 'node:path';
import { todayIso } from '../../src/lib/catalog/band-status.ts';
import { buildCatalog } from '../../src/lib/catalog/catalog-model.ts';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { projectRoot } from './astro-build.ts';

export function catalogFromFiles() {
	const files = readCatalogFiles(join(projectRoot, 'content'), projectRoot);
	if (files.problems.length > 0) throw new Error(files.problems.map(formatProblem).join('\n'));
	return buildCatalog({ ...files, today: todayIso() });
}
