/**
 * Everything the submission tool borrows from the rest of the project, in one place: the pass
 * schema and writer, the catalog reader and cross-checks, the story checker, `npm run validate`,
 * the photo intake and the slug rule. Other work is reshaping some of these (the story pipeline,
 * slugify); re-point the imports here and the submission code follows.
 */
export { passFrontmatterSchema, type PassData } from '../../src/schemas/pass.ts';
export { PASS_FORMATS, SECURITY_FEATURES, CONDITION_GRADES, CONDITION_FLAWS, SIGNATURE_MEDIA, PHOTO_SIDES } from '../../src/schemas/enums.ts';
export { passToMdx } from '../../src/lib/pass-to-mdx.ts';
export { readCatalogFiles, issueField, type CatalogFiles } from '../../src/lib/read-catalog-files.ts';
export { findCatalogProblems } from '../../src/lib/catalog-problems.ts';
export { type Problem } from '../../src/lib/content-problems.ts';
export { normaliseName } from '../../src/lib/normalise-name.ts';
export { PASS_ENTRY_FILE } from '../../src/lib/pass-folders.ts';
export { storyToHtml } from '../../src/lib/story/story-to-html.ts';
export { validateCatalog } from '../validate.ts';
export { processPhoto } from '../photos.ts';
export { slugify } from '../../src/lib/slugify.ts';
export { deriveSlug } from '../new-pass/parse.ts';
export { localDay } from '../../src/lib/calendar-day.ts';
export * from '../../src/lib/submission-form-fields.ts';
export { PASS_PARSE_OPTIONS, readableIssue } from '../../src/lib/field-messages.ts';
