/**
 * What team pages may use beyond Markdown, declared once: the one folder components come from,
 * and the plain HTML elements and attributes that are fine without a component.
 */

/** Components may be imported only from here (relative to the project root). */
export const COMPONENT_FOLDER = 'src/components/guide';
export const COMPONENT_EXTENSION = '.astro';

/**
 * What a component attribute holds. `text` is shown as written; `pass` is a pass's folder name,
 * looked up in the catalog when the site is built or validated (guide-references.ts); the others
 * are keys of a closed vocabulary in src/schemas/enums.ts (`formats` a space-separated list), and
 * `photo-area` a part of a photo in percent (photo-area.ts).
 */
export type ComponentAttributeKind = 'text' | 'pass' | 'security-feature' | 'formats' | 'photo-area';

export interface ComponentAttribute {
	kind: ComponentAttributeKind;
	required: boolean;
}

/**
 * The components team pages may use — each a file `<Name>.astro` in COMPONENT_FOLDER — and every
 * attribute each one takes. A component or attribute not listed here is refused with its line.
 */
export const GUIDE_COMPONENTS: Readonly<Record<string, Readonly<Record<string, ComponentAttribute>>>> = {
	Tip: { title: { kind: 'text', required: true } },
	FakeComparison: { genuine: { kind: 'pass', required: true }, fake: { kind: 'pass', required: true } },
	SecurityCloseUp: {
		pass: { kind: 'pass', required: true },
		feature: { kind: 'security-feature', required: true },
		area: { kind: 'photo-area', required: false },
	},
	PassesOfFormats: { formats: { kind: 'formats', required: true } },
};

export const TEAM_HTML_TAGS: ReadonlySet<string> = new Set([
	'a', 'abbr', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div',
	'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark',
	'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
	'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
]);

/** Attributes of those elements; `aria-*` too. No `style`, no `data-*` (search-index attributes), no handlers. */
export const TEAM_HTML_ATTRIBUTES: ReadonlySet<string> = new Set([
	'href', 'title', 'lang', 'dir', 'id', 'class', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'cite',
	'start', 'reversed', 'open', 'abbr',
]);

/** Attributes (of elements or components) whose value is a link and must pass `isSafeUrl`. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset']);
