/**
 * Answers written one item per line, parts separated by "|": signatures and sources. Each part
 * is checked by the pass schema afterwards; here they are only cut apart and named.
 */
import { SIGNATURE_MEDIA } from './catalog-adapter.ts';
import { quote } from './safe-markdown.ts';

const parts = (line: string) => line.split('|').map((part) => part.trim());

/** "Kurt Cobain | singer | 1993-10 | marker | PSA/DNA AB12345" — only the name is needed. */
export function readSignatures(lines: readonly string[], problem: (message: string) => void): Record<string, unknown>[] {
	return lines.flatMap((line) => {
		const [signer = '', role = '', date = '', medium = '', authenticatedBy = '', ...rest] = parts(line);
		if (rest.length > 0) {
			problem(`${quote(line)} has more than five parts — write who | their part | when | what with | who certified it.`);
			return [];
		}
		const mediumKey = Object.entries(SIGNATURE_MEDIA).find(([key, label]) => medium.toLowerCase() === key || medium.toLowerCase() === label.toLowerCase())?.[0];
		if (medium !== '' && mediumKey === undefined) {
			problem(`${quote(medium)} is not a medium the catalog knows — use one of: ${Object.values(SIGNATURE_MEDIA).join(', ').toLowerCase()}.`);
			return [];
		}
		const optional = (key: string, value: string) => (value === '' ? {} : { [key]: value });
		return [
			{
				signer,
				...optional('role', role),
				...optional('date', date),
				...optional('medium', mediumKey ?? ''),
				...(authenticatedBy === '' ? {} : { authenticated: true, authenticatedBy }),
			},
		];
	});
}

/** "What it is | https://…" or "What it is | Book, page 12"; a bare https link is titled by its site. */
export function readSources(lines: readonly string[], problem: (message: string) => void): Record<string, unknown>[] {
	return lines.flatMap((line) => {
		const [title = '', where, ...rest] = parts(line);
		if (where === undefined && URL.canParse(title) && /^https?:\/\/\S+$/.test(title)) return [{ title: new URL(title).hostname, url: title }];
		if (where === undefined || where === '' || rest.length > 0) {
			problem(`${quote(line)} — write what the source is, then | and a link or a printed reference.`);
			return [];
		}
		return [/^https?:\/\//i.test(where) ? { title, url: where } : { title, citation: where }];
	});
}
