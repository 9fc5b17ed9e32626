/**
 * Where the catalog's content lives, relative to the project root. `CONTENT_DIR` lets the
 * benchmark build a generated catalog without touching the real one.
 */
export const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
