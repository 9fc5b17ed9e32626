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
