/** CPU time and peak memory of a process and its children, sampled from /proc every 100 ms. */
import { readFileSync, readdirSync } from 'node:fs';

const CLOCK_TICKS = 100;

function readText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf-8');
	} catch {
		return undefined;
	}
}

function childrenOf(pid: number): number[] {
	const tasks = (() => {
		try {
			return readdirSync(`/proc/${pid}/task`);
		} catch {
			return [];
		}
	})();
	return tasks.flatMap((tid) => (readText(`/proc/${pid}/task/${tid}/children`) ?? '').split(' ').filter(Boolean).map(Number));
}

function treeOf(root: number): number[] {
	const seen: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift();
		if (pid === undefined || seen.includes(pid)) continue;
		seen.push(pid);
		queue.push(...childrenOf(pid));
	}
	return seen;
}

function statusKb(status: string, field: string): number {
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	return match ? Number(match[1]) : 0;
}

/** utime + stime of one process, in seconds. */
function cpuSeconds(pid: number): number | undefined {
	const stat = readText(`/proc/${pid}/stat`);
	if (!stat) return undefined;
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// fields[0] is the 3rd field of stat (state); utime and stime are the 14th and 15th.
	return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export interface TreeSampler {
	stop: () => { peakTreeRssMb: number; peakMainHwmMb: number; cpuSeconds: number; processes: number };
}

export function sampleTree(root: number): TreeSampler {
	let peakTree = 0;
	let peakHwm = 0;
	const cpu = new Map<number, number>();
	const tick = () => {
		let sum = 0;
		for (const pid of treeOf(root)) {
			const status = readText(`/proc/${pid}/status`);
			if (!status) continue;
			sum += statusKb(status, 'VmRSS');
			if (pid === root) peakHwm = Math.max(peakHwm, statusKb(status, 'VmHWM'));
			const seconds = cpuSeconds(pid);
			if (seconds !== undefined) cpu.set(pid, seconds);
		}
		peakTree = Math.max(peakTree, sum);
	};
	tick();
	const timer = setInterval(tick, 100);
	return {
		stop: () => {
			clearInterval(timer);
			return {
				peakTreeRssMb: Math.round(peakTree / 1024),
				peakMainHwmMb: Math.round(peakHwm / 1024),
				cpuSeconds: Math.round([...cpu.values()].reduce((a, b) => a + b, 0) * 10) / 10,
				processes: cpu.size,
			};
		},
	};
}
