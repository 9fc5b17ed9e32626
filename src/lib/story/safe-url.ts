/**
 * The one rule for where a link written by a contributor may point: the web over https, an e-mail
 * address, or a page of this site. Used by the story checker, the story renderer's sanitiser and
 * the team-MDX rules, so no two places can disagree about a URL.
 */

export type UrlKind = 'external' | 'site';

/** Schemes a link may use; everything else (javascript:, data:, http:, file:, vbscript:…) is refused. */
export const LINK_SCHEMES = ['https', 'mailto'] as const;

// Whatever precedes the first ":" that comes before any "/", "?" or "#" is a scheme — the reading of
// RFC 3986 (a relative path may not have a colon in its first segment) and of the sanitiser.
const SCHEME = /^([^:/?#]*):/;

/**
 * 'external' for https: and mailto:, 'site' for paths on this site ("/bands/", "#notes",
 * "../x/"), undefined for anything else. Reads the URL the way a browser does: it drops tabs and
 * line breaks anywhere and control characters or spaces at either end ("java\tscript:"), and
 * treats "\" like "/", so "/\evil.example" — another host — is refused like "//evil.example".
 */
export function urlKind(url: string): UrlKind | undefined {
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	if (/[\u0000-\u001f\u007f\\]/.test(cleaned)) return undefined;
	const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
	if (scheme !== undefined) return (LINK_SCHEMES as readonly string[]).includes(scheme) ? 'external' : undefined;
	if (cleaned.startsWith('//')) return undefined;
	return 'site';
}

export function isSafeUrl(url: string): boolean {
	return urlKind(url) !== undefined;
}
