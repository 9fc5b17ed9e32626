/**
 * The badges of one pass as DOM, for rows built in the browser (the collection page, search
 * results): the same markup as src/components/PassBadges.astro, from the same table.
 */
import { PASS_BADGES, type BadgeFacts, passBadges } from '../lib/pass-badges.ts';

/** `<ul class="pass-badges">` for the pass, or null when it carries none. */
export function passBadgeList(facts: BadgeFacts): HTMLUListElement | null {
	const badges = passBadges(facts);
	if (badges.length === 0) return null;
	const list = document.createElement('ul');
	list.className = 'pass-badges';
	list.setAttribute('aria-label', 'Notes');
	for (const key of badges) {
		const { label, warning, description } = PASS_BADGES[key];
		const item = document.createElement('li');
		item.className = 'pass-badge';
		item.dataset['badge'] = key;
		item.title = description;
		if (warning) {
			item.dataset['warning'] = '';
			const sign = document.createElement('span');
			sign.setAttribute('aria-hidden', 'true');
			sign.textContent = '⚠ ';
			item.append(sign);
		}
		item.append(label);
		list.append(item);
	}
	return list;
}
