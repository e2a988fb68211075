import { describe, expect, it } from 'vitest';
import { checkCrisis } from './crisis.check.js';
import { crisisResources, DEFAULT_CRISIS_RESOURCES } from './crisis.resources.js';

const contacts = (r: { contact: string }[]): string => r.map((x) => x.contact).join(' | ');

describe('crisisResources', () => {
  it('gives the US lines for English and the Spanish lines for Spanish by default', () => {
    const us = contacts(crisisResources('en'));
    expect(us).toContain('988');
    expect(us).toContain('741741');
    expect(us).toContain('911');
    expect(us).toContain('1-800-799-7233');
    const es = contacts(crisisResources('es'));
    expect(es).toContain('024');
    expect(es).toContain('112');
    expect(es).toContain('016');
    expect(es).not.toContain('988');
  });

  it('answers in the locale language with the country of its region', () => {
    const esUS = crisisResources('es-US');
    expect(esUS[0].name).toBe('988 Línea de Prevención del Suicidio y Crisis');
    expect(contacts(esUS)).toContain('oprima 2');
    const enES = crisisResources('en_ES');
    expect(enES[0].contact).toContain('Call 024');
  });

  it('never gives another country’s numbers to a region it does not know', () => {
    for (const locale of ['en-GB', 'es-MX', 'fr-FR']) {
      const c = contacts(crisisResources(locale));
      expect(c, locale).not.toMatch(/988|911|024|112|016/);
      expect(c, locale).toContain('findahelpline.com');
    }
    expect(crisisResources('es-MX')[0].name).toBe('Emergencias');
  });

  it('survives a malformed locale', () => {
    expect(crisisResources('!!not a locale').length).toBeGreaterThan(0);
  });

  it('puts the resources made for the most urgent kind first and leaves out unrelated ones', () => {
    const danger = crisisResources('en-US', undefined, ['danger']);
    expect(danger[0].contact).toContain('911');
    expect(contacts(danger)).not.toContain('988');
    const selfHarm = crisisResources('en-US', undefined, ['self_harm']);
    expect(selfHarm[0].name).toBe('988 Suicide & Crisis Lifeline');
    expect(contacts(selfHarm)).toContain('911');
    expect(contacts(selfHarm)).not.toContain('1-800-799-7233');
    const abuse = crisisResources('es-ES', undefined, ['abuse']);
    expect(abuse[0].contact).toContain('016');
    expect(contacts(abuse)).toContain('112');
    expect(contacts(abuse)).not.toContain('024');
  });

  it('lets a deployment replace a region, add a country, and choose the region of a bare language', () => {
    const overrides = {
      resources: {
        US: [{ name: 'Our pastoral line', contact: 'Call 555-0100', kinds: ['self_harm', 'abuse', 'danger'] as const }],
        MX: [{ name: { en: 'Emergency', es: 'Emergencias' }, contact: { en: 'Call 911', es: 'Llame al 911' }, kinds: ['danger'] as const }],
      },
      defaultRegion: { es: 'MX' },
    };
    expect(crisisResources('en-US', overrides)).toEqual([{ name: 'Our pastoral line', contact: 'Call 555-0100' }]);
    expect(crisisResources('es', overrides)).toEqual([{ name: 'Emergencias', contact: 'Llame al 911' }]);
    // The defaults themselves are untouched.
    expect(DEFAULT_CRISIS_RESOURCES.US.length).toBeGreaterThan(1);
  });
});

describe('checkCrisis', () => {
  it('returns the primary kind with resources in the request language, or null', () => {
    expect(checkCrisis('Pray for my exam', { language: 'en' })).toBeNull();
    const c = checkCrisis('Mi pareja me pega y me quiere matar', { language: 'es' });
    expect(c?.kind).toBe('danger');
    expect(c?.kinds).toEqual(['danger', 'abuse']);
    expect(c?.resources[0].contact).toContain('112');
    expect(contacts([...(c?.resources ?? [])])).toContain('016');
  });
});
