/** The derived catalog built from the files on disk, for tests that compare the site with it. */
import { join } from 'node:path';
import { todayIso } from '../../src/lib/band-status.ts';
import { buildCatalog } from '../../src/lib/catalog-model.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { readCatalogFiles } from '../../src/lib/read-catalog-files.ts';
import { projectRoot } from './astro-build.ts';

export function catalogFromFiles() {
	const files = readCatalogFiles(join(projectRoot, 'content'), projectRoot);
	if (files.problems.length > 0) throw new Error(files.problems.map(formatProblem).join('\n'));
	return buildCatalog({ ...files, today: todayIso() });
}
