import type { FastifyPluginAsync } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { formErrors } from '../../web/views/forms/form-errors.js';
import { apiTokenPolicy } from '../policies/api-token.policy.js';
import { ApiTokensPage } from '../views/api-tokens.page.js';
import type { AccountsRouteOptions } from './route-options.js';

/** `/account/tokens`: one's API tokens (create, shown once; revoke). */
export const apiTokenRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/account/tokens', { config: { access: apiTokenPolicy.access('listOwn') } }, async (request, reply) => {
    const tokens = await accounts.tokens.listOwn(request.actor);
    const revoked = (request.query as Record<string, string | undefined>).done === 'revoked';
    return reply.page(<ApiTokensPage ctx={request.pageContext()} tokens={tokens} revoked={revoked} />);
  });

  app.post('/account/tokens', { config: { access: apiTokenPolicy.access('create') } }, async (request, reply) => {
    const ctx = request.pageContext();
    const revoke = field(request.body, 'revoke');
    if (revoke) {
      await accounts.tokens.revoke(request.actor, { tokenId: revoke });
      return reply.redirect(`${localePath(request.locale, '/account/tokens')}?done=revoked`, 303);
    }
    const name = field(request.body, 'tokenName');
    try {
      const created = await accounts.tokens.create(request.actor, { name });
      const tokens = await accounts.tokens.listOwn(request.actor);
      // Shown in this response only, never cached, never again.
      reply.header('cache-control', 'no-store');
      return reply.code(201).page(<ApiTokensPage ctx={ctx} tokens={tokens} created={{ token: created.token, name: created.view.name }} />);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      const tokens = await accounts.tokens.listOwn(request.actor);
      const errors = formErrors(ctx.t, problems.name ? { tokenName: problems.name } : problems);
      return reply.code(400).page(<ApiTokensPage ctx={ctx} tokens={tokens} name={name} errors={errors} />);
    }
  });
};
