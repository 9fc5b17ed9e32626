/** A space before every closing `</dt>`, `</dd>`, `</td>` and `</th>` (see `src/middleware.ts`). */
export function spaceOutCells(html: string): string {
	return html.replace(/<\/(dt|dd|td|th)>/g, ' </$1>');
}
