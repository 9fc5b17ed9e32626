/** Small valid catalog files for the art generator's tests (it reads content with the site's schemas). */
const SOURCES = [{ title: 'Test fixture', citation: 'Invented for the test suite' }];

export function bandJson(name: string): string {
	return JSON.stringify({ name, country: 'United Kingdom', formed: 1980, activity: [{ from: '1980' }], sources: SOURCES });
}

export function tourJson(band: string, name: string, start: string, end: string): string {
	return JSON.stringify({ band, name, start, end, sources: SOURCES });
}

export function passTypeMdx(name: string): string {
	return `---\nname: ${JSON.stringify(name)}\nsummary: A pass type for the tests.\ngrants: Everywhere\nissuedTo: Everyone\nrarity: common\norder: 1\n---\n\nGuide.\n`;
}

export function printerJson(name: string): string {
	return JSON.stringify({ name, country: 'United Kingdom', sources: SOURCES });
}

/** The fields every pass file needs besides its facts (photos of the drawn sides, condition, source, contributor, date). */
export function requiredPassFields(options: { photos?: boolean } = {}): string {
	const photos = [
		'photos:',
		'  - src: ./front.jpg',
		'    alt: Illustration of the front of the pass.',
		'    side: front',
		'    credit: Generated illustration',
	];
	return [
		...(options.photos === false ? [] : photos),
		'condition:',
		'  grade: good',
		'sources:',
		'  - title: Test fixture',
		'    citation: Invented for the test suite',
		'contributors: [Tester]',
		'added: 2026-01-01',
	].join('\n');
}
