/** No module of src/ imports itself through others: data flows one way, and each module can be read alone. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build.ts';
import { importCycles, importGraph } from '../helpers/import-cycles.ts';

describe('imports in src/', () => {
	it('form no cycle, type-only imports included', () => {
		const graph = importGraph(join(projectRoot, 'src'));
		expect(graph.size).toBeGreaterThan(100);
		// The walk sees real edges, in .ts and in .astro frontmatter and scripts.
		expect(graph.get('lib/catalog/catalog-problems.ts')).toContain('lib/catalog/catalog-entry.ts');
		expect(graph.get('pages/search.astro')).toContain('scripts/search/search-page.ts');
		expect(importCycles(graph)).toEqual([]);
	});

	it('finds a cycle through type imports, re-exports and dynamic imports', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
		try {
			mkdirSync(join(dir, 'lib'));
			writeFileSync(join(dir, 'lib/a.ts'), "import type {\n\tB,\n} from './b.ts';\nexport const a = 1;\n");
			writeFileSync(join(dir, 'lib/b.ts'), "export { c } from '../c.ts';\nexport type B = number;\n");
			writeFileSync(join(dir, 'c.ts'), "export const c = () => import('./lib/a.ts');\n");
			writeFileSync(join(dir, 'd.astro'), "---\nimport { a } from './lib/a.ts';\n---\n<p>{a}</p>\n");
			writeFileSync(join(dir, 'e.ts'), "import 'node:fs';\nimport './d.astro';\n// import nothing from './missing.ts'\n");
			const graph = importGraph(dir);
			expect(graph.get('d.astro')).toEqual(['lib/a.ts']);
			expect(graph.get('e.ts')).toEqual(['d.astro']);
			expect(importCycles(graph)).toEqual([['c.ts', 'lib/a.ts', 'lib/b.ts', 'c.ts']]);
			// What a bundle holds: type-only imports left out, the cycle is gone.
			expect(importGraph(dir, { types: false }).get('lib/a.ts')).toEqual([]);
			expect(importCycles(importGraph(dir, { types: false }))).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
