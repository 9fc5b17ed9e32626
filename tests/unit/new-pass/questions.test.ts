/** `npm run new-pass` in a terminal: the questions, answered by number or name. */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../../src/lib/content-files/read-catalog-fs.ts';
import { bandSchema } from '../../../src/schemas/band.ts';
import { tourSchema } from '../../../src/schemas/tour.ts';
import { PASS_ANSWERS, PASS_FLAGS, catalogProblems, dirs, fillTodos, passFile, passFolders, run, useCatalogCopy } from '../../helpers/new-pass-run.ts';

useCatalogCopy();

describe('new-pass with questions', () => {
	it('produces the same file as the flags when choosing by number', async () => {
		expect((await run([...PASS_FLAGS, '--yes'])).code).toBe(0);
		const fromFlags = readFileSync(passFile(), 'utf-8');
		rmSync(path.dirname(passFile()), { recursive: true });

		const asked = await run([], PASS_ANSWERS);
		expect(asked.stderr).toBe('');
		expect(asked.code).toBe(0);
		expect(asked.stdout).toContain('1. Fixture Band (fixture-band)');
		expect(asked.stdout).toContain('0. None — the pass is from a one-off show, not a tour');
		expect(readFileSync(passFile(), 'utf-8')).toBe(fromFlags);
	});

	it('asks only for what the flags did not say', async () => {
		const result = await run(['--band', 'fixture-band', '--tour', 'test-tour', '--type', 'all-access', '--format', 'card', '--condition', 'good', '--contributor', 'Jane'], [
			'', // leg: unknown
			'', // printer: unknown
			'1985', // date
			'', // last day
			'Wembley Arena',
			'London',
			'',
			'', // title
			'', // credit
			'', // folder
			'', // create: yes
		]);
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain('Which band?');
		const slug = 'fixture-band-test-tour-1985-all-access-card';
		fillTodos(slug);
		expect(catalogProblems()).toEqual([]);
		const pass = readCatalogFiles(dirs.content, dirs.root).passes.find((p) => p.id === slug);
		expect(pass?.data).toMatchObject({ validFrom: '1985', venue: 'Wembley Arena', city: 'London', securityFeatures: [], condition: { grade: 'good' } });
		expect(pass?.data).not.toHaveProperty('leg');
		expect(pass?.data).not.toHaveProperty('printer');
	});

	it('explains a date outside the tour and asks again', async () => {
		const answers = [...PASS_ANSWERS];
		answers.splice(6, 1, '1986-01-01');
		answers.splice(answers.indexOf('Jane Collector') + 2, 0, '1985-04-02', ''); // the dates again, after the problem
		const result = await run([], answers);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('validFrom: 1986-01-01 is outside the tour "Test Tour"');
		expect(readFileSync(passFile(), 'utf-8')).toContain('validFrom: "1985-04-02"');
	});

	it('re-asks an invalid answer with the schema’s message', async () => {
		const answers = [...PASS_ANSWERS];
		answers.splice(6, 0, '1985-02-30'); // before the valid date
		const result = await run([], answers);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('day 30 in "1985-02-30" does not exist');
	});

	it('offers to create a missing band and tour, and both files validate', async () => {
		const result = await run([], [
			'The Replacements', // band: not in the catalog
			'y',
			'', // name: as typed
			'United States',
			'1979',
			'', // started playing: 1979
			'1991', // stopped
			'', // split
			'Pleased to Meet Me Tour', // tour: not in the catalog
			'y',
			'', // name: as typed
			'1987-03',
			'1987-12',
			'1', // type
			'2', // satin-sticky
			'', // printer: unknown
			'1987-06-01',
			'',
			'First Avenue',
			'Minneapolis',
			'',
			'5', // good
			'',
			'Sam',
			'',
			'',
			'',
		]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('No band "The Replacements". Create content/bands/the-replacements.json now? [y/N]');
		expect(result.stdout).toContain('No tour "Pleased to Meet Me Tour". Create content/tours/pleased-to-meet-me-tour.json now? [y/N]');
		const band = bandSchema.parse(JSON.parse(readFileSync(path.join(dirs.content, 'bands/the-replacements.json'), 'utf-8')));
		expect(band).toMatchObject({ name: 'The Replacements', formed: 1979, activity: [{ from: '1979', to: '1991', ended: 'split' }] });
		const tour = tourSchema.parse(JSON.parse(readFileSync(path.join(dirs.content, 'tours/pleased-to-meet-me-tour.json'), 'utf-8')));
		expect(tour).toMatchObject({ band: 'the-replacements', name: 'Pleased to Meet Me Tour', start: '1987-03', end: '1987-12' });
		const slug = 'the-replacements-pleased-to-meet-me-tour-1987-all-access-satin-sticky';
		fillTodos(slug);
		expect(catalogProblems()).toEqual([]);
	});

	it('writes nothing when the answers stop (Ctrl+D) or the contributor says no', async () => {
		const stopped = await run([], PASS_ANSWERS.slice(0, 5));
		expect(stopped.code).toBe(1);
		expect(stopped.stderr).toContain('nothing was written');
		const declined = await run([], [...PASS_ANSWERS.slice(0, -1), 'n']);
		expect(declined.code).toBe(1);
		expect(passFolders()).toEqual(['fixture-band-test-tour-all-access']);
	});
});
