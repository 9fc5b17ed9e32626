/**
 * Export (JSON keeps everything, CSV a row per copy) as downloads made in the page (Blob + object
 * URL: nothing is uploaded); import a file — all or nothing, with the reason when it is refused;
 * clear after a confirmation.
 */
import { collectionToCsv, parseCollectionCsv } from '../../lib/collection/csv-format.ts';
import { collectionToJson, parseCollectionJson } from '../../lib/collection/json-format.ts';
import { mergeCollections } from '../../lib/collection/merge.ts';
import { type Collection, type CollectionRow, type ParseResult, emptyCollection, plural } from '../../lib/collection/model.ts';
import { localDay } from '../../lib/dates/calendar-day.ts';
import { byId, element } from '../dom.ts';
import { NOT_SAVED, say } from './page-message.ts';

export interface TransferContext {
	message: HTMLElement;
	current: () => Collection;
	rows: () => readonly CollectionRow[];
	/** The catalog's ids, once loaded. */
	knownIds: () => ReadonlySet<string> | undefined;
	change: (next: (current: Collection) => Collection) => boolean;
	replace: (collection: Collection) => boolean;
}

function download(name: string, type: string, parts: BlobPart[]): void {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const link = element('a', { href: url, download: name, hidden: '' });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function parseFile(name: string, text: string, knownIds: ReadonlySet<string> | undefined): ParseResult {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const json = extension === 'json' || (extension !== 'csv' && /^\uFEFF?\s*[{[]/.test(text));
	return json ? parseCollectionJson(text, knownIds) : parseCollectionCsv(text, knownIds);
}

export function setUpTransfer(context: TransferContext): void {
	const { message } = context;
	const importInput = byId<HTMLInputElement>('collection-import');
	const clearButton = byId<HTMLButtonElement>('collection-clear');
	const clearDialog = byId<HTMLDialogElement>('collection-clear-dialog');
	const count = () => plural(Object.keys(context.current().items).length, 'pass', 'passes');
	const fileName = (extension: string) => `my-backstage-passes-${localDay()}.${extension}`;

	byId('export-json').addEventListener('click', () => {
		download(fileName('json'), 'application/json', [collectionToJson(context.current())]);
		say(message, `Exported ${count()} as ${fileName('json')}.`);
	});
	byId('export-csv').addEventListener('click', () => {
		// The byte-order mark tells spreadsheets the file is UTF-8 (Mötley Crüe, not MÃ¶tley CrÃ¼e).
		download(fileName('csv'), 'text/csv', ['\uFEFF', collectionToCsv(context.current(), context.rows())]);
		say(message, `Exported ${count()} as ${fileName('csv')}.`);
	});

	importInput.addEventListener('change', async () => {
		const file = importInput.files?.[0];
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			say(message, `Could not import ${file.name}: the file could not be read. Your collection was not changed.`, 'error');
			importInput.value = '';
			return;
		}
		const result = parseFile(file.name, text, context.knownIds());
		importInput.value = '';
		if (!result.ok) {
			say(message, `Could not import ${file.name}: ${result.error} Your collection was not changed.`, 'error');
			return;
		}
		let counts = { added: 0, updated: 0, unchanged: 0 };
		const saved = context.change((current) => {
			const merged = mergeCollections(current, result.collection);
			counts = merged;
			return merged.collection;
		});
		const total = Object.keys(result.collection.items).length;
		say(
			message,
			[
				`Imported ${plural(total, 'pass', 'passes')} from ${file.name}: ${counts.added} new, ${counts.updated} changed, ${counts.unchanged} already there.`,
				...result.warnings,
				...(saved ? [] : [NOT_SAVED]),
			].join('\n'),
		);
	});

	clearButton.addEventListener('click', () => {
		const n = count();
		byId('clear-dialog-text').textContent = `This removes ${n === '1 pass' ? 'the one pass' : `all ${n}`} from your collection in this browser. It cannot be undone — export a copy first if you may want it back.`;
		clearDialog.showModal();
	});
	clearDialog.querySelector('[data-cancel]')?.addEventListener('click', () => clearDialog.close());
	clearDialog.querySelector('[data-confirm]')?.addEventListener('click', () => {
		const n = count();
		clearDialog.close();
		const saved = context.replace(emptyCollection());
		say(message, `Cleared your collection (${n} removed).${saved ? '' : ` ${NOT_SAVED}`}`);
		importInput.focus();
	});
	// Closing the dialog by Escape or a button gives focus back to the button that opened it.
	clearDialog.addEventListener('close', () => {
		if (!clearButton.disabled) clearButton.focus();
	});
}
