/**
 * The /contribute/ form in the browser: turns the fields into a pass, checks it with the very
 * schema and cross-checks the build uses, marks each field with its problem, and writes the
 * index.mdx text with a copy button and a prefilled GitHub "new file" link. The chosen band with
 * its tours, and whether a slug is taken, are fetched as needed (`src/lib/catalog/contribute-data.ts`).
 */
import './zod-without-eval.ts';
import type { Entry, PassDataWithoutPhotos } from '../../lib/catalog/catalog-entry.ts';
import { type RawCatalog, findPassProblems } from '../../lib/catalog/catalog-problems.ts';
import { type ContributeBand, contributeBandUrl, passSlugShard, passSlugShardUrl } from '../../lib/catalog/contribute-data.ts';
import { type Problem, fieldOf, fieldPath, formatProblem } from '../../lib/content-files/content-problems.ts';
import { localDay } from '../../lib/dates/calendar-day.ts';
import { passToMdx } from '../../lib/content-files/pass-to-mdx.ts';
import { slugify } from '../../lib/text/slugify.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../../schemas/fields.ts';
import { passFrontmatterSchema } from '../../schemas/pass.ts';
import { byId, element } from '../dom.ts';

interface ContributePageData {
	repository: { url: string; branch: string };
	passSlugShards: number;
	passTypes: RawCatalog['passTypes'];
	printers: RawCatalog['printers'];
}

const form = byId<HTMLFormElement>('pass-form');
const problemsBox = byId<HTMLDivElement>('form-problems');
const output = byId<HTMLTextAreaElement>('entry-text');
const pathLabel = byId<HTMLElement>('entry-path');
const copyButton = byId<HTMLButtonElement>('copy-entry');
const githubLink = byId<HTMLAnchorElement>('github-link');
const copyStatus = byId<HTMLElement>('copy-status');
const bandSelect = byId<HTMLSelectElement>('f-band');
const tourSelect = byId<HTMLSelectElement>('f-tour');
const slugInput = byId<HTMLInputElement>('f-slug');
const data = JSON.parse(byId<HTMLScriptElement>('contribute-data').textContent ?? '{}') as ContributePageData;
const noTourOption = tourSelect.options[0] ?? element('option', { value: '' }, 'No tour');

const STORY_FIELD = 'story';
let slugEdited = false;


/** Sets `path` ("photos[0].alt") in `target`, creating objects and arrays on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const parts = fieldPath(path);
	let node: Record<string | number, unknown> = target;
	parts.forEach((part, i) => {
		if (i === parts.length - 1) {
			node[part] = value;
			return;
		}
		node[part] ??= typeof parts[i + 1] === 'number' ? [] : {};
		node = node[part] as Record<string | number, unknown>;
	});
}

/** The pass the form describes, as the schema expects it; empty fields are left out. */
function passFromForm(): { pass: Record<string, unknown>; story: string; slug: string } {
	const pass: Record<string, unknown> = {};
	const fields = new FormData(form);
	for (const name of new Set(fields.keys())) {
		if (name === STORY_FIELD || name === 'slug') continue;
		const values = fields.getAll(name).map((v) => String(v).trim()).filter(Boolean);
		const multiple = form.querySelectorAll(`[name="${CSS.escape(name)}"][type=checkbox]`).length > 1;
		if (name === 'example') setPath(pass, name, values.length > 0);
		else if (name === 'year') { if (values[0]) setPath(pass, name, Number(values[0])); }
		else if (name === 'contributors') { if (values[0]) setPath(pass, name, [values[0]]); }
		else if (multiple) setPath(pass, name, values);
		else if (values[0] !== undefined) setPath(pass, name, values[0]);
	}
	// Photos: front always; the back only when described. Both share the credit and fixed file names.
	const photos = (pass['photos'] as Record<string, string>[] | undefined) ?? [];
	const credit = photos[0]?.['credit'];
	pass['photos'] = [
		{ src: './front.jpg', alt: photos[0]?.['alt'], side: 'front', credit },
		...(photos[1]?.['alt'] ? [{ src: './back.jpg', alt: photos[1]['alt'], side: 'back', credit }] : []),
	];
	// A signature only counts when someone is named. It is an autograph (occasion "afterwards", the
	// default), not a security feature: the form does not ask for the rare signed-as-issued pass.
	const signature = (pass['signatures'] as Record<string, unknown>[] | undefined)?.[0];
	if (signature?.['signer']) {
		signature['authenticated'] = Boolean(signature['authenticatedBy']);
		pass['signatures'] = [signature];
	} else {
		delete pass['signatures'];
	}
	pass['added'] = localDay();
	const story = String(fields.get(STORY_FIELD) ?? '');
	return { pass, story, slug: slugInput.value.trim() };
}

/**
 * JSON fetched once per URL: `undefined` while it loads (the form checks again when it arrives),
 * `null` if it could not be loaded.
 */
const fetched = new Map<string, unknown>();
function fetchOnce<T>(url: string): T | null | undefined {
	if (fetched.has(url)) return fetched.get(url) as T | null | undefined;
	fetched.set(url, undefined);
	fetch(url)
		.then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
		.then(
			(value: unknown) => fetched.set(url, value),
			() => fetched.set(url, null),
		)
		.finally(() => {
			fillTours();
			update();
		});
	return undefined;
}

function bandData(bandId: unknown): ContributeBand | null | undefined {
	return typeof bandId === 'string' && bandId ? fetchOnce<ContributeBand>(contributeBandUrl(bandId)) : null;
}

function suggestedSlug(pass: Record<string, unknown>): string {
	const tour = bandData(pass['band'])?.tours.find((t) => t.entry.id === pass['tour'])?.entry;
	const year = String(pass['validFrom'] ?? pass['year'] ?? tour?.data.start ?? '').slice(0, 4);
	return slugify([pass['tour'] ?? pass['band'], year, pass['type'], pass['format']]
		.filter(Boolean)
		.join('-'));
}

/**
 * Every problem, as the build would report it, for the form's own fields; `pending` while data
 * the checks need is still being fetched.
 */
function check(pass: Record<string, unknown>, story: string, slug: string): { problems: Problem[]; pending: boolean } {
	const file = `content/passes/${slug || '…'}/index.mdx`;
	const problems: Problem[] = [];
	let pending = false;
	if (!SLUG_PATTERN.test(slug)) problems.push({ file, field: 'slug', message: `must be ${SLUG_RULE}`, severity: 'error' });
	else {
		// If the slugs cannot be fetched the build still catches a taken name: no problem is invented here.
		const taken = fetchOnce<string[]>(passSlugShardUrl(passSlugShard(slug, data.passSlugShards)));
		if (taken === undefined) pending = true;
		else if (taken?.includes(slug)) problems.push({ file, field: 'slug', message: 'is already a pass in the catalog — choose another', severity: 'error' });
	}
	const band = bandData(pass['band']);
	if (band === undefined) pending = true;
	else if (band === null && pass['band']) {
		problems.push({ file, field: 'band', message: 'could not load this band’s tours to check against — reload the page to try again', severity: 'error' });
	}
	const parsed = passFrontmatterSchema.safeParse(pass);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			problems.push({ file, field: fieldOf(issue.path), message: issue.message, severity: 'error' });
		}
	} else if (band) {
		// The checks only look up the pass's own band and tour, so the one band fetched is enough.
		const entry: Entry<PassDataWithoutPhotos> = { id: slug, filePath: file, data: parsed.data };
		const raw: RawCatalog = { passes: [entry], bands: [band.band], tours: band.tours.map((t) => t.entry), passTypes: data.passTypes, printers: data.printers };
		problems.push(...findPassProblems(raw).filter((p) => p.file === file));
	}
	if (!story.trim()) problems.push({ file, field: STORY_FIELD, message: 'tell the story of the pass in a few sentences', severity: 'error' });
	for (const p of storyProblems) problems.push({ file, field: STORY_FIELD, message: `line ${p.line}: ${p.message}`, severity: 'error' });
	return { problems, pending };
}

/** The form control a problem belongs to (its field, or the closest parent field). */
function controlFor(field: string | undefined): HTMLElement | null {
	if (!field) return null;
	const aliases: Record<string, string> = { 'photos[0].src': 'photos[0].alt', photos: 'photos[0].alt', sources: 'sources[0].title', 'sources[0]': 'sources[0].url', signatures: 'signatures[0].signer' };
	let name: string | undefined = aliases[field] ?? field;
	while (name) {
		const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
		if (control) return control;
		name = name.includes('.') || name.includes('[') ? name.replace(/(\.[^.[\]]+|\[\d+\])$/, '') : undefined;
	}
	return null;
}

function render(problems: Problem[], pending: boolean, touched: boolean): void {
	for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
	for (const node of form.querySelectorAll('.field-error')) node.remove();
	if (!touched) return;
	problemsBox.replaceChildren(
		problems.length === 0
			? pending
				? element('p', { class: 'muted' }, 'Checking…')
				: element('p', { class: 'ok' }, '✓ The entry passes every check the catalog runs.')
			: element('ul', {}, ...problems.map((p) => element('li', {}, formatProblem({ ...p, file: '' }).replace(/^: /, '')))),
	);
	for (const p of problems) {
		const control = controlFor(p.field);
		if (!control || control.getAttribute('aria-invalid')) continue;
		const id = `${control.id}-error`;
		control.setAttribute('aria-invalid', 'true');
		control.setAttribute('aria-describedby', id);
		control.closest('.field, li, fieldset')?.append(element('span', { class: 'field-error', id }, p.message));
	}
}

let touched = false;

/**
 * The story is checked by the build's own checker (src/lib/story/check-story.ts: the same parse and
 * allowlist), fetched the first time the story has text so the form itself loads without it. No
 * cheaper pre-filter decides whether to check: it would be a second grammar that could disagree.
 */
let storyProblems: { line: number; message: string }[] = [];
let checkedStory = '';
let storyPending = false;
async function checkStory(story: string): Promise<void> {
	if (story === checkedStory) return;
	checkedStory = story;
	if (!story.trim()) {
		storyProblems = [];
		storyPending = false;
		return;
	}
	storyPending = true;
	const { checkStory: findStoryProblems } = await import('../../lib/story/check-story.ts');
	if (story !== checkedStory) return;
	storyProblems = findStoryProblems(story).problems;
	storyPending = false;
	update();
}

function update(): void {
	const { pass, story } = passFromForm();
	if (story !== checkedStory) {
		storyProblems = [];
		void checkStory(story);
	}
	if (!slugEdited) slugInput.value = suggestedSlug(pass);
	const slug = slugInput.value.trim();
	const { problems, pending } = check(pass, story, slug);
	render(problems, pending, touched);
	const text = passToMdx(pass as Parameters<typeof passToMdx>[0], story);
	const path = `content/passes/${slug || '…'}/index.mdx`;
	output.value = text;
	pathLabel.textContent = path;
	const ready = problems.length === 0 && !pending && !storyPending;
	copyButton.disabled = !ready;
	if (ready) {
		const url = new URL(`${data.repository.url}/new/${data.repository.branch}`);
		url.searchParams.set('filename', path);
		url.searchParams.set('value', text);
		githubLink.href = url.href;
		githubLink.removeAttribute('aria-disabled');
	} else {
		githubLink.removeAttribute('href');
		githubLink.setAttribute('aria-disabled', 'true');
	}
}

/** Only the chosen band's tours are offered, once they have arrived. */
let toursListedFor = '';
function fillTours(): void {
	const band = bandData(bandSelect.value);
	const listed = band ? band.band.id : '';
	if (listed === toursListedFor) return;
	toursListedFor = listed;
	const chosen = tourSelect.value;
	tourSelect.replaceChildren(noTourOption, ...(band?.tours ?? []).map((t) => element('option', { value: t.entry.id }, t.label)));
	tourSelect.value = band?.tours.some((t) => t.entry.id === chosen) ? chosen : '';
}

form.addEventListener('input', (event) => {
	if (event.target === slugInput) slugEdited = slugInput.value.trim() !== '';
	touched = true;
	update();
});
form.addEventListener('change', () => {
	touched = true;
	fillTours();
	update();
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', async () => {
	try {
		await navigator.clipboard.writeText(output.value);
		copyStatus.textContent = 'Copied.';
	} catch {
		output.select();
		copyStatus.textContent = 'Select-all done: press Ctrl+C (⌘C) to copy.';
	}
});

fillTours();
update();
