import fp from 'fastify-plugin';

/**
 * Fastify's own JSON parser (prototype-poisoning checks included), except that an empty body is `{}`:
 * many clients send `Content-Type: application/json` with nothing for a bare POST, and that is not bad
 * JSON. Malformed JSON still fails as before (BAD_JSON in the errors plugin).
 */
export const jsonBodyPlugin = fp(async (app) => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    return parse(request, text, done);
  });
});
