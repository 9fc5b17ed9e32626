/** Where the benchmark finds the project, the bare baseline site and Astro. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const bareRoot = join(projectRoot, 'scripts/bench/bare-site');
export const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
