/** Questions and answers: reads answers line by line, the same on a terminal and on piped input. */
import { createInterface } from 'node:readline/promises';
import type { Choice, Parsed } from './parse.ts';

export type Writable = { write(chunk: string): unknown };

/** The answers stopped (Ctrl+D, or the end of piped input): nothing is written. */
export class Cancelled extends Error {}

export class Prompter {
	readonly #lines: string[] = [];
	readonly #waiting: ((line: string | null) => void)[] = [];
	readonly #out: Writable;
	readonly #echo: boolean;
	readonly #rl: ReturnType<typeof createInterface>;
	#closed = false;

	constructor(input: NodeJS.ReadableStream & { isTTY?: boolean | undefined }, out: Writable) {
		this.#out = out;
		this.#echo = input.isTTY !== true;
		this.#rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
		this.#rl.on('line', (line: string) => {
			const waiter = this.#waiting.shift();
			if (waiter) waiter(line);
			else this.#lines.push(line);
		});
		this.#rl.on('close', () => {
			this.#closed = true;
			for (const waiter of this.#waiting.splice(0)) waiter(null);
		});
	}

	say(text = ''): void {
		this.#out.write(`${text}\n`);
	}

	async ask(question: string): Promise<string> {
		this.#out.write(question);
		const queued = this.#lines.shift();
		const line = queued ?? (this.#closed ? null : await new Promise<string | null>((resolve) => this.#waiting.push(resolve)));
		if (line === null) throw new Cancelled();
		if (this.#echo) this.#out.write(`${line}\n`);
		return line.trim();
	}

	async yesNo(question: string, byDefault: boolean): Promise<boolean> {
		for (;;) {
			const answer = (await this.ask(question)).toLowerCase();
			if (answer === '') return byDefault;
			if (['y', 'yes'].includes(answer)) return true;
			if (['n', 'no'].includes(answer)) return false;
			this.say('  Please answer y (yes) or n (no).');
		}
	}

	/** Asks until `parse` accepts the answer; an empty answer gives `empty()` when that is allowed. */
	async until<T, E = T>(question: string, parse: (text: string) => Parsed<T>, empty?: () => E): Promise<T | E> {
		for (;;) {
			const answer = await this.ask(question);
			if (answer === '' && empty) return empty();
			const parsed = parse(answer);
			if (parsed.ok) return parsed.value;
			this.say(`  ${parsed.error}`);
		}
	}

	list(heading: string, choices: readonly Choice[], extra: string[] = []): void {
		this.say();
		this.say(heading);
		const width = String(choices.length).length;
		choices.forEach((c, i) => this.say(`  ${String(i + 1).padStart(width)}. ${c.label}${c.label === c.id ? '' : ` (${c.id})`}`));
		for (const line of extra) this.say(`  ${line}`);
	}

	close(): void {
		this.#rl.close();
	}
}
