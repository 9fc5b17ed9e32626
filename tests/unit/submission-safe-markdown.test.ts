import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { mdastNodes } from '../helpers/markdown-tree.ts';
import { randomFrom as random } from '../../scripts/lib/seeded-random.ts';
import { escapeText, quote, quoteCell } from '../../scripts/submission/safe-markdown.ts';

const PIECES = ['@octocat', '#12', 'GH-3', '<script>', '</b>', '<img src=x onerror=alert(1)>', '[a](https://evil.example)', '![i](x)', '**', '_', '`', '``', '\\', 'https://evil.example/x', 'www.evil.example', '&amp;', '&#64;', '|', '\n', '\t', '# ', '- ', '1. ', '> ', ':', 'a', 'é', ' ', '{', '}', '~~', '\u0000', '\u202e'];

function hostile(next: () => number): string {
	const length = Math.floor(next() * 12);
	return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

const textOf = (tree: Root) => mdastNodes(tree).flatMap((n) => (n.type === 'text' || n.type === 'inlineCode' ? [n.value] : [])).join('');
const plain = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe('showing submission text in a comment', { timeout: 30_000 }, () => {
	it('escapeText renders as the same words and nothing else: no HTML, link, emphasis, mention, reference or web address', () => {
		const next = random(20261205);
		for (let i = 0; i < 2000; i++) {
			const input = hostile(next);
			const tree = fromMarkdown(`Before ${escapeText(input)} after`);
			const kinds = new Set(mdastNodes(tree).map((n) => n.type));
			expect([...kinds].filter((k) => k !== 'root' && k !== 'paragraph' && k !== 'text'), JSON.stringify(input)).toEqual([]);
			const shown = textOf(tree);
			expect(shown.replaceAll('\u200b', ''), JSON.stringify(input)).toBe(`Before ${plain(input)} after`);
			expect(shown).not.toMatch(/@[A-Za-z0-9]|#\d|https?:\/\/|www\./i);
		}
	});

	it('quote shows the text verbatim in one code span, on one line', () => {
		const next = random(7);
		for (let i = 0; i < 2000; i++) {
			const input = hostile(next);
			const tree = fromMarkdown(`Before ${quote(input, 500)} after`);
			const spans = mdastNodes(tree).filter((n) => n.type === 'inlineCode');
			const expected = plain(input).trim();
			if (expected === '') continue;
			expect(spans.map((s) => s.value), JSON.stringify(input)).toEqual([expected]);
			expect(mdastNodes(tree).filter((n) => n.type !== 'root' && n.type !== 'paragraph' && n.type !== 'text' && n.type !== 'inlineCode')).toEqual([]);
		}
	});

	it('quote shortens long text and says so', () => {
		expect(quote('x'.repeat(100), 10)).toBe('` xxxxxxxxx… `');
		expect(quote('a ` b')).toBe('`` a ` b ``');
		expect(quote('  ')).toBe('(empty)');
	});

	it('quoteCell keeps a | inside its table cell', () => {
		expect(quoteCell('a | b')).toBe('` a \\| b `');
	});
});
