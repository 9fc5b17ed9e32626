/**
 * Everything the submission tool borrows from the rest of the project, in one place: the pass
 * schema and writer, the catalog reader and cross-checks, the story checker, `npm run validate`,
 * the photo intake and the slug rule. Other work is reshaping some of these (the story pipeline,
 * slugify); re-point the imports here and the submission code follows.
 */
export { passFrontmatterSchema, type PassData } from '../../src/schemas/pass.ts';
export { PASS_FORMATS, SECURITY_FEATURES, CONDITION_GRADES, CONDITION_FLAWS, SIGNATURE_MEDIA, PHOTO_SIDES } from '../../src/schemas/enums.ts';
export { passToMdx } from '../../src/lib/content-files/pass-to-mdx.ts';
export { readCatalogFiles, issueField, type CatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
export { findCatalogProblems } from '../../src/lib/catalog/catalog-problems.ts';
export { type Problem } from '../../src/lib/content-files/content-problems.ts';
export { normaliseName } from '../../src/lib/text/normalise-name.ts';
export { PASS_ENTRY_FILE } from '../../src/lib/content-files/pass-folders.ts';
export { storyToHtml } from '../../src/lib/story/story-to-html.ts';
export { validateCatalog } from '../validate.ts';
export { processPhoto } from '../photos.ts';
export { slugify } from '../../src/lib/text/slugify.ts';
export { deriveSlug } from '../new-pass/parse.ts';
export { localDay } from '../../src/lib/dates/calendar-day.ts';
export * from '../../src/lib/contribute/submission-form-fields.ts';
export { PASS_PARSE_OPTIONS, readableIssue } from '../../src/lib/contribute/field-messages.ts';
