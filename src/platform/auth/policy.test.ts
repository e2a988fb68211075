import { describe, expect, it } from 'vitest';
import { decideAccess, isAccess } from './access.js';
import { ANONYMOUS, COMMAND_LINE, type Role, type UserActor } from './actor.js';
import { definePolicy } from './policy.js';

const person = (roles: Role[], covenant = false, id = 'u1'): UserActor => ({
  kind: 'user',
  id,
  email: `${id}@example.org`,
  name: id,
  roles,
  locale: 'en',
  covenantAcceptedAt: covenant ? '2026-01-01T00:00:00.000Z' : null,
  via: 'session',
});

describe('access declarations', () => {
  it('decide who passes', () => {
    expect(decideAccess(ANONYMOUS, 'public')).toBe('allow');
    expect(decideAccess(ANONYMOUS, 'authenticated')).toBe('unauthenticated');
    expect(decideAccess(person([]), 'authenticated')).toBe('allow');
    expect(decideAccess(person(['pastor']), { roles: ['admin'] })).toBe('forbidden');
    expect(decideAccess(person(['pastor', 'admin']), { roles: ['admin'] })).toBe('allow');
    expect(decideAccess(person(['intercessor']), { roles: ['intercessor'], covenant: true })).toBe('covenant');
    expect(decideAccess(person(['intercessor'], true), { roles: ['intercessor'], covenant: true })).toBe('allow');
    expect(decideAccess(COMMAND_LINE, { roles: ['admin'] })).toBe('allow');
  });

  it('refuse malformed declarations, so a typo cannot open a route', () => {
    for (const bad of [undefined, null, 'publc', 'Public', { roles: [] }, { roles: 'admin' }, { role: ['admin'] }, { covenant: 'yes' }, []]) {
      expect(isAccess(bad)).toBe(false);
    }
    for (const good of ['public', 'authenticated', { roles: ['admin'] }, { covenant: true }, { roles: ['intercessor'], covenant: true }]) {
      expect(isAccess(good)).toBe(true);
    }
  });
});

describe('policies', () => {
  const notes = definePolicy<{ ownerId: string }>('note', {
    read: { access: 'authenticated', when: (actor, note) => actor.id === note.ownerId || actor.roles.includes('pastor') },
    list: { access: { roles: ['admin'] } },
  });

  it('give routes the coarse requirement and services the whole rule', () => {
    expect(notes.access('list')).toEqual({ roles: ['admin'] });
    expect(notes.can(person(['intercessor'], false, 'a'), 'read', { ownerId: 'a' })).toBe(true);
    expect(notes.can(person(['intercessor'], false, 'a'), 'read', { ownerId: 'b' })).toBe(false);
    expect(notes.can(person(['pastor'], false, 'p'), 'read', { ownerId: 'b' })).toBe(true);
  });

  it('refuse a subject rule asked without a subject, rather than guess', () => {
    expect(notes.can(person(['intercessor'], false, 'a'), 'read')).toBe(false);
  });

  it('throw coded errors', () => {
    expect(() => notes.authorize(ANONYMOUS, 'list')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => notes.authorize(person(['pastor']), 'list')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => notes.authorize(COMMAND_LINE, 'list')).not.toThrow();
  });
});
