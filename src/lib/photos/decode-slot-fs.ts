/**
 * How many photos are decoded at once, in the whole process: by the committed-photo checks and by
 * the encoder alike, so the build's memory is bounded by this number and not by the catalog.
 */
import { availableParallelism } from 'node:os';

/** Runs tasks with at most `limit` at once, in the order they were asked for. */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		if (running >= limit) await new Promise<void>((go) => waiting.push(go));
		running++;
		try {
			return await task();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}

/**
 * Photos decoded at once. libvips runs one thread per image here (sharp's default on this kind of
 * machine), so one photo per core keeps the cores busy with ≈ 50 MB per photo in flight.
 */
export const PHOTO_CONCURRENCY = Math.max(1, Number(process.env['PHOTO_CONCURRENCY']) || Math.min(4, availableParallelism()));

/** The one slot every decode of this process waits for. */
export const decodeSlot = createLimiter(PHOTO_CONCURRENCY);
