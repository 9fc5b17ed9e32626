/** `npm run new-pass -- … --yes`: a new pass from options, checked like the build checks it. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeftoverTodos } from '../../../scripts/new-pass.ts';
import { passFileSchema, readCatalogFiles } from '../../../src/lib/content-files/read-catalog-fs.ts';
import { bandSchema } from '../../../src/schemas/band.ts';
import { tourSchema } from '../../../src/schemas/tour.ts';
import { PASS_FLAGS, SLUG, catalogProblems, dirs, fillTodos, passFile, passFolders, run, useCatalogCopy } from '../../helpers/new-pass-run.ts';

useCatalogCopy();

describe('new-pass with flags (--yes)', () => {
	it('writes a pass that the catalog accepts once the TODOs are filled in', async () => {
		const result = await run([...PASS_FLAGS, '--yes']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(existsSync(passFile())).toBe(true);

		fillTodos();
		expect(catalogProblems()).toEqual([]);
		const pass = readCatalogFiles(dirs.content, dirs.root).passes.find((p) => p.id === SLUG);
		expect(pass?.data).toMatchObject({
			title: 'Test Tour all access laminate',
			band: 'fixture-band',
			tour: 'test-tour',
			leg: 'Europe',
			type: 'all-access',
			validFrom: '1985-04-02',
			format: 'laminate',
			printer: 'fixture-printer',
			securityFeatures: ['hologram', 'serial-number'],
			signatures: [],
			condition: { grade: 'near-mint', flaws: [] },
			contributors: ['Jane Collector'],
			added: '2026-03-01',
			example: false,
		});
		expect(pass?.data.photos.map((p) => [p.src, p.side, p.credit])).toEqual([
			['./front.jpg', 'front', 'Jane Collector'],
			['./back.jpg', 'back', 'Jane Collector'],
		]);
		expect(pass?.data).not.toHaveProperty('validTo');
		expect(pass?.data).not.toHaveProperty('venue');
	});

	it('leaves placeholders that fail validation, each with the schema’s own message', async () => {
		const { code } = await run([...PASS_FLAGS.filter((a, i, all) => a !== '--credit' && all[i - 1] !== '--credit'), '--yes']);
		expect(code).toBe(0);
		const file = `content/passes/${SLUG}/index.mdx`;
		expect(catalogProblems()).toEqual([
			`${file}: photos[0].alt: too short — describe what the photo shows in a sentence`,
			`${file}: photos[0].credit: too short — write at least 2 characters`,
			`${file}: photos[1].alt: too short — describe what the photo shows in a sentence`,
			`${file}: photos[1].credit: too short — write at least 2 characters`,
			`${file}: sources[0].title: too short — write at least 3 characters`,
			`${file}: sources[0]: a source needs a url or a citation`,
		]);
		const text = readFileSync(passFile(), 'utf-8');
		// Every placeholder is announced by a TODO comment; the story's placeholders too.
		const todos = findLeftoverTodos(text).map((t) => t.text);
		expect(todos.filter((t) => t.startsWith('# TODO: describe the'))).toHaveLength(2);
		expect(todos.filter((t) => t.startsWith('# TODO: who took this photo?'))).toHaveLength(2);
		expect(todos.filter((t) => t.startsWith('TODO:'))).toHaveLength(2);
		// No value the contributor must write contains "TODO": it could not fail validation.
		expect(text.split('\n').filter((l) => l.includes('TODO') && !l.trim().startsWith('#') && !l.startsWith('TODO:'))).toEqual([]);
	});

	it('writes every field of the schema, the empty ones commented out with their description', async () => {
		await run([...PASS_FLAGS, '--yes']);
		const text = readFileSync(passFile(), 'utf-8');
		const shape = passFileSchema.shape;
		const nested = {
			'': shape,
			condition: shape.condition.shape,
			dimensions: shape.dimensions.unwrap().shape,
			photos: shape.photos.element.shape,
			sources: shape.sources.element.shape,
			signatures: shape.signatures.unwrap().element.shape,
		};
		for (const [parent, fields] of Object.entries(nested)) {
			for (const [key, schema] of Object.entries(fields)) {
				expect(text, `${parent}.${key}`).toMatch(new RegExp(`^[ #]*(- )?${key}:`, 'm'));
				expect(text, `description of ${parent}.${key}`).toContain((schema as { description?: string }).description);
			}
		}
		for (const empty of ['validTo', 'year', 'venue', 'city', 'dimensions']) expect(text).toMatch(new RegExp(`^# ${empty}:`, 'm'));
		// The description sits right above the field.
		expect(text).toContain(`# ${shape.venue.description}\n# venue:\n`);
		expect(text).toContain(`# ${shape.format.description}\n# (one of: laminate,`);
	});

	it('tells the contributor where the photos go and what to run next', async () => {
		const { stdout } = await run([...PASS_FLAGS, '--yes']);
		expect(stdout).toContain(`Created content/passes/${SLUG}/index.mdx`);
		expect(stdout).toContain('front.jpg and back.jpg');
		expect(stdout).toContain(`npm run photos -- content/passes/${SLUG}`);
		expect(stdout).toContain('TODO');
		expect(stdout).toContain('npm run validate');
		expect(stdout).toContain('npm run dev');
	});

	it('refuses an existing folder and leaves its file untouched', async () => {
		expect((await run([...PASS_FLAGS, '--yes'])).code).toBe(0);
		writeFileSync(passFile(), 'my own edits');
		const before = statSync(passFile()).mtimeMs;
		const again = await run([...PASS_FLAGS, '--title', 'Another title', '--yes']);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain(`content/passes/${SLUG}/ already exists`);
		expect(again.stderr).toContain(`--slug ${SLUG}-2`);
		expect(readFileSync(passFile(), 'utf-8')).toBe('my own edits');
		expect(statSync(passFile()).mtimeMs).toBe(before);
	});

	it('lists every missing detail with its flag (exit 2) and writes nothing', async () => {
		const before = passFolders();
		const result = await run(['--yes', '--title', 'Something']);
		expect(result.code).toBe(2);
		for (const flag of ['--band SLUG', '--tour SLUG or --no-tour', '--type SLUG', '--format FORMAT', '--condition GRADE', '--contributor NAME']) {
			expect(result.stderr).toContain(flag);
		}
		expect(result.stderr).toContain('one of: fixture-band');
		expect(result.stderr).not.toContain('--from');
		expect(passFolders()).toEqual(before);
	});

	it('asks for a date or a year when there is no tour', async () => {
		const flags = PASS_FLAGS.filter((a, i, all) => !['--tour', '--leg', '--from'].includes(a) && !['--tour', '--leg', '--from'].includes(all[i - 1] ?? ''));
		const result = await run([...flags, '--no-tour', '--yes']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--from DATE or --year YEAR');
		expect((await run([...flags, '--no-tour', '--year', '1985', '--yes'])).code).toBe(0);
		expect(passFolders()).toContain('fixture-band-1985-all-access-laminate');
	});

	it('refuses an unknown band unless asked to create it', async () => {
		const before = passFolders();
		const result = await run(['--band', 'the-replacements', '--no-tour', '--year', '1987', '--type', 'all-access', '--format', 'laminate', '--condition', 'good', '--contributor', 'Sam', '--yes']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('No band "the-replacements"');
		expect(result.stderr).toContain('--create-band');
		expect(passFolders()).toEqual(before);
		expect(existsSync(path.join(dirs.content, 'bands/the-replacements.json'))).toBe(false);
	});

	it('creates a missing band with --create-band, and the band file validates', async () => {
		const common = ['--no-tour', '--year', '1987', '--type', 'all-access', '--format', 'laminate', '--condition', 'good', '--contributor', 'Sam', '--yes'];
		const incomplete = await run(['--create-band', 'The Replacements', ...common]);
		expect(incomplete.code).toBe(2);
		expect(incomplete.stderr).toContain('--band-country COUNTRY');
		expect(incomplete.stderr).toContain('--band-formed YEAR');

		const result = await run(['--create-band', 'The Replacements', '--band-country', 'United States', '--band-formed', '1979', '--band-until', '1991', ...common]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const bandFile = path.join(dirs.content, 'bands/the-replacements.json');
		const band = JSON.parse(readFileSync(bandFile, 'utf-8')) as unknown;
		expect(bandSchema.parse(band)).toMatchObject({
			name: 'The Replacements',
			country: 'United States',
			formed: 1979,
			activity: [{ from: '1979', to: '1991', ended: 'split' }],
		});
		expect(JSON.stringify(band)).toContain('TODO');
		expect(result.stdout).toContain('Created content/bands/the-replacements.json');
		expect(result.stdout).toMatch(/TODO source in content\/bands\/the-replacements\.json/);

		const slug = 'the-replacements-1987-all-access-laminate';
		fillTodos(slug);
		expect(catalogProblems()).toEqual([]);
	});

	it('refuses a band name that another band already has', async () => {
		const result = await run(['--band', 'fixtures-uk', '--create-band', 'The Fixtures', '--band-country', 'UK', '--band-formed', '1980', '--no-tour', '--year', '1987', '--type', 'all-access', '--format', 'laminate', '--condition', 'good', '--contributor', 'Sam', '--yes']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('content/bands/fixtures-uk.json: name: "The Fixtures" reads as the same name as "The Fixtures" (aliases[0] of band "fixture-band"');
		expect(existsSync(path.join(dirs.content, 'bands/fixtures-uk.json'))).toBe(false);
	});

	it('creates a missing tour with --create-tour', async () => {
		const flags = PASS_FLAGS.filter((a, i, all) => !['--tour', '--leg'].includes(a) && !['--tour', '--leg'].includes(all[i - 1] ?? ''));
		const result = await run([...flags, '--create-tour', 'Second Tour', '--tour-start', '1985-04', '--tour-end', '1985-05', '--yes']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const tour = tourSchema.parse(JSON.parse(readFileSync(path.join(dirs.content, 'tours/second-tour.json'), 'utf-8')));
		expect(tour).toMatchObject({ band: 'fixture-band', name: 'Second Tour', start: '1985-04', end: '1985-05' });
		fillTodos('fixture-band-second-tour-1985-all-access-laminate');
		expect(catalogProblems()).toEqual([]);
	});

	it('refuses a tour of another band with the catalog’s message', async () => {
		writeFileSync(path.join(dirs.content, 'bands/other-band.json'), JSON.stringify({ name: 'Other Band', country: 'France', formed: 1970, activity: [{ from: '1970' }], sources: [{ title: 'Test fixture', citation: 'Invented' }] }));
		writeFileSync(path.join(dirs.content, 'tours/other-tour.json'), JSON.stringify({ band: 'other-band', name: 'Other Tour', start: '1985', end: '1985', sources: [{ title: 'Test fixture', citation: 'Invented' }] }));
		const flags = PASS_FLAGS.filter((a, i, all) => !['--tour', '--leg'].includes(a) && !['--tour', '--leg'].includes(all[i - 1] ?? ''));
		const result = await run([...flags, '--tour', 'other-tour', '--yes']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'content/passes/fixture-band-other-tour-1985-all-access-laminate/index.mdx: tour: "other-tour" is a tour of "other-band", not of "fixture-band" — fix band or tour',
		);
		expect(existsSync(path.join(dirs.content, 'passes/fixture-band-other-tour-1985-all-access-laminate'))).toBe(false);
	});

	it('refuses a date outside the tour with the catalog’s message', async () => {
		const flags = PASS_FLAGS.map((a, i, all) => (all[i - 1] === '--from' ? '1986-01-01' : a));
		const result = await run([...flags, '--yes']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'index.mdx: validFrom: 1986-01-01 is outside the tour "Test Tour" (1 March – 30 November 1985) — check the date or the tour',
		);
		expect(passFolders()).toEqual(['fixture-band-test-tour-all-access']);
	});

	it('writes text values so that they read back exactly', async () => {
		const title = 'He said "yes" # 1 \\ – Ünïcode: [AAA] {x}';
		const flags = PASS_FLAGS.map((a, i, all) => (all[i - 1] === '--contributor' ? "Seán O'Brien" : a));
		const result = await run([...flags, '--title', title, '--venue', 'no', '--city', 'null', '--slug', 'tricky', '--yes']);
		expect(result.code).toBe(0);
		fillTodos('tricky');
		expect(catalogProblems()).toEqual([]);
		const pass = readCatalogFiles(dirs.content, dirs.root).passes.find((p) => p.id === 'tricky');
		expect(pass?.data).toMatchObject({ title, venue: 'no', city: 'null', contributors: ["Seán O'Brien"] });
	});

	it('refuses values the schemas refuse', async () => {
		const flags = PASS_FLAGS.map((a, i, all) => (all[i - 1] === '--from' ? '1985-13' : all[i - 1] === '--format' ? 'vinyl' : a));
		const result = await run([...flags, '--yes']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('--from: month 13 in "1985-13" does not exist');
		expect(result.stderr).toContain('--format: unknown format "vinyl" — use one of: laminate,');
	});

	it('explains its options and refuses unknown ones', async () => {
		const help = await run(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('--create-band NAME');
		const wrong = await run(['--colour', 'red']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain("Unknown option '--colour'");
	});

	it('takes an option for every field the schema declares, even those it has no code for', async () => {
		const flags = [...PASS_FLAGS, '--setlist-fm', 'https://www.setlist.fm/setlist/x.html', '--variant-note', 'Blue ink instead of red'];
		const fake = [...flags, '--fake-of', 'fixture-band-test-tour-all-access', '--tells', 'The hologram is a flat sticker', '--tells', 'Wrong typeface', '--slug', 'fake-one', '--yes'];
		const result = await run(fake);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		fillTodos('fake-one');
		expect(catalogProblems()).toEqual([]);
		const pass = readCatalogFiles(dirs.content, dirs.root).passes.find((p) => p.id === 'fake-one');
		expect(pass?.data).toMatchObject({
			setlistFm: 'https://www.setlist.fm/setlist/x.html',
			variantNote: 'Blue ink instead of red',
			fakeOf: 'fixture-band-test-tour-all-access',
			tells: ['The hologram is a flat sticker', 'Wrong typeface'],
		});
		// Each is read by its field's own schema, and the catalog's cross-checks still apply.
		const badUrl = await run([...flags, '--setlist-fm', 'setlist.fm/x', '--yes']);
		expect(badUrl.code).toBe(1);
		expect(badUrl.stderr).toContain('--setlist-fm: must be a full web address');
		const tellsWithoutFake = await run([...flags, '--tells', 'Wrong typeface', '--slug', 'not-fake', '--yes']);
		expect(tellsWithoutFake.code).toBe(1);
		expect(tellsWithoutFake.stderr).toContain('tells: tells describe a fake');
		expect(passFolders()).not.toContain('not-fake');
	});

	it('lists the options of every settable field in --help, with their descriptions', async () => {
		const { stdout } = await run(['--help']);
		for (const [flag, key] of [['--setlist-fm URL', 'setlistFm'], ['--variant-of SLUG', 'variantOf'], ['--from DATE', 'validFrom'], ['--features a,b', 'securityFeatures']] as const) {
			expect(stdout).toMatch(new RegExp(`^  ${flag} +${passFileSchema.shape[key].description?.replace(/[()]/g, '.')}`, 'm'));
		}
	});
});
