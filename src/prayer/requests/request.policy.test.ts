import { describe, expect, it } from 'vitest';
import { ANONYMOUS, COMMAND_LINE, type Role, type UserActor } from '../../platform/auth/actor.js';
import type { Visibility } from '../prayer.types.js';
import { canSeeContact, readableVisibilities, requestPolicy, type RequestSubject } from './request.policy.js';

const person = (roles: Role[], covenant = true, id = 'u1'): UserActor => ({
  kind: 'user',
  id,
  email: `${id}@example.org`,
  name: 'Test',
  roles,
  locale: 'en',
  covenantAcceptedAt: covenant ? '2026-01-01T00:00:00.000Z' : null,
  via: 'session',
});
const request = (visibility: Visibility, extra: Partial<RequestSubject> = {}): RequestSubject => ({
  visibility,
  moderation: visibility === 'public' ? 'pending' : 'not_required',
  status: 'active',
  hidden: false,
  submittedBy: null,
  ...extra,
});

describe('prayer request policy', () => {
  it('lets each role read the visibilities it serves, and nobody without the covenant', () => {
    const cases: Array<[Role[], Visibility[]]> = [
      [['intercessor'], ['public', 'team']],
      [['moderator'], ['public', 'team']],
      [['pastor'], ['public', 'team', 'pastoral']],
      [['author'], []],
      [['admin'], []],
      [['intercessor', 'pastor'], ['public', 'team', 'pastoral']],
    ];
    for (const [roles, visible] of cases) {
      expect(readableVisibilities(person(roles)), roles.join()).toEqual(visible);
      for (const v of ['public', 'team', 'pastoral'] as const) expect(requestPolicy.can(person(roles), 'read', request(v)), `${roles} ${v}`).toBe(visible.includes(v));
    }
    expect(readableVisibilities(person(['pastor'], false))).toEqual([]);
    expect(requestPolicy.can(person(['pastor'], false), 'read', request('pastoral'))).toBe(false);
    expect(readableVisibilities(ANONYMOUS)).toEqual([]);
    expect(requestPolicy.can(ANONYMOUS, 'read', request('public'))).toBe(false);
    expect(readableVisibilities(COMMAND_LINE)).toEqual(['public', 'team', 'pastoral']);
  });

  it('shows the email and unscrubbed text to pastors only — never to intercessors or moderators', () => {
    expect(canSeeContact(person(['pastor']), request('team'))).toBe(true);
    expect(canSeeContact(person(['intercessor']), request('team'))).toBe(false);
    expect(canSeeContact(person(['moderator']), request('public'))).toBe(false);
    expect(canSeeContact(person(['intercessor', 'moderator', 'admin']), request('public'))).toBe(false);
  });

  it('hides flagged requests from intercessors until reviewed, not from moderators and pastors', () => {
    const hidden = request('team', { hidden: true });
    expect(requestPolicy.can(person(['intercessor']), 'read', hidden)).toBe(false);
    expect(requestPolicy.can(person(['moderator']), 'read', hidden)).toBe(true);
    expect(requestPolicy.can(person(['pastor']), 'read', hidden)).toBe(true);
  });

  it('gives intercessors live requests to pray for — never their own, a refused one, or a deleted one', () => {
    const me = person(['intercessor'], true, 'me');
    expect(requestPolicy.can(me, 'pray', request('public'))).toBe(true);
    expect(requestPolicy.can(me, 'pray', request('team', { submittedBy: 'me' }))).toBe(false);
    expect(requestPolicy.can(me, 'pray', request('public', { moderation: 'rejected' }))).toBe(false);
    expect(requestPolicy.can(me, 'pray', request('team', { status: 'closed' }))).toBe(false);
    expect(requestPolicy.can(me, 'pray', request('team', { status: 'deleted' }))).toBe(false);
    expect(requestPolicy.can(me, 'pray', request('pastoral'))).toBe(false);
    expect(requestPolicy.can(person(['intercessor'], false), 'pray', request('team'))).toBe(false);
  });

  it('lets moderators decide public requests only', () => {
    expect(requestPolicy.can(person(['moderator']), 'moderate', request('public'))).toBe(true);
    expect(requestPolicy.can(person(['moderator']), 'moderate', request('team'))).toBe(false);
    expect(requestPolicy.can(person(['pastor']), 'moderate', request('public'))).toBe(false);
    expect(requestPolicy.access('moderate')).toEqual({ roles: ['moderator'], covenant: true });
    expect(requestPolicy.access('submit')).toBe('public');
  });
});
