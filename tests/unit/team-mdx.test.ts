/**
 * Rules for team MDX (guides, pass types): the checker `validate` runs and the remark plugin the
 * build runs on the compiler's own tree. The build side is proven end to end in
 * tests/site/bad-content-fails-build.test.ts.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { checkTeamMdx, componentUses } from '../../src/lib/team-mdx/check-team-mdx.ts';
import { parseTeamMdx } from '../../src/lib/team-mdx/parse-team-mdx.ts';
import { remarkTeamMdxRules } from '../../src/lib/team-mdx/remark-team-mdx-rules.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const path = join(root, 'content/guides/example.mdx');
const messages = (body: string) => checkTeamMdx(body, { path, root }).map((p) => `${p.line}: ${p.message}`);
const TIP = "import Tip from '../../src/components/guide/Tip.astro';";
const CLOSE_UP = "import SecurityCloseUp from '../../src/components/guide/SecurityCloseUp.astro';";

describe('checkTeamMdx', () => {
	it('accepts Markdown, plain elements and an imported component with literal props', () => {
		expect(messages(`${TIP}\n\n## Checks\n\n<Tip title="Backing">Look at the **backing**.</Tip>\n\n<Tip title={"Literal"} />\n\n<details open={true}><summary>More</summary>Text with [a link](https://example.org).</details>\n`)).toEqual([]);
	});

	it('accepts each guide component with the attributes GUIDE_COMPONENTS declares', () => {
		const body = [
			`import FakeComparison from '../../src/components/guide/FakeComparison.astro';`,
			`import CloseUp from '../../src/components/guide/SecurityCloseUp.astro';`,
			`import PassesOfFormats from '../../src/components/guide/PassesOfFormats.astro';`,
			'',
			'<FakeComparison genuine="a-pass" fake="its-reprint" />',
			'',
			'<CloseUp pass="a-pass" feature="hologram" area="50 60 30 20">The patch.</CloseUp>',
			'',
			'<PassesOfFormats formats="satin-sticky  cloth-sticky" />',
		].join('\n');
		expect(messages(body)).toEqual([]);
	});

	it.each([
		['an import from node', "import fs from 'node:fs';", '1: import of "node:fs" is not allowed — components come only from src/components/guide/'],
		['an import from another folder', "import X from '../../src/components/PassCard.astro';", '1: import of "../../src/components/PassCard.astro" is not allowed'],
		['an import with a loader suffix', "import X from '../../src/components/guide/Tip.astro?raw';", '1: import of "../../src/components/guide/Tip.astro?raw" is not allowed'],
		['an import that only runs a module', "import '../../src/components/guide/Tip.astro';", '1: import of "../../src/components/guide/Tip.astro" must name the component'],
		['a lowercase component name', "import script from '../../src/components/guide/Tip.astro';", '1: imported component "script" must start with a capital letter'],
		['an export', "export const x = require('child_process').execSync('id');", '1: `export` is not allowed'],
		['an expression', 'Hello {process.exit(1)}', '1: `{…}` expressions are not allowed'],
		['a block expression', '{await import("node:fs")}', '1: `{…}` expressions are not allowed'],
		['a computed attribute', `${TIP}\n\n<Tip title={process.env.HOME} />`, '3: <Tip title={…}>: only plain values are allowed'],
		['a template attribute', `${TIP}\n\n<Tip title={\`x\${1}\`} />`, '3: <Tip title={…}>: only plain values are allowed'],
		['a spread attribute', `${TIP}\n\n<Tip {...props} />`, '3: <Tip> has a spread {…} attribute'],
		['a script element', '<script>alert(1)</script>', '1: <script> is not allowed in a team page'],
		['a style element', '<style>{"body{}"}</style>', '1: <style> is not allowed in a team page'],
		['an iframe', '<iframe src="https://example.org" />', '1: <iframe> is not allowed in a team page'],
		['an event handler', '<div onClick="alert(1)">x</div>', '1: <div onClick>: event handlers are not allowed'],
		['an event handler on a component', `${TIP}\n\n<Tip title="x" onload="alert(1)" />`, '3: <Tip onload>: event handlers are not allowed'],
		['set:html', '<div set:html="<img src=x onerror=alert(1)>" />', '1: <div set:html>: directives (set:html, client:…, is:…) are not allowed'],
		['client:load', `${TIP}\n\n<Tip title="x" client:load />`, '3: <Tip client:load>: directives'],
		['a style attribute', '<p style="color:red">x</p>', '1: <p style> is not allowed — style belongs in the stylesheet'],
		['a search-index attribute', '<span data-pagefind-filter="type:x">x</span>', '1: <span data-pagefind-filter> is not allowed — data-* attributes feed the search index'],
		['a component that is not imported', '<Tip title="x" />', '1: <Tip> is not imported'],
		['a member component', '<Foo.Bar />', '1: <Foo.Bar> is not imported'],
		['a javascript: link', '[x](javascript:alert(1))', '1: link to "javascript:alert(1)" is not allowed'],
		['a javascript: href', '<a href="javascript:alert(1)">x</a>', '1: <a href="javascript:alert(1)">: links must start with https://, mailto: or /'],
		['a javascript: href written as a literal expression', '<a href={"javascript:alert(1)"}>x</a>', '1: <a href="javascript:alert(1)">: links must start'],
		['text MDX cannot read', 'a\n\n<div>\n', '3: cannot be read as MDX'],
		['a component GUIDE_COMPONENTS does not list', "import X from '../../src/components/guide/Unlisted.astro';", '1: "Unlisted.astro" is not a guide component (Tip, FakeComparison'],
		['a named import of a component', "import { Tip } from '../../src/components/guide/Tip.astro';", '1: import of "../../src/components/guide/Tip.astro" must import the component itself'],
		['an attribute the component does not take', `${TIP}\n\n<Tip title="x" count={3} />`, '3: <Tip count> is not an attribute of Tip — it takes title'],
		['a missing required attribute', `${TIP}\n\n<Tip>x</Tip>`, '3: <Tip> needs title="…"'],
		['a pass that is not a slug', `${CLOSE_UP}\n\n<SecurityCloseUp pass="In Utero" feature="hologram" />`, '3: <SecurityCloseUp pass="In Utero">: a pass is named by its folder name'],
		['an unknown security feature', `${CLOSE_UP}\n\n<SecurityCloseUp pass="a" feature="holograms" />`, '3: <SecurityCloseUp feature="holograms">: not a security feature — one of hologram,'],
		['a number for a pass', `${CLOSE_UP}\n\n<SecurityCloseUp pass={3} feature="hologram" />`, '3: <SecurityCloseUp pass="3">: write the value in quotes'],
		['an area off the photo', `${CLOSE_UP}\n\n<SecurityCloseUp pass="a" feature="hologram" area="80 10 30 20" />`, '3: <SecurityCloseUp area="80 10 30 20">: runs past the edge of the photo'],
		['an area that is not four numbers', `${CLOSE_UP}\n\n<SecurityCloseUp pass="a" feature="hologram" area="top left" />`, '3: <SecurityCloseUp area="top left">: write four numbers from 0 to 100'],
		// `{-"slug"}` is NaN when the page runs: checking it as "slug" passed the check and crashed the build.
		['a minus sign before a pass name', `${CLOSE_UP}\n\n<SecurityCloseUp pass={-"a-pass"} feature="hologram" />`, '3: <SecurityCloseUp pass={…}>: only plain values are allowed'],
		['a minus sign before text', `${TIP}\n\n<Tip title={-"x"} />`, '3: <Tip title={…}>: only plain values are allowed'],
		['a minus sign before a boolean', '<details open={-true}>x</details>', '1: <details open={…}>: only plain values are allowed'],
		['an unknown format', `import P from '../../src/components/guide/PassesOfFormats.astro';\n\n<P formats="satin-sticky sticky" />`, '3: <P formats="satin-sticky sticky">: sticky is not a format'],
	])('refuses %s', (_, body, expected) => {
		const found = messages(body);
		expect(found.some((m) => m.startsWith(expected)), found.join('\n')).toBe(true);
	});
});

describe('componentUses', () => {
	it('reads a negative number as the page passes it, not without its sign', () => {
		const parsed = parseTeamMdx(`${TIP}\n\n<Tip title="x" /> <ol start={-3}><li>a</li></ol>\n`);
		if (!('tree' in parsed)) throw new Error(parsed.reason);
		expect(messages(`<ol start={-3}><li>a</li></ol>`)).toEqual([]);
		const uses = componentUses(parsed.tree, { path, root });
		expect(uses.map((u) => u.attributes)).toEqual([{ title: 'x' }]);
		const negative = parseTeamMdx(`${TIP}\n\n<Tip title={-2.5} />\n`);
		if (!('tree' in negative)) throw new Error(negative.reason);
		expect(componentUses(negative.tree, { path, root }).map((u) => u.attributes)).toEqual([{ title: -2.5 }]);
	});
});

describe('remarkTeamMdxRules (the build)', () => {
	const run = (body: string) => {
		const parsed = parseTeamMdx(body);
		if (!('tree' in parsed)) throw new Error(parsed.reason);
		return () => remarkTeamMdxRules({ root })(parsed.tree, { path });
	};

	it('throws with file:line for every problem', () => {
		expect(run("import fs from 'node:fs';\nexport const x = fs;\n\nHello {x}\n")).toThrow(
			/3 problems in a team page:\n {2}content\/guides\/example\.mdx:1: import of "node:fs" is not allowed.*\n {2}content\/guides\/example\.mdx:2: `export` is not allowed.*\n {2}content\/guides\/example\.mdx:4: `\{…\}` expressions/,
		);
	});

	it('lets a page that follows the rules through', () => {
		expect(run(`${TIP}\n\n<Tip title="x">y</Tip>\n`)).not.toThrow();
	});
});

describe('validate reads team pages with the same rules', () => {
	const dir = mkdtempSync(join(tmpdir(), 'team-mdx-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('names the file and the line in the file', () => {
		const content = join(dir, 'content');
		cpSync(join(root, 'tests/fixtures/minimal-catalog'), content, { recursive: true });
		const guide = join(content, 'guides/fixture-guide.mdx');
		const type = join(content, 'pass-types/all-access.mdx');
		const guideLines = readFileSync(guide, 'utf-8').split('\n').length;
		const typeLines = readFileSync(type, 'utf-8').split('\n').length;
		appendFileSync(guide, '\nexport const x = 1\n\n<b onClick="x">y</b>\n');
		appendFileSync(type, '\n{1 + 1}\n');
		const problems = readCatalogFiles(content, dir).problems.map(formatProblem);
		expect(problems.sort()).toEqual(
			[
			`content/guides/fixture-guide.mdx:${guideLines + 1}: \`export\` is not allowed — team pages hold Markdown and components, not code; put data in the frontmatter`,
			`content/guides/fixture-guide.mdx:${guideLines + 3}: <b onClick>: event handlers are not allowed — team pages hold Markdown and components, not code`,
			`content/pass-types/all-access.mdx:${typeLines + 1}: \`{…}\` expressions are not allowed — team pages hold Markdown and components, not code; to show a brace, write \\{`,
			].sort(),
		);
	});
});
