/**
 * A copy from the texts people type — a CSV row's cells or the collection page's form fields —
 * checked by the file format's own `copySchema`, so a spreadsheet, a form and a JSON file accept
 * exactly the same copies and explain a problem in the same words.
 */
import { type Copy, cleanCopy } from './model.ts';
import { copySchema } from './schema.ts';

export const COPY_FIELDS = ['quantity', 'grade', 'price', 'currency', 'acquired', 'where', 'notes'] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

export type CopyResult = { ok: true; copy: Copy } | { ok: false; field: CopyField; message: string };

/** Which text field holds what zod reports on: price.amount is typed in "price". */
const FIELD_OF: Record<string, CopyField> = { quantity: 'quantity', grade: 'grade', notes: 'notes', amount: 'price', price: 'price', currency: 'currency', acquired: 'acquired', where: 'where' };

export function copyFromText(text: (field: CopyField) => string): CopyResult {
	const quantity = text('quantity').trim();
	const amount = text('price').trim();
	const currency = text('currency').trim();
	if (amount !== '' && !/^\d+(\.\d+)?$/.test(amount)) {
		return { ok: false, field: 'price', message: `"${amount}" is not a number — write it like 25 or 12.50 (a dot before the cents, no currency sign)` };
	}
	if (amount !== '' && currency === '') return { ok: false, field: 'currency', message: 'a price needs a currency too (e.g. EUR)' };
	if (amount === '' && currency !== '') return { ok: false, field: 'price', message: 'a currency needs a price too' };
	const raw: Record<string, unknown> = { quantity: quantity === '' ? 1 : /^\d+$/.test(quantity) ? Number(quantity) : quantity };
	const grade = text('grade').trim();
	if (grade !== '') raw['grade'] = grade.toLowerCase();
	if (amount !== '') raw['price'] = { amount: Number(amount), currency: currency.toUpperCase() };
	const acquired = text('acquired').trim();
	if (acquired !== '') raw['acquired'] = acquired;
	for (const field of ['where', 'notes'] as const) if (text(field).trim() !== '') raw[field] = text(field);
	const result = copySchema.safeParse(raw);
	if (result.success) return { ok: true, copy: cleanCopy(result.data as Copy) };
	const issue = result.error.issues[0];
	return { ok: false, field: FIELD_OF[String(issue?.path.at(-1) ?? '')] ?? 'quantity', message: issue?.message ?? 'not a valid copy' };
}

/** The texts a form shows for a copy (the reverse of `copyFromText`). */
export function copyToText(copy: Copy | undefined): Record<CopyField, string> {
	return {
		quantity: String(copy?.quantity ?? 1),
		grade: copy?.grade ?? '',
		// 12.5 shows as 12.50, the way prices are written; 12.345 stays exact.
		price: copy?.price ? (Number.isInteger(copy.price.amount * 100) && !Number.isInteger(copy.price.amount) ? copy.price.amount.toFixed(2) : String(copy.price.amount)) : '',
		currency: copy?.price?.currency ?? '',
		acquired: copy?.acquired ?? '',
		where: copy?.where ?? '',
		notes: copy?.notes ?? '',
	};
}
