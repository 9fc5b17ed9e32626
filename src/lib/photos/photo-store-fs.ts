/**
 * The one seam between the photo pipeline and storage: where a photo's bytes are read, where its
 * derivatives are written, and how they reach the published site. Today originals sit in
 * `content/` and derivatives in a folder cache on the same disk; moving originals to Git LFS or an
 * object store, or derivatives to a CDN, replaces this file and nothing else (docs/scaling.md).
 *
 * Every write is atomic: a derivative is encoded into `.tmp/`, flushed to disk and renamed into
 * place, so a file under its final name is always whole, whenever the build was killed. A photo's
 * manifest is written last, after all its derivatives, and lists their sizes: a later build trusts
 * a manifest only when every file it lists is there with that size. A photo's verdict (what the
 * committed-photo checks found in its bytes) is kept the same way, under the checks' version.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DERIVATIVE_PATH, type PhotoFacts } from './photo-recipe.ts';

/** The cache every build shares (and CI restores): derivatives are named by content, so any build may reuse any. */
export function defaultPhotoCacheDir(root: string = process.cwd()): string {
	return resolve(root, process.env['PHOTO_CACHE_DIR'] ?? '.cache/photos');
}

/** sha256 of a file, streamed: memory does not depend on the photo's size. */
export async function hashPhotoFile(file: string): Promise<string> {
	const hash = createHash('sha256');
	await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), hash);
	return hash.digest('hex');
}

/**
 * Lends the photo `file` to `use` as a local file to decode. Today the photo is in `content/`
 * already; with originals in an object store, this is where one is downloaded — only ever for a
 * photo whose derivatives are missing — and removed afterwards.
 */
export function withPhotoFile<T>(file: string, use: (localFile: string) => Promise<T>): Promise<T> {
	return use(file);
}

/**
 * A file's identity on disk without reading it: size, modification and change times in
 * nanoseconds, inode. The change time cannot be set by `touch` or by a tool restoring an mtime, so
 * a file rewritten to the same size and mtime still gets a new key and is hashed again.
 */
export async function photoStatKey(file: string): Promise<string> {
	const s = statSync(file, { bigint: true });
	return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
}

/*
 * The lookups a warm build makes for every photo — its identity, verdict, manifest and the size of
 * each derivative, about a dozen tiny reads per photo — use the synchronous calls: through libuv's
 * four-thread pool, 20,000 photos' lookups took 10.7 s of a 59 s rebuild; synchronously they are
 * bounded by the disk cache. Writes and hashing stay asynchronous.
 */
function readJson(file: string): unknown {
	return JSON.parse(readFileSync(file, 'utf-8'));
}

/** What a manifest records: the photo's facts, and the size of every derivative made for it under one recipe. */
export interface PhotoManifest extends PhotoFacts {
	readonly recipe: string;
	readonly files: Readonly<Record<string, number>>;
}

/** What the committed-photo checks found in one photo's bytes; no problems: it may be published. */
export interface PhotoVerdict {
	/** sha256 of the bytes checked. */
	readonly hash: string;
	/** The checks' version (`photo-checks-version-fs.ts`): a verdict of other checks is never used. */
	readonly checks: string;
	readonly problems: readonly VerdictProblem[];
}

/** One problem, in words that do not name the file (`{fix}` stands for the intake command for it). */
export interface VerdictProblem {
	readonly code: string;
	readonly detail: string;
	readonly fixable: boolean;
}

const isVerdictProblem = (p: unknown): p is VerdictProblem =>
	typeof p === 'object' && p !== null && typeof (p as VerdictProblem).code === 'string' && typeof (p as VerdictProblem).detail === 'string' && typeof (p as VerdictProblem).fixable === 'boolean';

/** The cache's folder of verdicts, apart from the derivatives it never publishes. */
export const VERDICT_FOLDER = 'checks';

const SHARD = /^[0-9a-f]{2}$/;
const MANIFEST_NAME = /^([0-9a-f]{64})\.([0-9a-f]{8})\.json$/;
const VERDICT_NAME = /^([0-9a-f]{64})\.([0-9a-f]{16})\.json$/;

/** A file of the cache: a derivative, a photo's manifest under a recipe key, or its verdict under a checks version. */
export type CachedFile =
	| { readonly kind: 'derivative'; readonly path: string }
	| { readonly kind: 'manifest' | 'verdict'; readonly path: string; readonly hash: string; readonly key: string };

export class PhotoCache {
	readonly dir: string;
	private readonly tmpDir: string;

	constructor(dir: string = defaultPhotoCacheDir()) {
		this.dir = resolve(dir);
		this.tmpDir = join(this.dir, '.tmp');
	}

	/** Absolute path of a derivative; refuses anything that is not a derivative's name. */
	file(path: string): string {
		if (!DERIVATIVE_PATH.test(path)) throw new Error(`not a photo derivative: ${path}`);
		return join(this.dir, path);
	}

	private manifestFile(hash: string, recipe: string): string {
		return join(this.dir, hash.slice(0, 2), `${hash}.${recipe}.json`);
	}

	private verdictFile(hash: string, checks: string): string {
		if (!/^[0-9a-f]{64}$/.test(hash) || !/^[0-9a-f]{16}$/.test(checks)) throw new Error(`not a photo verdict: ${hash}.${checks}`);
		return join(this.dir, VERDICT_FOLDER, hash.slice(0, 2), `${hash}.${checks}.json`);
	}

	/** The verdict on the bytes hashing to `hash` under checks version `checks`, if one was written. */
	async readVerdict(hash: string, checks: string): Promise<PhotoVerdict | undefined> {
		let verdict: PhotoVerdict;
		try {
			verdict = readJson(this.verdictFile(hash, checks)) as PhotoVerdict;
		} catch {
			return undefined;
		}
		if (verdict.hash !== hash || verdict.checks !== checks || !Array.isArray(verdict.problems) || !verdict.problems.every(isVerdictProblem)) return undefined;
		return verdict;
	}

	async writeVerdict(verdict: PhotoVerdict): Promise<void> {
		await this.writeJson(this.verdictFile(verdict.hash, verdict.checks), verdict);
	}

	/** Size of a derivative in the cache, or undefined when there is none. */
	async sizeOf(path: string): Promise<number | undefined> {
		return this.sizeOfSync(path);
	}

	private sizeOfSync(path: string): number | undefined {
		return statSync(this.file(path), { throwIfNoEntry: false })?.size;
	}

	/** Writes `value` as JSON to `target` (an absolute path in the cache), atomically. */
	private async writeJson(target: string, value: unknown): Promise<void> {
		await this.writeAtomically(target, async (tmp) => {
			const handle = await open(tmp, 'w');
			try {
				await handle.writeFile(JSON.stringify(value));
			} finally {
				await handle.close();
			}
		});
	}

	/** Writes `target` (an absolute path in the cache) by having `write` fill a temporary file, then renaming it. */
	private async writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<number> {
		await mkdir(this.tmpDir, { recursive: true });
		await mkdir(dirname(target), { recursive: true });
		const tmp = join(this.tmpDir, `${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
		try {
			await write(tmp);
			// Flushed before the rename: after a crash of the machine, not only of the build, the final
			// name never points at a file whose blocks were not written.
			const handle = await open(tmp, 'r+');
			try {
				await handle.sync();
			} finally {
				await handle.close();
			}
			const { size } = await stat(tmp);
			await rename(tmp, target);
			return size;
		} catch (error) {
			await unlink(tmp).catch(() => undefined);
			throw error;
		}
	}

	/** Makes derivative `path` by having `encode` write a file; returns its size in bytes. */
	writeDerivative(path: string, encode: (file: string) => Promise<unknown>): Promise<number> {
		return this.writeAtomically(this.file(path), async (tmp) => {
			await encode(tmp);
		});
	}

	/** The manifest of a photo under a recipe, if one was written and every file it lists is whole. */
	async readManifest(hash: string, recipe: string): Promise<PhotoManifest | undefined> {
		let manifest: PhotoManifest;
		try {
			manifest = readJson(this.manifestFile(hash, recipe)) as PhotoManifest;
		} catch {
			return undefined;
		}
		if (manifest.hash !== hash || manifest.recipe !== recipe || !Number.isInteger(manifest.width) || !Number.isInteger(manifest.height)) return undefined;
		for (const [path, bytes] of Object.entries(manifest.files ?? {})) {
			if (!DERIVATIVE_PATH.test(path) || this.sizeOfSync(path) !== bytes) return undefined;
		}
		return manifest;
	}

	async writeManifest(manifest: PhotoManifest): Promise<void> {
		await this.writeJson(this.manifestFile(manifest.hash, manifest.recipe), manifest);
	}

	/**
	 * Deletes temporary files left by builds that were killed. A file whose writer is still running
	 * (another build sharing the cache) is left alone: its name starts with the writer's process id.
	 */
	async sweepAbandoned(): Promise<number> {
		let names: string[];
		try {
			names = await readdir(this.tmpDir);
		} catch {
			return 0;
		}
		let removed = 0;
		for (const name of names) {
			const pid = Number(name.split('.')[0]);
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) continue;
			if (pid === process.pid) continue;
			await unlink(join(this.tmpDir, name)).catch(() => undefined);
			removed++;
		}
		return removed;
	}

	/**
	 * Every file the cache made, by kind, read from its names (nothing else in the folder is listed,
	 * so nothing else can ever be removed through {@link remove}).
	 */
	async list(): Promise<CachedFile[]> {
		const found: CachedFile[] = [];
		const names = async (dir: string): Promise<string[]> => readdir(dir).catch(() => []);
		for (const shard of await names(this.dir)) {
			if (!SHARD.test(shard)) continue;
			for (const name of await names(join(this.dir, shard))) {
				const path = `${shard}/${name}`;
				const manifest = MANIFEST_NAME.exec(name);
				if (DERIVATIVE_PATH.test(path)) found.push({ kind: 'derivative', path });
				else if (manifest?.[1]?.startsWith(shard) && manifest[2]) found.push({ kind: 'manifest', path, hash: manifest[1], key: manifest[2] });
			}
		}
		for (const shard of await names(join(this.dir, VERDICT_FOLDER))) {
			if (!SHARD.test(shard)) continue;
			for (const name of await names(join(this.dir, VERDICT_FOLDER, shard))) {
				const verdict = VERDICT_NAME.exec(name);
				if (verdict?.[1]?.startsWith(shard) && verdict[2]) found.push({ kind: 'verdict', path: `${VERDICT_FOLDER}/${shard}/${name}`, hash: verdict[1], key: verdict[2] });
			}
		}
		return found;
	}

	/** Deletes one file {@link list} found. Its readers check what they read, so a deleted file is only ever made again. */
	async remove(file: CachedFile): Promise<void> {
		await unlink(join(this.dir, file.path)).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		});
	}

	/** Puts derivative `path` into the built site under `outDir`: a hard link, or a copy across file systems. */
	async publish(path: string, outDir: string): Promise<void> {
		const source = this.file(path);
		const target = join(outDir, path);
		await mkdir(dirname(target), { recursive: true });
		await unlink(target).catch(() => undefined);
		try {
			await link(source, target);
		} catch {
			await copyFile(source, target);
		}
	}
}

/** Whether a process with this id is alive (so its temporary files or leases are still in use). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
