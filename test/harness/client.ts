/**
 * A cookie-keeping client over `app.inject`, like a browser: it remembers cookies, and `form()` finds the
 * CSRF token in the page it last loaded (or loads one) so tests submit forms the way people do.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestClient {
  readonly cookies = new Map<string, string>();
  /** The body of the last HTML page loaded, where forms are found. */
  lastPage = '';

  constructor(
    private readonly app: FastifyInstance,
    private readonly defaults: { remoteAddress?: string; headers?: Record<string, string> } = {},
  ) {}

  /** The Cookie header this client sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Remembers cookies set (and forgets cookies cleared) by a response. */
  absorb(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const expired = (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (String(res.headers['content-type'] ?? '').includes('text/html')) this.lastPage = res.body;
    return res;
  }

  /** GET a page (or any address). */
  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.absorb(
      await this.app.inject({ method: 'GET', url, remoteAddress: this.defaults.remoteAddress, headers: { ...this.defaults.headers, cookie: this.cookieHeader(), ...headers } }),
    );
  }

  /** The CSRF token of the first form in the last page loaded. */
  csrfToken(): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(this.lastPage)?.[1];
    if (!token) throw new Error('no CSRF token in the last page loaded');
    return token;
  }

  /**
   * POSTs a urlencoded form. With `from`, loads that page first to take its CSRF token; `_csrf: null`
   * sends none; a string sends that one.
   */
  async form(url: string, fields: Record<string, string | string[]>, opts: { from?: string; csrf?: string | null; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    if (opts.from) await this.get(opts.from);
    const body = new URLSearchParams();
    const token = opts.csrf === undefined ? this.csrfToken() : opts.csrf;
    if (token !== null) body.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    return this.absorb(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.defaults.remoteAddress,
        headers: { ...this.defaults.headers, 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(), ...opts.headers },
        payload: body.toString(),
      }),
    );
  }

  /** Sends JSON with this client's cookies (and, when given, an x-csrf-token header). */
  async json(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.absorb(
      await this.app.inject({
        method,
        url,
        remoteAddress: this.defaults.remoteAddress,
        headers: { ...this.defaults.headers, accept: 'application/json', ...(payload === undefined ? {} : { 'content-type': 'application/json' }), cookie: this.cookieHeader(), ...headers },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      }),
    );
  }

  /** Signs in through the real form; returns the response of the POST. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.form('/login', { email, password }, { from: '/login' });
  }
}
