import { describe, expect, it } from 'vitest';
import { localePath, negotiateLocale, splitLocalePrefix } from './locale.js';
import { translator } from './translate.js';

describe('locale negotiation', () => {
  it.each([
    [undefined, 'en'],
    ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.3, es;q=0.7', 'es'],
    ['de', 'en'],
    ['es;q=0', 'en'],
  ])('Accept-Language %s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('reads a locale prefix from the path and keeps the rest of the URL', () => {
    expect(splitLocalePrefix('/es/pray?x=1')).toEqual({ locale: 'es', url: '/pray?x=1' });
    expect(splitLocalePrefix('/es')).toEqual({ locale: 'es', url: '/' });
    expect(splitLocalePrefix('/es?lang=en')).toEqual({ locale: 'es', url: '/?lang=en' });
    expect(splitLocalePrefix('/essay')).toEqual({ locale: undefined, url: '/essay' });
  });

  it('builds locale paths: English at the root, Spanish under /es', () => {
    expect(localePath('en', '/pray')).toBe('/pray');
    expect(localePath('es', '/pray')).toBe('/es/pray');
    expect(localePath('es', '/')).toBe('/es');
  });

  it('translates with parameters and locale-aware numbers', () => {
    expect(translator('es')('nav.pray')).toBe('Pedir oración');
    expect(translator('en')('home.verse.ref')).toBe('Hebrews 7:25');
  });
});
