import { loadConfig } from '../../config.js';
import { COMMAND_LINE } from '../../platform/auth/actor.js';
import { UsageError, type Command } from '../../platform/cli/command.js';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { openAccountsLazily as openAccounts } from './open-accounts.lazy.js';

/** `intercede user token`: prints a new API token for a person, once (stdout holds only the token). */
export const userTokenCommand: Command = {
  path: ['user', 'token'],
  summary: 'Create an API token for a person and print it once',
  usage: 'user token --email E [--name N]',
  help: [
    ['--email E', 'Whose token it is'],
    ['--name N', 'What it is for (default: "command line")'],
  ],
  options: { email: { type: 'string' }, name: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const email = args.values.email;
    if (typeof email !== 'string' || !email) throw new UsageError('--email is required', userTokenCommand);
    const name = typeof args.values.name === 'string' ? args.values.name : 'command line';
    const { accounts, database } = await openAccounts(loadConfig(io.env));
    try {
      const user = await accounts.users.getByEmail(COMMAND_LINE, email);
      if (user.deactivatedAt) {
        io.stderr(`intercede: ${user.email} is deactivated\n`);
        return 1;
      }
      const created = await accounts.tokens.create(COMMAND_LINE, { name, userId: user.id });
      // The token alone on stdout, so `TOKEN=$(intercede user token …)` works; the advice on stderr.
      io.stdout(`${created.token}\n`);
      io.stderr(`API token "${created.view.name}" for ${user.email}. It is shown only now; send it as "Authorization: Bearer <token>".\n`);
      return 0;
    } catch (err) {
      if (fieldProblemsOf(err)) throw new UsageError('--name must be 1 to 80 characters', userTokenCommand);
      if (err instanceof AppError && err.code === 'NOT_FOUND') {
        io.stderr(`intercede: nobody has an account with the email ${email.trim().toLowerCase()}\n`);
        return 1;
      }
      throw err;
    } finally {
      await database.close();
    }
  },
};
