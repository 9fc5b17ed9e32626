/**
 * Keeps the photo cache from growing forever: removes every derivative, manifest and verdict that
 * no current photo needs (a photo deleted or replaced, an old recipe row, old checks), and never
 * while a build could still need one.
 *
 * Safety, in three parts:
 * - **Leases.** A build holds a lease (`.leases/<pid>`) from the moment its photo loader starts
 *   until its files are linked into `dist/`; a dev server holds one while it runs. Prune takes a
 *   lock (`.leases/prune`, created exclusively) and then gives up if any other live process holds a
 *   lease; a build writes its lease and then waits while a live prune holds the lock. Each writes
 *   its own mark before reading the other's, so at least one of them sees the other. A killed
 *   build's lease names a process that is gone and is ignored (and swept).
 * - **Order.** Manifests and verdicts go first, derivatives after: a manifest never lists a file
 *   already removed, and every reader re-checks what it reads (a manifest's files and sizes), so an
 *   interrupted prune leaves only work to redo, never something a build would wrongly trust.
 * - **Allowlist.** Only files whose names the cache itself writes are ever removed.
 */
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DerivativeSpec, PHOTO_RECIPE, type PhotoFacts, derivativesOf, recipeKey } from './photo-recipe.ts';
import { type CachedFile, PhotoCache, isRunning } from './photo-store-fs.ts';

const LEASES = '.leases';
const LOCK = 'prune';

function leaseDir(cache: PhotoCache): string {
	return join(cache.dir, LEASES);
}

/** The process id in the prune lock, when a live process other than this one holds it. */
async function livePruner(cache: PhotoCache): Promise<number | undefined> {
	const pid = Number(await readFile(join(leaseDir(cache), LOCK), 'utf-8').catch(() => ''));
	return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : undefined;
}

/**
 * Marks the cache as in use by this process (a build or a dev server), after waiting for a prune
 * under way to finish. Released by {@link releaseCacheLease}, or by the process ending.
 */
export async function holdCacheLease(cache: PhotoCache, { pollMs = 200 }: { pollMs?: number } = {}): Promise<void> {
	await mkdir(leaseDir(cache), { recursive: true });
	await writeFile(join(leaseDir(cache), String(process.pid)), '');
	while ((await livePruner(cache)) !== undefined) await new Promise((go) => setTimeout(go, pollMs));
}

export async function releaseCacheLease(cache: PhotoCache): Promise<void> {
	await unlink(join(leaseDir(cache), String(process.pid))).catch(() => undefined);
}

/** What the cache must keep: the current photos' facts, under the current recipe and checks. */
export interface PruneKeep {
	readonly photos: readonly PhotoFacts[];
	/** Key of the checks whose verdicts stay (`currentPhotoChecksVersion()`). */
	readonly checks: string;
	readonly recipe?: readonly DerivativeSpec[];
}

export type PruneResult =
	| { readonly pruned: true; readonly removed: Record<CachedFile['kind'], number>; readonly kept: number }
	/** Other processes hold leases: nothing was removed. */
	| { readonly pruned: false; readonly busy: readonly number[] };

/** Removes from `cache` every file that `keep` does not need, unless another live process uses the cache. */
export async function prunePhotoCache(cache: PhotoCache, keep: PruneKeep, { dryRun = false }: { dryRun?: boolean } = {}): Promise<PruneResult> {
	const locked = await takeLock(cache);
	if (!locked.ok) return { pruned: false, busy: locked.busy };
	try {
		const busy = await liveLeases(cache);
		if (busy.length > 0) return { pruned: false, busy };
		const recipe = keep.recipe ?? PHOTO_RECIPE;
		const key = recipeKey(recipe);
		const hashes = new Set(keep.photos.map((photo) => photo.hash));
		const derivatives = new Set(keep.photos.flatMap((photo) => derivativesOf(photo, recipe).map((d) => d.path)));
		const needed = (file: CachedFile): boolean => {
			if (file.kind === 'derivative') return derivatives.has(file.path);
			return hashes.has(file.hash) && file.key === (file.kind === 'manifest' ? key : keep.checks);
		};
		const files = await cache.list();
		const doomed = files.filter((file) => !needed(file));
		const removed = { derivative: 0, manifest: 0, verdict: 0 };
		// What vouches for files goes before the files it vouches for.
		for (const kind of ['manifest', 'verdict', 'derivative'] as const) {
			for (const file of doomed.filter((f) => f.kind === kind)) {
				if (!dryRun) await cache.remove(file);
				removed[kind]++;
			}
		}
		return { pruned: true, removed, kept: files.length - doomed.length };
	} finally {
		await unlink(join(leaseDir(cache), LOCK)).catch(() => undefined);
	}
}

async function takeLock(cache: PhotoCache): Promise<{ ok: true } | { ok: false; busy: number[] }> {
	await mkdir(leaseDir(cache), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			await writeFile(join(leaseDir(cache), LOCK), String(process.pid), { flag: 'wx' });
			return { ok: true };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = await livePruner(cache);
			if (pid !== undefined) return { ok: false, busy: [pid] };
			// Left by a prune that was killed: take it over.
			await unlink(join(leaseDir(cache), LOCK)).catch(() => undefined);
		}
	}
	return { ok: false, busy: [] };
}

/** Live processes other than this one holding a lease; leases of processes that are gone are removed. */
async function liveLeases(cache: PhotoCache): Promise<number[]> {
	const live: number[] = [];
	for (const name of await readdir(leaseDir(cache)).catch(() => [])) {
		const pid = Number(name);
		if (name === LOCK || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
		if (isRunning(pid)) live.push(pid);
		else await unlink(join(leaseDir(cache), name)).catch(() => undefined);
	}
	return live;
}

/** One line for people: what a prune removed, or why it removed nothing. */
export function pruneReport(result: PruneResult): string {
	if (!result.pruned) {
		const who = result.busy.length > 0 ? `process(es) ${result.busy.join(', ')} use it` : 'another prune holds its lock';
		return `photo cache not pruned: ${who} — try again when they have finished`;
	}
	const { derivative, manifest, verdict } = result.removed;
	return `photo cache pruned: ${derivative} derivative(s), ${manifest} manifest(s), ${verdict} verdict(s) removed; ${result.kept} file(s) kept`;
}
