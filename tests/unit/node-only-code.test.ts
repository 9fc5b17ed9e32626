/**
 * Node-only code is marked, and no browser bundle holds it. A module of src/lib/ that imports a
 * Node built-in or sharp — or a module so marked — ends in `-fs.ts`; every script the browser loads
 * (src/scripts/, and each `<script>` of a component or page), followed through its imports, reaches
 * none of them. Type-only imports are left out: they leave nothing in a bundle.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build.ts';
import { importGraph, resolveImport, specifiersIn } from '../helpers/import-cycles.ts';

const NODE_PACKAGES = new Set(['sharp', ...builtinModules]);
const isNodeSpecifier = (spec: string) => spec.startsWith('node:') || NODE_PACKAGES.has(spec.split('/')[0] ?? spec);
const isMarkedNodeOnly = (file: string) => file.endsWith('-fs.ts');

/** The module scripts of an .astro file (not `is:inline`, JSON or JSON-LD): what Astro bundles for the browser. */
function clientScripts(text: string): string[] {
	return [...text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter(([, attributes = '']) => !/is:inline|type=/.test(attributes)).map(([, , body = '']) => body);
}

/** What is wrong with a source folder laid out like src/: unmarked Node-only modules in lib/, and Node-only code browser scripts reach. */
function nodeOnlyProblems(root: string): { unmarked: string[]; inBrowser: string[]; browserModules: Set<string> } {
	const graph = importGraph(root, { types: false });
	const nodeImports = (file: string) => specifiersIn(readFileSync(join(root, file), 'utf-8'), { types: false }).filter(isNodeSpecifier);
	const why = (file: string) => [...nodeImports(file), ...(graph.get(file) ?? []).filter(isMarkedNodeOnly)].map((s) => `${file} imports ${s}`);
	const unmarked = [...graph.keys()].filter((f) => f.startsWith('lib/') && !isMarkedNodeOnly(f)).flatMap(why);

	const start = [...graph.keys()].filter((f) => f.startsWith('scripts/'));
	for (const astro of [...graph.keys()].filter((f) => f.endsWith('.astro'))) {
		for (const script of clientScripts(readFileSync(join(root, astro), 'utf-8'))) {
			for (const spec of specifiersIn(script, { types: false })) {
				const file = resolveImport(join(root, astro), spec);
				if (file !== undefined) start.push(relative(root, file));
			}
		}
	}
	const browserModules = new Set<string>();
	const visit = (file: string) => {
		if (browserModules.has(file)) return;
		browserModules.add(file);
		for (const next of graph.get(file) ?? []) visit(next);
	};
	start.forEach(visit);
	const inBrowser = [...browserModules].flatMap((f) => [...(isMarkedNodeOnly(f) ? [`${f} is Node-only`] : []), ...nodeImports(f).map((s) => `${f} imports ${s}`)]);
	return { unmarked, inBrowser, browserModules };
}

describe('Node-only code', () => {
	it('in src/lib/ is marked -fs, and no script the browser loads reaches it', () => {
		const { unmarked, inBrowser, browserModules } = nodeOnlyProblems(join(projectRoot, 'src'));
		// The walk follows real edges: a page's client script, a dynamic import, modules of src/lib.
		expect(browserModules).toContain('scripts/search/search-page.ts');
		expect(browserModules).toContain('lib/story/check-story.ts');
		expect(browserModules).toContain('lib/search/search-state.ts');
		expect(unmarked).toEqual([]);
		expect(inBrowser).toEqual([]);
	});

	it('is found when unmarked or bundled: through an import, a re-export, a dynamic import or a page script', () => {
		const dir = mkdtempSync(join(tmpdir(), 'node-only-'));
		const write = (file: string, text: string) => {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		};
		try {
			write('lib/read.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
			write('lib/resize-fs.ts', "import sharp from 'sharp';\nexport const resize = sharp;\n");
			write('lib/uses-resize.ts', "export { resize } from './resize-fs.ts';\n");
			write('lib/types-only.ts', "import type { Stats } from 'node:fs';\nexport type S = Stats;\n");
			write('lib/pure.ts', "import type { S } from './types-only.ts';\nexport const pure = (s: S) => s;\n");
			write('scripts/page.ts', "import { pure } from '../lib/pure.ts';\nexport const later = () => import('../lib/uses-resize.ts');\n");
			write('pages/a.astro', "---\nimport { read } from '../lib/read.ts';\n---\n<script>\nimport { pure } from '../lib/pure.ts';\n</script>\n");
			write('pages/b.astro', "<script>\nimport '../lib/read.ts';\n</script>\n<script is:inline>import '../lib/resize-fs.ts';</script>\n");
			const { unmarked, inBrowser } = nodeOnlyProblems(dir);
			expect(unmarked.sort()).toEqual(['lib/read.ts imports node:fs', 'lib/uses-resize.ts imports lib/resize-fs.ts']);
			// b.astro's module script bundles read.ts; the dynamic import bundles resize-fs.ts; the inline script is not bundled.
			expect(inBrowser.sort()).toEqual(['lib/read.ts imports node:fs', 'lib/resize-fs.ts imports sharp', 'lib/resize-fs.ts is Node-only']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
