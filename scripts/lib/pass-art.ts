/**
 * Original illustrative artwork of a pass, drawn as SVG: the front (band, tour, pass type in block
 * letters, date, security features) and the back (sticky backing or small print).
 *
 * Everything is pure and deterministic: the design (palette, layout, background pattern…) is drawn
 * from a hash of the pass slug, so the same pass always gives the same SVG.
 * The artwork is made up — it is not a copy of any real pass — and says "ILLUSTRATION" in a corner.
 *
 * The drawing lives in `pass-art/`, by what it draws: `model` (what it is drawn from and what it
 * shows), `palettes` and `design` (the look a slug gets), `geometry` (shape by format), `svg`
 * (primitives and typography), `patterns`, `security` (features), `front-parts`, `front-layouts`,
 * `front` and `back`. This file is their public face.
 */
export type {
	ArtModel,
	ArtShape,
	BackFacts,
	ColourWords,
	EmblemName,
	FeatureMark,
	FrontFacts,
	LayoutName,
	LetteringPlacement,
	PatternName,
} from './pass-art/model.ts';
export { typeLettering } from './pass-art/model.ts';
export { type Design, designFor, serialFor } from './pass-art/design.ts';
export { canvasFor, shapeOf } from './pass-art/geometry.ts';
export { frontFacts, renderFrontSvg } from './pass-art/front.ts';
export { backFacts, renderBackSvg } from './pass-art/back.ts';
