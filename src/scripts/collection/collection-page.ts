/**
 * The /collection/ page: lists the owned and wanted passes kept in this browser (with details
 * from /data/passes.json), counts per band and tour, exports JSON and CSV as downloads made in
 * the page (Blob + object URL: nothing is uploaded), imports a file — all or nothing, with the
 * reason in a live region when it is refused — and clears the collection after a confirmation.
 */
import {
	type Collection,
	type CollectionRow,
	type CollectionStatus,
	type ParseResult,
	collectionToCsv,
	collectionToJson,
	countStatuses,
	countsBy,
	emptyCollection,
	mergeCollections,
	parseCollectionCsv,
	parseCollectionJson,
} from '../../lib/collection.ts';
import { localDay } from '../../lib/calendar-day.ts';
import { byId, element } from '../dom.ts';
import { loadCollection, saveCollection, subscribe, updateCollection, withStatus } from './store.ts';

const app = byId<HTMLDivElement>('collection-app');
const summary = byId<HTMLParagraphElement>('collection-summary');
const lists: Record<CollectionStatus, HTMLUListElement> = { owned: byId('collection-owned'), wanted: byId('collection-wanted') };
const unknownSection = byId<HTMLElement>('collection-unknown-section');
const unknownList = byId<HTMLUListElement>('collection-unknown');
const countsSection = byId<HTMLElement>('collection-counts-section');
const countTables = { band_name: byId<HTMLTableElement>('counts-band'), tour_name: byId<HTMLTableElement>('counts-tour') } as const;
const exportJson = byId<HTMLButtonElement>('export-json');
const exportCsv = byId<HTMLButtonElement>('export-csv');
const importInput = byId<HTMLInputElement>('collection-import');
const message = byId<HTMLDivElement>('collection-message');
const clearButton = byId<HTMLButtonElement>('collection-clear');
const clearDialog = byId<HTMLDialogElement>('collection-clear-dialog');

let rows: CollectionRow[] = [];
let rowById = new Map<string, CollectionRow>();
let catalogLoaded = false;
let collection: Collection = emptyCollection();

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
	message.classList.toggle('is-error', kind === 'error');
	message.replaceChildren(...text.split('\n').map((line) => element('p', {}, line)));
}

function card(id: string, status: CollectionStatus, note: string | undefined): HTMLLIElement {
	const row = rowById.get(id);
	const title = row?.title ?? id;
	const details = row ? [row.band_name, row.year === null || row.year === undefined ? '' : String(row.year)].filter(Boolean).join(' · ') : 'Not in this catalog';
	const body = element(
		'div',
		{ class: 'body' },
		element('h3', {}, row?.url ? element('a', { href: row.url }, title) : title),
		element('p', { class: 'muted' }, details),
	);
	if (note) body.append(element('p', { class: 'collection-note' }, note));
	const actions = element('div', { class: 'collection-card-actions' });
	if (status === 'wanted') actions.append(element('button', { type: 'button', 'data-action': 'owned', 'data-id': id, 'aria-label': `Mark as owned: ${title}` }, 'Mark as owned'));
	actions.append(element('button', { type: 'button', class: 'link-button', 'data-action': 'remove', 'data-id': id, 'aria-label': `Remove ${title} from my collection` }, 'Remove'));
	body.append(actions);
	const thumb = row?.image
		? element('img', { src: row.image, alt: '', width: '96', height: '96', loading: 'lazy', decoding: 'async' })
		: element('div', { class: 'collection-placeholder', 'aria-hidden': 'true' }, title.slice(0, 1).toUpperCase());
	return element('li', { class: 'collection-card', 'data-id': id, 'data-status': status }, thumb, body);
}

function sortKey(id: string): string {
	const row = rowById.get(id);
	return row ? `${row.band_name}\u0000${row.title}` : id;
}

function renderCounts(): void {
	for (const [key, table] of Object.entries(countTables) as [keyof typeof countTables, HTMLTableElement][]) {
		const body = table.tBodies[0];
		if (!body) continue;
		body.replaceChildren(
			...countsBy(collection, rows, key).map((count) =>
				element('tr', {}, element('th', { scope: 'row' }, count.name), element('td', {}, String(count.owned)), element('td', {}, String(count.wanted))),
			),
		);
	}
}

function render(): void {
	const entries = Object.entries(collection.items).sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b)));
	const known = catalogLoaded ? entries.filter(([id]) => rowById.has(id)) : entries;
	const unknown = catalogLoaded ? entries.filter(([id]) => !rowById.has(id)) : [];
	for (const status of ['owned', 'wanted'] as const) {
		const mine = known.filter(([, it]) => it.status === status);
		lists[status].replaceChildren(...mine.map(([id, it]) => card(id, status, it.note)));
		const count = app.querySelector(`[data-count="${status}"]`);
		if (count) count.textContent = `(${mine.length})`;
		const empty = app.querySelector<HTMLElement>(`[data-empty="${status}"]`);
		if (empty) empty.hidden = mine.length > 0;
	}
	unknownList.replaceChildren(...unknown.map(([id, it]) => card(id, it.status, it.note)));
	unknownSection.hidden = unknown.length === 0;
	renderCounts();
	countsSection.hidden = known.length === 0;
	const { owned, wanted } = countStatuses({ version: 1, items: Object.fromEntries(known) });
	const others = unknown.length > 0 ? ` ${plural(unknown.length, 'more entry', 'more entries')} ${unknown.length === 1 ? 'is' : 'are'} not in the catalog.` : '';
	summary.textContent =
		entries.length === 0 ? 'Your collection is empty.' : `You own ${plural(owned, 'pass', 'passes')} and want ${plural(wanted, 'pass', 'passes')}.${others}`;
	for (const button of [exportJson, exportCsv, clearButton]) button.disabled = entries.length === 0;
}

function change(next: (current: Collection) => Collection): boolean {
	const result = updateCollection(next);
	collection = result.collection;
	render();
	return result.saved;
}

const NOT_SAVED = 'This browser did not save it (its storage is full or blocked for this site): it lasts only until you leave this page.';

// Card buttons: "Mark as owned" moves a wanted pass to owned; "Remove" takes it out.
app.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
	const id = button?.dataset['id'];
	if (!button || !id) return;
	const title = rowById.get(id)?.title ?? id;
	const section = button.closest('section');
	const owned = button.dataset['action'] === 'owned';
	const saved = change((current) => withStatus(current, id, owned ? 'owned' : null));
	say(`${owned ? `Moved ${title} to owned.` : `Removed ${title}.`}${saved ? '' : ` ${NOT_SAVED}`}`);
	// The button is gone with its card: keep focus nearby.
	(owned ? byId('owned-heading') : section?.querySelector<HTMLElement>('h2'))?.focus();
});

function download(name: string, type: string, parts: BlobPart[]): void {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const link = element('a', { href: url, download: name, hidden: '' });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const fileName = (extension: string) => `my-backstage-passes-${localDay()}.${extension}`;
exportJson.addEventListener('click', () => {
	download(fileName('json'), 'application/json', [collectionToJson(collection)]);
	say(`Exported ${plural(Object.keys(collection.items).length, 'pass', 'passes')} as ${fileName('json')}.`);
});
exportCsv.addEventListener('click', () => {
	// The byte-order mark tells spreadsheets the file is UTF-8 (Mötley Crüe, not MÃ¶tley CrÃ¼e).
	download(fileName('csv'), 'text/csv', ['\uFEFF', collectionToCsv(collection, rows)]);
	say(`Exported ${plural(Object.keys(collection.items).length, 'pass', 'passes')} as ${fileName('csv')}.`);
});

function parseFile(name: string, text: string): ParseResult {
	const knownIds = catalogLoaded ? new Set(rowById.keys()) : undefined;
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const json = extension === 'json' || (extension !== 'csv' && /^\uFEFF?\s*[{[]/.test(text));
	return json ? parseCollectionJson(text, knownIds) : parseCollectionCsv(text, knownIds);
}

importInput.addEventListener('change', async () => {
	const file = importInput.files?.[0];
	if (!file) return;
	let text: string;
	try {
		text = await file.text();
	} catch {
		say(`Could not import ${file.name}: the file could not be read. Your collection was not changed.`, 'error');
		importInput.value = '';
		return;
	}
	const result = parseFile(file.name, text);
	importInput.value = '';
	if (!result.ok) {
		say(`Could not import ${file.name}: ${result.error} Your collection was not changed.`, 'error');
		return;
	}
	let counts = { added: 0, updated: 0, unchanged: 0 };
	const saved = change((current) => {
		const merged = mergeCollections(current, result.collection);
		counts = merged;
		return merged.collection;
	});
	const total = Object.keys(result.collection.items).length;
	say(
		[
			`Imported ${plural(total, 'pass', 'passes')} from ${file.name}: ${counts.added} new, ${counts.updated} changed, ${counts.unchanged} already there.`,
			...result.warnings,
			...(saved ? [] : [NOT_SAVED]),
		].join('\n'),
	);
});

clearButton.addEventListener('click', () => {
	const count = plural(Object.keys(collection.items).length, 'pass', 'passes');
	byId('clear-dialog-text').textContent = `This removes ${count === '1 pass' ? 'the one pass' : `all ${count}`} from your collection in this browser. It cannot be undone — export a copy first if you may want it back.`;
	clearDialog.showModal();
});
clearDialog.querySelector('[data-cancel]')?.addEventListener('click', () => clearDialog.close());
clearDialog.querySelector('[data-confirm]')?.addEventListener('click', () => {
	const count = Object.keys(collection.items).length;
	clearDialog.close();
	collection = emptyCollection();
	const saved = saveCollection(collection);
	render();
	say(`Cleared your collection (${plural(count, 'pass', 'passes')} removed).${saved ? '' : ` ${NOT_SAVED}`}`);
	importInput.focus();
});
// Closing the dialog by Escape or a button gives focus back to the button that opened it.
clearDialog.addEventListener('close', () => {
	if (!clearButton.disabled) clearButton.focus();
});

subscribe((next) => {
	collection = next;
	render();
});

async function loadCatalog(): Promise<void> {
	try {
		const response = await fetch('/data/passes.json');
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		rows = (await response.json()) as CollectionRow[];
		rowById = new Map(rows.map((row) => [row.id, row]));
		catalogLoaded = true;
	} catch (error) {
		console.warn('My collection: the catalog could not be loaded', error);
		say('The catalog could not be loaded, so passes are shown by their ids. Reload the page to try again.', 'error');
	}
}

// Shown once the catalog is in (or could not be loaded), so cards appear with their titles at once.
void loadCatalog().then(() => {
	collection = loadCollection();
	render();
	app.hidden = false;
});
