import { loadConfig } from '../../config.js';
import { COMMAND_LINE } from '../../platform/auth/actor.js';
import { UsageError, type Command } from '../../platform/cli/command.js';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { MIN_PASSWORD_LENGTH } from '../password-policy.js';
import { openAccountsLazily as openAccounts } from './open-accounts.lazy.js';

const PROBLEMS: Record<string, Record<string, string>> = {
  email: { missing: '--email is required', invalid: '--email is not an email address' },
  roles: { missing: '--role is required', unknown: '--role must be intercessor, moderator, pastor, author or admin (comma-separated)' },
  password: {
    tooShort: `--password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    tooLong: '--password must be at most 256 characters',
    common: '--password is too common or too easy to guess; choose another',
    personal: '--password must not be built from the email address or the name',
  },
  name: { tooLong: '--name must be at most 100 characters' },
};

/** `intercede user add`: creates an account; without --password, prints a one-time set-password link. */
export const userAddCommand: Command = {
  path: ['user', 'add'],
  summary: 'Create an account (without --password, print a one-time set-password link)',
  usage: 'user add --email E --role R[,R…] [--password P] [--accept-covenant]',
  help: [
    ['--email E', 'The person’s email address'],
    ['--role R[,R…]', 'intercessor, moderator, pastor, author and/or admin'],
    ['--password P', 'Their password (at least 10 characters, not a common one); omit to print a link instead'],
    ['--accept-covenant', 'Record that they accepted the confidentiality covenant now (volunteers covenanted before)'],
    ['--name N', 'Their name as the team sees it'],
  ],
  options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, 'accept-covenant': { type: 'boolean' }, name: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const email = args.values.email;
    const role = args.values.role;
    if (typeof email !== 'string' || !email) throw new UsageError('--email is required', userAddCommand);
    if (typeof role !== 'string' || !role) throw new UsageError('--role is required', userAddCommand);
    const password = typeof args.values.password === 'string' ? args.values.password : undefined;
    const config = loadConfig(io.env);
    const { accounts, database } = await openAccounts(config);
    try {
      const user = await accounts.users.create(COMMAND_LINE, {
        email,
        roles: role.split(','),
        name: typeof args.values.name === 'string' ? args.values.name : undefined,
        password,
        acceptCovenant: args.values['accept-covenant'] === true,
      });
      io.stdout(`Created ${user.email} (${user.roles.join(', ')})${user.covenantAcceptedAt ? ', covenant accepted' : ''}.\n`);
      if (password === undefined) {
        const link = await accounts.passwordLinks.issueSetLink(COMMAND_LINE, { userId: user.id });
        io.stdout(`Set-password link (works once, until ${link.expiresAt}):\n${link.url}\n`);
      }
      return 0;
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) {
        const [field, code] = Object.entries(problems)[0] ?? ['', ''];
        throw new UsageError(PROBLEMS[field]?.[code] ?? `--${field} is not valid`, userAddCommand);
      }
      if (err instanceof AppError && err.code === 'EMAIL_TAKEN') {
        io.stderr(`intercede: ${email.trim().toLowerCase()} already has an account\n`);
        return 1;
      }
      throw err;
    } finally {
      await database.close();
    }
  },
};
