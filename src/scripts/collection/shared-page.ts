/**
 * The shared-list page: decodes the link's fragment (a stranger's input: `decodeSharedList`
 * never throws, and explains a bad link), lists the passes read-only with links to their pages,
 * lists ids this catalog does not know apart, and offers "Copy to my wantlist".
 */
import { type CollectionRow, plural } from '../../lib/collection/model.ts';
import { type SharedList, decodeSharedList } from '../../lib/collection/share-codec.ts';
import { badgeFactsOfRow } from '../../lib/catalog/pass-badges.ts';
import { byId, element } from '../dom.ts';
import { passBadgeList } from '../pass-badges-dom.ts';
import { NOT_SAVED, say } from './page-message.ts';
import { statusOf, updateCollection, withStatus } from './store.ts';

const heading = byId<HTMLHeadingElement>('shared-heading');
const app = byId<HTMLDivElement>('shared-app');
const problem = byId<HTMLDivElement>('shared-error');
const summary = byId<HTMLParagraphElement>('shared-summary');
const list = byId<HTMLUListElement>('shared-list');
const unknownSection = byId<HTMLElement>('shared-unknown-section');
const unknownList = byId<HTMLUListElement>('shared-unknown');
const copyButton = byId<HTMLButtonElement>('shared-copy');
const message = byId<HTMLDivElement>('shared-message');

const TITLES = { wanted: 'A shared wantlist', duplicates: 'Duplicates for trade' } as const;
let shown: SharedList | undefined;
let rowById = new Map<string, CollectionRow>();

async function loadCatalog(): Promise<boolean> {
	try {
		const response = await fetch('/data/passes.json');
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const rows = (await response.json()) as CollectionRow[];
		rowById = new Map(rows.map((row) => [row.id, row]));
		return true;
	} catch (error) {
		console.warn('Shared list: the catalog could not be loaded', error);
		return false;
	}
}

function item(id: string, spares: number | undefined): HTMLLIElement {
	const row = rowById.get(id);
	const trade = spares === undefined ? [] : [element('p', {}, `${plural(spares, 'copy', 'copies')} for trade`)];
	if (!row) return element('li', {}, element('p', { class: 'shared-title' }, id), ...trade);
	const about = [row.band_name, row.type_name ?? '', row.year === null || row.year === undefined ? '' : String(row.year)].filter(Boolean).join(' · ');
	const badges = passBadgeList(badgeFactsOfRow(row));
	return element('li', {}, element('p', { class: 'shared-title' }, row.url ? element('a', { href: row.url }, row.title) : row.title), element('p', {}, about), ...(badges ? [badges] : []), ...trade);
}

/** "A shared list · Site" → "A shared wantlist · Site" */
function retitle(title: string): void {
	const [, ...site] = document.title.split(' · ');
	document.title = [title, ...site].join(' · ');
}

async function render(catalogLoaded: boolean): Promise<void> {
	const result = await decodeSharedList(location.hash);
	message.replaceChildren();
	if (!result.ok) {
		shown = undefined;
		app.hidden = true;
		heading.textContent = 'This shared list cannot be shown';
		retitle(heading.textContent);
		problem.textContent = result.error;
		problem.hidden = false;
		return;
	}
	shown = result.list;
	problem.hidden = true;
	const title = TITLES[result.list.kind];
	heading.textContent = title;
	retitle(title);
	const known = catalogLoaded ? result.list.passes.filter((p) => rowById.has(p.id)) : result.list.passes;
	const unknown = catalogLoaded ? result.list.passes.filter((p) => !rowById.has(p.id)) : [];
	const byTitle = (a: { id: string }, b: { id: string }) => (rowById.get(a.id)?.band_name ?? '').localeCompare(rowById.get(b.id)?.band_name ?? '') || (rowById.get(a.id)?.title ?? a.id).localeCompare(rowById.get(b.id)?.title ?? b.id);
	list.replaceChildren(...[...known].sort(byTitle).map((p) => item(p.id, p.spares)));
	unknownList.replaceChildren(...unknown.map((p) => item(p.id, p.spares)));
	unknownSection.hidden = unknown.length === 0;
	const what = result.list.kind === 'wanted' ? 'is looking for' : 'has spare copies of';
	summary.textContent =
		result.list.passes.length === 0
			? 'This list is empty.'
			: `The collector ${what} ${plural(result.list.passes.length, 'pass', 'passes')}${unknown.length > 0 ? `; ${unknown.length} of them ${unknown.length === 1 ? 'is' : 'are'} not in this catalog` : ''}.`;
	if (!catalogLoaded) say(message, 'The catalog could not be loaded, so passes are shown by their ids. Reload the page to try again.', 'error');
	copyButton.disabled = known.length === 0;
	app.hidden = false;
}

copyButton.addEventListener('click', () => {
	if (!shown) return;
	const ids = shown.passes.map((p) => p.id).filter((id) => rowById.has(id));
	let added = 0;
	const { saved } = updateCollection((current) => {
		let next = current;
		added = 0;
		for (const id of ids) {
			// A pass the visitor already owns or wants keeps its entry (and its copies).
			if (statusOf(next, id) !== undefined) continue;
			next = withStatus(next, id, 'wanted');
			added++;
		}
		return next;
	});
	const kept = ids.length - added;
	say(message, `Added ${plural(added, 'pass', 'passes')} to your wantlist${kept > 0 ? `; ${kept} ${kept === 1 ? 'was' : 'were'} already in your collection and stayed as ${kept === 1 ? 'it was' : 'they were'}` : ''}.${saved ? '' : ` ${NOT_SAVED}`}`);
});

void loadCatalog().then((loaded) => {
	void render(loaded);
	// A new link pasted into the address bar changes only the fragment: no reload.
	window.addEventListener('hashchange', () => void render(loaded));
});
