/**
 * What GitHub does with a link to an issue form and the contributor's clicks, written down so tests
 * can turn the web form's link back into the issue body `npm run submission` reads: text fields
 * take the link's values (GitHub prefills nothing else), the contributor pastes what the page told
 * them to paste, picks the listed dropdown options and ticks the listed boxes; GitHub then writes
 * "### Label", a blank line and the answer, or "_No response_".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { IssueLink } from '../../src/lib/contribute/issue-link.ts';
import { projectRoot } from './astro-build.ts';

interface TemplateElement {
	type: string;
	id?: string;
	attributes: { label?: string; options?: (string | { label: string })[] };
}

export function issueTemplate(): TemplateElement[] {
	const file = readFileSync(path.join(projectRoot, '.github/ISSUE_TEMPLATE/submit-pass.yml'), 'utf-8');
	return (parse(file) as { body: TemplateElement[] }).body.filter((e) => e.type !== 'markdown');
}

/** The issue body GitHub would store for this link, after the contributor did what the page said. */
export function issueBodyFrom(link: IssueLink, template = issueTemplate()): { title: string; body: string } {
	const url = new URL(link.url);
	const pasted = new Map(link.paste.map((p) => [p.id, p.text]));
	const chosen = new Map(link.choices.map((c) => [c.id, c.options]));
	const sections = template.map((element) => {
		const id = element.id ?? '';
		const label = element.attributes.label ?? '';
		let answer: string | undefined;
		if (element.type === 'input' || element.type === 'textarea') answer = url.searchParams.get(id) ?? pasted.get(id) ?? undefined;
		else if (element.type === 'dropdown') {
			const pick = chosen.get(id)?.[0];
			const options = (element.attributes.options ?? []).map((o) => (typeof o === 'string' ? o : o.label));
			if (pick !== undefined && !options.includes(pick)) throw new Error(`the page asks to choose “${pick}”, which ${label} does not offer`);
			answer = pick;
		} else if (element.type === 'checkboxes') {
			const ticked = chosen.get(id) ?? [];
			const options = (element.attributes.options ?? []).map((o) => (typeof o === 'string' ? o : o.label));
			for (const t of ticked) if (!options.includes(t)) throw new Error(`the page asks to tick “${t}”, which ${label} does not offer`);
			answer = options.map((o) => `- [${ticked.includes(o) ? 'X' : ' '}] ${o}`).join('\n');
		}
		// GitHub stores the answer as typed; an input is one line.
		const text = answer === undefined || answer.trim() === '' ? '_No response_' : element.type === 'input' ? answer.replace(/\n/g, ' ') : answer;
		return `### ${label}\n\n${text}`;
	});
	return { title: url.searchParams.get('title') ?? '', body: sections.join('\n\n') };
}
