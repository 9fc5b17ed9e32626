/**
 * The HTML a rendered story may contain: an allowlist for rehype-sanitize. Any element or
 * attribute not named here is removed from the output — a second wall behind the checker, which
 * already refuses every construct that would need more. No `id`, `class`, `style`, `data-*` or
 * images: a story cannot restyle the page, fake a badge, or feed the search index's filters.
 */
import type { Schema } from 'hast-util-sanitize';
import { LINK_SCHEMES } from './safe-url.ts';

/** What external links carry: no ranking credit, marked as user content, no window.opener. */
export const EXTERNAL_LINK_REL = ['nofollow', 'ugc', 'noopener'] as const;

export const STORY_TAGS = [
	'p', 'em', 'strong', 'del', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre',
	'h2', 'h3', 'h4', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;

const ALIGN: [string, ...string[]] = ['align', 'left', 'center', 'right'];

export const STORY_HTML_SCHEMA: Schema = {
	tagNames: [...STORY_TAGS],
	attributes: {
		a: ['href', ['rel', ...EXTERNAL_LINK_REL], 'title'],
		ol: [['start', /^\d{1,9}$/]],
		th: [ALIGN],
		td: [ALIGN],
	},
	protocols: { href: [...LINK_SCHEMES] },
	// Table parts and list items only inside their containers, so they cannot escape into the page.
	ancestors: { li: ['ol', 'ul'], tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
	required: {},
	clobber: [],
	clobberPrefix: '',
	strip: ['script', 'style'],
	allowComments: false,
	allowDoctypes: false,
};
