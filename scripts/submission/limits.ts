/** The limits a submission works within; each is a promise made in the comment or the docs. */

/** Largest attachment downloaded (GitHub accepts 10 MB images); the photo intake caps decoded size. */
export const MAX_BYTES_DOWNLOAD = 25 * 1024 * 1024;
/** Redirect hops followed, each checked against the attachment hosts. */
export const MAX_REDIRECTS = 3;
/** Per request (connection and body). */
export const TIMEOUT_MS = 30_000;
