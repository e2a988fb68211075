/**
 * The authorization matrix: every registered route, called by every kind of caller. A route must declare
 * its access (`config.access`), and must refuse every caller its declaration refuses. The expected answer
 * is worked out here independently of src/platform/auth, so a bug there cannot hide itself.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '../../src/platform/auth/actor.js';

/** One kind of caller and how its requests are sent. */
export interface Caller {
  readonly label: string;
  /** The roles this caller effectively holds; null when it proves no valid identity at all. */
  readonly roles: readonly Role[] | null;
  readonly covenant: boolean;
  readonly headers: Record<string, string>;
  /** Uses a bearer token (CSRF-exempt), rather than a cookie or nothing. */
  readonly bearer: boolean;
}

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'COVENANT_REQUIRED', 'ACCESS_UNDECLARED']);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Should `caller` be let through a route declaring `access`? (Independent of the code under test.) A
 * bad bearer token is refused even on public routes, unless the route reads no credentials at all.
 */
export function expectedToPass(access: unknown, caller: Caller, authenticates = true): boolean {
  if (caller.roles === null) return access === 'public' && (!caller.bearer || !authenticates);
  if (access === 'public' || access === 'authenticated') return true;
  if (typeof access !== 'object' || access === null) return false;
  const { roles, covenant } = access as { roles?: Role[]; covenant?: boolean };
  if (roles && !roles.some((r) => caller.roles!.includes(r))) return false;
  if (covenant && !caller.covenant) return false;
  return true;
}

/** A concrete address for a route pattern. */
export function concreteUrl(pattern: string): string {
  return pattern
    .replace(/:id\b/g, '00000000-0000-0000-0000-000000000000')
    .replace(/:([A-Za-z_]+)/g, 'x')
    .replace(/\*/g, 'x');
}

/** Was this answer a refusal by the access layer (not a handler's own 4xx, not a CSRF refusal)? */
export function isRefusal(res: LightMyRequestResponse, method: string): boolean {
  if (res.statusCode === 303) return /^\/(es\/)?(login|covenant)\?next=/.test(String(res.headers.location ?? ''));
  if (res.statusCode !== 401 && res.statusCode !== 403 && res.statusCode !== 500) return false;
  if (method === 'HEAD') return res.statusCode !== 500;
  try {
    return REFUSAL_CODES.has((res.json() as { error?: { code?: string } }).error?.code ?? '');
  } catch {
    return false;
  }
}

/** Rules about declarations themselves. */
function declarationProblems(method: string, url: string, access: unknown, authenticates: boolean): string[] {
  const problems: string[] = [];
  if (access === undefined) problems.push(`${method} ${url} declares no access (add config: { access: … })`);
  if (authenticates === false && access !== 'public') problems.push(`${method} ${url} reads no credentials but is not public`);
  if (/^\/admin(\/|$)/.test(url)) {
    const roles = (access as { roles?: unknown })?.roles;
    if (!Array.isArray(roles) || roles.length !== 1 || roles[0] !== 'admin') problems.push(`${method} ${url} is under /admin but is not admin-only`);
  }
  return problems;
}

/** Walks every route with every caller; returns what went wrong, one line each (empty: all good). */
export async function walkMatrix(app: FastifyInstance, callers: readonly Caller[]): Promise<{ failures: string[]; calls: number; routes: number }> {
  const failures: string[] = [];
  let calls = 0;
  const routes = app.registeredRoutes();
  for (const route of routes) {
    failures.push(...declarationProblems(route.method, route.url, route.access, route.authenticates));
    const url = concreteUrl(route.url);
    for (const caller of callers) {
      const unsafe = UNSAFE.has(route.method);
      const res = await app.inject({
        method: route.method as 'GET',
        url,
        headers: {
          accept: 'application/json',
          ...caller.headers,
          // A deliberately wrong CSRF token: a caller the access layer lets through is then stopped by
          // CSRF (code CSRF), so no state changes, while a refused caller gets an access code first.
          ...(unsafe && !caller.bearer ? { 'x-csrf-token': 'not-a-valid-token', 'content-type': 'application/json' } : {}),
          ...(unsafe && caller.bearer ? { 'content-type': 'application/json' } : {}),
        },
        ...(unsafe ? { payload: '{}' } : {}),
      });
      calls++;
      const shouldPass = route.access !== undefined && expectedToPass(route.access, caller, route.authenticates);
      const refused = isRefusal(res, route.method);
      // Only one direction fails: a route may still refuse a caller its declaration lets through (its own
      // credential, e.g. a requester's manage token, or a policy rule about the particular subject).
      if (!shouldPass && !refused) failures.push(`${route.method} ${route.url} answered ${caller.label} with ${res.statusCode} (declared ${JSON.stringify(route.access)})`);
    }
  }
  return { failures, calls, routes: routes.length };
}

/** Every role, for building callers. */
export const ALL_ROLES = ROLES;
