import { describe, expect, it } from 'vitest';
import { spaceOutCells } from '../../src/lib/space-out-cells.ts';

describe('spaceOutCells', () => {
	it('ends every description and table cell with a space, so indexed words stay apart', () => {
		expect(spaceOutCells('<dl><dt>From</dt><dd>Los Angeles</dd></dl>')).toBe('<dl><dt>From </dt><dd>Los Angeles </dd></dl>');
		expect(spaceOutCells('<tr><th>Year</th><td>1993</td></tr>')).toBe('<tr><th>Year </th><td>1993 </td></tr>');
	});

	it('leaves other elements and look-alike tags alone', () => {
		const html = '<p>From</p><details>x</details><thead></thead><span>dd</span>';
		expect(spaceOutCells(html)).toBe(html);
	});
});
