/**
 * The colour schemes a pass can be drawn in: a data table (a design picks one by the slug's hash).
 */
import { type Palette } from './model.ts';

export const PALETTES: readonly [Palette, ...Palette[]] = [
	{
		name: 'hazard', label: 'yellow and black', words: { bg: 'yellow', ink: 'black', accent: 'black', accentInk: 'yellow' },
		bg: '#f5c400', pat: '#e6b500', pat2: '#111111', ink: '#111111', accent: '#111111', accentInk: '#f5c400', dark: false,
	},
	{
		name: 'redline', label: 'red, white and black', words: { bg: 'red', ink: 'white', accent: 'black', accentInk: 'white' },
		bg: '#c8102e', pat: '#b30d28', pat2: '#ffffff', ink: '#ffffff', accent: '#111111', accentInk: '#ffffff', dark: true,
	},
	{
		name: 'cobalt', label: 'blue, white and yellow', words: { bg: 'blue', ink: 'white', accent: 'yellow', accentInk: 'navy' },
		bg: '#1f4cc9', pat: '#1a42b0', pat2: '#ffd400', ink: '#ffffff', accent: '#ffd400', accentInk: '#0d1b45', dark: true,
	},
	{
		name: 'neon', label: 'black, white and hot pink', words: { bg: 'black', ink: 'white', accent: 'hot pink', accentInk: 'black' },
		bg: '#151515', pat: '#242424', pat2: '#ff2e88', ink: '#ffffff', accent: '#ff2e88', accentInk: '#151515', dark: true,
	},
	{
		name: 'teal', label: 'teal, cream and coral', words: { bg: 'teal', ink: 'cream', accent: 'coral', accentInk: 'white' },
		bg: '#14998e', pat: '#118a80', pat2: '#fff4dc', ink: '#fff8e7', accent: '#f25c54', accentInk: '#ffffff', dark: true,
	},
	{
		name: 'sunset', label: 'orange, deep purple and yellow', words: { bg: 'orange', ink: 'deep purple', accent: 'deep purple', accentInk: 'yellow' },
		bg: '#ff7a1a', pat: '#f26c0c', pat2: '#ffd23f', ink: '#2b0a3d', accent: '#2b0a3d', accentInk: '#ffd23f', dark: false,
	},
	{
		name: 'acid', label: 'lime green and dark green', words: { bg: 'lime green', ink: 'dark green', accent: 'dark green', accentInk: 'lime green' },
		bg: '#b6e32b', pat: '#a6d21f', pat2: '#10240f', ink: '#10240f', accent: '#10240f', accentInk: '#b6e32b', dark: false,
	},
	{
		name: 'cream', label: 'cream, dark red and navy', words: { bg: 'cream', ink: 'dark red', accent: 'navy', accentInk: 'cream' },
		bg: '#f1e4c6', pat: '#e7d6ae', pat2: '#c0392b', ink: '#7a1f1f', accent: '#1f4a6e', accentInk: '#f1e4c6', dark: false,
	},
	{
		name: 'chrome', label: 'silver grey, black and red', words: { bg: 'silver grey', ink: 'black', accent: 'red', accentInk: 'white' },
		bg: '#cfd4da', pat: '#c0c6cd', pat2: '#8a939e', ink: '#111111', accent: '#b3001b', accentInk: '#ffffff', dark: false,
	},
	{
		name: 'royal', label: 'purple and gold', words: { bg: 'purple', ink: 'gold', accent: 'gold', accentInk: 'purple' },
		bg: '#4b1d7a', pat: '#42186c', pat2: '#ffd36b', ink: '#ffd36b', accent: '#ffd36b', accentInk: '#4b1d7a', dark: true,
	},
	{
		name: 'forest', label: 'green and white', words: { bg: 'green', ink: 'white', accent: 'white', accentInk: 'green' },
		bg: '#0b6e3a', pat: '#0a6133', pat2: '#e9f5db', ink: '#ffffff', accent: '#ffffff', accentInk: '#0b6e3a', dark: true,
	},
	{
		name: 'sky', label: 'sky blue, navy and red', words: { bg: 'sky blue', ink: 'navy', accent: 'red', accentInk: 'white' },
		bg: '#8fd3f4', pat: '#7fc8ee', pat2: '#ffffff', ink: '#0d2a4a', accent: '#e63946', accentInk: '#ffffff', dark: false,
	},
	{
		name: 'bubblegum', label: 'pink and deep purple', words: { bg: 'pink', ink: 'deep purple', accent: 'deep purple', accentInk: 'pink' },
		bg: '#ff9ecb', pat: '#fb8dbf', pat2: '#ffffff', ink: '#2a1144', accent: '#2a1144', accentInk: '#ff9ecb', dark: false,
	},
	{
		name: 'midnight', label: 'navy, white and bright blue', words: { bg: 'navy', ink: 'white', accent: 'bright blue', accentInk: 'navy' },
		bg: '#0e1a40', pat: '#14234f', pat2: '#3fa9f5', ink: '#f2f2f2', accent: '#3fa9f5', accentInk: '#0e1a40', dark: true,
	},
];
