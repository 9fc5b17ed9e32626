import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { clearedWhenParsingChanges, localModules, parsingFingerprint } from '../../src/loaders/parsing-fingerprint.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): URL {
	const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return pathToFileURL(join(dir, 'config.ts'));
}

describe('localModules', () => {
	it('follows the real content config to the schemas, loaders and helpers that parse entries', async () => {
		const names = (await localModules(new URL('../../src/content.config.ts', import.meta.url))).map((u) => u.pathname.split('/src/')[1]);
		for (const file of ['content.config.ts', 'schemas/pass.ts', 'schemas/enums.ts', 'loaders/pass-loader.ts', 'lib/story/check-story.ts', 'lib/story/render-story.ts', 'lib/dates/fuzzy-date.ts']) {
			expect(names).toContain(file);
		}
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('parsingFingerprint', () => {
	it('changes when an imported module changes, not when an unrelated file does', async () => {
		const config = project({ 'config.ts': "import { a } from './schema.ts';", 'schema.ts': 'export const a = 1;', 'other.ts': 'x' });
		const before = await parsingFingerprint(config);
		writeFileSync(new URL('other.ts', config), 'y');
		expect(await parsingFingerprint(config)).toBe(before);
		writeFileSync(new URL('schema.ts', config), 'export const a = 2;');
		expect(await parsingFingerprint(config)).not.toBe(before);
	});
});

describe('clearedWhenParsingChanges', () => {
	function context(previous?: string) {
		const meta = new Map<string, string>(previous ? [['parsing-code-fingerprint', previous]] : []);
		const calls: string[] = [];
		const ctx = {
			collection: 'bands',
			meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
			store: { clear: () => calls.push('clear') },
			logger: { info: (m: string) => calls.push(`info: ${m}`) },
		} as unknown as LoaderContext;
		return { ctx, meta, calls };
	}
	const inner = (calls: string[]) => clearedWhenParsingChanges({ name: 'test', load: async () => void calls.push('load') });

	it('keeps cached entries while the parsing code is the same', async () => {
		const { ctx, calls } = context(await parsingFingerprint());
		await inner(calls).load(ctx);
		expect(calls).toEqual(['load']);
	});

	it('drops cached entries, and says so, when the parsing code has changed', async () => {
		const { ctx, meta, calls } = context('an-older-fingerprint');
		await inner(calls).load(ctx);
		expect(calls[0]).toMatch(/^info: bands: schemas or loaders changed/);
		expect(calls.slice(1)).toEqual(['clear', 'load']);
		expect(meta.get('parsing-code-fingerprint')).toBe(await parsingFingerprint());
	});

	it('starts a first build with an empty store, quietly', async () => {
		const { ctx, calls } = context();
		await inner(calls).load(ctx);
		expect(calls).toEqual(['clear', 'load']);
	});
});
