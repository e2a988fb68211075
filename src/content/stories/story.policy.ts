import { definePolicy } from '../../platform/auth/policy.js';
import type { UserActor } from '../../platform/auth/actor.js';
import type { StoryRecord } from './story.js';

/**
 * Stories: anyone may read the published ones and share their own; moderators and pastors (having
 * accepted the covenant, as for the review queue) decide what is published. A story with crisis language
 * is for pastors alone — a moderator neither sees nor decides it.
 */
export const storyPolicy = definePolicy<StoryRecord, 'read' | 'submit' | 'review' | 'decide'>('story', {
  read: { access: 'public' },
  submit: { access: 'public' },
  review: { access: { roles: ['moderator', 'pastor'], covenant: true } },
  decide: {
    access: { roles: ['moderator', 'pastor'], covenant: true },
    when: (actor: UserActor, story) => story.crisisKinds.length === 0 || actor.roles.includes('pastor'),
  },
});
