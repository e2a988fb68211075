import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { COMMAND_LINE, type Role } from '../../src/platform/auth/actor.js';
import type { User } from '../../src/accounts/user.js';
import { sessionCookieName } from '../../src/accounts/http/session-cookie.js';
import { TestClient } from './client.js';

/** A password that passes the policy, for test accounts. */
export const GOOD_PASSWORD = 'lantern orchard violet 42';

/** A unique test address. */
export function uniqueEmail(label = 'person'): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.org`;
}

/** Creates a person through the service (as the command line does). */
export async function createPerson(
  app: FastifyInstance,
  input: { roles: Role[]; email?: string; password?: string | null; name?: string; covenant?: boolean },
): Promise<User> {
  return app.accounts.users.create(COMMAND_LINE, {
    email: input.email ?? uniqueEmail(input.roles[0] ?? 'norole'),
    roles: input.roles,
    name: input.name ?? 'Test Person',
    password: input.password === null ? undefined : (input.password ?? GOOD_PASSWORD),
    acceptCovenant: input.covenant,
  });
}

/** A session cookie for a person without going through the sign-in form (no argon2, no throttle). */
export async function sessionCookieFor(app: FastifyInstance, userId: string): Promise<{ name: string; value: string; header: string }> {
  const session = await app.accounts.sessions.start(userId);
  const name = sessionCookieName(false);
  return { name, value: session.cookieValue, header: `${name}=${session.cookieValue}` };
}

/** A new person with `input`'s roles and a client signed in as them by session cookie (`client` sets its address or headers). */
export async function signedInClient(
  app: FastifyInstance,
  input: Parameters<typeof createPerson>[1],
  client: ConstructorParameters<typeof TestClient>[1] = {},
): Promise<{ client: TestClient; person: User }> {
  const person = await createPerson(app, input);
  const signedIn = new TestClient(app, client);
  const cookie = await sessionCookieFor(app, person.id);
  signedIn.cookies.set(cookie.name, cookie.value);
  return { client: signedIn, person };
}
