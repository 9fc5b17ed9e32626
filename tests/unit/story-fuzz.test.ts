/**
 * Property: every story — hostile seeds, random interleavings of Markdown and HTML fragments, and
 * mutations of both — is either rendered to HTML whose every element, attribute and URL is on the
 * allowlist, or refused with problems on lines inside the file. It never throws. And what the
 * checker accepts, the sanitiser leaves whole: nothing is dropped silently.
 * The output is read back with a real HTML parser (parse5, via hast-util-from-html), not regexes.
 *
 * `npm test` runs STORY_FUZZ_RUNS (default 3,000) generated cases; for a long run:
 *   STORY_FUZZ_RUNS=200000 npx vitest run tests/unit/story-fuzz.test.ts
 * STORY_FUZZ_SEED picks another sequence; a failure prints the seed and case number to replay.
 */
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { randomFrom as random } from '../../scripts/lib/seeded-random.ts';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';
import { parseStory } from '../../src/lib/story/parse-story.ts';
import { storyToHtml } from '../../src/lib/story/story-to-html.ts';
import { HTML_FRAGMENTS, MARKDOWN_FRAGMENTS, STORY_SEEDS } from '../helpers/story-corpus.ts';

const ALL_FRAGMENTS = [...MARKDOWN_FRAGMENTS, ...HTML_FRAGMENTS];

const RUNS = Number(process.env['STORY_FUZZ_RUNS'] ?? 3_000);
const SEED = Number(process.env['STORY_FUZZ_SEED'] ?? 20261205);

/** Written out here, not imported: widening the renderer's schema must fail this test first. */
const ALLOWED: Record<string, readonly string[]> = {
	p: [], em: [], strong: [], del: [], ul: [], li: [], blockquote: [], code: [], pre: [], h2: [], h3: [], h4: [], hr: [], br: [],
	table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'], ol: ['start'], a: ['href', 'rel', 'title'],
};

/** What a published link may point to, decided independently of src/lib/story/safe-url.ts. */
function linkProblem(href: string): string | undefined {
	if (/[\u0000-\u0020\\]/.test(href)) return 'control character, space or backslash';
	if (href.startsWith('//')) return 'protocol-relative';
	const scheme = /^([^:/?#]*):/.exec(href)?.[1];
	if (scheme !== undefined && scheme !== 'https' && scheme !== 'mailto') return `scheme ${scheme}`;
	return undefined;
}

/** Every way `html` leaves the allowlist, read by parse5 as a browser would. */
function htmlViolations(html: string): string[] {
	const found: string[] = [];
	const walk = (node: HastNodes): void => {
		if (node.type === 'element') {
			const allowed = ALLOWED[node.tagName];
			if (!allowed) found.push(`<${node.tagName}>`);
			for (const [name, value] of Object.entries(node.properties)) {
				if (!allowed?.includes(name)) found.push(`<${node.tagName} ${name}>`);
				if (name === 'href') {
					const problem = linkProblem(String(value));
					if (problem) found.push(`href ${JSON.stringify(value)}: ${problem}`);
					const external = /^(https|mailto):/.test(String(value));
					const rel = Array.isArray(node.properties['rel']) ? node.properties['rel'].join(' ') : undefined;
					if (external && rel !== 'nofollow ugc noopener') found.push(`external link without rel: ${String(value)}`);
				}
			}
		} else if (node.type !== 'root' && node.type !== 'text') {
			found.push(`${node.type} node`);
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(fromHtml(html, { fragment: true }));
	return found;
}

/** The same story rendered without the sanitiser (a test-only second parse), to see what the sanitiser removed. */
const unsanitised = unified().use(remarkSmartypants).use(remarkRehype).use(rehypeStringify).freeze();

/** Elements, attribute names and text, in order; `rel` (added) and `className` (code languages, removed by design) left out. */
function shape(html: string): string {
	const out: string[] = [];
	const walk = (node: HastNodes): void => {
		if (node.type === 'element') out.push(`<${node.tagName} ${Object.keys(node.properties).filter((k) => k !== 'rel' && k !== 'className').sort().join(' ')}>`);
		if (node.type === 'text') out.push(node.value);
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(fromHtml(html, { fragment: true }));
	return out.join('');
}

/** The property, for a story whose first line is line `offset + 1` of a file of `fileLines` lines. */
function expectSafeOutcome(story: string, offset: number, fileLines: number, label: string): 'rendered' | 'refused' {
	let result: ReturnType<typeof storyToHtml>;
	try {
		result = storyToHtml(story, offset);
	} catch (error) {
		throw new Error(`${label}: threw ${String(error)} on ${JSON.stringify(story.slice(0, 300))}`);
	}
	if (result.html === undefined) {
		expect(result.problems.length, label).toBeGreaterThan(0);
		for (const p of result.problems) {
			if (p.line < offset + 1 || p.line > fileLines || !p.message.trim()) {
				throw new Error(`${label}: problem outside the file (line ${p.line}, file has ${fileLines}): ${p.message} in ${JSON.stringify(story.slice(0, 300))}`);
			}
		}
		return 'refused';
	}
	const violations = htmlViolations(result.html);
	if (violations.length > 0) throw new Error(`${label}: ${violations.join('; ')}\nstory: ${JSON.stringify(story.slice(0, 300))}\nhtml: ${result.html.slice(0, 500)}`);
	// Nothing the checker accepted may vanish in the sanitiser: the checker is the one that says no.
	const plain = unsanitised.stringify(unsanitised.runSync(parseStory(story)));
	if (shape(plain) !== shape(result.html)) throw new Error(`${label}: the sanitiser changed an accepted story\nstory: ${JSON.stringify(story.slice(0, 300))}\nwithout: ${plain.slice(0, 400)}\nwith: ${result.html.slice(0, 400)}`);
	return 'rendered';
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

const SEPARATORS = ['', '', ' ', '\n', '\n', '\n\n', '\t', '\r\n', '\n> ', '\n- ', '\n    ', '|'];

function generate(next: () => number): string {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const mode = next();
	if (mode < 0.55) {
		// Interleave fragments: Markdown only (mostly rendered), or Markdown and HTML (mostly refused).
		const fragments = mode < 0.3 ? MARKDOWN_FRAGMENTS : ALL_FRAGMENTS;
		const parts: string[] = [];
		const count = 1 + Math.floor(next() * 24);
		for (let i = 0; i < count; i++) parts.push(pick(fragments), pick(SEPARATORS));
		return parts.join('');
	}
	// Mutate a seed: insert fragments, delete or duplicate spans, swap lines.
	let text = pick(STORY_SEEDS).story;
	if (text.length > 3_000) text = text.slice(0, 3_000);
	const edits = 1 + Math.floor(next() * 6);
	for (let i = 0; i < edits; i++) {
		const at = Math.floor(next() * (text.length + 1));
		const kind = next();
		if (kind < 0.45) text = text.slice(0, at) + pick(ALL_FRAGMENTS) + pick(SEPARATORS) + text.slice(at);
		else if (kind < 0.65) text = text.slice(0, at) + text.slice(at + Math.floor(next() * 12));
		else if (kind < 0.8) text = text.slice(0, at) + text.slice(at, at + 20) + text.slice(at);
		else {
			const lines = text.split('\n');
			const a = Math.floor(next() * lines.length);
			const b = Math.floor(next() * lines.length);
			[lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
			text = lines.join('\n');
		}
	}
	return text;
}

/** A whole pass file around a story: the story is read back through the real frontmatter split. */
function asFile(story: string): { body: string; fileLines: number } | undefined {
	const file = `---\ntitle: "Fuzz"\nband: fixture-band\n---\n${story}`;
	const split = splitFrontmatter(file);
	if ('error' in split) return undefined;
	return { body: split.body, fileLines: lineCount(file) };
}

describe('story pipeline: hostile seed corpus', () => {
	it.each(STORY_SEEDS.map((s, i) => [`${i} ${s.trick}`, s] as const))('%s: rendered inside the allowlist or refused in the file', (label, seed) => {
		expect(expectSafeOutcome(seed.story, 0, lineCount(seed.story), label)).toBe(seed.renders ? 'rendered' : 'refused');
		const file = asFile(seed.story);
		if (file) expect(expectSafeOutcome(file.body, 0, file.fileLines, `${label} (in a file)`)).toBe(seed.renders ? 'rendered' : 'refused');
	});
});

describe('story pipeline: generated cases', () => {
	it(`${RUNS} seeded interleavings and mutations (seed ${SEED}) are rendered safely or refused in the file`, { timeout: 600_000 }, () => {
		const next = random(SEED);
		const counts = { rendered: 0, refused: 0 };
		const started = performance.now();
		for (let i = 0; i < RUNS; i++) {
			const story = generate(next);
			const label = `seed ${SEED} case ${i}`;
			if (next() < 0.3) {
				const file = asFile(story);
				if (file) {
					counts[expectSafeOutcome(file.body, 0, file.fileLines, `${label} (in a file)`)]++;
					continue;
				}
			}
			const offset = Math.floor(next() * 40);
			counts[expectSafeOutcome(story, offset, offset + lineCount(story), label)]++;
		}
		// Both outcomes must be exercised, or the generator has stopped testing one side.
		expect(counts.rendered).toBeGreaterThan(RUNS / 20);
		expect(counts.refused).toBeGreaterThan(RUNS / 20);
		console.log(`story fuzz: ${RUNS} cases (${counts.rendered} rendered, ${counts.refused} refused) in ${Math.round(performance.now() - started)} ms`);
	});
});
