/** Writing the generated catalog: JSON files, pass folders (index.mdx and linked photos), bare entries. */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type GeneratedCatalog, type PassSpec } from './specs.ts';

// ——— Writing ———

export function writeJson(file: string, data: unknown): void {
	writeFileSync(file, `${JSON.stringify(data, null, '\t')}\n`);
}

export function copyFolder(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}

export const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/** Writes one pass folder: index.mdx and hard links to its two pool photos. */
export function writePass(catalog: Pick<GeneratedCatalog, 'dir' | 'pool'>, pass: PassSpec): void {
	const folder = join(catalog.dir, 'passes', pass.slug);
	mkdirSync(folder, { recursive: true });
	const front = catalog.pool.fronts[pass.front];
	const back = catalog.pool.backs[pass.back];
	if (!front || !back) throw new Error(`no pool photo for ${pass.slug}`);
	const credit = 'Generated illustration (benchmark photo pool)';
	const frontmatter = {
		...pass.frontmatter,
		photos: [
			{ src: './front.jpg', alt: front.alt, side: 'front', credit },
			{ src: './back.jpg', alt: back.alt, side: 'back', credit },
		],
	};
	writeFileSync(join(folder, 'index.mdx'), `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${pass.body}\n`);
	for (const [name, photo] of [['front.jpg', front], ['back.jpg', back]] as const) {
		const target = join(folder, name);
		rmSync(target, { force: true });
		linkSync(photo.file, target);
	}
}


/** The same entries as plain Markdown for the bare Astro baseline: title in frontmatter, same body. */
export function writeBareEntries(catalog: GeneratedCatalog, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const pass of catalog.passes) {
		writeFileSync(join(dir, `${pass.slug}.md`), `---\n${stringify({ title: pass.frontmatter['title'] }, YAML_OPTIONS)}---\n\n${pass.body}\n`);
	}
}
