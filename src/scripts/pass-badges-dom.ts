/**
 * The badges of one pass as DOM, for rows built in the browser (the collection page, the shared
 * list, search results): the same markup as src/components/PassBadges.astro, from the same table.
 */
import { PASS_BADGES, type BadgeFacts, type PassBadge, passBadges } from '../lib/catalog/pass-badges.ts';

/** `<p class="pass-badges">` for the pass, or null when it carries none. */
export function passBadgeList(facts: BadgeFacts): HTMLParagraphElement | null {
	return badgeList(passBadges(facts));
}

/** The same for badges already worked out (a search result carries their keys in its metadata). */
export function badgeList(badges: readonly PassBadge[]): HTMLParagraphElement | null {
	if (badges.length === 0) return null;
	const line = document.createElement('p');
	line.className = 'pass-badges';
	badges.forEach((key, i) => {
		const { label, warning, description } = PASS_BADGES[key];
		if (i > 0) {
			const comma = document.createElement('span');
			comma.className = 'visually-hidden';
			comma.textContent = ', ';
			line.append(comma);
		}
		const badge = document.createElement('span');
		badge.className = 'pass-badge';
		badge.dataset['badge'] = key;
		badge.title = description;
		if (warning) {
			badge.dataset['warning'] = '';
			const sign = document.createElement('span');
			sign.setAttribute('aria-hidden', 'true');
			sign.textContent = '⚠ ';
			badge.append(sign);
		}
		badge.append(label);
		line.append(badge);
	});
	return line;
}
