/** Runs the real `astro build` as a child process, the way a contributor's CI would. */
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

export function astroBuild(options: { contentDir?: string; outDir: string }): BuildResult {
	const env = { ...process.env, ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}), FORCE_COLOR: '0', NO_COLOR: '1' };
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir], {
		cwd: projectRoot,
		env,
		encoding: 'utf-8',
		maxBuffer: 64 * 1024 * 1024,
	});
	// A throwaway content folder leaves its own cache behind (see astro.config.mjs): remove it.
	if (options.contentDir) rmSync(join(projectRoot, cacheDirFor(options.contentDir)), { recursive: true, force: true });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
