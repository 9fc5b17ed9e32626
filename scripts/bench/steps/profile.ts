/** A `node --cpu-prof` build summarised by package, file and function. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
	samples?: number[];
	timeDeltas?: number[];
	startTime: number;
	endTime: number;
}

/** Self time by file and by function, from the .cpuprofile files of a build (largest profile = the build). */
export function summariseProfiles(dir: string, top = 25): { totalS: number; byPackage: [string, number][]; byFile: [string, number][]; byFunction: [string, number][] } {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	const byPackage = new Map<string, number>();
	const byFile = new Map<string, number>();
	const byFunction = new Map<string, number>();
	let total = 0;
	for (const file of files) {
		const profile = JSON.parse(readFileSync(join(dir, file), 'utf-8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		const samples = profile.samples ?? [];
		const deltas = profile.timeDeltas ?? [];
		samples.forEach((id, i) => {
			const node = nodes.get(id);
			const us = deltas[i] ?? 0;
			if (!node) return;
			total += us;
			const url = node.callFrame.url.replace(/^file:\/\//, '').replace(projectRoot, '');
			const pkg = url === '' ? `(${node.callFrame.functionName || 'native'})` : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node:internal' : url.includes('/dist/') || url.includes('chunks/') ? 'built site code (dist chunks)' : url.split('/').slice(0, 2).join('/'));
			byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
			byFile.set(url || '(native)', (byFile.get(url || '(native)') ?? 0) + us);
			const fn = `${node.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${node.callFrame.lineNumber + 1}` : ''}`;
			byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
		});
	}
	const topOf = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v / 1e4) / 100] as [string, number]);
	return { totalS: Math.round(total / 1e4) / 100, byPackage: topOf(byPackage), byFile: topOf(byFile), byFunction: topOf(byFunction) };
}
