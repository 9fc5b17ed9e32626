/** "a, b, c and 3 more": a long list cut short for a message. Browser-safe. */
export function listOf(values: readonly string[], max = 8): string {
	const shown = values.slice(0, max).join(', ');
	return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}
