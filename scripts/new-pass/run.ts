/**
 * `npm run new-pass`, from the command line to the files: reads the catalog, fills the draft from
 * the options, asks for the rest (or lists what is missing), checks the pass like the build does,
 * and writes the new files — never over an existing one.
 *
 * Exit codes: 0 created; 1 refused (invalid value, catalog problem, existing folder, stopped);
 * 2 the command line is incomplete or not understood (missing details are listed with their flags).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDay } from '../../src/lib/dates/calendar-day.ts';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import type { PassData } from '../../src/schemas/pass.ts';
import { type Context, bandFile, passDir, shown, tourFile, tours, typeChoices } from './catalog-context.ts';
import { type Draft, type PassValues, passProblems, slugProblem, valuesOf } from './draft.ts';
import { type Flags, draftFromFlags, flagText, parseFlags, usage } from './flags.ts';
import { interview } from './interview.ts';
import { Cancelled, Prompter, type Writable } from './prompter.ts';
import { type TemplateHints, renderPassFile, selfCheck } from './template.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NewPassIO {
	stdin: NodeJS.ReadableStream & { isTTY?: boolean | undefined };
	stdout: Writable;
	stderr: Writable;
	/** The clock, for `added:`. */
	now: () => Date;
	/** `--content` is resolved from here; defaults to the project root. */
	cwd: string;
	/** Ask questions (default: when stdin is a terminal). `--yes` always turns it off. */
	interactive?: boolean | undefined;
}

/** Without questions: the values as given, or why they are refused. */
function settle(ctx: Context, draft: Draft, added: string): { values: PassValues; checked: PassData } | string {
	const values = valuesOf(ctx, draft, added);
	if (!values) throw new Error('a required value is missing');
	const slugError = slugProblem(ctx, values.slug);
	if (slugError) return `Nothing was written: ${slugError}. (--slug chooses the folder name, e.g. --slug ${values.slug}-2)`;
	const result = passProblems(ctx, values);
	if (result.problems.length > 0 || !result.data) {
		return `Nothing was written — this does not fit the catalog:\n  ${result.problems.map(formatProblem).join('\n  ')}`;
	}
	return { values, checked: result.data };
}

function writeNew(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text, { flag: 'wx' });
}

/** The CLI: returns the exit code. */
export async function main(argv: readonly string[], io: Partial<NewPassIO> = {}): Promise<number> {
	const stdin = io.stdin ?? process.stdin;
	const stdout = io.stdout ?? process.stdout;
	const stderr = io.stderr ?? process.stderr;
	const now = io.now ?? (() => new Date());
	const say = (text = '') => stdout.write(`${text}\n`);
	const complain = (text: string) => stderr.write(`${text}\n`);

	let flags: Flags;
	try {
		flags = parseFlags(argv);
	} catch (error) {
		complain(`new-pass: ${(error as Error).message}\n\nRun \`npm run new-pass -- --help\` to see every option.`);
		return 2;
	}
	if (flags.help) {
		say(usage());
		return 0;
	}
	const interactive = !(flags.yes || flags['non-interactive']) && (io.interactive ?? stdin.isTTY === true);

	const cwd = io.cwd ?? PROJECT_ROOT;
	const contentDir = path.resolve(cwd, flagText(flags, 'content') ?? 'content');
	if (!existsSync(path.join(contentDir, 'bands'))) {
		complain(`new-pass: ${contentDir} does not look like the catalog's content folder (it has no bands/ folder) — use --content DIR`);
		return 2;
	}
	const fromCwd = path.relative(cwd, contentDir);
	const root = fromCwd.startsWith('..') || path.isAbsolute(fromCwd) ? path.dirname(contentDir) : cwd;
	const ctx: Context = { contentDir, root, files: readCatalogFiles(contentDir, root) };
	const broken = ctx.files.problems.filter((p) => p.severity === 'error').length;
	const added = localDay(now());

	const { draft, missing, errors } = draftFromFlags(ctx, flags, interactive);
	if (!interactive) {
		if (missing.length > 0) {
			const orAsk = flags.yes || flags['non-interactive'] ? 'leave out --yes to be asked for them' : 'run the command in a terminal to be asked for them';
			complain(`Some details are missing. Add them to the command (or ${orAsk}):`);
			const width = Math.max(...missing.map((m) => m.flag.length)) + 2;
			for (const m of missing) complain(`  ${m.flag.padEnd(width)}${m.what}`);
			if (errors.length > 0) complain(`\nAlso:\n  ${errors.join('\n  ')}`);
			return 2;
		}
		if (errors.length > 0) {
			complain(`Nothing was written:\n  ${errors.join('\n  ')}`);
			return 1;
		}
	}

	const prompter = interactive ? new Prompter(stdin, stdout) : undefined;
	try {
		let settled: { values: PassValues; checked: PassData } | string;
		if (prompter) {
			prompter.say('Let’s add a pass to the catalog. Press Enter to take the suggestion in [brackets];');
			prompter.say('press Ctrl+C to stop at any time — nothing is written until the end.');
			if (broken > 0) prompter.say(`(The catalog already has ${broken} problem${broken === 1 ? '' : 's'} elsewhere; \`npm run validate\` lists them.)`);
			for (const error of errors) prompter.say(`  ${error} — let’s ask instead.`);
			settled = await interview(ctx, draft, prompter, added);
		} else {
			settled = settle(ctx, draft, added);
		}
		if (typeof settled === 'string') {
			if (settled !== '') complain(settled);
			return 1;
		}
		const { values, checked } = settled;

		const tour = tours(ctx).find((t) => t.id === values.tour);
		const hints: TemplateHints = {
			legs: tour?.data.legs.map((l) => l.name) ?? [],
			printers: ctx.files.printers.map((p) => p.id),
			types: typeChoices(ctx).map((c) => c.id),
		};
		const text = renderPassFile(values, hints);
		const selfErrors = selfCheck(text, values, checked);
		if (selfErrors.length > 0) {
			complain(`new-pass: internal error, nothing was written — the template is wrong:\n  ${selfErrors.join('\n  ')}`);
			return 1;
		}

		// Nothing is overwritten: every target must be new, then each is created exclusively.
		const dir = passDir(ctx, values.slug);
		const file = path.join(dir, 'index.mdx');
		const targets = [...(ctx.newBand ? [bandFile(ctx, ctx.newBand.id)] : []), ...(ctx.newTour ? [tourFile(ctx, ctx.newTour.id)] : []), dir];
		const taken = targets.find((t) => existsSync(t));
		if (taken) {
			complain(`Nothing was written: ${shown(ctx, taken)} already exists.`);
			return 1;
		}
		if (ctx.newBand) writeNew(bandFile(ctx, ctx.newBand.id), `${JSON.stringify(ctx.newBand.raw, null, '\t')}\n`);
		if (ctx.newTour) writeNew(tourFile(ctx, ctx.newTour.id), `${JSON.stringify(ctx.newTour.raw, null, '\t')}\n`);
		mkdirSync(path.dirname(dir), { recursive: true });
		mkdirSync(dir);
		writeNew(file, text);

		const folder = shown(ctx, dir);
		say();
		if (ctx.newBand) say(`✓ Created ${ctx.newBand.filePath} (the band)`);
		if (ctx.newTour) say(`✓ Created ${ctx.newTour.filePath} (the tour)`);
		say(`✓ Created ${shown(ctx, file)}`);
		say();
		say('What to do next:');
		say(`  1. Put your photos next to it as front.jpg and back.jpg (then run \`npm run photos -- ${folder}\`).`);
		say('  2. Open index.mdx and fill in the TODOs: describe each photo, say who took it, say where');
		say('     your information comes from, and replace the two TODO paragraphs with the story of the pass.');
		if (ctx.newBand || ctx.newTour) {
			const created = [ctx.newBand?.filePath, ctx.newTour?.filePath].filter((f) => f !== undefined).join(' and ');
			say(`     Also fill in the TODO source in ${created}: where do its facts come from?`);
			say('     (A web page goes in "url", a book or magazine in "citation".)');
			if (ctx.newBand) say(`     Check the band's history in ${ctx.newBand.filePath} too: "activity" lists when it played (reunions included).`);
		}
		say('  3. Then run `npm run validate` — it lists anything still missing, with line numbers.');
		say(`  4. Preview with \`npm run dev\` and open http://localhost:4321/passes/${values.slug}/`);
		return 0;
	} catch (error) {
		if (error instanceof Cancelled) {
			complain('\nStopped — nothing was written.');
			return 1;
		}
		throw error;
	} finally {
		prompter?.close();
	}
}
