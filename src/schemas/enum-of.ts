/** A zod enum of a label map's keys (from enums.ts), with the allowed values listed in the error message. */
import { z } from 'astro/zod';

export function enumOf<const L extends Readonly<Record<string, string>>>(labels: L, what: string) {
	const keys = Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]];
	return z.enum(keys, {
		error: (issue) =>
			`unknown ${what} ${JSON.stringify(issue.input)} — use one of: ${keys.join(', ')}`,
	});
}
