/**
 * The /contribute/ form in the browser. It reads the controls into an entry
 * (`src/lib/contribute/contribute-entry.ts`) and checks it (`contribute-check.ts`) on every change, but shows
 * a control's problems only once the control has been left with something typed in it, or after a
 * submit; a submit (the button, or Enter in any one-line field) shows every problem at once with
 * a summary and moves focus to the first. When nothing is left, it prepares the issue: the prefilled
 * link, the choices GitHub cannot prefill, anything too long for the link, and the photos to attach.
 */
import './zod-without-eval.ts';
import { localDay } from '../../lib/dates/calendar-day.ts';
import { type CheckContext, type FormProblem, checkEntry } from '../../lib/contribute/contribute-check.ts';
import { type ContributeBand, contributeBandUrl } from '../../lib/catalog/contribute-data.ts';
import { type FormValues, entryFromValues } from '../../lib/contribute/contribute-entry.ts';
import { CONTRIBUTE_FIELDS, controlId, copyOfControl } from '../../lib/contribute/contribute-fields.ts';
import { issueAnswers, issueLink } from '../../lib/contribute/issue-link.ts';
import type { NamedEntry } from '../../lib/contribute/submission-form-fields.ts';
import { byId, element } from '../dom.ts';
import { focusControl, hideSummary, showFieldProblems, showSummary } from './form-errors.ts';
import { showIssueStep } from './issue-step.ts';
import { photoPicker } from './photo-picker.ts';
import { type ControlMoves, moveMarks } from './control-moves.ts';
import { wireRepeatedSections } from './repeat-sections.ts';

interface ContributePageData {
	repository: { url: string; branch: string };
	passTypes: NamedEntry[];
	printers: string[];
}

const form = byId<HTMLFormElement>('pass-form');
const bandSelect = byId<HTMLSelectElement>(controlId('band'));
const tourSelect = byId<HTMLSelectElement>(controlId('tour'));
const issueStep = byId<HTMLElement>('issue-step');
const data = JSON.parse(byId<HTMLScriptElement>('contribute-data').textContent ?? '{}') as ContributePageData;
const noTourOption = tourSelect.options[0] ?? element('option', { value: '' }, 'No tour');
const photos = photoPicker(byId<HTMLInputElement>(controlId('photos')), form.querySelector<HTMLElement>('[data-drop-zone]') ?? form, byId<HTMLOListElement>('photo-list'), (moves) => controlsChanged(moves));

wireRepeatedSections(form, controlsChanged);

/**
 * After a signature or source copy, or a photo, was added or removed: whether a control was typed
 * in and left goes with its answer to its new id, and a shown summary, whose links name controls
 * by number, is written again.
 */
function controlsChanged(moves: ControlMoves): void {
	moveMarks(touched, moves);
	moveMarks(typedIn, moves);
	invalidateIssue();
	const problems = refresh();
	if (moves.length > 0 && !byId('error-summary').hidden) showSummary(problems);
}

// A row with no control is a mistake in the page: say so loudly (the browser tests fail on it).
for (const row of CONTRIBUTE_FIELDS) if (!document.getElementById(controlId(row.name))) console.error(`contribute: no control for ${row.name}`);

/** Controls left with something typed in them; after a submit, every control counts. */
const touched = new Set<string>();
const typedIn = new Set<string>();
let submitted = false;

// ---- Data fetched when needed: the chosen band with its tours, and the story checker. ----

const bands = new Map<string, Promise<ContributeBand | null>>();
const loadedBands = new Map<string, ContributeBand | null>();
function loadBand(id: string): Promise<ContributeBand | null> {
	let pending = bands.get(id);
	if (pending === undefined) {
		pending = fetch(contributeBandUrl(id))
			.then((response) => (response.ok ? (response.json() as Promise<ContributeBand>) : null))
			.catch(() => null)
			.then((band) => {
				loadedBands.set(id, band);
				return band;
			});
		bands.set(id, pending);
	}
	return pending;
}

let storyProblems: CheckContext['storyProblems'] = [];
let checkedStory = '';
let storyCheck: Promise<void> = Promise.resolve();
/** The story is checked by the build's own checker, fetched the first time the story has text. */
function checkStory(story: string): Promise<void> {
	if (story === checkedStory) return storyCheck;
	checkedStory = story;
	if (story.trim() === '') {
		storyProblems = [];
		storyCheck = Promise.resolve();
		return storyCheck;
	}
	storyCheck = import('../../lib/story/check-story.ts').then(({ checkStory: findStoryProblems }) => {
		if (story === checkedStory) storyProblems = findStoryProblems(story).problems;
	});
	void storyCheck.then(() => refresh());
	return storyCheck;
}

// ---- Reading and checking. ----

function formValues(): FormValues {
	const values: Record<string, string | string[]> = {};
	const fields = new FormData(form);
	for (const row of CONTRIBUTE_FIELDS) {
		if (row.kind === 'photos') continue;
		values[row.name] = row.kind === 'checks' ? fields.getAll(row.name).map(String) : String(fields.get(row.name) ?? '');
	}
	// Later copies of a signature or a source, as many as the reader added.
	for (const [name, value] of fields) if (typeof value === 'string' && !(name in values) && copyOfControl(name)) values[name] = value;
	return values;
}

function currentProblems(): { problems: FormProblem[]; entry: ReturnType<typeof entryFromValues> } {
	const entry = entryFromValues(formValues(), photos.entryPhotos());
	void checkStory(entry.story);
	const bandId = typeof entry.pass['band'] === 'string' ? entry.pass['band'] : undefined;
	const band = bandId === undefined ? undefined : loadedBands.get(bandId);
	const context: CheckContext = {
		band: band ? { band: band.band, tours: band.tours.map((t) => t.entry) } : undefined,
		passTypes: data.passTypes,
		printers: data.printers,
		today: localDay(),
		storyProblems,
	};
	const problems = checkEntry(entry, context);
	for (const refused of photos.refusals()) problems.unshift({ controlId: controlId('photos'), label: 'Photos', words: `${refused.name} ${refused.reason} — remove it` });
	if (bandId !== undefined && band === null) problems.unshift({ controlId: controlId('band'), label: 'Band', words: 'its tours could not be loaded to check the dates — reload the page to try again' });
	return { problems, entry };
}

function refresh(): FormProblem[] {
	const { problems } = currentProblems();
	showFieldProblems(form, problems, (id) => submitted || touched.has(id));
	return problems;
}

/** A change after the issue was prepared: its link no longer matches, so it goes until the next check. */
function invalidateIssue(): void {
	issueStep.hidden = true;
}

// ---- Events. ----

/** The control an event belongs to (a photo's description box is its own control). */
function controlOf(target: EventTarget | null): string | undefined {
	if (!(target instanceof HTMLElement)) return undefined;
	const group = target.closest('.check-group');
	return group ? group.querySelector('input')?.id : target.id || undefined;
}

form.addEventListener('input', (event) => {
	const id = controlOf(event.target);
	if (id !== undefined) typedIn.add(id);
	invalidateIssue();
	refresh();
});
form.addEventListener('change', (event) => {
	const id = controlOf(event.target);
	// A choice is made in one go: a select or a box counts as left once it changes.
	if (id !== undefined && event.target instanceof HTMLElement && event.target.matches('select, [type=checkbox]')) touched.add(id);
	invalidateIssue();
	if (event.target === bandSelect) void loadBand(bandSelect.value).then(fillTours).then(refresh);
	refresh();
});
form.addEventListener('focusout', (event) => {
	const id = controlOf(event.target);
	if (id === undefined || !typedIn.has(id)) return;
	touched.add(id);
	refresh();
});

form.addEventListener('submit', (event) => {
	event.preventDefault();
	void submit();
});

async function submit(): Promise<void> {
	submitted = true;
	const bandId = bandSelect.value;
	// Every check must have what it needs before it speaks: photos prepared, band loaded, story checked.
	await Promise.all([photos.settled(), bandId === '' ? null : loadBand(bandId), storyCheck]);
	await checkStory(entryFromValues(formValues(), []).story);
	const { problems, entry } = currentProblems();
	showFieldProblems(form, problems, () => true);
	if (problems.length > 0) {
		issueStep.hidden = true;
		showSummary(problems);
		const first = problems.find((p) => p.controlId !== undefined)?.controlId;
		if (first !== undefined) focusControl(first);
		else byId('error-summary').focus();
		return;
	}
	hideSummary();
	const link = issueLink(data.repository.url, issueAnswers(entry, data.passTypes));
	showIssueStep(issueStep, link, photos.prepared(), String(entry.pass['title'] ?? 'pass'));
}

/** Only the chosen band's tours are offered, once they have arrived. */
function fillTours(band: ContributeBand | null): void {
	if (bandSelect.value !== (band?.band.id ?? '')) return;
	const chosen = tourSelect.value;
	tourSelect.replaceChildren(noTourOption, ...(band?.tours ?? []).map((t) => element('option', { value: t.entry.id }, t.label)));
	tourSelect.value = band?.tours.some((t) => t.entry.id === chosen) ? chosen : '';
}

if (bandSelect.value !== '') void loadBand(bandSelect.value).then(fillTours);
