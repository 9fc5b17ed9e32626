/**
 * Copies the real content folder elsewhere for a test build. Team pages import guide components
 * by a path relative to content/ (`../../src/components/guide/X.astro`); in the copy those
 * imports are repointed at this project's components, so the copy builds like the original.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repointGuideImports } from '../../scripts/lib/repoint-guide-imports.ts';
import { projectRoot } from './astro-build.ts';

const TEAM_FOLDERS = ['guides', 'pass-types'];

export function copyContent(to: string, from = join(projectRoot, 'content')): void {
	cpSync(from, to, { recursive: true });
	for (const folder of TEAM_FOLDERS) {
		const dir = join(to, folder);
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
			const file = join(dir, name);
			writeFileSync(file, repointGuideImports(readFileSync(file, 'utf-8'), dir, join(projectRoot, 'src/components/guide')));
		}
	}
}
