/** CSV as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes doubled. */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	// A leading =, +, - or @ makes spreadsheets run the cell as a formula: keep it text.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
	const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}

/** Parses CSV written by `toCsv` (and most spreadsheets): quoted fields, doubled quotes, CRLF. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
