/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and dist/ exists) and serves dist/ on a free
 * local port for every browser test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const dist = join(projectRoot, 'dist');
	if (!(process.env['E2E_SKIP_BUILD'] === '1' && existsSync(join(dist, 'pagefind')))) {
		const result = astroBuild({ outDir: dist });
		if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
	}
	const server = await serveStatic(dist);
	project.provide('baseUrl', server.url);
	return () => server.close();
}
