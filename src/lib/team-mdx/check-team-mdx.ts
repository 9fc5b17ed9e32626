/**
 * The rules for MDX written by the team. MDX compiles to JavaScript that runs in the build, so a
 * page may hold Markdown, a small set of HTML elements, and components imported from one folder —
 * nothing that computes: no `export`, no `{…}` expressions, only literal attribute values, no
 * `<script>`/`<style>`, no event handlers or `set:`/`client:` directives. Every problem names its line.
 */
import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { isSafeUrl } from '../story/safe-url.ts';
import { PASS_FORMATS, SECURITY_FEATURES } from '../../schemas/enums.ts';
import { SLUG_PATTERN } from '../../schemas/fields.ts';
import {
	COMPONENT_EXTENSION,
	COMPONENT_FOLDER,
	type ComponentAttribute,
	GUIDE_COMPONENTS,
	TEAM_HTML_ATTRIBUTES,
	TEAM_HTML_TAGS,
	URL_ATTRIBUTES,
} from './team-mdx-allowlist.ts';
import { parseTeamMdx } from './parse-team-mdx.ts';
import { parsePhotoArea } from './photo-area.ts';

export interface TeamMdxProblem {
	/** 1-based line in the file. */
	line: number;
	message: string;
}

export interface TeamMdxFile {
	/** Absolute path of the file, to resolve its imports. */
	path: string;
	/** Absolute path of the project root, where `COMPONENT_FOLDER` is. */
	root: string;
}

const NO_CODE = 'team pages hold Markdown and components, not code';

/** Where a relative import from `file` lands, as an absolute path ('/' separators). */
function resolveImport(source: string, file: string): string | undefined {
	if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
	return decodeURIComponent(new URL(source, `file://${file}`).pathname);
}

type Found = { line?: number | undefined; message: string };

/** Imported name on the page → the component's name in GUIDE_COMPONENTS (its file name). */
type Components = Map<string, string>;

/** Problems in an import/export block, on each statement's line; adds the components it imports to `components`. */
function checkEsm(program: Program | undefined, file: TeamMdxFile, components: Components): Found[] {
	if (!program) return [{ message: `import/export that cannot be read — ${NO_CODE}` }];
	const folder = `${file.root.replace(/\/$/, '')}/${COMPONENT_FOLDER}/`;
	const found: Found[] = [];
	for (const statement of program.body) {
		const line = statement.loc?.start.line;
		const problems = { push: (message: string) => found.push({ line, message }) };
		if (statement.type !== 'ImportDeclaration') {
			problems.push(`\`export\` is not allowed — ${NO_CODE}; put data in the frontmatter`);
			continue;
		}
		const source = String(statement.source.value);
		// No "?raw"/"?url" or other loader suffixes: a plain path to a component file.
		const target = /^[\w./-]+$/.test(source) ? resolveImport(source, file.path) : undefined;
		if (!target?.startsWith(folder) || !target.endsWith(COMPONENT_EXTENSION) || target.slice(folder.length).includes('/')) {
			problems.push(`import of "${source}" is not allowed — components come only from ${COMPONENT_FOLDER}/ (a relative path to a ${COMPONENT_EXTENSION} file there)`);
			continue;
		}
		const component = target.slice(folder.length, -COMPONENT_EXTENSION.length);
		if (!Object.hasOwn(GUIDE_COMPONENTS, component)) {
			problems.push(`"${component}${COMPONENT_EXTENSION}" is not a guide component (${Object.keys(GUIDE_COMPONENTS).join(', ')}) — list it in GUIDE_COMPONENTS (src/lib/team-mdx/team-mdx-allowlist.ts)`);
			continue;
		}
		if (statement.specifiers.length === 0 || (statement.attributes?.length ?? 0) > 0) {
			problems.push(`import of "${source}" must name the component it imports (import Name from "…")`);
			continue;
		}
		for (const specifier of statement.specifiers) {
			// MDX reads a lowercase tag as plain HTML whatever is imported, so components are Capitalised.
			if (specifier.type !== 'ImportDefaultSpecifier') problems.push(`import of "${source}" must import the component itself: import ${component} from "…"`);
			else if (/^[A-Z]/.test(specifier.local.name)) components.set(specifier.local.name, component);
			else problems.push(`imported component "${specifier.local.name}" must start with a capital letter`);
		}
	}
	return found;
}

/** The value of a literal string, number or boolean written as `{…}`; undefined for anything else, which is code. */
function literalValue(program: Program | undefined): string | number | boolean | undefined {
	const statement = program?.body.length === 1 ? program.body[0] : undefined;
	if (statement?.type !== 'ExpressionStatement') return undefined;
	const { expression } = statement;
	// A minus sign is literal only before a number, and the value is what the page will pass:
	// `{-"slug"}` is NaN at run time, so reading it as "slug" would check one value and build another.
	if (expression.type === 'UnaryExpression' && expression.operator === '-') {
		const { argument } = expression;
		return argument.type === 'Literal' && typeof argument.value === 'number' ? -argument.value : undefined;
	}
	if (expression.type !== 'Literal') return undefined;
	const { value } = expression;
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** A component attribute's value against what the attribute holds; undefined when it fits. */
function checkComponentValue(element: string, name: string, value: string | number | boolean, expected: ComponentAttribute): string | undefined {
	const shown = `<${element} ${name}="${String(value).slice(0, 60)}">`;
	if (typeof value !== 'string') return `${shown}: write the value in quotes`;
	switch (expected.kind) {
		case 'text':
			return undefined;
		case 'pass':
			return SLUG_PATTERN.test(value) ? undefined : `${shown}: a pass is named by its folder name in content/passes/`;
		case 'security-feature':
			return Object.hasOwn(SECURITY_FEATURES, value) ? undefined : `${shown}: not a security feature — one of ${Object.keys(SECURITY_FEATURES).join(', ')}`;
		case 'photo-area': {
			const area = parsePhotoArea(value);
			return 'error' in area ? `${shown}: ${area.error}` : undefined;
		}
		case 'formats': {
			const words = value.split(/\s+/).filter(Boolean);
			const unknown = words.filter((w) => !Object.hasOwn(PASS_FORMATS, w));
			if (words.length === 0) return `${shown}: name at least one format`;
			return unknown.length === 0 ? undefined : `${shown}: ${unknown.join(', ')} is not a format — formats are ${Object.keys(PASS_FORMATS).join(', ')}`;
		}
	}
}

function checkAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, element: string, component: string | undefined): string | undefined {
	if (attribute.type === 'mdxJsxExpressionAttribute') return `<${element}> has a spread {…} attribute — write each attribute as name="value"`;
	const { name, value } = attribute;
	if (/^on/i.test(name)) return `<${element} ${name}>: event handlers are not allowed — ${NO_CODE}`;
	if (name.includes(':')) return `<${element} ${name}>: directives (set:html, client:…, is:…) are not allowed — ${NO_CODE}`;
	const declared = component === undefined ? undefined : GUIDE_COMPONENTS[component];
	if (declared && !Object.hasOwn(declared, name)) {
		return `<${element} ${name}> is not an attribute of ${component} — it takes ${Object.keys(declared).join(', ')}`;
	}
	if (!declared && !TEAM_HTML_ATTRIBUTES.has(name) && !/^aria-[a-z]+$/.test(name)) {
		return `<${element} ${name}> is not allowed — ${name === 'style' ? 'style belongs in the stylesheet' : name.startsWith('data-') ? 'data-* attributes feed the search index' : 'not an attribute team pages use'}`;
	}
	const literal = value !== null && typeof value === 'object' ? literalValue(value.data?.estree ?? undefined) : value;
	if (literal === undefined) return `<${element} ${name}={…}>: only plain values are allowed — write ${name}="text", ${name}={3} or ${name}={true}`;
	if (typeof literal === 'string' && URL_ATTRIBUTES.has(name) && !isSafeUrl(literal)) return `<${element} ${name}="${literal.slice(0, 40)}">: links must start with https://, mailto: or /`;
	const expected = declared?.[name];
	return expected ? checkComponentValue(element, name, literal ?? true, expected) : undefined;
}

function describe(node: Nodes, file: TeamMdxFile, components: Components): (string | Found)[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return checkEsm(node.data?.estree ?? undefined, file, components);
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [`\`{…}\` expressions are not allowed — ${NO_CODE}; to show a brace, write \\{`];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name;
			if (name === null) return node.attributes.length > 0 ? ['a fragment (<>) cannot have attributes'] : [];
			const component = components.get(name);
			const problems: string[] = [];
			if (component === undefined && !TEAM_HTML_TAGS.has(name)) {
				problems.push(
					/^[A-Z]/.test(name) || name.includes('.')
						? `<${name}> is not imported — import components from ${COMPONENT_FOLDER}/ at the top of the page`
						: `<${name}> is not allowed in a team page — use Markdown, a plain element (p, a, figure, details…) or a component from ${COMPONENT_FOLDER}/`,
				);
			}
			for (const attribute of node.attributes) {
				const problem = checkAttribute(attribute, name, component);
				if (problem) problems.push(problem);
			}
			const written = new Set(node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '')));
			const missing = Object.entries(component === undefined ? {} : (GUIDE_COMPONENTS[component] ?? {})).filter(([key, a]) => a.required && !written.has(key));
			for (const [key] of missing) problems.push(`<${name}> needs ${key}="…"`);
			return problems;
		}
		case 'link':
		case 'definition':
		case 'image':
			return isSafeUrl(node.url) ? [] : [`link to "${node.url.slice(0, 60)}" is not allowed — links must start with https://, mailto: or /`];
		default:
			return [];
	}
}

/** Problems in a parsed team page. Imports (always at the top level) are read first, so a component may be used anywhere. */
export function checkTeamMdxTree(tree: Root, file: TeamMdxFile): TeamMdxProblem[] {
	const components: Components = new Map();
	const problems: TeamMdxProblem[] = [];
	const report = (node: Nodes): void => {
		const line = node.position?.start.line ?? 1;
		for (const found of describe(node, file, components)) problems.push(typeof found === 'string' ? { line, message: found } : { line: found.line ?? line, message: found.message });
	};
	for (const node of tree.children) if (node.type === 'mdxjsEsm') report(node);
	const visit = (node: Nodes): void => {
		if (node.type !== 'mdxjsEsm') report(node);
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree);
	return problems.sort((a, b) => a.line - b.line);
}

/** Parses and checks a team page's body (with the file's own line numbers). */
export function checkTeamMdx(body: string, file: TeamMdxFile): TeamMdxProblem[] {
	const parsed = parseTeamMdx(body);
	if ('reason' in parsed) return [{ line: parsed.line, message: `cannot be read as MDX: ${parsed.reason}` }];
	return checkTeamMdxTree(parsed.tree, file);
}

/** One use of a guide component on a page: which component, on which line, with its literal attributes. */
export interface ComponentUse {
	component: string;
	line: number;
	attributes: Record<string, string | number | boolean>;
}

/**
 * The guide components a page uses, with their attribute values, for the checks that need the
 * catalog (guide-references.ts). Read from the same tree the rules check; anything the rules
 * refuse (expressions, spreads) is left out, because such a page never builds.
 */
export function componentUses(tree: Root, file: TeamMdxFile): ComponentUse[] {
	const components: Components = new Map();
	for (const node of tree.children) if (node.type === 'mdxjsEsm') checkEsm(node.data?.estree ?? undefined, file, components);
	const uses: ComponentUse[] = [];
	const visit = (node: Nodes): void => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null) {
			const component = components.get(node.name);
			if (component !== undefined) {
				const attributes: ComponentUse['attributes'] = {};
				for (const a of node.attributes) {
					if (a.type !== 'mdxJsxAttribute') continue;
					const value = a.value !== null && typeof a.value === 'object' ? literalValue(a.value.data?.estree ?? undefined) : (a.value ?? true);
					if (value !== undefined) attributes[a.name] = value;
				}
				uses.push({ component, line: node.position?.start.line ?? 1, attributes });
			}
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree);
	return uses;
}
