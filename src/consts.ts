/** Site-wide constants. */
export const SITE_TITLE = 'Backstage Pass Catalog';
export const SITE_DESCRIPTION =
	'A reference catalog of concert backstage passes: laminates, all-access and crew passes, satin stickies and dated working passes.';

/** Where the catalog's source lives, for "edit this entry" links. Change it when the repository moves. */
export const REPOSITORY = {
	url: 'https://github.com/backstage-pass-catalog/catalog',
	branch: 'main',
} as const;

export function editUrl(filePath: string): string {
	return `${REPOSITORY.url}/edit/${REPOSITORY.branch}/${filePath}`;
}

/** Passes per page on paginated lists. */
export const PAGE_SIZE = 24;

/**
 * The site's navigation, declared once in the order shown: `header` is the link's text in the
 * main navigation, `footer` its text in the footer; a link without one is not shown there.
 */
export const SITE_LINKS: readonly { href: string; header?: string; footer?: string }[] = [
	{ href: '/passes/', header: 'Passes' },
	{ href: '/bands/', header: 'Bands' },
	{ href: '/tours/', header: 'Tours' },
	{ href: '/pass-types/', header: 'Pass types' },
	{ href: '/browse/', header: 'Browse' },
	{ href: '/printers/', header: 'Printers' },
	{ href: '/guides/', header: 'Guides', footer: 'Reader’s guides' },
	{ href: '/about/', header: 'About', footer: 'About the catalog' },
	{ href: '/collection/', header: 'My collection' },
	{ href: '/contribute/', footer: 'Submit a pass' },
	{ href: '/stats/', footer: 'Statistics' },
	{ href: '/timeline/', footer: 'Timeline' },
	{ href: '/data/', footer: 'Open data' },
	{ href: '/feed.xml', footer: 'New passes (feed)' },
	{ href: REPOSITORY.url, footer: 'The catalog on GitHub' },
];
