/**
 * Share links: round trips for random lists (a seeded property test, bounded in time), the size
 * of a 200-pass link, and strangers' links — garbage, truncated, mutated, zip bombs — which must
 * always give a sentence, never an exception.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type SharedList, SHARE_LIMITS, decodeSharedList, encodeSharedList } from '../../src/lib/collection/share-codec.ts';
import { randomFrom } from '../../scripts/lib/seeded-random.ts';
import { realisticPassIds } from '../helpers/wantlist-fixture.ts';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const packed = (kind: 'w' | 'd', text: string) => `v1.${kind}.${b64url(deflateRawSync(text))}`;

function randomList(random: () => number): SharedList {
	const kind = random() < 0.5 ? 'wanted' : 'duplicates';
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const word = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
	const count = Math.floor(random() * random() * 300);
	const ids = new Set<string>();
	while (ids.size < count) ids.add(Array.from({ length: 1 + Math.floor(random() * 6) }, word).join('-'));
	const passes = [...ids].sort().map((id) => (kind === 'duplicates' ? { id, spares: 1 + Math.floor(random() * 999) } : { id }));
	return { kind, passes };
}

describe('round trip', () => {
	it('decodes what it encodes, for 150 random lists of up to 300 passes', async () => {
		const random = randomFrom(2026);
		for (let i = 0; i < 150; i++) {
			const list = randomList(random);
			const fragment = await encodeSharedList(list);
			expect(fragment).toMatch(/^v1\.[wd]\.[A-Za-z0-9_-]*$/);
			expect(await decodeSharedList(`#${fragment}`)).toEqual({ ok: true, list });
		}
	});

	it('sorts and de-duplicates, so the same list always gives the same link', async () => {
		const a = await encodeSharedList({ kind: 'wanted', passes: [{ id: 'b-pass' }, { id: 'a-pass' }, { id: 'b-pass' }] });
		const b = await encodeSharedList({ kind: 'wanted', passes: [{ id: 'a-pass' }, { id: 'b-pass' }] });
		expect(a).toBe(b);
		expect(await decodeSharedList(a)).toEqual({ ok: true, list: { kind: 'wanted', passes: [{ id: 'a-pass' }, { id: 'b-pass' }] } });
	});

	it('keeps a list of 200 passes with catalog-like ids under 2,000 characters (2,100 with spare counts)', async () => {
		for (const seed of [1, 2, 3]) {
			const ids = realisticPassIds(200, seed);
			const wanted = await encodeSharedList({ kind: 'wanted', passes: ids.map((id) => ({ id })) });
			const spares = await encodeSharedList({ kind: 'duplicates', passes: ids.map((id, i) => ({ id, spares: 1 + (i % 3) })) });
			expect(`/collection/shared/#${wanted}`.length).toBeLessThan(2_000);
			expect(`/collection/shared/#${spares}`.length).toBeLessThan(2_100);
		}
	});
});

describe('strangers’ links', () => {
	it.each([
		['nothing after #', '#', /holds no list/],
		['plain text', '#hello', /damaged or incomplete/],
		['a newer format', '#v2.w.AAAA', /newer version of the site \(list format 2\)/],
		['an unknown kind', '#v1.x.AAAA', /damaged or incomplete/],
		['characters outside base64url', '#v1.w.ab+/', /damaged or incomplete/],
		['base64 that is not DEFLATE', '#v1.w.AAAAAAAA', /damaged or incomplete/],
		['a link too long', `#v1.w.${'A'.repeat(SHARE_LIMITS.fragmentChars)}`, /too long to be a shared list/],
		['a line out of grammar', `#${packed('w', 'a-b\n0 zz')}`, /entry 1 of its list cannot be read/],
		['an unknown word index', `#${packed('w', 'pass\n0 5')}`, /entry 1/],
		['a prefix longer than the previous id', `#${packed('w', 'pass-one\n0 0.1\n3 0')}`, /entry 2/],
		['ids out of order', `#${packed('w', 'a-b\n0 1\n0 0')}`, /entry 2/],
		['the same id twice', `#${packed('w', 'a\n0 0\n0 0')}`, /entry 2/],
		['a wantlist line with a spare count', `#${packed('w', 'a\n0 0 2')}`, /entry 1/],
		['a duplicates line without a count', `#${packed('d', 'a\n0 0')}`, /entry 1/],
		['a spare count of 0', `#${packed('d', 'a\n0 0 0')}`, /entry 1/],
		['an id that is too long', `#${packed('w', `\n0 _${'a'.repeat(SHARE_LIMITS.idChars + 1)}`)}`, /entry 1/],
		['too many passes', `#${packed('w', `\n${Array.from({ length: SHARE_LIMITS.passes + 1 }, (_, i) => `0 _p${String(i).padStart(5, '0')}`).join('\n')}`)}`, /more than 2,000 passes/],
		['a zip bomb', `#v1.w.${b64url(deflateRawSync('0'.repeat(5_000_000)))}`, /damaged or incomplete/],
		['bytes that are not UTF-8', `#v1.w.${b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x0a])))}`, /damaged or incomplete/],
	])('%s: a clear message', async (_what, fragment, message) => {
		const result = await decodeSharedList(fragment);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});

	it('never throws on mutated or cut links (300 seeded mutations of real links)', async () => {
		const random = randomFrom(99);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#%v ';
		for (let i = 0; i < 300; i++) {
			const fragment = await encodeSharedList(randomList(random));
			const chars = [...fragment];
			const at = Math.floor(random() * chars.length);
			const how = random();
			if (how < 0.4) chars[at] = alphabet[Math.floor(random() * alphabet.length)] ?? 'A';
			else if (how < 0.7) chars.splice(at);
			else chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)] ?? 'A');
			const result = await decodeSharedList(chars.join(''));
			// Either still a well-formed list (a mutation deflate cannot notice) or a sentence for the reader.
			if (result.ok) for (const pass of result.list.passes) expect(pass.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			else expect(result.error).toMatch(/^This link /);
		}
	}, 30_000); // 300 deflate round trips: seconds on a loaded 2-core runner
});
