/**
 * Checkers' messages name fields as the files spell them (`validFrom`, securityFeatures); a
 * contributor knows the form's labels. Names written in code style are swapped for the label.
 */
import { FORM_FIELDS } from './form-fields.ts';

const BY_PATH = new Map(FORM_FIELDS.flatMap((f) => f.fills.filter((p) => !p.includes('[')).map((p) => [p, f.label] as const)));

export function relabel(message: string): string {
	return message.replace(/`([\w.]+)`|\b([a-z]+[A-Z][\w]*)\b/g, (whole, quoted: string | undefined, camel: string | undefined) => {
		const label = BY_PATH.get(quoted ?? camel ?? '');
		return label === undefined ? whole : `“${label}”`;
	});
}
