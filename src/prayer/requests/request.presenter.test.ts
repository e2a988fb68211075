import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../platform/auth/actor.js';
import type { PrayerRequest } from './request.js';
import { presentForActor, presentForIntercessor, presentForPastor, publicFirstName } from './request.presenter.js';

const request: PrayerRequest = {
  id: 'r1',
  text: 'Pray for my son Daniel García, 612 345 678',
  publicText: 'Pray for my son Daniel G., [phone removed]',
  firstName: 'María José Pérez',
  email: 'maria@example.org',
  forWhom: 'Daniel García',
  category: 'family',
  visibility: 'team',
  language: 'es',
  status: 'active',
  moderation: 'not_required',
  urgent: false,
  crisisKinds: [],
  hidden: false,
  flagCount: 0,
  prayerCount: 2,
  visitorPrayerCount: 0,
  firstPrayedAt: null,
  lastPrayedAt: null,
  submittedBy: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-31T09:00:00.000Z',
  approvedAt: null,
  approvedBy: null,
  answeredAt: null,
  closedAt: null,
  deletedAt: null,
  purgedAt: null,
  unsubscribedAt: null,
};
const actor = (roles: UserActor['roles']): UserActor => ({ kind: 'user', id: 'u', email: 'u@example.org', name: 'U', roles, locale: 'en', covenantAcceptedAt: '2026-01-01T00:00:00Z', via: 'session' });

describe('prayer request presenters', () => {
  it('shows intercessors the scrubbed text and a first name only — no email, no surname', () => {
    const view = presentForIntercessor(request);
    expect(view).toMatchObject({ text: 'Pray for my son Daniel G., [phone removed]', firstName: 'María', forWhom: 'Daniel G.' });
    const json = JSON.stringify(view);
    expect(json).not.toContain('maria@example.org');
    expect(json).not.toContain('Pérez');
    expect(json).not.toContain('García');
  });

  it('shows pastors everything, email included', () => {
    expect(presentForPastor(request)).toMatchObject({ privateText: request.text, email: 'maria@example.org', fullFirstName: 'María José Pérez', privateForWhom: 'Daniel García' });
  });

  it('picks the view by role, and none for those who may not read the request', () => {
    expect(presentForActor(actor(['pastor']), request)).toHaveProperty('email', 'maria@example.org');
    expect(presentForActor(actor(['moderator']), request)).not.toHaveProperty('email');
    expect(presentForActor(actor(['moderator']), request)).toHaveProperty('moderation');
    expect(presentForActor(actor(['intercessor']), request)).not.toHaveProperty('moderation');
    expect(presentForActor(actor(['intercessor']), { ...request, visibility: 'pastoral' })).toBeNull();
    expect(presentForActor(actor(['admin']), request)).toBeNull();
  });

  it('shows "Anonymous" (null) for a first name that is not a name', () => {
    expect(publicFirstName('ana@example.org')).toBeNull();
    expect(publicFirstName('612345678')).toBeNull();
    expect(publicFirstName('  ')).toBeNull();
    expect(publicFirstName(null)).toBeNull();
    expect(publicFirstName('Ana')).toBe('Ana');
  });
});
