/**
 * Import cycles among a folder's modules (.ts, .mjs, .astro), type-only imports included: a cycle
 * of types still ties the modules' meanings together. Only relative imports are followed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
// `import x from '…'`, `import type { X } from '…'`, `import '…'`, `export … from '…'`, `import('…')`.
const IMPORT = /\b(?:import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter((f) => SOURCE.test(f))
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

/** Every specifier a module's text imports or re-exports, relative or bare; without `types`, type-only ones are left out. */
export function specifiersIn(text: string, { types = true } = {}): string[] {
	return [...text.matchAll(IMPORT)].filter(([, typeOnly]) => types || typeOnly === undefined).map(([, , spec, dynamic]) => spec ?? dynamic ?? '');
}

/** The file a relative specifier names (as written, with `.ts`, or a folder's index.ts); undefined for a package. */
export function resolveImport(from: string, spec: string): string | undefined {
	if (!spec.startsWith('.')) return undefined;
	const path = resolve(dirname(from), spec.replace(/\?.*$/, ''));
	return [path, `${path}.ts`, join(path, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/**
 * Each module's relative imports (paths relative to `root`). Without `types`, `import type` and
 * `export type` are left out: what is left is what a bundle holds.
 */
export function importGraph(root: string, { types = true } = {}): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(root)) {
		const targets = specifiersIn(readFileSync(file, 'utf-8'), { types }).flatMap((spec) => resolveImport(file, spec) ?? []);
		graph.set(relative(root, file), [...new Set(targets.filter((t) => t.startsWith(root)).map((t) => relative(root, t)))]);
	}
	return graph;
}

/** Every cycle found by a depth-first walk, each as the modules in import order, first repeated at the end. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const done = new Set<string>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const visit = (node: string) => {
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!done.has(next)) visit(next);
		}
		stack.pop();
		onStack.delete(node);
		done.add(node);
	};
	for (const node of [...graph.keys()].sort()) if (!done.has(node)) visit(node);
	return cycles;
}
