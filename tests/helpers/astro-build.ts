/** Runs the real `npm run build` steps as child processes, the way a contributor's CI would. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../../src/content-dir.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
	status: number | null;
	output: string;
}

export function astroBuild(options: { contentDir?: string; outDir: string; env?: Record<string, string> }): BuildResult {
	const env = { ...process.env, ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}), ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' };
	const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
	// What `npm run build` does: the site, then its search index in a process of its own.
	const built = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir]);
	const result = built.status === 0 ? run(['scripts/index-search.ts', options.outDir]) : built;
	const output = built === result ? `${built.stdout}\n${built.stderr}` : `${built.stdout}\n${built.stderr}\n${result.stdout}\n${result.stderr}`;
	// A throwaway content folder leaves its own cache behind (see astro.config.mjs): remove it.
	if (options.contentDir) rmSync(join(projectRoot, cacheDirFor(options.contentDir)), { recursive: true, force: true });
	return { status: result.status, output };
}
