/**
 * Compares two builds of the site, to show that a refactor changed nothing a visitor gets:
 * `node tests/helpers/compare-builds.ts <dist-before> <dist-after>`.
 *
 * Bundled assets are named by the hash of their content (`/_astro/search.BdX3k1.js`), so a change
 * in any module renames them; the names are compared without the hash, and the references to them
 * in pages likewise. Pagefind's index files are named by hash too and only counted.
 * Prints every file that differs (with its first differing lines) and exits 1 when any does.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEXT = /\.(html|xml|json|csv|txt|css|js|svg|webmanifest)$/;

/** `/_astro/front.Ck-LJw2n_27soN.webp` → `/_astro/front.#.webp`; `search.BdX3k1.js` → `search.#.js`. */
export function withoutAssetHashes(text: string): string {
	return text.replace(/(_astro\/[^"'\s/?#]*)\.[\w-]{6,}(\.\w+)(?![\w.])/g, '$1.#$2').replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-#');
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

export interface BuildDifference {
	file: string;
	kind: 'only before' | 'only after' | 'changed';
	/** First differing lines, before and after. */
	lines?: [string, string][];
}

export function compareBuilds(before: string, after: string): { differences: BuildDifference[]; pagefindFiles: [number, number] } {
	const split = (dir: string) => {
		const all = files(dir);
		return { pagefind: all.filter((f) => f.startsWith('pagefind')).length, rest: new Map(all.filter((f) => !f.startsWith('pagefind')).map((f) => [withoutAssetHashes(f), f])) };
	};
	const a = split(before);
	const b = split(after);
	const differences: BuildDifference[] = [];
	for (const [name, file] of a.rest) {
		const other = b.rest.get(name);
		if (other === undefined) {
			differences.push({ file: name, kind: 'only before' });
			continue;
		}
		if (!TEXT.test(name) || name.startsWith('_astro/')) continue;
		const left = withoutAssetHashes(readFileSync(join(before, file), 'utf-8')).split(/(?<=>)(?=<)|\n/);
		const right = withoutAssetHashes(readFileSync(join(after, other), 'utf-8')).split(/(?<=>)(?=<)|\n/);
		if (left.join('\n') === right.join('\n')) continue;
		const lines: [string, string][] = [];
		for (let i = 0; i < Math.max(left.length, right.length) && lines.length < 3; i++) {
			if (left[i] !== right[i]) lines.push([left[i] ?? '', right[i] ?? '']);
		}
		differences.push({ file: name, kind: 'changed', lines });
	}
	for (const name of b.rest.keys()) if (!a.rest.has(name)) differences.push({ file: name, kind: 'only after' });
	return { differences, pagefindFiles: [a.pagefind, b.pagefind] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [before, after] = process.argv.slice(2);
	if (!before || !after) {
		console.error('usage: node tests/helpers/compare-builds.ts <dist-before> <dist-after>');
		process.exit(2);
	}
	const { differences, pagefindFiles } = compareBuilds(before, after);
	for (const d of differences) {
		console.log(`${d.kind}: ${d.file}`);
		for (const [l, r] of d.lines ?? []) console.log(`  - ${l.slice(0, 300)}\n  + ${r.slice(0, 300)}`);
	}
	console.log(`${differences.length} files differ; Pagefind files: ${pagefindFiles[0]} before, ${pagefindFiles[1]} after`);
	process.exitCode = differences.length > 0 ? 1 : 0;
}
