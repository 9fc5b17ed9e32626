/** The first line of an error's message, for one-line reports ("cannot be read (…)"). Browser-safe. */
export function errorMessage(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? text).trim();
}
