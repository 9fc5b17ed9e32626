/**
 * Share a wantlist or a list of duplicates for trade without a server: the list travels in the
 * link's fragment (`/collection/shared/#v1.w.<payload>`), which browsers never send to a server.
 *
 * Payload, version 1: the pass ids sorted, each written as how many characters it shares with
 * the previous id, a space and the rest (ids of one band or tour share long beginnings), plus
 * " <spares>" on a duplicates list; lines joined by "\n", compressed with raw DEFLATE
 * (`CompressionStream`, in every current browser and Node) and written as base64url. Slugs are
 * the ids because they are stable; numeric indexes into the catalog would change with it.
 *
 * Decoding reads a stranger's link: every step is capped (link length, inflated size, number of
 * passes, id length), every line must match the grammar exactly, and any failure is a sentence
 * for the reader — never an exception. Ids the catalog does not know are the page's concern: it
 * lists them apart.
 */
import { LIMITS } from './model.ts';

export const SHARE_KINDS = { w: 'wanted', d: 'duplicates' } as const;
export type ShareKind = (typeof SHARE_KINDS)[keyof typeof SHARE_KINDS];

export interface SharedPass {
	id: string;
	/** Copies offered for trade (duplicates lists only). */
	spares?: number;
}
export interface SharedList {
	kind: ShareKind;
	passes: SharedPass[];
}
export type DecodeResult = { ok: true; list: SharedList } | { ok: false; error: string };

export const SHARE_LIMITS = { fragmentChars: 20_000, inflatedBytes: 256 * 1024, passes: 2_000, idChars: 120 } as const;

const KIND_CODE: Record<ShareKind, string> = { wanted: 'w', duplicates: 'd' };

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `limit` bytes; undefined when the data is not DEFLATE or inflates past the limit (a zip bomb). */
async function inflate(bytes: Uint8Array, limit: number): Promise<string | undefined> {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				await reader.cancel().catch(() => undefined);
				return undefined;
			}
			chunks.push(value);
		}
	} catch {
		return undefined;
	}
	const all = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		all.set(chunk, at);
		at += chunk.byteLength;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(all);
	} catch {
		return undefined;
	}
}

/**
 * The list as text before compression: first line, the distinct words of the ids (split at
 * hyphens), most frequent first; then one line per id (sorted), as how many leading words it
 * shares with the previous id, a space and the indexes (base 36) of its other words joined by
 * "." — plus " <spares>" on a duplicates list. Word indexes are a small alphabet that DEFLATE's
 * Huffman codes pack tightly, which the raw ids (long, similar, but not repeated) are not.
 */
function listText(list: SharedList): string {
	const passes = [...new Map(list.passes.map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const split = passes.map((p) => p.id.split('-'));
	const frequency = new Map<string, number>();
	for (const word of split.flat()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	// A word used once costs less written out than listed and indexed.
	const words = [...frequency.keys()].filter((w) => (frequency.get(w) ?? 0) > 1).sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || (a < b ? -1 : 1));
	const index = new Map(words.map((w, i) => [w, i.toString(36)]));
	let previous: string[] = [];
	const lines = passes.map((pass, i) => {
		const parts = split[i] ?? [];
		let shared = 0;
		while (shared < parts.length - 1 && shared < previous.length && parts[shared] === previous[shared]) shared++;
		previous = parts;
		const rest = parts.slice(shared).map((w) => index.get(w) ?? `_${w}`).join('.');
		return `${shared} ${rest}${list.kind === 'duplicates' ? ` ${pass.spares ?? 1}` : ''}`;
	});
	return [words.join('-'), ...lines].join('\n');
}

/** The fragment (without "#") that `decodeSharedList` reads back. */
export async function encodeSharedList(list: SharedList): Promise<string> {
	return `v1.${KIND_CODE[list.kind]}.${toBase64Url(await deflate(listText(list)))}`;
}

const WORDS = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const TOKEN = '(?:[0-9a-z]{1,3}|_[0-9a-z]+)';
const LINE = new RegExp(`^(0|[1-9]\\d?) (${TOKEN}(?:\\.${TOKEN})*)(?: ([1-9]\\d{0,2}))?$`);
const BROKEN = 'This link is damaged or incomplete: it does not hold a readable list. Ask for the link again, and copy all of it.';
const damaged = (entry: number): DecodeResult => ({ ok: false, error: `This link is damaged: entry ${entry} of its list cannot be read. Ask for the link again, and copy all of it.` });

function parseList(kind: ShareKind, text: string): DecodeResult {
	const [head = '', ...lines] = text.split('\n');
	if (!WORDS.test(head)) return { ok: false, error: BROKEN };
	if (lines.length === 0) return { ok: true, list: { kind, passes: [] } };
	if (lines.length > SHARE_LIMITS.passes) return { ok: false, error: `This link lists more than ${SHARE_LIMITS.passes.toLocaleString('en')} passes, more than a shared list may hold.` };
	const words = head === '' ? [] : head.split('-');
	const passes: SharedPass[] = [];
	let previous: string[] = [];
	let previousId = '';
	for (const [i, line] of lines.entries()) {
		const m = LINE.exec(line);
		if (!m) return damaged(i + 1);
		const shared = Number(m[1]);
		const own = (m[2] ?? '').split('.').map((code) => (code.startsWith('_') ? code.slice(1) : words[parseInt(code, 36)]));
		if (shared > previous.length || own.some((w) => w === undefined)) return damaged(i + 1);
		const parts = [...previous.slice(0, shared), ...(own as string[])];
		const id = parts.join('-');
		const spares = m[3] === undefined ? undefined : Number(m[3]);
		// Sorted and distinct, as the encoder writes them: anything else was not made by it.
		if (id.length > SHARE_LIMITS.idChars || id <= previousId || (kind === 'duplicates') !== (spares !== undefined) || (spares ?? 1) > LIMITS.quantity) return damaged(i + 1);
		passes.push(spares === undefined ? { id } : { id, spares });
		previous = parts;
		previousId = id;
	}
	return { ok: true, list: { kind, passes } };
}

/** Reads a fragment (with or without "#"); never throws. */
export async function decodeSharedList(fragment: string): Promise<DecodeResult> {
	const text = fragment.replace(/^#/, '');
	if (text === '') return { ok: false, error: 'This link holds no list: it ends before the part after “#”. Ask for the whole link again.' };
	if (text.length > SHARE_LIMITS.fragmentChars) return { ok: false, error: 'This link is too long to be a shared list.' };
	const m = /^v(\d+)\.([a-z])\.(.*)$/s.exec(text);
	if (!m) return { ok: false, error: BROKEN };
	if (m[1] !== '1') return { ok: false, error: `This link was made by a newer version of the site (list format ${m[1]}); this one reads format 1.` };
	const kind = SHARE_KINDS[m[2] as keyof typeof SHARE_KINDS] as ShareKind | undefined;
	if (!kind) return { ok: false, error: BROKEN };
	try {
		const bytes = fromBase64Url(m[3] ?? '');
		const inflated = bytes ? await inflate(bytes, SHARE_LIMITS.inflatedBytes) : undefined;
		if (inflated === undefined) return { ok: false, error: BROKEN };
		return parseList(kind, inflated);
	} catch {
		return { ok: false, error: BROKEN };
	}
}
