/**
 * How large a contributor's text may be. A pass page, the feed, the search index and the open data
 * all grow with these, so each has a cap that no honest entry comes near.
 */

/** A JSON entry file, or a pass's frontmatter, in bytes (64 KiB). */
export const MAX_DATA_BYTES = 64 * 1024;
/** A pass's story (the Markdown after the frontmatter), in characters. */
export const MAX_STORY_CHARS = 20_000;
/** Any `.mdx` entry file, in bytes: frontmatter plus the longest story at four bytes a character. */
export const MAX_ENTRY_FILE_BYTES = MAX_DATA_BYTES + 4 * MAX_STORY_CHARS;
