// `intercede plan list [--json]` and `intercede plan import FILE.json`.
import { readFileSync } from 'node:fs';
import { COMMAND_LINE } from '../../platform/auth/actor.js';
import { UsageError, type CliIO, type Command } from '../../platform/cli/command.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { withScripture } from '../../scripture/cli/scripture.session.js';
import { dayProblemsOf, describeDayProblem, type RawPlanInput } from './plan.input.js';
import type { Plans } from './plans.js';

/** Runs `fn` with the plan services over the configured database (migrated first). */
async function withPlans<T>(io: CliIO, fn: (plans: Plans) => Promise<T>): Promise<T> {
  // The plan services load only when a plan command runs, not on every `intercede` start.
  const { createPlans } = await import('./plans.js');
  return withScripture(io, (session) => fn(createPlans({ db: session.database.db, translations: session.translations, baseUrl: session.config.baseUrl })));
}

/** Reads a plan file: JSON `{"title","slug"?,"description"?,"language"?,"days":["John 1", …]}`. */
function readPlanFile(path: string, command: Command): RawPlanInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ''}`, command);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not JSON: ${(err as Error).message}`, command);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`${path} must hold one JSON object with "title" and "days"`, command);
  return parsed as RawPlanInput;
}

export const planListCommand: Command = {
  path: ['plan', 'list'],
  summary: 'Reading plans: slug, days and title (built-ins first)',
  usage: 'plan list [--json]',
  help: [['--json', 'Print the list as JSON']],
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    return withPlans(io, async ({ plans }) => {
      const list = await plans.list(COMMAND_LINE, 'en');
      if (args.values.json) io.stdout(JSON.stringify(list.map(({ slug, title, language, builtIn, dayCount }) => ({ slug, title, language, builtIn, dayCount }))) + '\n');
      else for (const p of list) io.stdout(`${p.slug}\t${p.dayCount}\t${p.builtIn ? 'built-in' : (p.language ?? '')}\t${p.title}\n`);
      return 0;
    });
  },
};

export const planImportCommand: Command = {
  path: ['plan', 'import'],
  summary: 'Import a reading plan from JSON ({"title","slug","description","language","days":["John 1", …]}); prints its slug',
  usage: 'plan import FILE.json',
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const raw = readPlanFile(args.positionals[0], planImportCommand);
    return withPlans(io, async ({ plans }) => {
      try {
        const { plan, created } = await plans.importPlan(COMMAND_LINE, raw);
        io.stdout(`${plan.slug}\n`);
        io.stderr(`${created ? 'imported' : 'updated'}: ${plan.title} (${plan.days.length} ${plan.days.length === 1 ? 'day' : 'days'})\n`);
        return 0;
      } catch (err) {
        const problems = fieldProblemsOf(err);
        if (!problems) throw err;
        const days = dayProblemsOf(err);
        for (const [name, problem] of Object.entries(problems)) if (!(name === 'days' && days.length)) io.stderr(`intercede: ${name}: ${problem}\n`);
        for (const d of days) io.stderr(`intercede: ${describeDayProblem(d)}\n`);
        return 1;
      }
    });
  },
};

/** Every `plan` command, in help order. */
export const planCommands: Command[] = [planListCommand, planImportCommand];
