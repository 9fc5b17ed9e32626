/**
 * The web form's issue link carries a stranger's answers in its query string. Whatever an answer
 * holds — "&", "#", "%26", "template=", newlines, a whole other URL — the link must open the
 * submit-pass template on the repository, with one parameter per text field it fills, each
 * holding exactly the answer (seeded fuzz).
 */
import { describe, expect, it } from 'vitest';
import { ISSUE_TEMPLATE, ISSUE_TITLE_PREFIX, issueLink } from '../../src/lib/contribute/issue-link.ts';
import { FORM_FIELDS } from '../../src/lib/contribute/submission-form-fields.ts';
import { randomFrom } from '../../scripts/lib/seeded-random.ts';

const REPO = 'https://github.com/backstage-pass-catalog/catalog';
const TEXT_FIELDS = FORM_FIELDS.filter((f) => f.kind === 'input' || f.kind === 'textarea').map((f) => f.id);
const CHOICE_FIELDS = FORM_FIELDS.filter((f) => f.kind === 'dropdown' || f.kind === 'checkboxes').map((f) => f.id);

describe('the issue link, against hostile answers', () => {
	it('opens only the submit-pass template, with each answer as one parameter of its own field', () => {
		const next = randomFrom(Number(process.env['ISSUE_LINK_FUZZ_SEED'] ?? 41));
		const pieces = ['a', ' ', '&', '=', '?', '#', '%', '%26', '+', '&template=bug.yml', '&labels=accepted', '&assignees=x', '/../', '\n', '\r\n', '\u2028', 'é', '🎸', 'https://evil.example/?a=b&c=d', '### Band', '\\', '"', '<'];
		for (let run = 0; run < 500; run++) {
			const answers = new Map<string, string>();
			for (const id of [...TEXT_FIELDS, ...CHOICE_FIELDS]) {
				if (next() < 0.4) continue;
				answers.set(id, Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
			}
			const { url, paste } = issueLink(REPO, answers);
			const parsed = new URL(url);
			expect(parsed.origin + parsed.pathname).toBe(`${REPO}/issues/new`);
			expect(parsed.hash).toBe('');
			expect(parsed.searchParams.getAll('template')).toEqual([ISSUE_TEMPLATE]);
			// GitHub's own title parameter is the prefixed title, whatever the Title answer holds.
			expect(parsed.searchParams.getAll('title')).toEqual([`${ISSUE_TITLE_PREFIX}${answers.get('pass-title') ?? ''}`.slice(0, 256)]);
			const keys = [...parsed.searchParams.keys()].filter((k) => k !== 'template' && k !== 'title');
			// Choices never travel in the link (GitHub would open a blank issue); text fields once each.
			expect(new Set(keys).size).toBe(keys.length);
			for (const key of keys) {
				expect(TEXT_FIELDS).toContain(key);
				expect(parsed.searchParams.get(key)).toBe(answers.get(key));
			}
			// Nothing dropped: every text answer is in the link or in the list to paste.
			const pasted = new Set(paste.map((p) => p.id));
			for (const id of TEXT_FIELDS) if (answers.has(id)) expect(keys.includes(id) || pasted.has(id), id).toBe(true);
		}
	});
});
