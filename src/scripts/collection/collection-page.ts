/**
 * The /collection/ page: lists the owned and wanted passes kept in this browser (with details
 * from /data/passes.json), filtered and sorted like the catalog; edits each owned pass's copies;
 * counts per band and tour; share links; export, import and clear (`file-transfer.ts`).
 */
import '../contribute/zod-without-eval.ts';
import { countStatuses, countsBy } from '../../lib/collection/counts.ts';
import { DEFAULT_VIEW, type ListEntry, type ListView, SHOW_OPTIONS, SORT_OPTIONS, optionsOf, viewList } from '../../lib/collection/list-view.ts';
import { type Collection, type CollectionRow, type CollectionStatus, type OwnedItem, COLLECTION_VERSION, emptyCollection, plural } from '../../lib/collection/model.ts';
import { badgeFactsOfRow } from '../../lib/catalog/pass-badges.ts';
import { byId, element } from '../dom.ts';
import { passBadgeList } from '../pass-badges-dom.ts';
import { copiesEditor, readCopyForm } from './copy-editor.ts';
import { setUpTransfer } from './file-transfer.ts';
import { NOT_SAVED, say } from './page-message.ts';
import { setUpShare } from './share-buttons.ts';
import { hasStoredCollection, loadCollection, saveCollection, subscribe, updateCollection, withStatus } from './store.ts';

const app = byId<HTMLDivElement>('collection-app');
const summary = byId<HTMLParagraphElement>('collection-summary');
const announce = byId<HTMLParagraphElement>('collection-announce');
const lists: Record<CollectionStatus, HTMLUListElement> = { owned: byId('collection-owned'), wanted: byId('collection-wanted') };
const unknownSection = byId<HTMLElement>('collection-unknown-section');
const unknownList = byId<HTMLUListElement>('collection-unknown');
const countsSection = byId<HTMLElement>('collection-counts-section');
const countTables = { band_name: byId<HTMLTableElement>('counts-band'), tour_name: byId<HTMLTableElement>('counts-tour') } as const;
const viewForm = byId<HTMLFormElement>('collection-view');
const viewResult = byId<HTMLParagraphElement>('view-result');
const message = byId<HTMLDivElement>('collection-message');

let rows: CollectionRow[] = [];
let rowById = new Map<string, CollectionRow>();
let catalogLoaded = false;
let collection: Collection = emptyCollection();
let view: ListView = { ...DEFAULT_VIEW };
/** Passes whose copy editor is open: kept open across renders. */
const openCopies = new Set<string>();

function card(id: string, entry: ListEntry): HTMLLIElement {
	const { row, item } = entry;
	const title = row?.title ?? id;
	const details = row ? [row.band_name, row.type_name ?? '', row.year === null || row.year === undefined ? '' : String(row.year)].filter(Boolean).join(' · ') : 'Not in this catalog';
	const body = element(
		'div',
		{ class: 'body' },
		element('h3', {}, row?.url ? element('a', { href: row.url }, title) : title),
		element('p', { class: 'muted' }, details),
	);
	const badges = row && passBadgeList(badgeFactsOfRow(row));
	if (badges) body.append(badges);
	if (item.note) body.append(element('p', { class: 'collection-note' }, item.note));
	const actions = element('div', { class: 'collection-card-actions' });
	if (item.status === 'wanted') actions.append(element('button', { type: 'button', 'data-action': 'owned', 'data-id': id, 'aria-label': `Mark as owned: ${title}` }, 'Mark as owned'));
	actions.append(element('button', { type: 'button', class: 'link-button', 'data-action': 'remove', 'data-id': id, 'aria-label': `Remove ${title} from my collection` }, 'Remove'));
	body.append(actions);
	const thumb = row?.image
		? element('img', { src: row.image, alt: '', width: '96', height: '96', loading: 'lazy', decoding: 'async' })
		: element('div', { class: 'collection-placeholder', 'aria-hidden': 'true' }, title.slice(0, 1).toUpperCase());
	const li = element('li', { class: 'collection-card', 'data-id': id, 'data-status': item.status }, thumb, body);
	// Under the card, full width: the forms need the room, at 360 px most of all.
	if (item.status === 'owned') li.append(copiesEditor(id, title, item, openCopies.has(id)));
	return li;
}

function renderCounts(): void {
	for (const [key, table] of Object.entries(countTables) as [keyof typeof countTables, HTMLTableElement][]) {
		table.tBodies[0]?.replaceChildren(
			...countsBy(collection, rows, key).map((count) =>
				element('tr', {}, element('th', { scope: 'row' }, count.name), element('td', {}, String(count.owned)), element('td', {}, String(count.wanted))),
			),
		);
	}
}

/** Keeps a filter's options to what the collection holds, and its choice when still there. */
function fillOptions(select: HTMLSelectElement, values: string[], all: string, chosen: string): void {
	const options = [element('option', { value: '' }, all), ...values.map((v) => element('option', { value: v }, v))];
	select.replaceChildren(...options);
	select.value = values.includes(chosen) ? chosen : '';
}

let updateShareButtons: (c: Collection) => void = () => undefined;

function render(): void {
	const entries: ListEntry[] = Object.entries(collection.items).map(([id, item]) => ({ id, item, row: rowById.get(id) }));
	const isKnown = (e: ListEntry) => !catalogLoaded || e.row !== undefined;
	fillOptions(byId('view-band'), optionsOf(entries, 'band_name'), 'All bands', view.band);
	fillOptions(byId('view-type'), optionsOf(entries, 'type_name'), 'All types', view.type);
	view = { ...view, band: byId<HTMLSelectElement>('view-band').value, type: byId<HTMLSelectElement>('view-type').value };
	const shown = viewList(entries, view);
	const known = shown.filter(isKnown);
	const unknown = catalogLoaded ? shown.filter((e) => !e.row) : [];
	for (const status of ['owned', 'wanted'] as const) {
		const mine = known.filter((e) => e.item.status === status);
		lists[status].replaceChildren(...mine.map((e) => card(e.id, e)));
		const count = app.querySelector(`[data-count="${status}"]`);
		if (count) count.textContent = `(${mine.length})`;
		const empty = app.querySelector<HTMLElement>(`[data-empty="${status}"]`);
		if (empty) empty.hidden = mine.length > 0 || view.show !== 'all';
		const section = lists[status].closest('section');
		const relevant = view.show === 'all' || view.show === status || (view.show === 'duplicates' && status === 'owned');
		if (section) section.hidden = !relevant;
	}
	unknownList.replaceChildren(...unknown.map((e) => card(e.id, e)));
	unknownSection.hidden = unknown.length === 0;
	renderCounts();
	const allKnown = entries.filter(isKnown);
	countsSection.hidden = allKnown.length === 0;
	const { owned, wanted, spares } = countStatuses({ version: COLLECTION_VERSION, items: Object.fromEntries(allKnown.map((e) => [e.id, e.item])) });
	const others = entries.length - allKnown.length;
	const more = others > 0 ? ` ${plural(others, 'more entry', 'more entries')} ${others === 1 ? 'is' : 'are'} not in the catalog.` : '';
	const trade = spares > 0 ? ` ${plural(spares, 'duplicate copy', 'duplicate copies')} for trade.` : '';
	summary.textContent = entries.length === 0 ? 'Your collection is empty.' : `You own ${plural(owned, 'pass', 'passes')} and want ${plural(wanted, 'pass', 'passes')}.${trade}${more}`;
	const filtered = view.band !== '' || view.type !== '' || view.show !== 'all';
	viewResult.textContent = filtered ? `Showing ${shown.length} of ${plural(entries.length, 'pass', 'passes')}.` : '';
	viewForm.hidden = entries.length === 0;
	for (const id of ['export-json', 'export-csv', 'collection-clear']) byId<HTMLButtonElement>(id).disabled = entries.length === 0;
	updateShareButtons(collection);
}

function change(next: (current: Collection) => Collection): boolean {
	const result = updateCollection(next);
	collection = result.collection;
	render();
	return result.saved;
}

/** Changes one owned pass's copies. */
function changeCopies(id: string, edit: (copies: OwnedItem['copies']) => OwnedItem['copies']): boolean {
	return change((current) => {
		const item = current.items[id];
		if (item?.status !== 'owned') return current;
		return { version: COLLECTION_VERSION, items: { ...current.items, [id]: { ...item, copies: edit([...item.copies]) } } };
	});
}

const focusKey = (key: string) => app.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();

// Card buttons: mark owned, remove; copies: add and remove.
app.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
	const id = button?.dataset['id'];
	if (!button || !id) return;
	const title = rowById.get(id)?.title ?? id;
	const action = button.dataset['action'];
	if (action === 'add-copy') {
		openCopies.add(id);
		const saved = changeCopies(id, (copies) => [...copies, { quantity: 1 }]);
		const count = collection.items[id]?.status === 'owned' ? (collection.items[id] as OwnedItem).copies.length : 0;
		announce.textContent = `Added copy ${count} of ${title}.${saved ? '' : ` ${NOT_SAVED}`}`;
		byId<HTMLElement>(`copy-${id}-${count - 1}-grade`).focus();
		return;
	}
	if (action === 'remove-copy') {
		const index = Number(button.dataset['index']);
		const saved = changeCopies(id, (copies) => copies.filter((_, i) => i !== index));
		announce.textContent = `Removed copy ${index + 1} of ${title}.${saved ? '' : ` ${NOT_SAVED}`}`;
		focusKey(`add-${id}`);
		return;
	}
	const section = button.closest('section');
	const owned = action === 'owned';
	const saved = change((current) => withStatus(current, id, owned ? 'owned' : null));
	say(message, `${owned ? `Moved ${title} to owned.` : `Removed ${title}.`}${saved ? '' : ` ${NOT_SAVED}`}`);
	// The button is gone with its card: keep focus nearby.
	(owned ? byId('owned-heading') : section?.querySelector<HTMLElement>('h2'))?.focus();
});

app.addEventListener('submit', (event) => {
	const form = (event.target as Element).closest<HTMLFormElement>('form.copy-form');
	if (!form) return;
	event.preventDefault();
	const id = form.dataset['id'] ?? '';
	const index = Number(form.dataset['index']);
	const title = rowById.get(id)?.title ?? id;
	const result = readCopyForm(form);
	if (!result.ok) {
		announce.textContent = `Copy ${index + 1} of ${title} was not saved.`;
		return;
	}
	const saved = changeCopies(id, (copies) => copies.map((c, i) => (i === index ? result.copy : c)));
	announce.textContent = `Saved copy ${index + 1} of ${title}.${saved ? '' : ` ${NOT_SAVED}`}`;
	focusKey(`save-${id}-${index}`);
});

app.addEventListener('toggle', (event) => {
	const details = event.target as HTMLElement;
	const id = details instanceof HTMLDetailsElement ? details.dataset['copiesFor'] : undefined;
	if (!id) return;
	if ((details as HTMLDetailsElement).open) openCopies.add(id);
	else openCopies.delete(id);
}, true);

viewForm.addEventListener('change', () => {
	const value = (name: string) => (viewForm.elements.namedItem(name) as HTMLSelectElement).value;
	const show = value('show');
	const sort = value('sort');
	view = {
		band: value('band'),
		type: value('type'),
		show: show in SHOW_OPTIONS ? (show as ListView['show']) : 'all',
		sort: sort in SORT_OPTIONS ? (sort as ListView['sort']) : 'band',
	};
	render();
});
viewForm.addEventListener('submit', (event) => event.preventDefault());

setUpTransfer({
	message,
	current: () => collection,
	rows: () => rows,
	knownIds: () => (catalogLoaded ? new Set(rowById.keys()) : undefined),
	change,
	replace: (next) => {
		collection = next;
		const saved = saveCollection(next);
		render();
		return saved;
	},
});
updateShareButtons = setUpShare(byId('share-message'), () => collection);

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
		say(message, 'The catalog could not be loaded, so passes are shown by their ids. Reload the page to try again.', 'error');
	}
}

// The store removes its key when the collection is empty: with one, the "empty" hints the page
// starts with would be wrong, so they are hidden (keeping their room) until the catalog is in.
if (hasStoredCollection()) app.dataset['stored'] = '';

// Filled once the catalog is in (or could not be loaded), so cards appear with their titles at once.
void loadCatalog().then(() => {
	collection = loadCollection();
	render();
	app.removeAttribute('aria-busy');
});
