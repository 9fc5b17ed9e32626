/**
 * A pass story from text to HTML, or to the reasons it is refused: one parse, checked, and
 * rendered from that same tree. The loader and `validate` both call this.
 */
import { type StoryProblem, checkStory } from './check-story.ts';
import { renderStory } from './render-story.ts';

export type StoryResult = { html: string; problems: [] } | { html: undefined; problems: StoryProblem[] };

export function storyToHtml(story: string, lineOffset = 0): StoryResult {
	const { tree, problems } = checkStory(story, lineOffset);
	if (problems.length > 0 || !tree) return { html: undefined, problems };
	try {
		return { html: renderStory(tree), problems: [] };
	} catch (error) {
		// Not expected (the fuzz test looks for it), but a story that cannot be rendered is refused, not skipped.
		return { html: undefined, problems: [{ line: 1 + lineOffset, message: `the story cannot be rendered (${String(error).slice(0, 80)}) — simplify it` }] };
	}
}
