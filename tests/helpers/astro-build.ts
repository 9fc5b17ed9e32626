/** Runs the real `astro build` as a child process, the way a contributor's CI would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
