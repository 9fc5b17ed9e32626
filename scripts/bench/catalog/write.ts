/** Writing the generated catalog: JSON files, pass folders (index.mdx and linked photos), bare entries. */
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passToMdx, yamlScalar } from '../../../src/lib/content-files/pass-to-mdx.ts';
import { passFrontmatterSchema } from '../../../src/schemas/pass.ts';
import { repointGuideImports } from '../../lib/repoint-guide-imports.ts';
import { type GeneratedCatalog, type PassSpec } from './specs.ts';

export function writeJson(file: string, data: unknown): void {
	writeFileSync(file, `${JSON.stringify(data, null, '\t')}\n`);
}

export function copyFolder(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}

/**
 * Copies team pages (guides, pass types) into a generated catalog elsewhere on disk: their imports
 * of guide components are rewritten to reach this project's src/components/guide/ from there, and
 * the lines of components that name passes of the real catalog (which a generated catalog does not
 * have, so the build would refuse them) are left out.
 */
export function copyTeamPages(from: string, to: string, componentFolder: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		const text = readFileSync(join(from, name), 'utf-8')
			.split('\n')
			.filter((line) => !/<(FakeComparison|SecurityCloseUp)\b/.test(line))
			.join('\n');
		writeFileSync(join(to, name), repointGuideImports(text, to, componentFolder));
	}
}

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
	// The site's own writer (the web form's): fields in schema order; a field it does not know is a bug here.
	const unknown = Object.keys(frontmatter).filter((key) => !(key in passFrontmatterSchema.shape));
	if (unknown.length > 0) throw new Error(`generated pass ${pass.slug} has fields the schema does not know: ${unknown.join(', ')}`);
	writeFileSync(join(folder, 'index.mdx'), passToMdx(frontmatter as Parameters<typeof passToMdx>[0], pass.body));
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
		writeFileSync(join(dir, `${pass.slug}.md`), `---\ntitle: ${yamlScalar(String(pass.frontmatter['title']))}\n---\n\n${pass.body}\n`);
	}
}
